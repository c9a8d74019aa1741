// Team sync (issue 18) between real encrypted case files and a real PostgreSQL 15 (the ctest
// fixture team_server): what one laptop writes reaches the colleagues allowed to see it, once;
// what two people did at once is kept and flagged; refusals wait in quarantine; a participant
// handed over leaves the laptop.
#include "QtCatch.h"
#include "StoreFixture.h"
#include "TeamLaptop.h"
#include "TeamTestServer.h"

#include "caseload/Caseload.h"
#include "store/DossierAccess.h"
#include "store/FormAnswerRepository.h"
#include "store/ParticipantRepository.h"
#include "store/SignatureRepository.h"
#include "store/TeamOutbox.h"
#include "team/ReceivedItems.h"
#include "team/TeamLink.h"
#include "team/TeamListener.h"
#include "team/TeamReview.h"
#include "team/TeamStatus.h"
#include "team/TeamSync.h"
#include "team/TeamSyncWorker.h"
#include "trajectory/Retractions.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace teamtest;
using namespace storefixture;

namespace {

const QDate today(2026, 11, 23);

int serverCount(const TeamServer& server, const QString& where)
{
    QSqlQuery query(server.admin->database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM thuis.item WHERE ") + where));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// Anna (begeleider) and Tess (teamleider) of team noord, Bert (begeleider) too, and Zoë of
// team zuid; Anna's laptop holds participant TW-1 with its first events, synced.
struct Team
{
    TeamServer server;
    Laptop anna{server, "anna"};
    Laptop tess{server, "tess"};

    Team()
    {
        server.addUser("anna", "begeleider", "noord");
        server.addUser("tess", "teamleider", "noord");
        server.addUser("bert", "begeleider", "noord");
        server.addUser("zoe", "begeleider", "zuid");
        addParticipant(*anna.store, QStringLiteral("TW-1"));
        anna.record(QStringLiteral("TW-1"), "aanmelding", "2026-09-01");
        anna.record(QStringLiteral("TW-1"), "toestemming_gegeven", "2026-09-01");
        anna.join();
        tess.join();
    }

    // Offline, Anna and Tess both ask an urgentie for TW-1 (the rules allow one); Anna's is
    // numbered first, Tess's sync flags the clash, and Anna's receives Tess's event and review
    // request. Returns the participant.
    QString urgentieAskedTwice()
    {
        anna.sync();
        tess.sync();
        const QString participant = QStringLiteral("TW-1");
        anna.record(participant, "urgentie_aangevraagd", "2026-09-08");
        tess.record(participant, "urgentie_aangevraagd", "2026-09-09");
        anna.sync();
        REQUIRE(tess.sync().flagged == 1);
        anna.sync();
        return participant;
    }

    // Tess, the teamleider, assigns a participant to another begeleider.
    void handTo(const char* participant, const char* begeleider) const
    {
        REQUIRE(TeamAdministration(server.as("tess")->database())
                    .assign(QString::fromLatin1(participant), server.name(begeleider))
                    .isEmpty());
    }
};

} // namespace

TEST_CASE("What one laptop writes reaches the teamleider once, and syncing again sends nothing twice",
          "[team][sync]")
{
    Team team;
    const int waiting = team.anna.count(QStringLiteral("SELECT count(*) FROM outbox"));
    CHECK(waiting ==
          3); // the participant and two events, sent on joining (the join itself concerns no participant)

    const TeamSync::Report sent = team.anna.sync();
    CHECK(sent.sent == waiting);
    CHECK(sent.quarantined == 0);
    CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM outbox")) == 0);
    CHECK(serverCount(team.server, QStringLiteral("true")) == waiting);

    const TeamSync::Report received = team.tess.sync();
    CHECK(received.received >= 3);
    CHECK(received.notApplied == 0);
    CHECK(team.tess.history(QStringLiteral("TW-1")) == team.anna.history(QStringLiteral("TW-1")));
    CHECK(team.tess.history(QStringLiteral("TW-1")).size() == 2);
    CHECK(team.tess.auditIntact());
    // Received changes are not sent back.
    CHECK(team.tess.count(QStringLiteral("SELECT count(*) FROM outbox")) == 0);

    const TeamSync::Report again = team.anna.sync();
    CHECK(again.sent == 0);
    CHECK(again.received == 0);
    CHECK(serverCount(team.server, QStringLiteral("true")) == waiting);

    // Who opened the dossier goes to the team too (NEN 7513), as an audit item.
    REQUIRE(DossierAccess::recordOpened(team.anna.database(), tester(), QStringLiteral("TW-1"),
                                        team.anna.clock.now())
                .isEmpty());
    CHECK(team.anna.sync().sent == 1);
    CHECK(serverCount(team.server, QStringLiteral("soort = 'audit' AND inhoud->>'entiteit' = 'dossier' AND "
                                                  "inhoud->>'nieuw' = 'geopend'")) == 1);
    CHECK(team.tess.sync().received == 1); // received, with nothing to put in the file

    // Tess's own change goes the other way, with her name on it in Anna's audit log.
    team.tess.setPhone(QStringLiteral("TW-1"), "0201234567");
    CHECK(team.tess.sync().sent == 1);
    CHECK(team.anna.sync().received == 1);
    const Result<ParticipantDetails> details =
        ParticipantRepository(team.anna.database()).load(QStringLiteral("TW-1"));
    REQUIRE(details.ok());
    CHECK(details->telefoon == QStringLiteral("+31 20 123 4567"));
    CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor_name LIKE '%") +
                          team.server.name("tess") + QStringLiteral("%'")) == 1);
    CHECK(team.anna.auditIntact());
}

