// The teamleider's figures (issue 8) on a small hand-made case file whose right answers follow
// from the agreements: Werkafspraak 2 and 4 (terms), 8 (omklap), Bijlage 1 (overlast).
#include "StoreFixture.h"
#include "TrajectoryBuilder.h"

#include "dashboard/Dashboard.h"
#include "dashboard/DashboardReport.h"
#include "store/ParticipantRepository.h"
#include "trajectory/IsoDate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>

using namespace storefixture;

namespace {

const QDate today(2026, 11, 23);

struct Person
{
    const char* id;
    const char* naam;
    const char* begeleider;
    const char* team;
    const char* corporatie;
    const char* stadsdeel;
    TrajectoryBuilder trajectory;
};

QJsonObject goal(const char* id)
{
    return fields({{QStringLiteral("id"), QString::fromUtf8(id)},
                   {QStringLiteral("leefdomein"), QStringLiteral("financieel")},
                   {QStringLiteral("omschrijving"), QStringLiteral("Huur op tijd betalen")}});
}

// Six participants:
// D-1 matching: an offer on Friday 20-11 (answer due Monday 23-11, 1 werkdag), available 01-12
//     (viewing due 03-12, 2 werkdagen): both due within 14 days.
// D-2 herstelfase since 01-06-2026, kennismakingsgesprek held 20-09 (due 01-09: late), no goals.
// D-3 herstelfase since 02-03-2026, kennismakingsgesprek 20-04 (on time), no goals; overlast
//     reported Monday 06-07, actie 1 on 07-07 (within 2 werkdagen).
// D-4 omgeklapt: overeenkomst 01-09-2025, lease in own name 12-10-2026 (406 days).
// (D-4, D-5 and D-6 signed in 2025, under the 2020 edition: their keys came the same day.)
// D-5 every omklap condition met: overeenkomst 01-10-2025, evaluation 15-09-2026.
// D-6 everything met but the year: overeenkomst 10-12-2025, so omklap from 10-12-2026.
QList<Person> people()
{
    TrajectoryBuilder matching("amsterdam-2026");
    matching.add("aanmelding", "2026-10-01")
        .add("toestemming_gegeven", "2026-10-01")
        .add("urgentie_aangevraagd", "2026-10-05")
        .add("urgentie_verleend", "2026-10-20")
        .add("woning_aangeboden", "2026-11-20",
             fields({{QStringLiteral("beschikbaar_op"), QStringLiteral("2026-12-01")}}));
    TrajectoryBuilder late("amsterdam-2026");
    late.startedOn("2026-06-01").add("kennismakingsgesprek_gehouden", "2026-09-20");
    TrajectoryBuilder onTime("amsterdam-2026");
    onTime.startedOn("2026-03-02")
        .add("kennismakingsgesprek_gehouden", "2026-04-20")
        .add("overlast_gemeld", "2026-07-06", idField("m1"))
        .add("overlast_actie", "2026-07-07",
             fields({{QStringLiteral("id"), QStringLiteral("m1")}, {QStringLiteral("actie"), 1}}));
    TrajectoryBuilder omgeklapt("amsterdam-2026");
    omgeklapt.startedOn("2025-09-01")
        .add("sleutel_overgedragen", "2025-09-01") // 2020 counts the kennismaking from the keys
        .add("doel_vastgesteld", "2025-10-01", goal("g1"))
        .add("kennismakingsgesprek_gehouden", "2025-10-15")
        .add("doel_behaald", "2026-06-01", idField("g1"))
        .add("woonevaluatie_gehouden", "2026-08-20")
        .add("voordracht_omklap_ingediend", "2026-09-02")
        .add("onafhankelijke_derde_akkoord", "2026-09-10")
        .add("woonzaken_akkoord", "2026-09-14")
        .add("huurcontract_omgezet", "2026-10-12");
    TrajectoryBuilder ready("amsterdam-2026");
    ready.startedOn("2025-10-01")
        .add("sleutel_overgedragen", "2025-10-01") // 2020 counts the kennismaking from the keys
        .add("doel_vastgesteld", "2025-10-20", goal("g1"))
        .add("kennismakingsgesprek_gehouden", "2025-11-15")
        .add("doel_behaald", "2026-06-01", idField("g1"))
        .add("woonevaluatie_gehouden", "2026-09-15");
    TrajectoryBuilder almost("amsterdam-2026");
    almost.startedOn("2025-12-10")
        .add("sleutel_overgedragen", "2025-12-10") // 2020 counts the kennismaking from the keys
        .add("doel_vastgesteld", "2026-01-05", goal("g1"))
        .add("kennismakingsgesprek_gehouden", "2026-01-20")
        .add("doel_behaald", "2026-06-01", idField("g1"))
        .add("woonevaluatie_gehouden", "2026-11-02");
    return {
        {"D-1", "Anna Aanmelder", "Sara Zorgvuldig", "Team Noord", "Proefwonen", "Centrum", matching},
        {"D-2", "Bram Laat", "Sara Zorgvuldig", "Team Noord", "Proefwonen", "Noord", late},
        {"D-3", "Cees Optijd", "Tom Hulpvaardig", "Team Oost", "Demohuis", "Oost", onTime},
        {"D-4", "Dewi Omgeklapt", "Tom Hulpvaardig", "Team Oost", "Demohuis", "Oost", omgeklapt},
        {"D-5", "Eva Klaar", "Sara Zorgvuldig", "Team Noord", "Demohuis", "Zuid", ready},
        {"D-6", "Fleur Bijna", "Sara Zorgvuldig", "Team Noord", "Demohuis", "Zuid", almost},
    };
}

void fill(EncryptedStore& store)
{
    for (const Person& person : people()) {
        Trajectory trajectory = person.trajectory.trajectory();
        trajectory.deelnemer.id = QString::fromUtf8(person.id);
        trajectory.deelnemer.naam = QString::fromUtf8(person.naam);
        const QString error =
            TrajectoryRepository(store.database()).importTrajectory(trajectory, tester(), today, fixedNow());
        INFO(person.id << ": " << error.toStdString());
        REQUIRE(error.isEmpty());
        ParticipantRepository participants(store.database());
        ParticipantDetails details = participants.load(trajectory.deelnemer.id).value();
        details.begeleider = QString::fromUtf8(person.begeleider);
        details.team = QString::fromUtf8(person.team);
        details.woningcorporatie = QString::fromUtf8(person.corporatie);
        details.stadsdeel = QString::fromUtf8(person.stadsdeel);
        REQUIRE(participants.update(details, tester(), fixedNow()).isEmpty());
    }
}

int countOf(const QList<DashboardCount>& counts, const char* key)
{
    for (const DashboardCount& count : counts) {
        if (count.key == QString::fromUtf8(key))
            return count.count;
    }
    return 0;
}

QStringList idsOf(const QList<OmklapCandidate>& candidates)
{
    QStringList ids;
    for (const OmklapCandidate& candidate : candidates)
        ids << candidate.participantId;
    ids.sort();
    return ids;
}

const QuarterFigures& quarter(const DashboardFigures& figures, int year, int number)
{
    for (const QuarterFigures& candidate : figures.quarters) {
        if (candidate.start == QDate(year, (number - 1) * 3 + 1, 1))
            return candidate;
    }
    FAIL("no figures for " << year << " Q" << number);
    return figures.quarters.first();
}

struct DashboardStore
{
    QTemporaryDir dir;
    std::unique_ptr<EncryptedStore> store = create(dir.filePath(QStringLiteral("team.thuis")));
    Dashboard dashboard;

