// One test per termijn of the 2026 Termijnen table (and the 2020 differences), citing the rule.
#include "QtCatch.h"
#include "TrajectoryBuilder.h"

#include "trajectory/OverlastProtocol.h"

TEST_CASE("Werkafspraak 1: the provider answers an offer within 1 werkdag (Koningsdag skipped)",
          "[termijnen]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.add("aanmelding", "2026-03-02")
        .add("toestemming_gegeven", "2026-03-02")
        .add("urgentie_aangevraagd", "2026-03-02")
        .add("urgentie_verleend", "2026-04-01")
        .add("woning_aangeboden", "2026-04-24");
    const Deadline open = onlyDeadline(builder.evaluate("2026-04-28").value(), "woningaanbod_reactie");
    CHECK(open.due == day("2026-04-28"));
    CHECK(open.status == DeadlineStatus::Open);
    CHECK(onlyDeadline(builder.evaluate("2026-04-29").value(), "woningaanbod_reactie").status ==
          DeadlineStatus::Overdue);

    builder.add("woningaanbod_beantwoord", "2026-04-29");
    const Deadline late = onlyDeadline(builder.evaluate("2026-04-30").value(), "woningaanbod_reactie");
    CHECK(late.status == DeadlineStatus::MetLate);
    CHECK(late.metOn == day("2026-04-29"));
}

TEST_CASE("Werkafspraak 1: viewing within 2 werkdagen after the home is available, only if wanted",
          "[termijnen]")
{
    TrajectoryBuilder wanted("amsterdam-2026");
    wanted.add("aanmelding", "2026-03-02")
        .add("toestemming_gegeven", "2026-03-02")
        .add("urgentie_aangevraagd", "2026-03-02")
        .add("urgentie_verleend", "2026-04-01")
        .add("woning_aangeboden", "2026-05-11",
             fields({{QStringLiteral("beschikbaar_op"), QStringLiteral("2026-05-13")}}))
        .add("woning_bezichtigd", "2026-05-18");
    const Deadline viewing = onlyDeadline(wanted.evaluate("2026-05-19").value(), "bezichtiging");
    CHECK(viewing.due == day("2026-05-18")); // Hemelvaartsdag 14 May is no werkdag
    CHECK(viewing.status == DeadlineStatus::Met);
    // Werkafspraak 1: a refusal with reasons within 2 werkdagen after viewing (Mon 18 May: Wed 20);
    // the Termijnen table's 5 werkdagen is shown beside it, Tweede Pinksterdag 25 May skipped.
    const Deadline decision = onlyDeadline(wanted.evaluate("2026-05-19").value(), "woningaanbod_besluit");
    CHECK(decision.due == day("2026-05-20"));
    CHECK(decision.alternativeDue == day("2026-05-26"));
    CHECK(decision.alternativeCitation.startsWith(QStringLiteral("Termijnen")));

    TrajectoryBuilder notWanted("amsterdam-2026");
    notWanted.add("aanmelding", "2026-03-02")
        .add("toestemming_gegeven", "2026-03-02")
        .add("urgentie_aangevraagd", "2026-03-02")
        .add("urgentie_verleend", "2026-04-01")
        .add("woning_aangeboden", "2026-05-11",
             fields({{QStringLiteral("beschikbaar_op"), QStringLiteral("2026-05-13")},
                     {QStringLiteral("bezichtiging_gewenst"), false}}));
    CHECK(deadlinesOf(notWanted.evaluate("2026-05-20").value(), "bezichtiging").isEmpty());
}

TEST_CASE("Werkafspraak 2 and 4 (2026): goals and planning within 6 weeks, kennismaking within 3 months",
          "[termijnen]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15");
    const Evaluation onTime = builder.evaluate("2026-02-26").value();
    CHECK(onlyDeadline(onTime, "doelen_vastleggen").due == day("2026-02-26"));
    CHECK(onlyDeadline(onTime, "kennismakingsgesprek_plannen").due == day("2026-02-26"));
    CHECK(onlyDeadline(onTime, "kennismakingsgesprek").due == day("2026-04-15"));
    CHECK(onlyDeadline(onTime, "kennismakingsgesprek").status == DeadlineStatus::Open);

    CHECK(onlyDeadline(builder.evaluate("2026-04-16").value(), "kennismakingsgesprek").status ==
          DeadlineStatus::Overdue);
    builder.add("kennismakingsgesprek_gehouden", "2026-04-15");
    CHECK(onlyDeadline(builder.evaluate("2026-04-16").value(), "kennismakingsgesprek").status ==
          DeadlineStatus::Met);
}