TEST_CASE("Two laptops changing one participant offline: both kept, and flagged where they clash",
          "[team][sync]")
{
    Team team;
    team.anna.sync();
    team.tess.sync();
    const QString participant = QStringLiteral("TW-1");

    SECTION("the same data changed by both: the later counts, both are kept, the teamleider reviews")
    {
        team.anna.setPhone(participant, "0201234567");
        team.tess.setPhone(participant, "0612345678");
        CHECK(team.anna.sync().flagged == 0);
        const TeamSync::Report tess = team.tess.sync();
        CHECK(tess.flagged == 1);
        // Tess's laptop sent its review request with its items: Anna's finds the item flagged
        // already (TeamReview::received) and does not flag it twice.
        const TeamSync::Report anna = team.anna.sync();
        CHECK(anna.flagged == 0);
        // Both laptops asked for the same review: the server keeps it once.
        CHECK(serverCount(team.server, QStringLiteral("inhoud->>'entiteit' = 'beoordeling'")) == 1);
        CHECK(serverCount(team.server, QStringLiteral("inhoud->>'entiteit' = 'participant'")) == 3);
        for (const Laptop* laptop : {&team.anna, &team.tess}) {
            const Result<ParticipantDetails> details =
                ParticipantRepository(laptop->database()).load(participant);
            REQUIRE(details.ok());
            CHECK(details->telefoon == QStringLiteral("+31 6 12345678")); // Tess's was numbered last
            CHECK(laptop->count(QStringLiteral("SELECT count(*) FROM team_flag")) == 1);
        }
    }
    SECTION("events the rules refuse together: both stay in the history, flagged")
    {
        team.anna.record(participant, "urgentie_aangevraagd", "2026-09-08");
        team.tess.record(participant, "urgentie_aangevraagd", "2026-09-09");
        team.anna.sync();
        const TeamSync::Report tess = team.tess.sync();
        CHECK(tess.flagged == 1);
        CHECK(team.tess.history(participant).size() == 4);
        CHECK(team.tess.count(QStringLiteral("SELECT count(*) FROM team_flag WHERE reason LIKE '%rules%'")) ==
              1);
        team.anna.sync();
        CHECK(team.anna.history(participant) == team.tess.history(participant));
        CHECK(team.anna.auditIntact());
    }
    SECTION(
        "the same event on the same day by both, which the rules allow: both kept, flagged as recorded twice")
    {
        team.anna.record(participant, "toestemming_gegeven", "2026-09-05");
        team.tess.record(participant, "toestemming_gegeven", "2026-09-05");
        team.anna.sync();
        CHECK(team.tess.sync().flagged == 1);
        CHECK(team.tess.count(QStringLiteral("SELECT count(*) FROM team_flag WHERE reason LIKE "
                                             "'%toestemming_gegeven 2026-09-05%'")) == 1);
        CHECK(team.tess.history(participant).size() == 4);
        team.anna.sync();
        CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM team_flag")) == 1);
    }
    SECTION("the same event on different days: merged, nothing flagged")
    {
        team.anna.record(participant, "toestemming_gegeven", "2026-09-05");
        team.tess.record(participant, "toestemming_gegeven", "2026-09-06");
        team.anna.sync();
        CHECK(team.tess.sync().flagged == 0);
    }
    SECTION("different data at the same time: merged, nothing flagged")
    {
        team.anna.record(participant, "urgentie_aangevraagd", "2026-09-08");
        team.tess.setPhone(participant, "0612345678");
        CHECK(team.anna.sync().flagged == 0);
        CHECK(team.tess.sync().flagged == 0);
        CHECK(team.anna.sync().flagged == 0);
        CHECK(team.tess.history(participant).size() == 3);
        CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM team_flag")) == 0);
    }
}

TEST_CASE("Events of one date from two laptops stand in the server's order on both, and an undo names "
          "the same event everywhere",
          "[team][sync]")
{
    Team team;
    team.anna.sync();
    team.tess.sync();
    const QString participant = QStringLiteral("TW-1");
    // Offline, on one date: Tess records a withdrawn consent and undoes it at once (her third
    // event); Anna records an urgentie, which the server numbers first.
    team.tess.record(participant, "toestemming_ingetrokken", "2026-09-10");
    REQUIRE(
        TrajectoryRepository(team.tess.database())
            .undoLast(participant, QStringLiteral("verkeerde datum"), tester(), today, team.tess.clock.now())
            .isEmpty());
    team.anna.record(participant, "urgentie_aangevraagd", "2026-09-10");
    team.anna.sync();
    team.tess.sync();
    team.anna.sync();

    for (const Laptop* laptop : {&team.anna, &team.tess}) {
        const Trajectory trajectory = TrajectoryRepository(laptop->database()).load(participant).value();
        QStringList order;
        QStringList undone;
        const QSet<int> retracted = Retractions::retractedNumbers(trajectory.events);
        for (const TrajectoryEvent& event : trajectory.events) {
            order << event.type;
            if (retracted.contains(event.number))
                undone << event.type;
        }
        CHECK(order == QStringList{QStringLiteral("aanmelding"), QStringLiteral("toestemming_gegeven"),
                                   QStringLiteral("urgentie_aangevraagd"),
                                   QStringLiteral("toestemming_ingetrokken"),
                                   QStringLiteral("gebeurtenis_herroepen")});
        // On Anna's laptop too: not the urgentie, third there as Tess's event was on hers.
        CHECK(undone == QStringList{QStringLiteral("toestemming_ingetrokken")});
    }
    CHECK(team.anna.history(participant) == team.tess.history(participant));
}

TEST_CASE("An event received from the team drops what the caseload kept for that participant",
          "[team][sync][summary]")
{
    Team team;
    team.anna.sync();
    team.tess.sync();
    const QString participant = QStringLiteral("TW-1");
    const QString kept =
        QStringLiteral("SELECT count(*) FROM caseload_summary WHERE participant_id = 'TW-1'");
    const auto before = Caseload::load(team.tess.database(), today);
    REQUIRE(before.ok());
    REQUIRE(team.tess.count(kept) == 1);

    team.anna.record(participant, "urgentie_aangevraagd", "2026-09-10");
    team.anna.sync();
    CHECK(team.tess.sync().received == 1);
    CHECK(team.tess.count(kept) == 0);
    // Evaluated again and kept, the row is what the engine says of the history with the event.
    const auto after = Caseload::load(team.tess.database(), today);
    REQUIRE(after.ok());
    CHECK(team.tess.count(kept) == 1);
    const auto shape = [](const CaseloadRow& row) {
        QStringList words{row.phase, row.error};
        for (const Deadline& deadline : row.deadlines)
            words << deadline.rule + u'@' + deadline.due.toString(Qt::ISODate);
        return words;
    };
    QSqlQuery(team.tess.database()).exec(QStringLiteral("DELETE FROM caseload_summary"));
    const auto fresh = Caseload::load(team.tess.database(), today);
    REQUIRE(fresh.ok());
    REQUIRE(after->size() == fresh->size());
    for (qsizetype i = 0; i < after->size(); ++i)
        CHECK(shape(after->at(i)) == shape(fresh->at(i)));
}

