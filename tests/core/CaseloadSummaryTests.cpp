// The kept caseload summaries (table caseload_summary): the caseload read from them must be the
// caseload the engine computes, and a summary must never outlive the history it came from.
#include "StoreFixture.h"
#include "TrajectoryBuilder.h"

#include "caseload/Caseload.h"
#include "dashboard/Dashboard.h"
#include "dashboard/DashboardReport.h"
#include "store/ParticipantRepository.h"
#include "store/TrajectoryRepository.h"

#include <QSqlQuery>

using namespace storefixture;

namespace {

const QDate today(2026, 11, 23);

// Three trajectories in different states: before the signed agreement, in the herstelfase
// with an open goal and a melding of overlast, and meeting every omklap condition but the minimum duration.
void addThreeParticipants(EncryptedStore& store)
{
    TrajectoryBuilder waiting("amsterdam-2026");
    waiting.add("aanmelding", "2026-10-01").add("toestemming_gegeven", "2026-10-01");
    TrajectoryBuilder working("amsterdam-2026");
    working.startedOn("2026-09-01")
        .add("doel_vastgesteld", "2026-09-20",
             fields({{QStringLiteral("id"), QStringLiteral("g1")},
                     {QStringLiteral("leefdomein"), QStringLiteral("sociaal")},
                     {QStringLiteral("omschrijving"), QStringLiteral("Buren leren kennen")}}))
        .add("overlast_gemeld", "2026-11-20", idField("m1")); // a deadline with a reference
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

QByteArray dayText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toUtf8() : QByteArray("-");
}

// Everything the engine contributes to a row, comparable as bytes; written out field by field
// here, apart from how the store packs it.
QByteArray engineView(const QList<CaseloadRow>& rows)
{
    QByteArray view;
    for (const CaseloadRow& row : rows) {
        view += row.id.toUtf8() + " phase=" + row.phase.toUtf8() + " error=" + row.error.toUtf8() +
                " overdue=" + QByteArray::number(row.overdue) +
                " next=" + (row.nextDeadline ? dayText(row.nextDeadline->due) : QByteArray("-")) +
                " eligible=" + QByteArray::number(row.omklap.eligible) +
                " earliest=" + dayText(row.omklap.earliest.value_or(QDate())) +
                " unmet=" + row.omklap.unmet.join(u',').toUtf8() +
                " overeenkomst=" + dayText(row.overeenkomstOn) + " omgeklapt=" + dayText(row.omgeklaptOn) +
                '\n';
        for (const Deadline& deadline : row.deadlines)
            view += "  open " + deadline.rule.toUtf8() + ' ' + deadline.ref.toUtf8() + ' ' +
                    dayText(deadline.anchorDate) + ' ' + dayText(deadline.due) + ' ' +
                    QByteArray::number(int(deadline.status)) + ' ' + dayText(deadline.metOn) + ' ' +
                    deadline.citation.toUtf8() + '\n';
        for (const Deadline& deadline : row.settled)
            view += "  settled " + deadline.rule.toUtf8() + ' ' + dayText(deadline.due) + ' ' +
                    QByteArray::number(int(deadline.status)) + ' ' + dayText(deadline.metOn) + '\n';
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

// Sets one column of a participant's kept summary, and the engine that made it.
void setKept(const QSqlDatabase& database, const QString& participantId, const QString& column,
             const QVariant& value, const QString& engine)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE caseload_summary SET %1 = ?, engine = ? WHERE participant_id = ?")
                      .arg(column));
    query.addBindValue(value);
    query.addBindValue(engine);
    query.addBindValue(participantId);
    REQUIRE(query.exec());
    REQUIRE(query.numRowsAffected() == 1);
}

QByteArray keptBytes(const QSqlDatabase& database, const QString& participantId, const QString& column)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT %1 FROM caseload_summary WHERE participant_id = ?").arg(column));
    query.addBindValue(participantId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toByteArray();
}

// The dashboard's figures as the report writes them (every count, list and quarter).
QJsonObject figuresOf(const DashboardFigures& figures)
{
    return DashboardReport::json(figures, true);
}

// The dashboard read from the file as it is now.
QJsonObject dashboardFigures(const QSqlDatabase& database, const QDate& day)
{
    Dashboard dashboard;
    REQUIRE(dashboard.load(database, day).isEmpty());
    return figuresOf(dashboard.figures({}));
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

    // The comparison covers every kind of field: open deadlines with a citation and a goal's
    // reference, settled ones, the omklap's codes and dates.
    INFO(expected.toStdString());
    CHECK(expected.contains(" open overlast_reactie m1 "));
    CHECK(expected.contains("Werkafspraak"));
    CHECK(expected.contains("  settled "));
    CHECK(expected.contains(" earliest=2"));

    const auto kept = Caseload::load(store->database(), today);
    REQUIRE(kept.ok());
    CHECK(engineView(kept.value()) == expected);

    // And the summary is really what was read: a changed one shows.
    const QString phase = QStringLiteral("fase-uit-de-bewaarde-samenvatting");
    setKept(store->database(), kept->at(1).id, QStringLiteral("phase"), phase,
            Caseload::engineFingerprint(WorkingDays()));
    CHECK(Caseload::load(store->database(), today)->at(1).phase == phase);
}

TEST_CASE("A summary made by other rules or another program version, or unreadable, is not used",
          "[caseload][summary]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    addThreeParticipants(*store);
    const QByteArray expected = freshlyEvaluated(store->database(), today);
    REQUIRE(Caseload::load(store->database(), today).ok());
    setKept(store->database(), QStringLiteral("D-2"), QStringLiteral("phase"),
            QStringLiteral("fase-van-een-oudere-versie"), QStringLiteral("ouder"));
    setKept(store->database(), QStringLiteral("D-3"), QStringLiteral("open_terms"),
            QByteArray("\xff\x00kapot", 7), Caseload::engineFingerprint(WorkingDays()));
    const auto rows = Caseload::load(store->database(), today);
    REQUIRE(rows.ok());
    CHECK(engineView(rows.value()) == expected);
    // Both were kept again in the place of the old ones (same participant and day): every
    // summary of the day is now this engine's, one per participant.
    QSqlQuery kept(store->database());
    REQUIRE(kept.exec(QStringLiteral("SELECT count(*), count(DISTINCT participant_id), sum(engine = '%1') "
                                     "FROM caseload_summary WHERE as_of = '%2'")
                          .arg(Caseload::engineFingerprint(WorkingDays()), today.toString(Qt::ISODate))));
    REQUIRE(kept.next());
    CHECK(kept.value(0).toInt() == 3);
    CHECK(kept.value(1).toInt() == 3);
    CHECK(kept.value(2).toInt() == 3);
    kept.finish();
    REQUIRE(
        kept.exec(QStringLiteral("SELECT open_terms FROM caseload_summary WHERE participant_id = 'D-3'")));
    REQUIRE(kept.next());
    CHECK(kept.value(0).toByteArray() != QByteArray("\xff\x00kapot", 7)); // the unreadable one replaced
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

TEST_CASE("Packed deadlines cut off, of another shape or with an unknown status are not used: the "
          "trajectory is evaluated instead",
          "[caseload][summary]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    addThreeParticipants(*store);
    const QByteArray expected = freshlyEvaluated(store->database(), today);
    const QString engine = Caseload::engineFingerprint(WorkingDays());
    const QString id = QStringLiteral("D-3");
    const QByteArray open = keptBytes(store->database(), id, QStringLiteral("open_terms"));
    const QByteArray settled = keptBytes(store->database(), id, QStringLiteral("settled_terms"));
    REQUIRE(open.size() > 20);
    REQUIRE_FALSE(settled.isEmpty());

    QByteArray unknownStatus = open;
    unknownStatus[0] = char(9); // the first record's status: DeadlineStatus has 4
    QByteArray tooLong = open;
    tooLong.append("\x01\x02", 2); // a record begun and not finished
    const QList<std::pair<QString, QByteArray>> damaged{
        {QStringLiteral("open_terms"), open.left(open.size() - 3)},
        {QStringLiteral("open_terms"), unknownStatus},
        {QStringLiteral("open_terms"), tooLong},
        {QStringLiteral("settled_terms"), settled.left(settled.size() / 2)},
        {QStringLiteral("settled_terms"), QByteArray(2, '\xff')},
    };
    const auto freshRows = Caseload::load(store->database(), today);
    REQUIRE(freshRows.ok());
    const QJsonObject expectedFigures = figuresOf(DashboardFigures::compute(freshRows.value(), {}, today));
    for (const auto& [column, bytes] : damaged) {
        INFO(column.toStdString() << ' ' << bytes.toHex().toStdString());
        // The dashboard reads the summaries its own way (DashboardRows): the same refusal.
        setKept(store->database(), id, column, bytes, engine);
        CHECK(dashboardFigures(store->database(), today) == expectedFigures);
        CHECK(keptBytes(store->database(), id, column) == (column == u"open_terms" ? open : settled));
        setKept(store->database(), id, column, bytes, engine);
        const auto rows = Caseload::load(store->database(), today);
        REQUIRE(rows.ok());
        CHECK(engineView(rows.value()) == expected);
        // Evaluated again, and kept again whole.
        CHECK(keptBytes(store->database(), id, QStringLiteral("open_terms")) == open);
        CHECK(keptBytes(store->database(), id, QStringLiteral("settled_terms")) == settled);
    }
}