    DashboardStore()
    {
        fill(*store);
        REQUIRE(dashboard.load(store->database(), today).isEmpty());
    }
};

} // namespace

TEST_CASE("Dashboard counts per phase, begeleider and corporation, phases in the order of the route")
{
    DashboardStore team;
    const DashboardFigures figures = team.dashboard.figures({});
    CHECK(figures.participants == 6);
    CHECK(figures.brokenHistories == 0);
    REQUIRE(figures.perPhase.size() >= 6);
    CHECK(figures.perPhase.at(0).key == u"aanmelding");
    CHECK(figures.perPhase.at(2).key == u"matching");
    CHECK(countOf(figures.perPhase, "matching") == 1);
    CHECK(countOf(figures.perPhase, "herstelfase") == 4);
    CHECK(countOf(figures.perPhase, "na_omklap") == 1);
    CHECK(countOf(figures.perPhase, "aanmelding") == 0);
    CHECK(countOf(figures.perBegeleider, "Sara Zorgvuldig") == 4);
    CHECK(countOf(figures.perBegeleider, "Tom Hulpvaardig") == 2);
    CHECK(figures.perBegeleider.first().key == u"Sara Zorgvuldig"); // most first
    CHECK(countOf(figures.perCorporation, "Demohuis") == 4);
    CHECK(countOf(figures.perCorporation, "Proefwonen") == 2);
}