TEST_CASE("What the server refuses waits in quarantine, the rest goes, and nobody receives another's "
          "participant",
          "[team][sync]")
{
    Team team;
    team.anna.sync();
    // Bert registered a participant under the number Anna's already has, and one of his own.
    Laptop bert(team.server, "bert");
    addParticipant(*bert.store, QStringLiteral("TW-1"), QStringLiteral("Andere Persoon"));
    addParticipant(*bert.store, QStringLiteral("TW-2"));
    bert.join();
    const TeamSync::Report report = bert.sync();
    CHECK(report.quarantined >= 1);
    CHECK(report.sent >= 1);
    CHECK(bert.count(
              QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'quarantaine' AND participant_id = "
                             "'TW-1' AND reason LIKE '%number TW-1 is already used%'")) ==
          bert.count(QStringLiteral("SELECT count(*) FROM outbox WHERE participant_id = 'TW-1'")));
    CHECK(bert.count(QStringLiteral("SELECT count(*) FROM outbox WHERE participant_id = 'TW-1'")) > 0);
    CHECK(bert.count(QStringLiteral("SELECT count(*) FROM outbox WHERE participant_id = 'TW-2'")) == 0);
    CHECK(serverCount(team.server, QStringLiteral("deelnemer = 'TW-2'")) >= 1);
    // Anna's TW-1 did not reach Bert's laptop, and his did not reach the server.
    const Result<ParticipantDetails> his =
        ParticipantRepository(bert.database()).load(QStringLiteral("TW-1"));
    REQUIRE(his.ok());
    CHECK(his->naam == QStringLiteral("Andere Persoon"));
    CHECK(serverCount(team.server, QStringLiteral("inhoud::text LIKE '%Andere Persoon%'")) == 0);

    // Zoë of another team sees nothing of noord.
    Laptop zoe(team.server, "zoe");
    zoe.join();
    CHECK(zoe.sync().received == 0);
    CHECK(zoe.count(QStringLiteral("SELECT count(*) FROM participant")) == 0);
}

TEST_CASE("An id the server has with other content is refused and reported, never overwritten",
          "[team][sync]")
{
    Team team;
    team.anna.sync();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(execute(*team.server.as("anna"),
                    QStringLiteral("INSERT INTO thuis.item (uuid, deelnemer, soort, inhoud, basis) "
                                   "VALUES (?::uuid, 'TW-1', 'audit', '{\"entiteit\": \"export\"}', 0)"),
                    {uuid})
                .ok);
    REQUIRE(TeamOutbox::enqueueItem(team.anna.database(), uuid, QStringLiteral("TW-1"),
                                    QStringLiteral("audit"),
                                    QJsonObject{{QStringLiteral("entiteit"), QStringLiteral("anders")}})
                .isEmpty());
    const TeamSync::Report report = team.anna.sync();
    CHECK(report.quarantined == 1);
    QSqlQuery reason(team.anna.database());
    REQUIRE(reason.exec(QStringLiteral("SELECT reason FROM outbox WHERE state = 'quarantaine'")));
    REQUIRE(reason.next());
    CHECK(reason.value(0).toString().contains(QStringLiteral("another item with id ") + uuid));
    CHECK(serverCount(team.server,
                      QStringLiteral("uuid = '%1' AND inhoud->>'entiteit' = 'export'").arg(uuid)) == 1);
}

TEST_CASE("The server gone before a batch commits loses nothing, and the next sync sends it once",
          "[team][sync]")
{
    Team team;
    const int waiting = team.anna.count(QStringLiteral("SELECT count(*) FROM outbox"));
    const QString user = team.server.name("anna");
    const Result<TeamSync::Report> cut = team.anna.trySync(
        {[&] {
             QSqlQuery query(team.server.admin->database());
             query.prepare(
                 QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"));
             query.addBindValue(user);
             REQUIRE(query.exec());
         },
         {}});
    REQUIRE_FALSE(cut.ok());
    CHECK(serverCount(team.server, QStringLiteral("true")) == 0);
    CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'wachtend'")) == waiting);

    CHECK(team.anna.sync().sent == waiting);
    CHECK(serverCount(team.server, QStringLiteral("true")) == waiting);
}

TEST_CASE("A laptop killed right after the server committed sends again without a duplicate", "[team][sync]")
{
    Team team;
    const int waiting = team.anna.count(QStringLiteral("SELECT count(*) FROM outbox"));
    const QString path = team.anna.path();
    team.anna.store.reset(); // the child holds the case file now
    QProcess child;
    child.start(QStringLiteral(THUIS_SYNC_CHILD), {path, socketFolder(), QString::number(serverPort()),
                                                   team.server.database, team.server.name("anna")});
    REQUIRE(child.waitForFinished(60000));
    CHECK(child.exitStatus() == QProcess::CrashExit); // SIGKILL, after the COMMIT
    INFO(child.readAllStandardError().toStdString());
    CHECK(serverCount(team.server, QStringLiteral("true")) == waiting);

    team.anna.store = open(path);
    CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM outbox")) == waiting); // not acknowledged
    const TeamSync::Report report = team.anna.sync();
    CHECK(report.sent == waiting);
    CHECK(report.quarantined == 0);
    CHECK(serverCount(team.server, QStringLiteral("true")) == waiting);
    CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM outbox")) == 0);
}

TEST_CASE("A participant handed to a colleague leaves the laptop and reaches the colleague's whole",
          "[team][sync]")
{
    Team team;
    team.anna.sync();
    Laptop bert(team.server, "bert");
    bert.join();
    team.handTo("TW-1", "bert");

    const TeamSync::Report anna = team.anna.sync();
    CHECK(anna.removed == 1);
    CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM participant")) == 0);
    CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM trajectory_event")) == 0);
    CHECK(team.anna.auditIntact());

    const TeamSync::Report report = bert.sync();
    CHECK(report.received >= 3);
    CHECK(bert.history(QStringLiteral("TW-1")).size() == 2);
    CHECK(bert.auditIntact());
}

TEST_CASE("A change made after the handover is refused by the server and kept on the laptop, not lost",
          "[team][sync]")
{
    Team team;
    team.anna.sync();
    team.handTo("TW-1", "bert");
    team.anna.setPhone(QStringLiteral("TW-1"), "0201234567"); // offline, before she knew

    const TeamSync::Report report = team.anna.sync();
    CHECK(report.quarantined == 1);
    CHECK(report.removed == 0);
    CHECK(team.anna.count(
              QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'quarantaine' AND reason LIKE "
                             "'%no permission%42501%'")) == 1);
    CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM participant WHERE id = 'TW-1'")) == 1);
    REQUIRE(report.notes.size() == 1);
    CHECK(report.notes.first().contains(QStringLiteral("stays on this laptop")));
}

