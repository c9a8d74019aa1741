// Editions in force by date (issue 15): the Amsterdam 2026 agreements "gaan in op 1 januari 2026
// en gelden voor alle deelnemers"; the 2020 edition held from 1 July 2020. Dates worked out by
// hand in the comments; docs/trajectory-format.md ("Editions in force by date") has the design.
#include "QtCatch.h"
#include "TrajectoryBuilder.h"

#include "trajectory/RuleBook.h"

namespace {

// Signed in June 2025 under the 2020 edition: overeenkomst Mon 2 June, keys Mon 16 June.
TrajectoryBuilder startedIn2025(const char* profile = "amsterdam-2020")
{
    TrajectoryBuilder builder(profile);
    builder.add("aanmelding", "2025-03-03")
        .add("toestemming_gegeven", "2025-03-03")
        .add("urgentie_aangevraagd", "2025-03-10")
        .add("urgentie_verleend", "2025-04-01")
        .add("woning_aangeboden", "2025-05-05")
        .add("woningaanbod_beantwoord", "2025-05-05")
        .add("woning_geaccepteerd", "2025-05-07")
        .add("begeleidingsovereenkomst_getekend", "2025-06-02")
        .add("sleutel_overgedragen", "2025-06-16");
    return builder;
}

} // namespace

TEST_CASE("Amsterdam's editions: 2020 from 1 July 2020, 2026 from 1 January 2026", "[editions]")
{
    const RuleBook book = RuleBook::builtIn(QStringLiteral("amsterdam-2020")).value();
    CHECK(book.region() == QStringLiteral("amsterdam"));
    CHECK(book.title() == QStringLiteral("Amsterdam"));
    REQUIRE(book.editions().size() == 2);
    CHECK(book.profileOn(day("2025-12-31")).id == QStringLiteral("amsterdam-2020"));
    CHECK(book.profileOn(day("2026-01-01")).id == QStringLiteral("amsterdam-2026"));
    CHECK(book.profileOn(day("2019-01-01")).id == QStringLiteral("amsterdam-2020")); // the first edition
    // A file naming either edition, or the region, runs under the same book.
    CHECK(book.covers(QStringLiteral("amsterdam-2026")));
    CHECK(book.covers(QStringLiteral("amsterdam")));
    CHECK_FALSE(book.covers(QStringLiteral("amersfoort-2023")));
    CHECK(RuleBook::builtInRegions() == QStringList{QStringLiteral("amersfoort"), QStringLiteral("amsterdam"),
                                                    QStringLiteral("zuidoost-utrecht")});
    CHECK_FALSE(RuleBook::builtIn(QStringLiteral("utrecht")).ok());
}

TEST_CASE("Editions that do not share their vocabulary are refused as a region", "[editions][badinput]")
{
    RuleProfile older = RuleProfile::builtIn(QStringLiteral("amsterdam-2020")).value();
    RuleProfile newer = RuleProfile::builtIn(QStringLiteral("amsterdam-2026")).value();
    newer.phases.removeLast();
    const Result<RuleBook> refused = RuleBook::fromEditions({older, newer});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors().first().contains(QStringLiteral("same phases, flags and event types")));
}

TEST_CASE("A time-out keeps the term of the edition it started under", "[editions][termijnen]")
{
    // Started Mon 22 Dec 2025 under 2020 ("één tot maximaal twee weken"): due 5 Jan 2026.
    TrajectoryBuilder december = startedIn2025();
    december.add("time_out_gestart", "2025-12-22");
    const Deadline old = onlyDeadline(december.evaluateByDate("2026-01-02").value(), "time_out");
    CHECK(old.due == day("2026-01-05"));
    CHECK(old.edition == QStringLiteral("amsterdam-2020"));

    // Started Mon 2 Feb 2026 under 2026 ("maximaal 20 dagen"): due Sun 22 Feb.
    TrajectoryBuilder february = startedIn2025();
    february.add("time_out_gestart", "2026-02-02");
    const Deadline now = onlyDeadline(february.evaluateByDate("2026-02-03").value(), "time_out");
    CHECK(now.due == day("2026-02-22"));
    CHECK(now.edition == QStringLiteral("amsterdam-2026"));
}

