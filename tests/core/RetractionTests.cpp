// Corrections by a compensating event (issue 5): gebeurtenis_herroepen takes an earlier event
// out of the evaluation; history itself is never edited.
#include "StoreFixture.h"
#include "TrajectoryBuilder.h"

#include "store/TrajectoryRepository.h"
#include "trajectory/Retractions.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace storefixture;

namespace {

QJsonObject retracting(int number)
{
    return fields(
        {{QStringLiteral("nummer"), number}, {QStringLiteral("reden"), QStringLiteral("vergissing")}});
}

// aanmelding and toestemming_gegeven on 2 November, urgentie_aangevraagd on 9 November.
void recordUpToUrgentie(TrajectoryRepository& repository, const QString& participant, const QDate& today)
{
    for (const auto& [type, date] :
         QList<std::pair<const char*, QDate>>{{"aanmelding", QDate(2026, 11, 2)},
                                              {"toestemming_gegeven", QDate(2026, 11, 2)},
                                              {"urgentie_aangevraagd", QDate(2026, 11, 9)}})
        REQUIRE(
            repository.recordEvent(participant, eventOn(type, date), tester(), today, fixedNow()).isEmpty());
}

} // namespace

TEST_CASE("Werkafspraak 8: retracting a goal's 'behaald' makes the goal open again and blocks the omklap",
          "[retraction]")
{
    TrajectoryBuilder ready = readyForOmklap();
    const Evaluation before = ready.evaluate("2027-02-01").value();
    REQUIRE(before.omklap.eligible);
    const int behaald = 10; // startedOn adds 8 events, then doel_vastgesteld (9), doel_behaald (10)
    REQUIRE(ready.trajectory().events.at(behaald - 1).type == QStringLiteral("doel_behaald"));

    ready.add("gebeurtenis_herroepen", "2027-02-01", retracting(behaald));
    const Evaluation after = ready.evaluate("2027-02-01").value();
    CHECK_FALSE(after.omklap.eligible);
    CHECK(after.omklap.unmet == QStringList{QStringLiteral("doelen_niet_behaald")});
    REQUIRE(after.goals.size() == 1);
    CHECK_FALSE(after.goals.first().behaald);
}

TEST_CASE("A retraction must name an earlier event that is not a retraction and not retracted yet",
          "[retraction][badinput]")
{
    const auto problemWith = [](TrajectoryBuilder builder) {
        const Result<Evaluation> evaluation = builder.evaluate("2027-02-01");
        REQUIRE_FALSE(evaluation.ok());
        return evaluation.errors().join(u' ');
    };
    CHECK(problemWith(readyForOmklap().add("gebeurtenis_herroepen", "2027-01-01", retracting(40)))
              .contains(QStringLiteral("earlier event")));
    CHECK(problemWith(readyForOmklap().add("gebeurtenis_herroepen", "2027-01-01", QJsonObject{}))
              .contains(QStringLiteral("nummer")));
    CHECK(problemWith(readyForOmklap()
                          .add("gebeurtenis_herroepen", "2027-01-01", retracting(11))
                          .add("gebeurtenis_herroepen", "2027-01-02", retracting(12)))
              .contains(QStringLiteral("cannot be retracted")));
    CHECK(problemWith(readyForOmklap()
                          .add("gebeurtenis_herroepen", "2027-01-01", retracting(11))
                          .add("gebeurtenis_herroepen", "2027-01-02", retracting(11)))
              .contains(QStringLiteral("already been retracted")));
    // Not safe: without the accepted home, the signed agreement (event 8) breaks the rules.
    const QString unsafe =
        problemWith(readyForOmklap().add("gebeurtenis_herroepen", "2027-01-01", retracting(7)));
    CHECK(unsafe.contains(QStringLiteral("begeleidingsovereenkomst_getekend")));
}