TEST_CASE(
    "What the server refused after a handover reaches the teamleider's review queue, and goes by itself "
    "once the participant is handed back",
    "[team][sync][review]")
{
    Team team;
    team.anna.sync();
    team.handTo("TW-1", "bert");
    // Offline, before she knew: a phone number and a request for an urgentie.
    team.anna.setPhone(QStringLiteral("TW-1"), "0201234567");
    team.anna.record(QStringLiteral("TW-1"), "urgentie_aangevraagd", "2026-09-08");
    const int refusedData = team.anna.count(
        QStringLiteral("SELECT count(*) FROM outbox WHERE kind <> 'audit' AND participant_id = 'TW-1'"));
    REQUIRE(refusedData == 2);

    CHECK(team.anna.sync().quarantined >= refusedData);
    CHECK(team.anna.sync().quarantined == 0); // not sent again while Bert holds the participant
    team.tess.sync();
    const Result<QList<TeamReview::Item>> queue = TeamReview::open(team.tess.database());
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    const TeamReview::Item& refused = queue->first();
    CHECK(refused.about == TeamReview::refusedAbout);
    CHECK(refused.participantId == QStringLiteral("TW-1"));
    CHECK(refused.author == team.server.name("anna"));
    CHECK(refused.holder == team.server.name("bert"));
    CHECK(refused.refusedItems == refusedData);
    CHECK(refused.reason.contains(QStringLiteral("gebeurtenis")));
    CHECK(refused.reason.contains(QStringLiteral("deelnemer")));
    CHECK(refused.reason.contains(QStringLiteral("42501")));
    CHECK(refused.notAssigned);
    const Result<TeamStatus> status = TeamStatus::read(team.tess.database());
    REQUIRE(status.ok());
    CHECK(status->forReview() == 1);
    // Not settled by a decision: the server never had the items.
    CHECK_FALSE(TeamReview::decide(team.tess.database(), refused, TeamReview::Decision::Keep, {}, {},
                                   tester(), today, team.tess.clock.now())
                    .isEmpty());

    // Only Anna and her teamleider read her report, only Anna writes it, never as someone else.
    const auto countAs = [&](const char* user) {
        const auto connection = team.server.as(user);
        QSqlQuery query(connection->database());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM thuis.geweigerd")));
        REQUIRE(query.next());
        return query.value(0).toInt();
    };
    CHECK(countAs("anna") == refusedData);
    CHECK(countAs("bert") == 0);
    CHECK(countAs("zoe") == 0);
    team.server.addUser("zara", "teamleider", "zuid");
    CHECK(countAs("zara") == 0); // a teamleider of another team
    const auto bert = team.server.as("bert");
    QSqlQuery forged(bert->database());
    CHECK_FALSE(forged.exec(
        QStringLiteral(
            "INSERT INTO thuis.geweigerd (melder, team, item, deelnemer, entiteit, reden, pogingen) "
            "VALUES ('%1', 'noord', gen_random_uuid(), 'TW-1', 'x', 'x', 1)")
            .arg(team.server.name("anna"))));
    CHECK_FALSE(forged.exec(QStringLiteral("INSERT INTO thuis.geweigerd (team, item, deelnemer, entiteit, "
                                           "reden, pogingen) VALUES ('zuid', gen_random_uuid(), 'TW-1', 'x', "
                                           "'x', 1)")));
    CHECK(forged.exec(QStringLiteral("DELETE FROM thuis.geweigerd")));
    CHECK(forged.numRowsAffected() == 0);

    // Handed back: Anna's next sync sends them, and the report empties.
    team.handTo("TW-1", "anna");
    const TeamSync::Report back = team.anna.sync();
    CHECK(back.requeued >= refusedData);
    CHECK(back.quarantined == 0);
    CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM outbox")) == 0);
    CHECK(countAs("anna") == 0);
    team.tess.sync();
    CHECK(TeamReview::open(team.tess.database())->isEmpty());
    CHECK(TeamStatus::read(team.tess.database())->forReview() == 0);
    CHECK(team.tess.history(QStringLiteral("TW-1"))
              .contains(QStringLiteral("urgentie_aangevraagd 2026-09-08")));
    CHECK(team.anna.auditIntact());
    CHECK(team.tess.auditIntact());

    // A server not upgraded to schema 4 yet has no such list: the sync does the rest all the same.
    QSqlQuery older(team.server.admin->database());
    REQUIRE(older.exec(QStringLiteral("DROP TABLE thuis.geweigerd")));
    team.anna.record(QStringLiteral("TW-1"), "toestemming_gegeven", "2026-09-10");
    const TeamSync::Report onOlder = team.anna.sync();
    CHECK(onOlder.sent >= 1);
    CHECK(onOlder.notes.isEmpty());
}

TEST_CASE("The sync runs on a thread of its own and reports its progress there", "[team][sync]")
{
    Team team;
    team.anna.store.reset();
    auto store = open(team.anna.folder.filePath(QStringLiteral("dossier.thuis")));
    QStringList lines;
    const Result<TeamSync::Report> report =
        TeamSyncWorker::runAndWait(*store, team.anna.clock, [&](const QString& line) { lines << line; });
    INFO(report.errors().join(u' ').toStdString());
    REQUIRE(report.ok());
    CHECK(report->sent == 3);
    CHECK_FALSE(lines.isEmpty());
}