TEST_CASE("The monthly home visit, new in 2026, runs for a 2025 participant from 1 January 2026",
          "[editions][termijnen]")
{
    TrajectoryBuilder builder = startedIn2025();
    const Evaluation before = builder.evaluateByDate("2025-12-31").value();
    CHECK(deadlinesOf(before, "huisbezoek").isEmpty()); // not a 2020 rule
    CHECK(before.profileId == QStringLiteral("amsterdam-2020"));

    builder.add("huisbezoek", "2026-01-20");
    const QList<Deadline> visits = deadlinesOf(builder.evaluateByDate("2026-03-01").value(), "huisbezoek");
    REQUIRE(visits.size() == 2);
    CHECK(visits.at(0).anchorDate == day("2026-01-01")); // not from the overeenkomst in 2025
    CHECK(visits.at(0).due == day("2026-02-01"));
    CHECK(visits.at(0).status == DeadlineStatus::Met);
    CHECK(visits.at(1).due == day("2026-02-20")); // a month after the visit of 20 January
    CHECK(visits.at(1).status == DeadlineStatus::Overdue);
}

TEST_CASE("A woonevaluatie year that began under 2020 keeps its date, the next one follows 2026",
          "[editions][termijnen]")
{
    // 2020 counts the year from the kennismakingsgesprek (Mon 25 Aug 2025): due 25 Aug 2026,
    // where 2026 would count from the overeenkomst (2 June 2025).
    TrajectoryBuilder builder = startedIn2025();
    builder.add("kennismakingsgesprek_gehouden", "2025-08-25");
    const Deadline first = onlyDeadline(builder.evaluateByDate("2026-03-02").value(), "woonevaluatie");
    CHECK(first.due == day("2026-08-25"));
    CHECK(first.edition == QStringLiteral("amsterdam-2020"));

    builder.add("woonevaluatie_gehouden", "2026-05-04");
    const QList<Deadline> years = deadlinesOf(builder.evaluateByDate("2026-05-05").value(), "woonevaluatie");
    REQUIRE(years.size() == 2);
    CHECK(years.at(0).status == DeadlineStatus::Met);
    CHECK(years.at(1).due == day("2027-05-04"));
    CHECK(years.at(1).edition == QStringLiteral("amsterdam-2026"));
}

TEST_CASE("A term whose anchors differ between editions: the process that began first keeps its edition",
          "[editions][termijnen]")
{
    // Overeenkomst Mon 15 Dec 2025, keys Mon 5 Jan 2026. The 2020 kennismaking term counts from
    // the keys (in 2026), the 2026 term from the overeenkomst (in 2025): neither edition was in
    // force when its own version began, so the edition in force at the earliest anchor (the
    // overeenkomst, 2020) decides: three months after the keys, 5 April 2026.
    TrajectoryBuilder builder("amsterdam-2020");
    builder.add("aanmelding", "2025-09-01")
        .add("toestemming_gegeven", "2025-09-01")
        .add("urgentie_aangevraagd", "2025-09-08")
        .add("urgentie_verleend", "2025-10-01")
        .add("woning_aangeboden", "2025-11-03")
        .add("woningaanbod_beantwoord", "2025-11-03")
        .add("woning_geaccepteerd", "2025-11-05")
        .add("begeleidingsovereenkomst_getekend", "2025-12-15")
        .add("sleutel_overgedragen", "2026-01-05");
    const Deadline kennismaking =
        onlyDeadline(builder.evaluateByDate("2026-01-06").value(), "kennismakingsgesprek");
    CHECK(kennismaking.due == day("2026-04-05"));
    CHECK(kennismaking.edition == QStringLiteral("amsterdam-2020"));
}