TEST_CASE("Dashboard filters by begeleider, team, corporation, stadsdeel and profile")
{
    DashboardStore team;
    DashboardFilter filter;
    filter.begeleider = QStringLiteral("Tom Hulpvaardig");
    CHECK(team.dashboard.figures(filter).participants == 2);
    filter = {};
    filter.team = QStringLiteral("Team Noord");
    filter.woningcorporatie = QStringLiteral("Demohuis");
    CHECK(team.dashboard.figures(filter).participants == 2); // D-5 and D-6
    filter = {};
    filter.stadsdeel = QStringLiteral("Zuid");
    CHECK(idsOf(team.dashboard.figures(filter).omklapNow) == QStringList{QStringLiteral("D-5")});
    filter = {};
    filter.profile = QStringLiteral("amsterdam-2020");
    CHECK(team.dashboard.figures(filter).participants == 0);
}

TEST_CASE(
    "Werkafspraak 1: the offer's answer (1 werkdag) and the viewing (2 werkdagen) are due within 14 days")
{
    DashboardStore team;
    DashboardFilter filter;
    filter.stadsdeel = QStringLiteral("Centrum");
    const DashboardFigures figures = team.dashboard.figures(filter);
    QStringList rules;
    for (const DashboardDeadline& item : figures.dueWithin)
        rules << item.deadline.rule + u' ' + isoDate(item.deadline.due);
    CHECK(rules == QStringList{QStringLiteral("woningaanbod_reactie 2026-11-23"),
                               QStringLiteral("bezichtiging 2026-12-03")});
    CHECK(figures.dueWithinSoon == 2);
    CHECK(figures.overdue.isEmpty());
}

TEST_CASE("Werkafspraak 2: goals not set within 6 weeks are overdue, counted by rule and by begeleider")
{
    DashboardStore team;
    const DashboardFigures figures = team.dashboard.figures({});
    // D-2 (overeenkomst 01-06) and D-3 (02-03) have no goals; the others set theirs in time.
    CHECK(countOf(figures.overdueByRule, "doelen_vastleggen") == 2);
    int byBegeleider = 0;
    for (const DashboardCount& count : figures.overdueByBegeleider)
        byBegeleider += count.count;
    CHECK(byBegeleider == figures.overdue.size());
    for (qsizetype i = 0; i < figures.overdue.size(); ++i) {
        CHECK(figures.overdue.at(i).deadline.status == DeadlineStatus::Overdue);
        CHECK(figures.overdue.at(i).deadline.due < today);
        if (i > 0)
            CHECK(figures.overdue.at(i - 1).deadline.due <= figures.overdue.at(i).deadline.due);
    }
}

TEST_CASE("Werkafspraak 8: who can be put forward for omklap now, within 30 days with the date, and why not "
          "the rest")
{
    DashboardStore team;
    const DashboardFigures figures = team.dashboard.figures({});
    CHECK(idsOf(figures.omklapNow) == QStringList{QStringLiteral("D-5")});
    REQUIRE(figures.omklapSoon.size() == 1);
    CHECK(figures.omklapSoon.first().participantId == u"D-6");
    CHECK(figures.omklapSoon.first().eligibleOn == QDate(2026, 12, 10));
    // D-2 and D-3 miss the year, the evaluation and goals; D-4 is omgeklapt already, D-1 not started.
    CHECK(idsOf(figures.omklapLater) == QStringList{QStringLiteral("D-2"), QStringLiteral("D-3")});
    CHECK(countOf(figures.omklapUnmet, "minimum_duur") == 2);
    CHECK(countOf(figures.omklapUnmet, "woonevaluatie_ontbreekt") == 2);
    CHECK(countOf(figures.omklapUnmet, "doelen_ontbreken") == 2);
}