TEST_CASE("A form made final before the laptop joined reaches the team with its answers and signature",
          "[team][sync][join]")
{
    // Found with the demo's final forms: sent final first, the receiving laptop refused every
    // answer ("the form is final") and the form arrived empty.
    TeamServer server;
    server.addUser("anna", "begeleider", "noord");
    server.addUser("tess", "teamleider", "noord");
    Laptop anna{server, "anna"};
    Laptop tess{server, "tess"};
    addParticipant(*anna.store, QStringLiteral("TW-1"));
    FormAnswerRepository forms(anna.database());
    const Result<qint64> form = forms.createForm(QStringLiteral("TW-1"), QStringLiteral("supplement-wgh"),
                                                 QStringLiteral("2026"), tester(), anna.clock.now(),
                                                 {{QStringLiteral("woonadres"), QStringLiteral("Kade 1")}});
    REQUIRE(form.ok());
    QSqlDatabase database = anna.database();
    REQUIRE(database.transaction());
    REQUIRE(forms.markFinal(form.value(), tester(), anna.clock.now()).isEmpty());
    REQUIRE(database.commit());
    REQUIRE(SignatureRepository(anna.database())
                .recordOnPaper(
                    form.value(),
                    {QStringLiteral("deelnemer"), QStringLiteral("Test Deelnemer"), QString(), today, {}},
                    tester(), today, anna.clock.now())
                .isEmpty());
    const Result<qint64> second = forms.createForm(
        QStringLiteral("TW-1"), QStringLiteral("woonevaluatie"), QStringLiteral("2026"), tester(),
        anna.clock.now(), {{QStringLiteral("ervaring_wonen"), QStringLiteral("Goed")}});
    REQUIRE(second.ok());
    REQUIRE(database.transaction());
    REQUIRE(forms.markFinal(second.value(), tester(), anna.clock.now()).isEmpty());
    REQUIRE(database.commit());
    anna.join();
    // Each final form goes whole, one after the other: concept, its answers, final; a colleague
    // syncing halfway never sees a final form as a concept for long.
    QSqlQuery outbox(anna.database());
    REQUIRE(outbox.exec(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'formulier' ORDER BY seq")));
    QStringList order;
    while (outbox.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(outbox.value(0).toByteArray()).object();
        const QJsonObject row = payload.value(QStringLiteral("rijen")).toArray().first().toObject();
        order << (payload.value(QStringLiteral("entiteit")).toString() == u"form_instance"
                      ? row.value(QStringLiteral("form")).toString() + u':' +
                            row.value(QStringLiteral("status")).toString()
                      : QStringLiteral("antwoord"));
    }
    CHECK(order == QStringList{QStringLiteral("supplement-wgh:concept"), QStringLiteral("antwoord"),
                               QStringLiteral("supplement-wgh:definitief"),
                               QStringLiteral("woonevaluatie:concept"), QStringLiteral("antwoord"),
                               QStringLiteral("woonevaluatie:definitief")});
    tess.join();
    anna.sync();
    const TeamSync::Report report = tess.sync();
    CHECK(report.notApplied == 0);
    FormAnswerRepository hers(tess.database());
    const Result<QList<FormInstance>> received = hers.instances(QStringLiteral("TW-1"));
    REQUIRE(received.ok());
    REQUIRE(received->size() == 2); // newest first
    CHECK(received->last().isFinal());
    CHECK(received->last().signedParties == QStringList{QStringLiteral("deelnemer")});
    CHECK(hers.answers(received->last().id)->value(QStringLiteral("woonadres")) == QStringLiteral("Kade 1"));
    CHECK(hers.answers(received->first().id)->value(QStringLiteral("ervaring_wonen")) ==
          QStringLiteral("Goed"));
    CHECK(tess.auditIntact());
}

TEST_CASE("A form and its answers reach the teamleider, and an answer changed there comes back",
          "[team][sync]")
{
    Team team;
    FormAnswerRepository forms(team.anna.database());
    const Result<qint64> form = forms.createForm(QStringLiteral("TW-1"), QStringLiteral("supplement-wgh"),
                                                 QStringLiteral("2026"), tester(), team.anna.clock.now(),
                                                 {{QStringLiteral("woonadres"), QStringLiteral("Kade 1")}});
    REQUIRE(form.ok());
    team.anna.sync();
    team.tess.sync();
    FormAnswerRepository hers(team.tess.database());
    const Result<QList<FormInstance>> received = hers.instances(QStringLiteral("TW-1"));
    REQUIRE(received.ok());
    REQUIRE(received->size() == 1);
    const qint64 there = received->first().id;
    CHECK(hers.answers(there)->value(QStringLiteral("woonadres")) == QStringLiteral("Kade 1"));

    REQUIRE(hers.saveAnswer(there, QStringLiteral("woonadres"), QStringLiteral("Kade 2"), tester(),
                            team.tess.clock.now())
                .isEmpty());
    CHECK(team.tess.sync().sent == 1);
    CHECK(team.anna.sync().received == 1);
    CHECK(forms.answers(form.value())->value(QStringLiteral("woonadres")) == QStringLiteral("Kade 2"));
    CHECK(team.anna.auditIntact());
    CHECK(team.tess.auditIntact());
}

TEST_CASE("An item that cannot be put in is tried again at the next sync, and flagged for the teamleider "
          "when still left out",
          "[team][sync]")
{
    Team team;
    FormAnswerRepository annas(team.anna.database());
    const Result<qint64> form = annas.createForm(QStringLiteral("TW-1"), QStringLiteral("supplement-wgh"),
                                                 QStringLiteral("2026"), tester(), team.anna.clock.now(),
                                                 {{QStringLiteral("woonadres"), QStringLiteral("Kade 1")}});
    REQUIRE(form.ok());
    team.anna.sync();
    team.tess.sync();
    FormAnswerRepository tess(team.tess.database());
    const qint64 there = tess.instances(QStringLiteral("TW-1"))->first().id;
    const auto answerThere = [&] { return tess.answers(there)->value(QStringLiteral("woonadres")); };
    const auto saveAtAnna = [&](const char* address) {
        REQUIRE(annas
                    .saveAnswer(form.value(), QStringLiteral("woonadres"), QString::fromLatin1(address),
                                tester(), team.anna.clock.now())
                    .isEmpty());
    };

    SECTION("an answer to a form made final meanwhile: never put in, flagged once after the second try")
    {
        REQUIRE(team.tess.database().transaction());
        REQUIRE(tess.markFinal(there, tester(), team.tess.clock.now()).isEmpty());
        REQUIRE(team.tess.database().commit());
        team.tess.sync();
        saveAtAnna("Kade 2"); // not knowing it was made final
        team.anna.sync();
        const TeamSync::Report first = team.tess.sync();
        CHECK(first.notApplied == 1);
        CHECK(first.flagged == 0);
        const TeamSync::Report second = team.tess.sync();
        CHECK(second.flagged == 1);
        CHECK(second.received == 0);
        CHECK(
            team.tess.count(QStringLiteral("SELECT count(*) FROM team_flag WHERE reason LIKE '%could not be "
                                           "put in%the form is final%'")) == 1);
        CHECK(
            serverCount(team.server, QStringLiteral("inhoud->>'soort' = 'niet verwerkt' AND inhoud->>'reden' "
                                                    "LIKE '%the form is final%'")) == 1);
        CHECK(team.tess.sync().flagged == 0); // once
        CHECK(answerThere() == QStringLiteral("Kade 1"));
    }
    SECTION("what stood in the way is gone: put in at the next sync, nothing flagged")
    {
        // The form missing on Tess's laptop for a while (as if it had not arrived yet).
        QSqlQuery key(team.tess.database());
        REQUIRE(key.exec(QStringLiteral("SELECT uuid FROM team_key WHERE entity = 'form_instance'")));
        REQUIRE(key.next());
        const QString formKey = key.value(0).toString();
        REQUIRE(key.exec(QStringLiteral("DELETE FROM team_key WHERE entity = 'form_instance'")));
        saveAtAnna("Kade 3");
        team.anna.sync();
        CHECK(team.tess.sync().notApplied == 1);
        CHECK(answerThere() == QStringLiteral("Kade 1"));
        key.prepare(
            QStringLiteral("INSERT INTO team_key (entity, local_id, uuid) VALUES ('form_instance', ?, ?)"));
        key.addBindValue(QString::number(there));
        key.addBindValue(formKey);
        REQUIRE(key.exec());
        const TeamSync::Report again = team.tess.sync();
        CHECK(again.received == 1);
        CHECK(again.flagged == 0);
        CHECK(again.notApplied == 0);
        CHECK(answerThere() == QStringLiteral("Kade 3"));
        CHECK(team.tess.count(QStringLiteral("SELECT count(*) FROM team_item WHERE problem IS NOT NULL")) ==
              0);
        CHECK(team.tess.auditIntact());
    }
}

TEST_CASE("A received item cannot reach another participant's data, nor undo what stays", "[team][sync]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossier.thuis")));
    addParticipant(*store, QStringLiteral("TW-1"));
    addParticipant(*store, QStringLiteral("TW-2"), QStringLiteral("Tweede Persoon"));
    FormAnswerRepository forms(store->database());
    const Result<qint64> form = forms.createForm(QStringLiteral("TW-2"), QStringLiteral("supplement-wgh"),
                                                 QStringLiteral("2026"), tester(), fixedNow());
    REQUIRE(form.ok());
    const Result<QString> formKey = TeamOutbox::globalKey(store->database(), QStringLiteral("form_instance"),
                                                          QString::number(form.value()));
    REQUIRE(formKey.ok());
    const auto item = [](const char* participant, const char* entity, const QString& key,
                         const QJsonObject& row) {
        TeamItem made;
        made.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        made.participantId = QString::fromLatin1(participant);
        made.author = QStringLiteral("mallory");
        made.payload = {{QStringLiteral("entiteit"), QString::fromLatin1(entity)},
                        {QStringLiteral("sleutel"), key},
                        {QStringLiteral("wanneer"), QStringLiteral("2026-11-23T10:00:00.000Z")},
                        {QStringLiteral("rijen"), QJsonArray{row}}};
        return made;
    };
    const auto refused = [&](const TeamItem& sent) {
        REQUIRE(store->database().transaction());
        const QString why = ReceivedItems(store->database()).apply(sent);
        REQUIRE(store->database().commit());
        return why;
    };
    const QJsonObject formRow{{QStringLiteral("participant_id"), QStringLiteral("TW-1")},
                              {QStringLiteral("form"), QStringLiteral("supplement-wgh")},
                              {QStringLiteral("edition"), QStringLiteral("2026")},
                              {QStringLiteral("status"), QStringLiteral("concept")},
                              {QStringLiteral("created_at"), QStringLiteral("2026-11-23T10:00:00.000Z")},
                              {QStringLiteral("version"), QStringLiteral("1")}};
    CHECK(refused(item("TW-1", "form_instance", formKey.value(), formRow))
              .contains(QStringLiteral("another's")));
    CHECK(refused(item("TW-1", "form_answer", formKey.value() + QStringLiteral("/woonadres"),
                       {{QStringLiteral("value"), QStringLiteral("x")},
                        {QStringLiteral("updated_at"), QStringLiteral("2026-11-23T10:00:00.000Z")}}))
              .contains(QStringLiteral("another's")));
    CHECK(refused(item("TW-1", "participant", QStringLiteral("TW-1"),
                       {{QStringLiteral("naam = 'x'; DROP TABLE participant; --"), QStringLiteral("x")}}))
              .contains(QStringLiteral("no item may set")));
    CHECK(refused(item("TW-1", "participant", QStringLiteral("TW-2"),
                       {{QStringLiteral("naam"), QStringLiteral("x")}}))
              .contains(QStringLiteral("names TW-2")));
    CHECK(refused(item("TW-1", "trajectory_event", QUuid::createUuid().toString(QUuid::WithoutBraces),
                       {{QStringLiteral("participant_id"), QStringLiteral("TW-1")},
                        {QStringLiteral("type"), QStringLiteral("aanmelding")},
                        {QStringLiteral("date"), QStringLiteral("2026-02-31")},
                        {QStringLiteral("fields"), QStringLiteral("{}")},
                        {QStringLiteral("recorded_at"), QStringLiteral("2026-11-23T10:00:00.000Z")},
                        {QStringLiteral("recorded_by"), QStringLiteral("x")}}))
              .contains(QStringLiteral("malformed")));
    REQUIRE(store->database().transaction());
    REQUIRE(forms.markFinal(form.value(), tester(), fixedNow()).isEmpty());
    REQUIRE(store->database().commit());
    QJsonObject draft = formRow;
    draft.insert(QStringLiteral("participant_id"), QStringLiteral("TW-2"));
    CHECK(refused(item("TW-2", "form_instance", formKey.value(), draft))
              .contains(QStringLiteral("would change final form")));

    QJsonObject renamed = formRow;
    renamed.insert(QStringLiteral("participant_id"), QStringLiteral("TW-2"));
    renamed.insert(QStringLiteral("status"), QStringLiteral("definitief"));
    renamed.insert(QStringLiteral("edition"), QStringLiteral("2020"));
    CHECK(refused(item("TW-2", "form_instance", formKey.value(), renamed))
              .contains(QStringLiteral("would change final form")));
    // A signature is never taken back: an item with none for the signed form is refused.
    REQUIRE(SignatureRepository(store->database())
                .recordOnPaper(form.value(),
                               {QStringLiteral("deelnemer"),
                                QStringLiteral("Tweede Persoon"),
                                QString(),
                                QDate(2026, 11, 23),
                                {}},
                               tester(), QDate(2026, 11, 23), fixedNow())
                .isEmpty());
    TeamItem unsigned_ = item("TW-2", "signature", formKey.value(), {});
    unsigned_.payload.insert(QStringLiteral("rijen"), QJsonArray());
    CHECK(refused(unsigned_).contains(QStringLiteral("take back a signature")));
    REQUIRE(SignatureRepository(store->database()).valid(form.value())->size() == 1);

    // Nothing of it went in.
    CHECK(forms.instance(form.value())->participantId == QStringLiteral("TW-2"));
    CHECK(forms.instance(form.value())->status == QStringLiteral("definitief"));
    CHECK(ParticipantRepository(store->database()).load(QStringLiteral("TW-2"))->naam ==
          QStringLiteral("Tweede Persoon"));
    QSqlQuery events(store->database());
    REQUIRE(events.exec(QStringLiteral("SELECT count(*) FROM trajectory_event")));
    REQUIRE(events.next());
    CHECK(events.value(0).toInt() == 0);
    CHECK(AuditLog(store->database()).verify().intact);
}