TEST_CASE("A voordracht of December 2025 goes on by the 2020 steps: Wonen's five werkdagen after the derde",
          "[editions][omklap]")
{
    // Signed in November 2024, keys on 18 November 2024: the 2020 year has passed by December 2025.
    TrajectoryBuilder builder("amsterdam-2020");
    builder.add("aanmelding", "2024-09-02")
        .add("toestemming_gegeven", "2024-09-02")
        .add("urgentie_aangevraagd", "2024-09-09")
        .add("urgentie_verleend", "2024-10-01")
        .add("woning_aangeboden", "2024-11-04")
        .add("woningaanbod_beantwoord", "2024-11-04")
        .add("woning_geaccepteerd", "2024-11-06")
        .add("begeleidingsovereenkomst_getekend", "2024-11-11")
        .add("sleutel_overgedragen", "2024-11-18")
        .add("doel_vastgesteld", "2025-01-15",
             fields({{QStringLiteral("id"), QStringLiteral("g1")},
                     {QStringLiteral("leefdomein"), QStringLiteral("financieel")},
                     {QStringLiteral("omschrijving"), QStringLiteral("Huur op tijd")}}))
        .add("doel_behaald", "2025-11-03", idField("g1"))
        .add("woonevaluatie_gehouden", "2025-11-10");
    TrajectoryBuilder proposal = builder;
    proposal.add("voordracht_omklap_ingediend", "2025-12-15")
        .add("onafhankelijke_derde_akkoord", "2026-01-12");
    // Mon 12 Jan 2026 + 5 werkdagen = Mon 19 Jan, not 5 werkdagen after the voordracht in 2025.
    const Deadline decision =
        onlyDeadline(proposal.evaluateByDate("2026-01-13").value(), "woonzaken_besluit");
    CHECK(decision.due == day("2026-01-19"));
    CHECK(decision.edition == QStringLiteral("amsterdam-2020"));
    CHECK(decision.status == DeadlineStatus::Open);
}

TEST_CASE("An edition that is not in force yet counts nothing, an ended trajectory gets no new term",
          "[editions][termijnen]")
{
    // Evaluated in 2025, nothing of 2026 applies: no monthly visit, no 2026 goals term.
    TrajectoryBuilder builder = startedIn2025();
    const Evaluation in2025 = builder.evaluateByDate("2025-07-01").value();
    for (const Deadline& deadline : in2025.deadlines)
        CHECK(deadline.edition == QStringLiteral("amsterdam-2020"));
    CHECK(deadlinesOf(in2025, "doelen_vastleggen")
              .isEmpty()); // 2020: six weeks after kennismaking_zorgaanbieder

    // Ended in 2025: the monthly visit that came into force in 2026 does not reach it.
    builder.add("traject_beeindigd", "2025-09-01",
                fields({{QStringLiteral("reden"), QStringLiteral("verhuisd")}}));
    CHECK(deadlinesOf(builder.evaluateByDate("2026-03-02").value(), "huisbezoek").isEmpty());
}

TEST_CASE("The 2020 Supplement's agreed date brings the first woonevaluatie forward too",
          "[editions][termijnen]")
{
    // 2020 counts the year from the kennismakingsgesprek (Mon 25 Aug 2025); agreed there: 2 March 2026.
    TrajectoryBuilder builder = startedIn2025();
    builder.add("kennismakingsgesprek_gehouden", "2025-08-25",
                fields({{QStringLiteral("volgende_gesprek"), QStringLiteral("2026-03-02")}}));
    const Deadline first = onlyDeadline(builder.evaluateByDate("2025-09-01").value(), "woonevaluatie");
    CHECK(first.due == day("2026-03-02"));
    CHECK(first.edition == QStringLiteral("amsterdam-2020"));
}

TEST_CASE("The MZWO report, new in 2026, counts from 1 January for access refused in December",
          "[editions][termijnen]")
{
    TrajectoryBuilder builder = startedIn2025();
    builder.add("toegang_geweigerd", "2025-12-15");
    CHECK(deadlinesOf(builder.evaluateByDate("2025-12-31").value(), "mzwo_melding").isEmpty());
    const Deadline report = onlyDeadline(builder.evaluateByDate("2026-02-02").value(), "mzwo_melding");
    CHECK(report.anchorDate == day("2026-01-01"));
    CHECK(report.due == day("2026-02-01"));
    CHECK(report.status == DeadlineStatus::Overdue);
}