TEST_CASE("Undo records a compensating event, history keeps the original, an unsafe undo writes nothing",
          "[retraction][store]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    addParticipant(*store, QStringLiteral("D-1"));
    TrajectoryRepository repository(store->database());
    const QDate today(2026, 11, 23);
    recordUpToUrgentie(repository, QStringLiteral("D-1"), today);

    REQUIRE(repository
                .undoLast(QStringLiteral("D-1"), QStringLiteral("verkeerde deelnemer"), tester(), today,
                          fixedNow())
                .isEmpty());
    const Trajectory stored = repository.load(QStringLiteral("D-1")).value();
    REQUIRE(stored.events.size() == 4);
    CHECK(stored.events.at(2).type == QStringLiteral("urgentie_aangevraagd")); // still there
    CHECK(Retractions::isRetraction(stored.events.at(3)));
    CHECK(stored.events.at(3).text(u"nummer") == QStringLiteral("3"));
    CHECK(stored.events.at(3).text(u"reden") == QStringLiteral("verkeerde deelnemer"));
    const auto profile = RuleProfile::builtIn(stored.profileId);
    CHECK(TrajectoryEngine(profile.value()).evaluate(stored, today)->phase == QStringLiteral("aanmelding"));
    const auto history = repository.history(QStringLiteral("D-1")).value();
    CHECK(Retractions::retractedNumbers(stored.events) == QSet<int>{3});
    CHECK(history.size() == 4);

    // The next undo goes one step further back: toestemming_gegeven.
    REQUIRE(repository.undoLast(QStringLiteral("D-1"), QString(), tester(), today, fixedNow()).isEmpty());
    CHECK(Retractions::retractedNumbers(repository.load(QStringLiteral("D-1"))->events) == QSet<int>{2, 3});

    // The aanmelding is the first event: without it the history is empty, which is valid.
    // After that there is nothing left to undo.
    REQUIRE(repository.undoLast(QStringLiteral("D-1"), QString(), tester(), today, fixedNow()).isEmpty());
    CHECK(repository.undoLast(QStringLiteral("D-1"), QString(), tester(), today, fixedNow())
              .contains(QStringLiteral("nothing to undo")));
    QSqlQuery query(store->database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value LIKE "
                                      "'gebeurtenis_herroepen%'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 3);
}

TEST_CASE("Undoing an event that later events depend on is refused with the engine's reason",
          "[retraction][store]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    Trajectory trajectory = readyForOmklap().trajectory();
    trajectory.deelnemer.id = QStringLiteral("D-2");
    trajectory.events.resize(8); // aanmelding ... begeleidingsovereenkomst_getekend (event 8)
    TrajectoryRepository repository(store->database());
    const QDate today(2026, 11, 23);
    REQUIRE(repository.importTrajectory(trajectory, tester(), today, fixedNow()).isEmpty());
    // The agreement was signed by mistake: undone, and signed again today.
    REQUIRE(repository.undoLast(QStringLiteral("D-2"), QString(), tester(), today, fixedNow()).isEmpty());
    REQUIRE(repository
                .recordEvent(QStringLiteral("D-2"), eventOn("begeleidingsovereenkomst_getekend", today),
                             tester(), today, fixedNow())
                .isEmpty());
    const qsizetype before = repository.load(QStringLiteral("D-2"))->events.size();
    Trajectory withRetraction = repository.load(QStringLiteral("D-2")).value();
    // Retracting woning_geaccepteerd (event 7) is not safe: the new agreement needs an accepted home.
    const QString refused = repository.recordEvent(
        QStringLiteral("D-2"), Retractions::undoing(withRetraction.events.at(6), today, {}), tester(), today,
        fixedNow());
    CHECK(refused.contains(QStringLiteral("begeleidingsovereenkomst_getekend")));
    CHECK(repository.load(QStringLiteral("D-2"))->events.size() == before);
}

namespace {

// Marks event row `rowId` as numbered `volgnummer` by the team server, as a sync does.
void numberedByTeam(const QSqlDatabase& database, qint64 rowId, qint64 volgnummer)
{
    // The global id made when a retraction named it, or one made now.
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO team_key (entity, local_id, uuid) VALUES ('trajectory_event', ?, ?)"));
    query.addBindValue(QString::number(rowId));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    REQUIRE(query.exec());
    query.prepare(
        QStringLiteral("SELECT uuid FROM team_key WHERE entity = 'trajectory_event' AND local_id = ?"));
    query.addBindValue(QString::number(rowId));
    REQUIRE((query.exec() && query.next()));
    const QString global = query.value(0).toString();
    query.prepare(QStringLiteral(
        "INSERT INTO team_item (uuid, participant_id, volgnummer, basis, author, entity_key, content_digest, "
        "own) VALUES (?, 'D-3', ?, 0, 'tess', ?, x'00', 0)"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(volgnummer);
    query.addBindValue(QStringLiteral("trajectory_event:") + global);
    REQUIRE(query.exec());
}

QStringList typesOf(const Trajectory& trajectory)
{
    QStringList types;
    for (const TrajectoryEvent& event : trajectory.events)
        types << event.type;
    return types;
}

// Participant D-3 with aanmelding, toestemming_gegeven and urgentie_aangevraagd (rows 1-3),
// and the urgentie undone (row 4).
struct UndoneUrgentie
{
    QTemporaryDir folder;
    std::unique_ptr<EncryptedStore> store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    TrajectoryRepository repository{store->database()};
    QDate today{2026, 11, 23};

    UndoneUrgentie()
    {
        addParticipant(*store, QStringLiteral("D-3"));
        recordUpToUrgentie(repository, QStringLiteral("D-3"), today);
        REQUIRE(repository.undoLast(QStringLiteral("D-3"), QString(), tester(), today, fixedNow()).isEmpty());
    }
};

} // namespace

TEST_CASE("Events count in the team server's order, and a retraction keeps naming its event when that "
          "order moves it",
          "[retraction][store][team]")
{
    // Rows 1-3 in the order recorded here: aanmelding, toestemming_gegeven, urgentie_aangevraagd;
    // row 4 the undo of the urgentie, stored with the event's global id beside its place.
    UndoneUrgentie file;
    auto& [folder, store, repository, today] = file;
    QSqlQuery query(store->database());
    REQUIRE(query.exec(QStringLiteral("SELECT e.fields, k.uuid FROM trajectory_event e, team_key k WHERE "
                                      "e.type = 'gebeurtenis_herroepen' AND k.local_id = '3'")));
    REQUIRE(query.next());
    const QJsonObject stored = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    CHECK(stored.value(u"gebeurtenis").toString() == query.value(1).toString());
    CHECK(stored.value(u"nummer").toInt() == 3);

    // The team numbered the urgentie (row 3) 7 and the toestemming (row 2) 8; the aanmelding and
    // the retraction were not sent yet. Order: urgentie, toestemming, aanmelding, retraction.
    numberedByTeam(store->database(), 3, 7);
    numberedByTeam(store->database(), 2, 8);
    const Trajectory reordered = repository.load(QStringLiteral("D-3")).value();
    CHECK(typesOf(reordered) ==
          QStringList{QStringLiteral("urgentie_aangevraagd"), QStringLiteral("toestemming_gegeven"),
                      QStringLiteral("aanmelding"), QStringLiteral("gebeurtenis_herroepen")});
    // The retraction names the urgentie, now first; its global id is not part of the trajectory.
    CHECK(reordered.events.at(3).text(u"nummer") == QStringLiteral("1"));
    CHECK(!reordered.events.at(3).fields.contains(u"gebeurtenis"));
    CHECK(Retractions::retractedNumbers(reordered.events) == QSet<int>{1});

    // A retraction written before retractions carried a global id, with only its place, names
    // the event at that place in the order recorded here (how it was made then).
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO trajectory_event (participant_id, type, date, fields, recorded_at, recorded_by) VALUES "
        "('D-3', 'gebeurtenis_herroepen', '2026-11-23', '{\"nummer\":1}', '2026-11-23T10:00:00.000Z', "
        "'x')")));
    const Trajectory withOld = repository.load(QStringLiteral("D-3")).value();
    REQUIRE(withOld.events.size() == 5);
    // Place 1 in the order recorded here is the aanmelding, third in the team's order.
    CHECK(withOld.events.at(4).text(u"nummer") == QStringLiteral("3"));
    CHECK(Retractions::retractedNumbers(withOld.events) == QSet<int>{1, 3});
    // The Tijdlijn numbers alike.
    QSet<int> retractedInHistory;
    const QList<RecordedEvent> history = repository.history(QStringLiteral("D-3")).value();
    for (const RecordedEvent& recorded : history) {
        if (Retractions::isRetraction(recorded.event))
            retractedInHistory << recorded.event.text(u"nummer").toInt();
    }
    CHECK(retractedInHistory == QSet<int>{1, 3});
}