TEST_CASE("An item's basis is the number up to which every item is known, not the highest one here",
          "[team][sync]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossier.thuis")));
    QSqlQuery query(store->database());
    for (const int number : {1, 2, 3, 5, 6}) { // 4: a colleague's, not pulled yet
        query.prepare(QStringLiteral(
            "INSERT INTO team_item (uuid, participant_id, volgnummer, basis, author, "
            "entity_key, content_digest, own) VALUES (?, 'TW-1', ?, 0, 'anna', 'k', x'00', 1)"));
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(number);
        REQUIRE(query.exec());
    }
    CHECK(TeamOutbox::knownSequence(store->database(), QStringLiteral("TW-1")).value() == 3);
    CHECK(TeamOutbox::knownSequence(store->database(), QStringLiteral("TW-2")).value() == 0);
}

TEST_CASE("A server out of step with the program stops the sync: nothing goes to quarantine", "[team][sync]")
{
    Team team;
    const int waiting = team.anna.count(QStringLiteral("SELECT count(*) FROM outbox"));
    REQUIRE(
        execute(*team.server.admin, QStringLiteral("ALTER TABLE thuis.item RENAME COLUMN basis TO basis_oud"))
            .ok);
    const Result<TeamSync::Report> stopped = team.anna.trySync();
    REQUIRE_FALSE(stopped.ok());
    INFO(stopped.errors().join(u' ').toStdString());
    // 42703 (no such column) on preparing, which QPSQL reports as the 42601 of the unprepared
    // text: either way class 42 but not 42501, so the sync stops.
    CHECK(stopped.errors().join(u' ').contains(QStringLiteral("SQLSTATE 42")));
    CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'wachtend'")) == waiting);
    REQUIRE(
        execute(*team.server.admin, QStringLiteral("ALTER TABLE thuis.item RENAME COLUMN basis_oud TO basis"))
            .ok);
    CHECK(team.anna.sync().sent == waiting);
}