TEST_CASE("Quality figures per quarter: kennismakingsgesprek in 3 months, woonevaluatie, overlast in 2 "
          "werkdagen, time to omklap")
{
    DashboardStore team;
    const DashboardFigures figures = team.dashboard.figures({});
    // Werkafspraak 4: D-4 (15-10-2025) and D-5 (15-11-2025) held it in time.
    CHECK(quarter(figures, 2025, 4).kennismakingsgesprek.onTime == 2);
    CHECK(quarter(figures, 2025, 4).kennismakingsgesprek.total == 2);
    CHECK(quarter(figures, 2026, 1).kennismakingsgesprek.onTime == 1); // D-6
    CHECK(quarter(figures, 2026, 2).kennismakingsgesprek.onTime == 1); // D-3
    // D-2 held it on 20-09-2026, due 01-09: late, counted when held.
    CHECK(quarter(figures, 2026, 3).kennismakingsgesprek.onTime == 0);
    CHECK(quarter(figures, 2026, 3).kennismakingsgesprek.total == 1);
    CHECK(quarter(figures, 2026, 3).kennismakingsgesprek.percent() == 0.0);
    // Woonevaluaties within the year: D-4 (20-08) and D-5 (15-09) in Q3, D-6 (02-11) in Q4.
    CHECK(quarter(figures, 2026, 3).woonevaluatie.onTime == 2);
    CHECK(quarter(figures, 2026, 3).woonevaluatie.total == 2);
    CHECK(quarter(figures, 2026, 4).woonevaluatie.onTime == 1);
    CHECK(quarter(figures, 2026, 4).woonevaluatie.total == 1);
    // Bijlage 1: D-3's complaint answered the next day.
    CHECK(quarter(figures, 2026, 3).overlastReactie.onTime == 1);
    CHECK(quarter(figures, 2026, 3).overlastReactie.total == 1);
    // D-4: 01-09-2025 to 12-10-2026 is 406 days.
    CHECK(quarter(figures, 2026, 4).omklappen == 1);
    CHECK(quarter(figures, 2026, 4).medianDaysToOmklap == 406.0);
    CHECK(quarter(figures, 2026, 4).label() == u"2026 Q4");

    DashboardFilter period;
    period.from = QDate(2026, 7, 1);
    period.to = QDate(2026, 12, 31);
    const DashboardFigures narrowed = team.dashboard.figures(period);
    REQUIRE(narrowed.quarters.size() == 2);
    CHECK(narrowed.quarters.first().start == QDate(2026, 7, 1));
}

TEST_CASE("A median of an even number of omklappen is the mean of the middle two")
{
    QList<CaseloadRow> rows;
    for (int days : {300, 400, 500, 1000}) {
        CaseloadRow row;
        row.id = QString::number(days);
        row.phase = QStringLiteral("na_omklap");
        row.overeenkomstOn = QDate(2025, 1, 1);
        row.omgeklaptOn = row.overeenkomstOn.addDays(days);
        rows << row;
    }
    const DashboardFigures figures = DashboardFigures::compute(rows, {}, QDate(2030, 1, 1));
    int omklappen = 0;
    for (const QuarterFigures& quarter : figures.quarters)
        omklappen += quarter.omklappen;
    CHECK(omklappen == 4);
    // Each in its own quarter here; all in one when they fall together:
    for (CaseloadRow& row : rows)
        row.overeenkomstOn = QDate(2025, 1, 1).addDays(-row.id.toInt());
    for (CaseloadRow& row : rows)
        row.omgeklaptOn = QDate(2025, 1, 1);
    const DashboardFigures together = DashboardFigures::compute(rows, {}, QDate(2030, 1, 1));
    REQUIRE(together.quarters.size() == 1);
    CHECK(together.quarters.first().medianDaysToOmklap == 450.0);
}

TEST_CASE("A history that breaks a rule is counted apart, not in the figures")
{
    CaseloadRow broken;
    broken.id = QStringLiteral("X");
    broken.error = QStringLiteral("gebeurtenis 3: ...");
    CaseloadRow fine;
    fine.id = QStringLiteral("Y");
    fine.phase = QStringLiteral("herstelfase");
    const DashboardFigures figures = DashboardFigures::compute({broken, fine}, {}, today);
    CHECK(figures.participants == 2);
    CHECK(figures.brokenHistories == 1);
    CHECK(countOf(figures.perPhase, "herstelfase") == 1);
}

TEST_CASE("After one edit the dashboard reads only that participant again and agrees with a full reload")
{
    DashboardStore team;
    CHECK(countOf(team.dashboard.figures({}).overdueByRule, "doelen_vastleggen") == 2);
    const QString error =
        TrajectoryRepository(team.store->database())
            .recordEvent(QStringLiteral("D-3"), eventOn("doel_vastgesteld", QDate(2026, 11, 20), goal("g1")),
                         tester(), today, fixedNow());
    REQUIRE(error.isEmpty());
    REQUIRE(team.dashboard.refresh(team.store->database(), QStringLiteral("D-3")).isEmpty());
    const DashboardFigures refreshed = team.dashboard.figures({});
    CHECK(countOf(refreshed.overdueByRule, "doelen_vastleggen") == 1);

    Dashboard reloaded;
    REQUIRE(reloaded.load(team.store->database(), today).isEmpty());
    CHECK(DashboardReport::json(reloaded.figures({}), true) == DashboardReport::json(refreshed, true));
    CHECK_FALSE(team.dashboard.refresh(team.store->database(), QStringLiteral("D-99")).isEmpty());
}