TEST_CASE("Werkafspraak 2 and 4 (2020): kennismaking counted from the sleutelmoment, goals six weeks after "
          "the first kennismaking between zorgaanbieder and bewoner",
          "[termijnen][2020]")
{
    TrajectoryBuilder builder("amsterdam-2020");
    builder.startedOn("2025-09-01").add("sleutel_overgedragen", "2025-09-15");
    const Evaluation evaluation = builder.evaluate("2025-09-16").value();
    CHECK(onlyDeadline(evaluation, "kennismakingsgesprek_plannen").due == day("2025-10-27")); // + 6 weeks
    CHECK(onlyDeadline(evaluation, "kennismakingsgesprek").due == day("2025-12-15"));         // + 3 months
    CHECK(deadlinesOf(evaluation, "doelen_vastleggen").isEmpty()); // no kennismaking yet
    CHECK(deadlinesOf(evaluation, "huisbezoek").isEmpty());        // the monthly visit is a 2026 rule

    // "uiterlijk binnen zes weken na de kennismaking tussen de zorgaanbieder en de bewoner" (WA2),
    // not the later three-way kennismakingsgesprek: Thu 18 Sep + 42 days = Thu 30 Oct.
    builder.add("kennismaking_zorgaanbieder", "2025-09-18")
        .add("kennismakingsgesprek_gehouden", "2025-11-03");
    CHECK(onlyDeadline(builder.evaluate("2025-11-04").value(), "doelen_vastleggen").due == day("2025-10-30"));
}

TEST_CASE("Werkafspraak 1 (2026): home visit at least once a month, each visit starts the next month",
          "[termijnen]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15").add("huisbezoek", "2026-02-10").add("huisbezoek", "2026-03-20");
    const QList<Deadline> visits = deadlinesOf(builder.evaluate("2026-04-25").value(), "huisbezoek");
    REQUIRE(visits.size() == 3);
    CHECK(visits.at(0).due == day("2026-02-15"));
    CHECK(visits.at(0).status == DeadlineStatus::Met);
    CHECK(visits.at(1).due == day("2026-03-10"));
    CHECK(visits.at(1).status == DeadlineStatus::MetLate);
    CHECK(visits.at(2).due == day("2026-04-20"));
    CHECK(visits.at(2).status == DeadlineStatus::Overdue);
}

TEST_CASE("Werkafspraak 4: woonevaluatie yearly from the overeenkomst, sooner when agreed", "[termijnen]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15")
        .add("woonevaluatie_gehouden", "2026-12-01",
             fields({{QStringLiteral("volgende_gesprek"), QStringLiteral("2027-06-01")}}));
    const QList<Deadline> evaluations = deadlinesOf(builder.evaluate("2026-12-02").value(), "woonevaluatie");
    REQUIRE(evaluations.size() == 2);
    CHECK(evaluations.at(0).due == day("2027-01-15"));
    CHECK(evaluations.at(0).status == DeadlineStatus::Met);
    CHECK(evaluations.at(1).due == day("2027-06-01")); // agreed, earlier than 2027-12-01
    CHECK(evaluations.at(1).status == DeadlineStatus::Open);
}

TEST_CASE("Werkafspraak 4 (2020): half-yearly woonevaluatie for multiprobleemgezinnen and jongvolwassenen",
          "[termijnen][2020]")
{
    // 2020, WA4: "Het kennismakingsgesprek is de start voor de (minimaal) jaarlijkse gesprekken".
    TrajectoryBuilder family("amsterdam-2020", Household::Multiprobleemgezin);
    family.startedOn("2025-09-01").add("sleutel_overgedragen", "2025-09-08");
    CHECK(deadlinesOf(family.evaluate("2025-09-09").value(), "woonevaluatie").isEmpty()); // not started yet
    family.add("kennismakingsgesprek_gehouden", "2025-10-06");
    CHECK(onlyDeadline(family.evaluate("2025-10-07").value(), "woonevaluatie").due == day("2026-04-06"));

    TrajectoryBuilder young("amsterdam-2020", Household::Alleenstaand, QDate(2004, 5, 1)); // 21
    young.startedOn("2025-09-01")
        .add("sleutel_overgedragen", "2025-09-08")
        .add("kennismakingsgesprek_gehouden", "2025-10-06");
    CHECK(onlyDeadline(young.evaluate("2025-10-07").value(), "woonevaluatie").due == day("2026-04-06"));

    TrajectoryBuilder adult("amsterdam-2020", Household::Alleenstaand, QDate(1990, 5, 1)); // 35
    adult.startedOn("2025-09-01")
        .add("sleutel_overgedragen", "2025-09-08")
        .add("kennismakingsgesprek_gehouden", "2025-10-06");
    CHECK(onlyDeadline(adult.evaluate("2025-10-07").value(), "woonevaluatie").due == day("2026-10-06"));
}

