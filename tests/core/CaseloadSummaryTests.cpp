// The kept caseload summaries (table caseload_summary): the caseload read from them must be the
// caseload the engine computes, and a summary must never outlive the history it came from.
#include "StoreFixture.h"
#include "TrajectoryBuilder.h"

#include "caseload/Caseload.h"
#include "caseload/CaseloadSummary.h"
#include "store/ParticipantRepository.h"
#include "store/TrajectoryRepository.h"

#include <QCborArray>
#include <QCborMap>
#include <QSqlQuery>

using namespace storefixture;

namespace {

const QDate today(2026, 11, 23);

// Three trajectories in different states: before the signed agreement, in the herstelfase
// with an open goal, and meeting every omklap condition but the minimum duration.
void addThreeParticipants(EncryptedStore& store)
{
    TrajectoryBuilder waiting("amsterdam-2026");
    waiting.add("aanmelding", "2026-10-01").add("toestemming_gegeven", "2026-10-01");
    TrajectoryBuilder working("amsterdam-2026");
    working.startedOn("2026-09-01")
        .add("doel_vastgesteld", "2026-09-20",
             fields({{QStringLiteral("id"), QStringLiteral("g1")},
                     {QStringLiteral("leefdomein"), QStringLiteral("sociaal")},
                     {QStringLiteral("omschrijving"), QStringLiteral("Buren leren kennen")}}));
    const QList<std::pair<QString, Trajectory>> people{
        {QStringLiteral("D-1"), waiting.trajectory()},
        {QStringLiteral("D-2"), working.trajectory()},
        {QStringLiteral("D-3"), readyForOmklap().trajectory()}};
    TrajectoryRepository repository(store.database());
    for (auto [id, trajectory] : people) {
        trajectory.deelnemer.id = id;
        trajectory.deelnemer.naam = QStringLiteral("Deelnemer ") + id;
        const QString error = repository.importTrajectory(trajectory, tester(), today, fixedNow());
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
    }
}

// Everything the engine contributes to a row, comparable as bytes.
QByteArray engineView(const QList<CaseloadRow>& rows)
{
    QByteArray view;
    for (const CaseloadRow& row : rows) {
        view += row.id.toUtf8() + ' ' + QByteArray::number(row.overdue) + ' ' +
                (row.nextDeadline ? row.nextDeadline->due.toString(Qt::ISODate).toUtf8() : QByteArray("-")) +
                ' ' + CaseloadSummary::encode(row).toHex() + '\n';
    }
    return view;
}

// What the engine computes with no summary at all.
QByteArray freshlyEvaluated(const QSqlDatabase& database, const QDate& day)
{
    QSqlQuery(database).exec(QStringLiteral("DELETE FROM caseload_summary"));
    const auto rows = Caseload::load(database, day);
    REQUIRE(rows.ok());
    return engineView(rows.value());
}

qint64 summariesOf(const QSqlDatabase& database, const QString& participantId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT count(*) FROM caseload_summary WHERE participant_id = ?"));
    query.addBindValue(participantId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

void replaceSummary(const QSqlDatabase& database, const QString& participantId, const QByteArray& bytes,
                    const QString& engine)
{
    QSqlQuery query(database);
    query.prepare(
        QStringLiteral("UPDATE caseload_summary SET summary = ?, engine = ? WHERE participant_id = ?"));
    query.addBindValue(bytes);
    query.addBindValue(engine);
    query.addBindValue(participantId);
    REQUIRE(query.exec());
    REQUIRE(query.numRowsAffected() == 1);
}

} // namespace

TEST_CASE("The caseload read from kept summaries is the caseload the engine computes", "[caseload][summary]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    addThreeParticipants(*store);
    const QByteArray expected = freshlyEvaluated(store->database(), today);
    for (const char* id : {"D-1", "D-2", "D-3"})
        CHECK(summariesOf(store->database(), QString::fromUtf8(id)) == 1);

    const auto kept = Caseload::load(store->database(), today);
    REQUIRE(kept.ok());
    CHECK(engineView(kept.value()) == expected);

    // And the summary is really what was read: a changed one shows.
    CaseloadRow changed = kept->at(1);
    changed.phase = QStringLiteral("fase-uit-de-bewaarde-samenvatting");
    replaceSummary(store->database(), changed.id, CaseloadSummary::encode(changed),
                   Caseload::engineFingerprint(WorkingDays()));
    CHECK(Caseload::load(store->database(), today)->at(1).phase == changed.phase);
}

TEST_CASE("A summary made by other rules or another program version, or unreadable, is not used",
          "[caseload][summary]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    addThreeParticipants(*store);
    const QByteArray expected = freshlyEvaluated(store->database(), today);
    CaseloadRow changed = Caseload::load(store->database(), today)->at(1);
    changed.phase = QStringLiteral("fase-van-een-oudere-versie");
    replaceSummary(store->database(), changed.id, CaseloadSummary::encode(changed), QStringLiteral("ouder"));
    replaceSummary(store->database(), QStringLiteral("D-3"), QByteArray("\xff\x00kapot", 7),
                   Caseload::engineFingerprint(WorkingDays()));
    const auto rows = Caseload::load(store->database(), today);
    REQUIRE(rows.ok());
    CHECK(engineView(rows.value()) == expected);
    // Holidays are part of what made a summary: another policy does not reuse it.
    HolidayPolicy bevrijdingsdagFree;
    bevrijdingsdagFree.bevrijdingsdagIsDayOff = true;
    CHECK(Caseload::engineFingerprint(WorkingDays(bevrijdingsdagFree)) !=
          Caseload::engineFingerprint(WorkingDays()));
}

TEST_CASE("A new event or a change of the participant drops their summaries in the same transaction",
          "[caseload][summary]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    addThreeParticipants(*store);
    REQUIRE(Caseload::load(store->database(), today).ok());
    REQUIRE(Caseload::prepareDay(store->database(), today.addDays(1), 10).value() == 3);
    CHECK(summariesOf(store->database(), QStringLiteral("D-3")) == 2);

    // Werkafspraak 8: a goal that is not yet met stands in the way of the omklap.
    const QString error =
        TrajectoryRepository(store->database())
            .recordEvent(QStringLiteral("D-3"),
                         eventOn("doel_vastgesteld", today,
                                 fields({{QStringLiteral("id"), QStringLiteral("g2")},
                                         {QStringLiteral("leefdomein"), QStringLiteral("sociaal")},
                                         {QStringLiteral("omschrijving"),
                                          QStringLiteral("Een vaste vrijetijdsbesteding")}})),
                         tester(), today, fixedNow());
    REQUIRE(error.isEmpty());
    CHECK(summariesOf(store->database(), QStringLiteral("D-3")) == 0);
    CHECK(summariesOf(store->database(), QStringLiteral("D-2")) == 2);
    const auto rows = Caseload::load(store->database(), today);
    REQUIRE(rows.ok());
    CHECK(rows->at(2).omklap.unmet.contains(QStringLiteral("doelen_niet_behaald")));
    const QByteArray afterEvent = engineView(rows.value());
    CHECK(afterEvent == freshlyEvaluated(store->database(), today));

    REQUIRE(Caseload::load(store->database(), today).ok());
    ParticipantRepository participants(store->database());
    ParticipantDetails details = participants.load(QStringLiteral("D-2")).value();
    details.woonplaats = QStringLiteral("Amersfoort");
    REQUIRE(participants.update(details, tester(), fixedNow()).isEmpty());
    CHECK(summariesOf(store->database(), QStringLiteral("D-2")) == 0);
    CHECK(summariesOf(store->database(), QStringLiteral("D-1")) == 1);
}

TEST_CASE("Preparing a coming day in steps gives that day's caseload, old days are forgotten",
          "[caseload][summary]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    addThreeParticipants(*store);
    const QDate tomorrow = today.addDays(1);
    const QByteArray expected = freshlyEvaluated(store->database(), tomorrow);
    QSqlQuery(store->database()).exec(QStringLiteral("DELETE FROM caseload_summary"));

    CHECK(Caseload::prepareDay(store->database(), tomorrow, 2).value() == 2);
    CHECK(Caseload::prepareDay(store->database(), tomorrow, 2).value() == 1);
    CHECK(Caseload::prepareDay(store->database(), tomorrow, 2).value() == 0);
    const auto rows = Caseload::load(store->database(), tomorrow);
    REQUIRE(rows.ok());
    CHECK(engineView(rows.value()) == expected);

    REQUIRE(Caseload::load(store->database(), today).ok());
    REQUIRE(Caseload::forgetSummariesBefore(store->database(), tomorrow).isEmpty());
    for (const char* id : {"D-1", "D-2", "D-3"})
        CHECK(summariesOf(store->database(), QString::fromUtf8(id)) == 1);
}

TEST_CASE("A summary that is not of this format is not used: the trajectory is evaluated instead")
{
    CaseloadRow row;
    row.id = QStringLiteral("D-1");
    row.phase = QStringLiteral("herstelfase");
    const QByteArray current = CaseloadSummary::encode(row);
    CaseloadRow decoded;
    REQUIRE(CaseloadSummary::decode(current, decoded));
    CHECK(decoded.phase == u"herstelfase");

    // Format 1 had no settled deadlines; garbage, a cut-off summary and a wrong type are refused.
    const QCborMap formatOne{{QStringLiteral("phase"), QStringLiteral("herstelfase")},
                             {QStringLiteral("deadlines"), QCborArray()}};
    for (const QByteArray& bytes : {formatOne.toCborValue().toCbor(), QByteArray("\\x01\\x02 geen cbor"),
                                    current.left(current.size() / 2), QCborValue(42).toCbor()}) {
        CaseloadRow untouched;
        untouched.phase = QStringLiteral("ongewijzigd");
        CHECK_FALSE(CaseloadSummary::decode(bytes, untouched));
        CHECK(untouched.phase == u"ongewijzigd");
    }
}