TEST_CASE("The dashboard read from the kept summaries shows the figures of the engine's rows, on a day "
          "prepared or not",
          "[dashboard][summary]")
{
    DashboardStore team;
    const QSqlDatabase database = team.store->database();
    // The engine's rows, every one evaluated now: the reference.
    REQUIRE(QSqlQuery(database).exec(QStringLiteral("DELETE FROM caseload_summary")));
    const auto engineRows = Caseload::load(database, today, WorkingDays(), Caseload::Use::Figures);
    REQUIRE(engineRows.ok());
    const QJsonObject expected =
        DashboardReport::json(DashboardFigures::compute(engineRows.value(), {}, today), true);

    // A day not prepared: every row evaluated by the dashboard, and kept.
    REQUIRE(QSqlQuery(database).exec(QStringLiteral("DELETE FROM caseload_summary")));
    Dashboard unprepared;
    REQUIRE(unprepared.load(database, today).isEmpty());
    CHECK(DashboardReport::json(unprepared.figures({}), true) == expected);
    QSqlQuery count(database);
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM caseload_summary")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 6);

    // A prepared day: every row from its summary; one participant edited today is evaluated.
    Dashboard prepared;
    REQUIRE(prepared.load(database, today).isEmpty());
    CHECK(DashboardReport::json(prepared.figures({}), true) == expected);
    const QString error = TrajectoryRepository(database).recordEvent(
        QStringLiteral("D-2"), eventOn("huisbezoek", today), tester(), today, fixedNow());
    REQUIRE(error.isEmpty());
    Dashboard mixed;
    REQUIRE(mixed.load(database, today).isEmpty());
    REQUIRE(QSqlQuery(database).exec(QStringLiteral("DELETE FROM caseload_summary")));
    const auto editedRows = Caseload::load(database, today, WorkingDays(), Caseload::Use::Figures);
    REQUIRE(editedRows.ok());
    CHECK(DashboardReport::json(mixed.figures({}), true) ==
          DashboardReport::json(DashboardFigures::compute(editedRows.value(), {}, today), true));

    // Filtered the same way as the engine's rows, and the choices are what the rows hold.
    const DashboardFilter sara{
        QStringLiteral("Sara Zorgvuldig"), {}, QStringLiteral("Demohuis"), {}, {}, {}, {}};
    CHECK(DashboardReport::json(mixed.figures(sara), true) ==
          DashboardReport::json(DashboardFigures::compute(editedRows.value(), sara, today), true));
    CHECK(mixed.figures(sara).participants == 2);
    CHECK(mixed.rows().choices(DashboardRows::Field::Begeleider) ==
          QStringList{QStringLiteral("Sara Zorgvuldig"), QStringLiteral("Tom Hulpvaardig")});
    CHECK(mixed.rows().choices(DashboardRows::Field::Stadsdeel) ==
          QStringList{QStringLiteral("Centrum"), QStringLiteral("Noord"), QStringLiteral("Oost"),
                      QStringLiteral("Zuid")});
    // A value no participant has matches none.
    const DashboardFilter nobody{QStringLiteral("Niemand"), {}, {}, {}, {}, {}, {}};
    CHECK(mixed.figures(nobody).participants == 0);
}

TEST_CASE("Reports: JSON and CSV carry the same figures, without names no participant is named")
{
    DashboardStore team;
    const DashboardFigures figures = team.dashboard.figures({});
    const QJsonObject json = DashboardReport::json(figures, true);
    CHECK(json.value(QStringLiteral("participants")).toInt() == 6);
    CHECK(json.value(QStringLiteral("omklap_now"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("naam"))
              .toString() == u"Eva Klaar");
    const QJsonObject anonymous = DashboardReport::json(figures, false);
    CHECK_FALSE(anonymous.value(QStringLiteral("omklap_now"))
                    .toArray()
                    .first()
                    .toObject()
                    .contains(QStringLiteral("naam")));

    const QByteArray csv = DashboardReport::csv(figures, true);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("Eva Klaar"));
    CHECK(csv.contains(";406,0\n"));
    const QByteArray hidden = DashboardReport::csv(figures, false);
    for (const Person& person : people())
        CHECK_FALSE(hidden.contains(person.naam));
    CHECK(hidden.contains("Sara Zorgvuldig;4"));
    const QString text = DashboardReport::text(figures, false);
    CHECK_FALSE(text.contains(QStringLiteral("Eva Klaar")));
}