TEST_CASE("Omklap is checked by today's edition: the 2026 year counts from the overeenkomst",
          "[editions][omklap]")
{
    const TrajectoryBuilder builder = startedIn2025();
    // In 2025 the 2020 edition counts the year from the keys (16 June 2025) ...
    CHECK(builder.evaluateByDate("2025-12-01").value().omklap.earliest == day("2026-06-16"));
    // ... from 2026 on, the 2026 edition counts it from the overeenkomst (2 June 2025).
    const Evaluation now = builder.evaluateByDate("2026-03-02").value();
    CHECK(now.omklap.earliest == day("2026-06-02"));
    CHECK(now.profileId == QStringLiteral("amsterdam-2026"));
    REQUIRE(now.editions.size() == 2);
    CHECK(now.editions.at(0).profileId == QStringLiteral("amsterdam-2020"));
    CHECK(now.editions.at(0).from == day("2025-03-03"));
    CHECK(now.editions.at(1).profileId == QStringLiteral("amsterdam-2026"));
    CHECK(now.editions.at(1).from == day("2026-01-01"));
}

TEST_CASE("Woonzaken: after the onafhankelijke derde in 2020, straight from the voordracht in 2026",
          "[editions][omklap]")
{
    const auto readyToPropose = [](const char* profile) {
        TrajectoryBuilder builder(profile);
        builder.startedOn("2025-08-11")
            .add("sleutel_overgedragen", "2025-08-11")
            .add("doel_vastgesteld", "2025-09-15",
                 fields({{QStringLiteral("id"), QStringLiteral("g1")},
                         {QStringLiteral("leefdomein"), QStringLiteral("financieel")},
                         {QStringLiteral("omschrijving"), QStringLiteral("Huur op tijd")}}))
            .add("doel_behaald", "2026-07-01", idField("g1"))
            .add("woonevaluatie_gehouden", "2026-07-06")
            .add("voordracht_omklap_ingediend", "2026-08-17");
        return builder;
    };
    // 2026, WA8: the voordracht goes to Woonzaken, which answers within 5 werkdagen of receipt:
    // Mon 17 Aug + 5 werkdagen = Mon 24 Aug.
    TrajectoryBuilder now = readyToPropose("amsterdam-2026");
    now.add("woonzaken_akkoord", "2026-08-19");
    const Evaluation approved = now.evaluateByDate("2026-08-20").value();
    CHECK(onlyDeadline(approved, "woonzaken_besluit").due == day("2026-08-24"));
    CHECK(onlyDeadline(approved, "woonzaken_besluit").status == DeadlineStatus::Met);

    // 2020, WA8 stap 3 and 4: the derde tests first; Wonen confirms within five werkdagen after
    // that: Tue 18 Aug + 5 werkdagen = Tue 25 Aug.
    TrajectoryBuilder then = readyToPropose("amsterdam-2020");
    TrajectoryBuilder skipped = then;
    skipped.add("woonzaken_akkoord", "2026-08-19");
    CHECK(skipped.evaluate("2026-08-20")
              .errors()
              .first()
              .contains(QStringLiteral("cannot come before onafhankelijke_derde_akkoord")));
    then.add("onafhankelijke_derde_akkoord", "2026-08-18");
    CHECK(onlyDeadline(then.evaluate("2026-08-20").value(), "woonzaken_besluit").due == day("2026-08-25"));
}

TEST_CASE("Werkafspraak 1 (2020) across Christmas: a refusal 2 werkdagen after a viewing on 23 December",
          "[editions][termijnen]")
{
    // Viewed Tue 23 Dec 2025: Wed 24 is the first werkdag, Thu 25 and Fri 26 are Eerste and
    // Tweede Kerstdag, then the weekend: the second werkdag is Mon 29 Dec. Still the 2020 term when
    // looked at in January 2026.
    TrajectoryBuilder builder("amsterdam-2020");
    builder.add("aanmelding", "2025-09-01")
        .add("toestemming_gegeven", "2025-09-01")
        .add("urgentie_aangevraagd", "2025-09-08")
        .add("urgentie_verleend", "2025-10-01")
        .add("woning_aangeboden", "2025-12-22",
             fields({{QStringLiteral("beschikbaar_op"), QStringLiteral("2025-12-22")}}))
        .add("woningaanbod_beantwoord", "2025-12-22")
        .add("woning_bezichtigd", "2025-12-23");
    const Deadline decision =
        onlyDeadline(builder.evaluateByDate("2026-01-05").value(), "woningaanbod_besluit");
    CHECK(decision.due == day("2025-12-29"));
    CHECK(decision.edition == QStringLiteral("amsterdam-2020"));
    CHECK(decision.status == DeadlineStatus::Overdue);
}