TEST_CASE("A retraction never counts before its event, and one whose event is not here retracts nothing "
          "here",
          "[retraction][store][team]")
{
    UndoneUrgentie file;
    auto& [folder, store, repository, today] = file;

    // The urgentie (row 3) waited in quarantine while its retraction (row 4) was numbered.
    numberedByTeam(store->database(), 1, 1);
    numberedByTeam(store->database(), 2, 2);
    numberedByTeam(store->database(), 4, 3);
    const Trajectory trajectory = repository.load(QStringLiteral("D-3")).value();
    CHECK(typesOf(trajectory) ==
          QStringList{QStringLiteral("aanmelding"), QStringLiteral("toestemming_gegeven"),
                      QStringLiteral("urgentie_aangevraagd"), QStringLiteral("gebeurtenis_herroepen")});
    CHECK(Retractions::retractedNumbers(trajectory.events) == QSet<int>{3});
    const auto profile = RuleProfile::builtIn(trajectory.profileId);
    CHECK(TrajectoryEngine(profile.value()).evaluate(trajectory, today).ok());

    // A retraction received for an event this file lacks (not put in): on the Tijdlijn, not in
    // the evaluation, and recording goes on.
    QSqlQuery query(store->database());
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO trajectory_event (participant_id, type, date, fields, recorded_at, recorded_by) VALUES "
        "('D-3', 'gebeurtenis_herroepen', '2026-11-23', "
        "'{\"nummer\":2,\"gebeurtenis\":\"0d1f5b8e-6a4c-4c1e-9a55-3b2f0e7d9c11\"}', "
        "'2026-11-23T10:00:00.000Z', "
        "'x')")));
    CHECK(repository.load(QStringLiteral("D-3"))->events.size() == 4);
    CHECK(repository.history(QStringLiteral("D-3"))->size() == 5);
    CHECK(repository.undoLast(QStringLiteral("D-3"), QString(), tester(), today, fixedNow()).isEmpty());
    CHECK(Retractions::retractedNumbers(repository.load(QStringLiteral("D-3"))->events) == QSet<int>{2, 3});
}