TEST_CASE("Werkafspraak 6: MZWO report when access is refused for more than a month", "[termijnen]")
{
    TrajectoryBuilder refused("amsterdam-2026");
    refused.startedOn("2026-01-15").add("toegang_geweigerd", "2026-03-02");
    const Evaluation evaluation = refused.evaluate("2026-04-03").value();
    CHECK(onlyDeadline(evaluation, "mzwo_melding").due == day("2026-04-02"));
    CHECK(onlyDeadline(evaluation, "mzwo_melding").status == DeadlineStatus::Overdue);
    CHECK(evaluation.flags.contains(QStringLiteral("toegang_geweigerd")));

    TrajectoryBuilder letIn("amsterdam-2026");
    letIn.startedOn("2026-01-15").add("toegang_geweigerd", "2026-03-02").add("huisbezoek", "2026-03-20");
    const Evaluation resolved = letIn.evaluate("2026-04-03").value();
    CHECK(deadlinesOf(resolved, "mzwo_melding").isEmpty());
    CHECK_FALSE(resolved.flags.contains(QStringLiteral("toegang_geweigerd")));

    // A home visit after the month does not erase the report that was due on 2 April.
    TrajectoryBuilder tooLate("amsterdam-2026");
    tooLate.startedOn("2026-01-15").add("toegang_geweigerd", "2026-03-02").add("huisbezoek", "2026-04-10");
    const Evaluation missed = tooLate.evaluate("2026-04-11").value();
    CHECK(onlyDeadline(missed, "mzwo_melding").due == day("2026-04-02"));
    CHECK(onlyDeadline(missed, "mzwo_melding").status == DeadlineStatus::Overdue);
    CHECK_FALSE(missed.flags.contains(QStringLiteral("toegang_geweigerd")));
    // Reported late after all: met late, not overdue for ever.
    tooLate.add("mzwo_gemeld", "2026-04-15");
    CHECK(onlyDeadline(tooLate.evaluate("2026-04-16").value(), "mzwo_melding").status ==
          DeadlineStatus::MetLate);

    // Other terms withdrawn by a later event stay withdrawn: an offer accepted without a recorded
    // viewing does not leave a viewing term overdue for ever.
    TrajectoryBuilder accepted("amsterdam-2026");
    accepted.add("aanmelding", "2026-03-02")
        .add("toestemming_gegeven", "2026-03-02")
        .add("urgentie_aangevraagd", "2026-03-02")
        .add("urgentie_verleend", "2026-04-01")
        .add("woning_aangeboden", "2026-05-11",
             fields({{QStringLiteral("beschikbaar_op"), QStringLiteral("2026-05-13")}}))
        .add("woning_geaccepteerd", "2026-05-29");
    CHECK(deadlinesOf(accepted.evaluate("2026-06-01").value(), "bezichtiging").isEmpty());
}