TEST_CASE(
    "An export that cannot be written says so and leaves nothing behind, one that can is in the audit log")
{
    DashboardStore team;
    const QByteArray csv = DashboardReport::csv(team.dashboard.figures({}), true);
    const QString nowhere = team.dir.filePath(QStringLiteral("bestaat-niet/dashboard.csv"));
    const QString error =
        DashboardReport::save(team.store->database(), tester(), fixedNow(), csv, nowhere, true);
    CHECK_FALSE(error.isEmpty());
    CHECK(error.contains(nowhere));
    CHECK_FALSE(QFile::exists(nowhere));

    const QString path = team.dir.filePath(QStringLiteral("dashboard.csv"));
    REQUIRE(DashboardReport::save(team.store->database(), tester(), fixedNow(), csv, path, true).isEmpty());
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == csv);
    CHECK(written.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                    QFileDevice::WriteUser));
    QSqlQuery audit(team.store->database());
    REQUIRE(audit.exec(QStringLiteral(
        "SELECT new_value FROM audit_log WHERE entity = 'export' AND entity_id = 'dashboard'")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString().contains(
        QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex())));
    CHECK_FALSE(audit.next()); // the failed one is not recorded
}

TEST_CASE("A CSV cell a spreadsheet would run as a formula stays text", "[dashboard][badinput]")
{
    // OWASP CSV injection: cells starting with =, +, -, @, tab or CR get a leading quote mark.
    CaseloadRow row;
    row.id = QStringLiteral("D-9");
    row.naam = QStringLiteral("=HYPERLINK(\"http://x\";\"klik\")");
    row.begeleider = QStringLiteral("@SUM(1+1)");
    row.phase = QStringLiteral("herstelfase");
    Deadline overdue;
    overdue.rule = QStringLiteral("doelen_vastleggen");
    overdue.due = QDate(2026, 11, 1);
    overdue.status = DeadlineStatus::Overdue;
    overdue.citation = QStringLiteral("+31 cmd");
    row.addOpenDeadline(overdue);
    const DashboardFigures figures = DashboardFigures::compute({row}, DashboardFilter(), QDate(2026, 11, 23));
    const QByteArray csv = DashboardReport::csv(figures, true);
    INFO(csv.toStdString());
    CHECK(csv.contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\""));
    CHECK(csv.contains("'@SUM(1+1)"));
    CHECK_FALSE(csv.contains(";=HYPERLINK"));
    CHECK_FALSE(csv.contains(";@SUM"));
}

TEST_CASE("A date's quarter begins on 1 January, 1 April, 1 July or 1 October, in and outside the "
          "looked-up years")
{
    CHECK(DashboardFigures::quarterStart(QDate(2026, 3, 31)) == QDate(2026, 1, 1));
    CHECK(DashboardFigures::quarterStart(QDate(2026, 4, 1)) == QDate(2026, 4, 1));
    CHECK(DashboardFigures::quarterStart(QDate(2024, 2, 29)) == QDate(2024, 1, 1));
    CHECK(DashboardFigures::quarterStart(QDate(2026, 12, 31)) == QDate(2026, 10, 1));
    CHECK(DashboardFigures::quarterStart(QDate(1899, 12, 31)) == QDate(1899, 10, 1));
    CHECK(DashboardFigures::quarterStart(QDate(2199, 12, 31)) == QDate(2199, 10, 1));
    CHECK(DashboardFigures::quarterStart(QDate(2200, 2, 1)) == QDate(2200, 1, 1));
    // Every day of the looked-up years and the years either side against the month's arithmetic
    // (the lookup guesses from a quarter's mean length and corrects by steps).
    for (QDate day(1899, 1, 1); day < QDate(2201, 1, 1); day = day.addDays(1)) {
        const QDate expected(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
        if (DashboardFigures::quarterStart(day) != expected)
            FAIL(day.toString(Qt::ISODate).toStdString());
    }
}