TEST_CASE("A dossier looked at after the handover still leaves the laptop, the refused record stays",
          "[team][sync]")
{
    Team team;
    team.anna.sync();
    team.handTo("TW-1", "bert");
    REQUIRE(DossierAccess::recordOpened(team.anna.database(), tester(), QStringLiteral("TW-1"),
                                        team.anna.clock.now())
                .isEmpty());
    const TeamSync::Report report = team.anna.sync();
    CHECK(report.quarantined == 1);
    CHECK(report.removed == 1);
    CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM participant")) == 0);
    CHECK(team.anna.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'dossier'")) == 1);
    CHECK(team.anna.auditIntact());
}

TEST_CASE("A colleague's items that land are heard at once: the team's channel, the newest position only, "
          "nothing for another team or a transaction rolled back",
          "[team][sync][notify]")
{
    Team team;
    team.server.addUser("zara", "teamleider", "zuid");
    const auto credentialsOf = [&](const char* user) {
        auto credentials = std::make_shared<TeamLink::Credentials>();
        credentials->address = team.server.address(user);
        return std::shared_ptr<const TeamLink::Credentials>(std::move(credentials));
    };
    TeamListener tess(credentialsOf("tess"));
    TeamListener zara(credentialsOf("zara"));
    QSignalSpy tessListens(&tess, &TeamListener::listening);
    QSignalSpy tessHears(&tess, &TeamListener::landed);
    QSignalSpy zaraHears(&zara, &TeamListener::landed);
    tess.start();
    zara.start();
    REQUIRE(tessListens.count() == 1);

    // A transaction that adds an item and is rolled back: nothing is said.
    {
        const auto anna = team.server.as("anna");
        QSqlDatabase server = anna->database();
        REQUIRE(server.transaction());
        CHECK(execute(*anna, QStringLiteral("INSERT INTO thuis.deelnemer (id, team, begeleider) VALUES "
                                            "('TW-9', 'noord', current_user)"))
                  .ok);
        CHECK(execute(*anna,
                      QStringLiteral("INSERT INTO thuis.item (uuid, deelnemer, soort, inhoud, basis) VALUES "
                                     "(gen_random_uuid(), 'TW-9', 'audit', '{}', 0)"))
                  .ok);
        REQUIRE(server.rollback());
    }

    // Anna's sync lands three items, one statement each: Tess hears each, the last one with the
    // team's newest position. Notifications arrive in commit order, so one for the transaction
    // rolled back would have come first: there are exactly three.
    const auto newestOf = [&](const char* teamName) {
        QSqlQuery newest(team.server.admin->database());
        REQUIRE(newest.exec(QStringLiteral("SELECT laatste_positie FROM thuis.team WHERE id = '%1'")
                                .arg(QString::fromLatin1(teamName))));
        REQUIRE(newest.next());
        return newest.value(0).toLongLong();
    };
    CHECK(team.anna.sync().sent == 3);
    const qint64 noord = newestOf("noord");
    REQUIRE(QTest::qWaitFor(
        [&] { return !tessHears.isEmpty() && tessHears.last().at(0).toLongLong() == noord; }, 10'000));
    CHECK(tessHears.count() == 3);

    // Zoe's sync in team zuid: Zara hears that, and had heard nothing of noord before it.
    Laptop zoe(team.server, "zoe");
    addParticipant(*zoe.store, QStringLiteral("TZ-1"));
    zoe.join();
    CHECK(zoe.sync().sent == 1);
    const qint64 zuid = newestOf("zuid");
    REQUIRE(QTest::qWaitFor(
        [&] { return !zaraHears.isEmpty() && zaraHears.last().at(0).toLongLong() == zuid; }, 10'000));
    CHECK(zaraHears.count() == 1);
    CHECK(tessHears.count() == 3);

    // The channel is a random token of the team's, told to its members only: another team can
    // neither follow nor wake it, and it is not the team's name in any form.
    const auto tokenAs = [&](const char* user) {
        const auto connection = team.server.as(user);
        QSqlQuery token(connection->database());
        REQUIRE(token.exec(QStringLiteral("SELECT thuis.team_kanaal()")));
        REQUIRE(token.next());
        return token.value(0).toString();
    };
    const QString noordToken = tokenAs("tess");
    CHECK(noordToken.size() == 32);
    CHECK(tokenAs("anna") == noordToken);
    CHECK(tokenAs("zara") != noordToken);
    CHECK_FALSE(noordToken.contains(
        QString::fromLatin1(QCryptographicHash::hash("noord", QCryptographicHash::Md5).toHex())));
}

TEST_CASE(
    "A flagged conflict is reviewed: the histories by author, the engine's verdict, and a decision that "
    "reaches every laptop",
    "[team][sync][review]")
{
    Team team;
    const QString participant = team.urgentieAskedTwice();

    for (Laptop* laptop : {&team.tess, &team.anna}) {
        const Result<QList<TeamReview::Item>> queue = TeamReview::open(laptop->database());
        REQUIRE(queue.ok());
        REQUIRE(queue->size() == 1);
        CHECK(queue->first().participantId == participant);
        CHECK(queue->first().author == team.server.name("tess"));
    }
    const TeamReview::Item item = TeamReview::open(team.tess.database()).value().first();
    CHECK(TeamReview::verdict(team.tess.database(), participant, today).contains(QStringLiteral("urgentie")));

    // Side by side: Tess's urgentie under her name, Anna's three events under Anna's.
    const Result<QList<TeamReview::Event>> events = TeamReview::events(team.tess.database(), participant);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 4);
    QStringList byTess;
    QStringList byAnna;
    for (const TeamReview::Event& event : events.value())
        (event.author == team.server.name("tess") ? byTess : byAnna)
            << event.type + u' ' + event.date.toString(Qt::ISODate);
    CHECK(byTess == QStringList{QStringLiteral("urgentie_aangevraagd 2026-09-09")});
    CHECK(byAnna.size() == 3);
    for (const TeamReview::Event& event : events.value())
        CHECK(event.author ==
              (event.date == QDate(2026, 9, 9) ? team.server.name("tess") : team.server.name("anna")));

    // Asking the begeleider needs a question, and leaves the item in the queue.
    CHECK_FALSE(TeamReview::decide(team.tess.database(), item, TeamReview::Decision::AskBegeleider, {}, {},
                                   tester(), today, team.tess.clock.now())
                    .isEmpty());
    REQUIRE(TeamReview::decide(team.tess.database(), item, TeamReview::Decision::AskBegeleider,
                               QStringLiteral("Welke aanvraag is de echte?"), {}, tester(), today,
                               team.tess.clock.now())
                .isEmpty());
    REQUIRE(TeamReview::open(team.tess.database())->size() == 1);
    CHECK(TeamReview::open(team.tess.database())->first().askedNote == u"Welke aanvraag is de echte?");

    // Retracting Tess's own urgentie settles it: the rules accept the history, the queue is empty.
    qint64 tessEvent = 0;
    for (const TeamReview::Event& event : events.value())
        if (event.author == team.server.name("tess"))
            tessEvent = event.row;
    REQUIRE(TeamReview::decide(team.tess.database(), item, TeamReview::Decision::Retract,
                               QStringLiteral("dubbel aangevraagd"), tessEvent, tester(), today,
                               team.tess.clock.now())
                .isEmpty());
    CHECK(TeamReview::verdict(team.tess.database(), participant, today).isEmpty());
    CHECK(TeamReview::open(team.tess.database())->isEmpty());

    // The decision and the retraction reach Anna's laptop: her queue is empty, her history the same.
    team.tess.sync();
    team.anna.sync();
    CHECK(TeamReview::open(team.anna.database())->isEmpty());
    CHECK(team.anna.history(participant) == team.tess.history(participant));
    CHECK(TeamReview::verdict(team.anna.database(), participant, today).isEmpty());
    CHECK(
        team.anna.count(QStringLiteral("SELECT count(*) FROM team_decision WHERE decision = 'herroepen' AND "
                                       "note = 'dubbel aangevraagd'")) == 1);
    CHECK(team.anna.auditIntact());
    CHECK(team.tess.auditIntact());
}

TEST_CASE("Only the teamleider settles a flagged item: a begeleider's decision is refused by the server, and "
          "a review item about another participant is not taken",
          "[team][sync][review]")
{
    Team team;
    const QString participant = team.urgentieAskedTwice();
    const Result<QList<TeamReview::Item>> annasQueue = TeamReview::open(team.anna.database());
    REQUIRE(annasQueue.ok());
    REQUIRE(annasQueue->size() == 1);

    // Anna decides on her own laptop: it is noted there, but the server refuses to pass it on.
    REQUIRE(TeamReview::decide(team.anna.database(), annasQueue->first(), TeamReview::Decision::Keep,
                               QStringLiteral("allebei laten staan"), {}, tester(), today,
                               team.anna.clock.now())
                .isEmpty());
    const TeamSync::Report refused = team.anna.sync();
    CHECK(refused.quarantined == 1);
    CHECK(team.anna.sync().quarantined == 0); // refused for what it is: not sent again and again
    team.tess.sync();
    CHECK(TeamReview::open(team.tess.database())->size() == 1); // still Tess's to decide
    CHECK(serverCount(team.server, QStringLiteral("inhoud->>'entiteit' = 'besluit'")) == 0);

    // A decision item whose key names another participant than the one it was sent for (the one
    // the server checked) is not taken.
    TeamItem forged;
    forged.participantId = QStringLiteral("TW-OTHER");
    forged.author = team.server.name("tess");
    forged.payload = QJsonObject{
        {QStringLiteral("entiteit"), QStringLiteral("besluit")},
        {QStringLiteral("sleutel"), participant},
        {QStringLiteral("nieuw"), QStringLiteral(R"({"volgnummer": "5", "over": "samenloop", )"
                                                 R"("besluit": "behouden", "toelichting": ""})")}};
    CHECK_FALSE(TeamReview::received(team.tess.database(), forged, team.tess.clock.now()).isEmpty());
    CHECK(team.tess.count(QStringLiteral("SELECT count(*) FROM team_decision")) == 0);
}
