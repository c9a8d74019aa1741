// The team server as the anchor of a laptop's audit chain (issue 17, docs/audit.md §3): someone
// with the passphrase can cut rows off a case file's chain, or rewrite it so that it fits again,
// and the file's own check passes; the links the server received say otherwise.
#include "QtCatch.h"
#include "StoreFixture.h"
#include "TeamLaptop.h"
#include "TeamTestServer.h"

#include "store/AuditLog.h"
#include "team/TeamAuditAnchors.h"

#include <QSqlQuery>

using namespace teamtest;
using namespace storefixture;

namespace {

QString findings(const AuditLog::Verification& verification)
{
    return verification.findings.join(u'\n');
}

// Anna's laptop, in team noord, with TW-1's first events synced. What a file holds when it joins
// is sent without links (it was written before); the event after joining has one.
struct AnnaInTeam
{
    TeamServer server;
    Laptop anna{server, "anna"};

    AnnaInTeam()
    {
        server.addUser("anna", "begeleider", "noord");
        addParticipant(*anna.store, QStringLiteral("TW-1"));
        anna.record(QStringLiteral("TW-1"), "aanmelding", "2026-09-01");
        anna.join();
        anna.record(QStringLiteral("TW-1"), "toestemming_gegeven", "2026-09-01");
        anna.sync();
    }

    TeamAuditAnchors::Found anchors() const
    {
        const auto connection = server.as(anna.base);
        const Result<TeamAuditAnchors::Found> found =
            TeamAuditAnchors::fromServer(anna.database(), connection->database(), anna.clock.now());
        INFO(found.errors().join(u' ').toStdString());
        REQUIRE(found.ok());
        return found.value();
    }

    AuditLog::Verification verify(const QList<AuditLog::Anchor>& anchors = {}) const
    {
        return AuditLog(anna.database()).verify(anchors);
    }

    qint64 lastRow() const { return anna.count(QStringLiteral("SELECT max(id) FROM audit_log")); }

    // What someone with the passphrase and a SQLite shell can do: remove the guards, then cut
    // the chain's end off together with the events it recorded, and set the row numbering back
    // so that the next row takes the first number cut. The file's own check passes.
    void cutOffFrom(qint64 row) const
    {
        QSqlQuery query(anna.database());
        for (const char* trigger : {"trajectory_event_append_only_delete", "audit_log_append_only_delete"})
            REQUIRE(
                query.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QString::fromLatin1(trigger))));
        REQUIRE(query.exec(
            QStringLiteral("DELETE FROM trajectory_event WHERE id IN (SELECT CAST(entity_id AS "
                           "INTEGER) FROM audit_log WHERE entity = 'trajectory_event' AND id >= %1)")
                .arg(row)));
        REQUIRE(query.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(row)));
        REQUIRE(query.exec(
            QStringLiteral("UPDATE sqlite_sequence SET seq = %1 WHERE name = 'audit_log'").arg(row - 1)));
        const AuditLog::Verification intact = verify();
        INFO(findings(intact).toStdString());
        REQUIRE(intact.intact);
    }
};

} // namespace

