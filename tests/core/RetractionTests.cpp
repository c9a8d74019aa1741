// Corrections by a compensating event (issue 5): gebeurtenis_herroepen takes an earlier event
// out of the evaluation; history itself is never edited.
#include "StoreFixture.h"
#include "TrajectoryBuilder.h"

#include "store/TrajectoryRepository.h"
#include "trajectory/Retractions.h"

#include <QSqlQuery>

using namespace storefixture;

namespace {

QJsonObject retracting(int number)
{
    return fields(
        {{QStringLiteral("nummer"), number}, {QStringLiteral("reden"), QStringLiteral("vergissing")}});
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
    for (const auto& [type, date] :
         QList<std::pair<const char*, QDate>>{{"aanmelding", QDate(2026, 11, 2)},
                                              {"toestemming_gegeven", QDate(2026, 11, 2)},
                                              {"urgentie_aangevraagd", QDate(2026, 11, 9)}})
        REQUIRE(
            repository.recordEvent(QStringLiteral("D-1"), eventOn(type, date), tester(), today, fixedNow())
                .isEmpty());

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