TEST_CASE(
    "Bijlage 1: reaction within 2 werkdagen, navraag after 6 weeks for onbewust+terecht, solved in 3 months",
    "[termijnen][overlast]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15")
        .add("overlast_gemeld", "2026-05-01", fields({{QStringLiteral("id"), QStringLiteral("m1")}}))
        .add("overlast_actie", "2026-05-06",
             fields({{QStringLiteral("id"), QStringLiteral("m1")}, {QStringLiteral("actie"), 1}}))
        .add("overlast_beoordeeld", "2026-05-08",
             fields({{QStringLiteral("id"), QStringLiteral("m1")},
                     {QStringLiteral("gedrag"), QStringLiteral("onbewust")},
                     {QStringLiteral("klacht"), QStringLiteral("terecht")},
                     {QStringLiteral("veroorzaker"), QStringLiteral("deelnemer")}}));
    const Evaluation evaluation = builder.evaluate("2026-06-20").value();
    const Deadline reaction = onlyDeadline(evaluation, "overlast_reactie");
    CHECK(reaction.ref == QStringLiteral("m1"));
    CHECK(reaction.due ==
          day("2026-05-05")); // Fri 1 May; Mon 4, Tue 5 (Bevrijdingsdag is a werkdag by default)
    CHECK(reaction.status == DeadlineStatus::MetLate);
    CHECK(onlyDeadline(evaluation, "overlast_navraag").due == day("2026-06-19"));
    CHECK(onlyDeadline(evaluation, "overlast_navraag").status == DeadlineStatus::Overdue);
    CHECK(onlyDeadline(evaluation, "overlast_opgelost").due == day("2026-08-01"));
    CHECK(onlyDeadline(evaluation, "overlast_opgelost").status == DeadlineStatus::Open);

    // Where the organisation gives Bevrijdingsdag off, the same reaction was on time.
    const Deadline withDayOff =
        onlyDeadline(builder.evaluate("2026-06-20", HolidayPolicy{false, true}).value(), "overlast_reactie");
    CHECK(withDayOff.due == day("2026-05-06"));
    CHECK(withDayOff.status == DeadlineStatus::Met);
}

TEST_CASE("Bijlage 1: no navraag deadline when the complaint was judged bewust or onterecht",
          "[termijnen][overlast]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15")
        .add("overlast_gemeld", "2026-05-01", fields({{QStringLiteral("id"), QStringLiteral("m1")}}))
        .add("overlast_beoordeeld", "2026-05-08",
             fields({{QStringLiteral("id"), QStringLiteral("m1")},
                     {QStringLiteral("gedrag"), QStringLiteral("onbewust")},
                     {QStringLiteral("klacht"), QStringLiteral("onterecht")},
                     {QStringLiteral("veroorzaker"), QStringLiteral("deelnemer")}}));
    CHECK(deadlinesOf(builder.evaluate("2026-06-20").value(), "overlast_navraag").isEmpty());
}

TEST_CASE("Werkafspraak 5: time-out at most 20 days (2026), at most two weeks (2020)", "[termijnen]")
{
    TrajectoryBuilder now("amsterdam-2026");
    now.startedOn("2026-01-15").add("time_out_gestart", "2026-03-02");
    const Evaluation evaluation = now.evaluate("2026-03-10").value();
    CHECK(onlyDeadline(evaluation, "time_out").due == day("2026-03-22"));
    CHECK(evaluation.flags.contains(QStringLiteral("time_out")));

    TrajectoryBuilder before("amsterdam-2020");
    before.startedOn("2026-01-15")
        .add("sleutel_overgedragen", "2026-01-16")
        .add("time_out_gestart", "2026-03-02");
    CHECK(onlyDeadline(before.evaluate("2026-03-10").value(), "time_out").due == day("2026-03-16"));
}

TEST_CASE("Bijlage 1: a new complaint gets the first id no earlier complaint used, a retracted one included",
          "[overlast]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15");
    CHECK(OverlastProtocol::nextMeldingId(builder.trajectory().events) == QStringLiteral("m1"));
    builder.add("overlast_gemeld", "2026-05-01", fields({{QStringLiteral("id"), QStringLiteral("m1")}}))
        .add("overlast_gemeld", "2026-06-01", fields({{QStringLiteral("id"), QStringLiteral("m3")}}));
    CHECK(OverlastProtocol::nextMeldingId(builder.trajectory().events) == QStringLiteral("m2"));
    // m2 recorded and then retracted: still taken, so the retracted complaint keeps its own name.
    builder.add("overlast_gemeld", "2026-06-02", fields({{QStringLiteral("id"), QStringLiteral("m2")}}));
    const int m2 = builder.trajectory().events.last().number;
    builder.add("gebeurtenis_herroepen", "2026-06-03",
                fields({{QStringLiteral("nummer"), m2},
                        {QStringLiteral("reden"), QStringLiteral("dubbel ingevoerd")}}));
    const auto evaluated = builder.evaluate("2026-06-04"); // a history the engine accepts
    INFO(evaluated.errors().join(u' ').toStdString());
    REQUIRE(evaluated.ok());
    CHECK(OverlastProtocol::nextMeldingId(builder.trajectory().events) == QStringLiteral("m4"));
}