TEST_CASE("Every link a laptop sent is on the server, and the chain passes through them", "[team][audit]")
{
    AnnaInTeam team;
    const TeamAuditAnchors::Found found = team.anchors();
    CHECK_FALSE(found.serverTooOld);
    CHECK(found.linksOnServer == 1); // the event recorded after joining
    CHECK(found.linksCompared == found.linksOnServer);
    REQUIRE(found.anchors.size() == 1); // nothing disagrees: only the last link
    CHECK(found.anchors.first().source.startsWith(QStringLiteral("The team server")));
    const AuditLog::Verification verification = team.verify(found.anchors);
    INFO(findings(verification).toStdString());
    CHECK(verification.intact);
    CHECK(verification.anchorsChecked == 1);

    // Another laptop's chain (Bert's new case file) is another chain: not compared with Anna's.
    team.server.addUser("bert", "begeleider", "noord");
    Laptop bert(team.server, "bert");
    addParticipant(*bert.store, QStringLiteral("TW-2"));
    bert.join();
    bert.sync();
    CHECK(team.anchors().linksOnServer == found.linksOnServer);
    // Nor can Bert read Anna's links, even knowing her chain's id: only his own.
    const Result<QString> annasChain = AuditLog(team.anna.database()).chainId();
    REQUIRE(annasChain.ok());
    const auto asBert = team.server.as("bert");
    QSqlQuery query(asBert->database());
    query.prepare(QStringLiteral("SELECT count(*) FROM thuis.eigen_schakels(?)"));
    query.addBindValue(annasChain.value());
    REQUIRE(query.exec());
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("Rows cut off after a sync, or rewritten so that the file's own check passes, are found by the "
          "server's links",
          "[team][audit]")
{
    AnnaInTeam team;
    team.anna.record(QStringLiteral("TW-1"), "toestemming_gegeven", "2026-09-02");
    const qint64 consentRow = team.lastRow();
    team.anna.sync();

    team.cutOffFrom(consentRow);
    {
        const AuditLog::Verification verification = team.verify(team.anchors().anchors);
        CHECK_FALSE(verification.intact);
        CHECK(findings(verification).contains(QStringLiteral("rows were cut off")));
    }

    // Written again from there on, with a new row where the cut one was: the chain fits, the
    // server's link for that row does not.
    team.anna.record(QStringLiteral("TW-1"), "toestemming_gegeven", "2026-09-03");
    REQUIRE(team.lastRow() == consentRow);
    REQUIRE(team.verify().intact);
    const TeamAuditAnchors::Found found = team.anchors();
    const AuditLog::Verification verification = team.verify(found.anchors);
    CHECK_FALSE(verification.intact);
    CHECK(findings(verification).contains(QStringLiteral("the log was rewritten since")));
    CHECK(verification.firstBrokenRow == consentRow);

    // Sending the rewritten row as well leaves two links for one row on the server: the one
    // that no longer fits still counts.
    team.anna.sync();
    CHECK_FALSE(team.verify(team.anchors().anchors).intact);
}

TEST_CASE("A restore cuts the chain on purpose: the links it cut off are not held against it, later ones are",
          "[team][audit]")
{
    AnnaInTeam team;
    const qint64 backupHead = team.lastRow();
    team.anna.record(QStringLiteral("TW-1"), "toestemming_gegeven", "2026-09-02");
    team.anna.sync();

    // What a restore of a backup made at `backupHead` leaves in the chain (StoreSession::restore):
    // the rows after it gone, then a row saying so.
    team.cutOffFrom(backupHead + 1);
    team.anna.clock.advance(60);
    REQUIRE(AuditLog(team.anna.database())
                .append({team.anna.clock.now(), AuditLog::program(), QStringLiteral("restore"),
                         QStringLiteral("dossier-20260901-0900.thuis"), std::nullopt,
                         QStringLiteral("backup put in place")})
                .isEmpty());
    TeamAuditAnchors::Found found = team.anchors();
    CHECK(found.linksCompared < found.linksOnServer);
    {
        const AuditLog::Verification verification = team.verify(found.anchors);
        INFO(findings(verification).toStdString());
        CHECK(verification.intact);
    }

    // Written and sent after the restore: compared again, and cut off again, found again.
    team.anna.record(QStringLiteral("TW-1"), "toestemming_gegeven", "2026-09-04");
    const qint64 afterRestore = team.lastRow();
    team.anna.sync();
    found = team.anchors();
    CHECK(team.verify(found.anchors).intact);
    team.cutOffFrom(afterRestore);
    CHECK_FALSE(team.verify(team.anchors().anchors).intact);
}

TEST_CASE("A restore row the insider writes with a moment that cannot be excuses nothing", "[team][audit]")
{
    AnnaInTeam team;
    team.anna.record(QStringLiteral("TW-1"), "toestemming_gegeven", "2026-09-02");
    const qint64 consentRow = team.lastRow();
    team.anna.sync();
    team.cutOffFrom(consentRow);
    // A "restore" dated a year ahead would excuse every link written before it, later ones too.
    REQUIRE(AuditLog(team.anna.database())
                .append({team.anna.clock.now().addYears(1), AuditLog::program(), QStringLiteral("restore"),
                         QStringLiteral("dossier-20270901-0900.thuis"), std::nullopt,
                         QStringLiteral("backup put in place")})
                .isEmpty());
    const TeamAuditAnchors::Found found = team.anchors();
    CHECK(found.problem.contains(QStringLiteral("records a restore at a moment that cannot be")));
    CHECK(found.linksCompared == found.linksOnServer);
    CHECK_FALSE(team.verify(found.anchors).intact);
}

TEST_CASE("A chain key replaced to rewrite the log leaves this chain without links, and the server says so",
          "[team][audit]")
{
    AnnaInTeam team;
    // The event's link was received after the file joined (the server's clock is today).
    QSqlQuery query(team.anna.database());
    REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_chain_key_fixed_update")));
    REQUIRE(query.exec(QStringLiteral("UPDATE audit_chain_key SET key = randomblob(32)")));
    const TeamAuditAnchors::Found found = team.anchors();
    CHECK(found.linksOnServer == 0);
    REQUIRE(found.notes.size() == 1);
    CHECK(found.notes.first().contains(QStringLiteral("another audit chain of yours")));
    CHECK(found.problem.contains(QStringLiteral("this file's chain was replaced")));
}
