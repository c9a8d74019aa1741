// The Amersfoort (2023) and Zuidoost-Utrecht (2022) agreements: their own phases and terms.
#include "QtCatch.h"
#include "TrajectoryBuilder.h"

namespace {

QJsonObject moveOn(const char* date)
{
    return fields({{QStringLiteral("verhuisdatum"), QString::fromUtf8(date)}});
}
} // namespace

TEST_CASE("Zuidoost-Utrecht 3: active follow-up after 6 months of waiting", "[zou]")
{
    TrajectoryBuilder builder("zuidoost-utrecht-2022");
    builder.add("aanmelding", "2026-01-12");
    const Evaluation waiting = builder.evaluate("2026-07-13").value();
    CHECK(waiting.phase == QStringLiteral("voorbereiding"));
    CHECK(onlyDeadline(waiting, "actieve_navraag").due == day("2026-07-12"));
    CHECK(onlyDeadline(waiting, "actieve_navraag").status == DeadlineStatus::Overdue);
}

TEST_CASE("Zuidoost-Utrecht 2.1: the wijkteam is involved at least 6 weeks before the move", "[zou]")
{
    TrajectoryBuilder early("zuidoost-utrecht-2022");
    early.add("aanmelding", "2026-01-12")
        .add("wijkteam_betrokken", "2026-02-02")
        .add("woning_aangeboden", "2026-03-02")
        .add("woning_geaccepteerd", "2026-03-04", moveOn("2026-05-01"));
    const Deadline involved = onlyDeadline(early.evaluate("2026-03-10").value(), "wijkteam_betrekken");
    CHECK(involved.due == day("2026-03-20"));      // 6 weeks before 1 May
    CHECK(involved.status == DeadlineStatus::Met); // involved before the offer: counts
    CHECK(involved.metOn == day("2026-02-02"));

    // A last-minute offer: the six weeks had passed when the move date became known.
    TrajectoryBuilder lastMinute("zuidoost-utrecht-2022");
    lastMinute.add("aanmelding", "2026-01-12")
        .add("woning_aangeboden", "2026-04-20")
        .add("woning_geaccepteerd", "2026-04-21", moveOn("2026-05-01"));
    const Deadline urgent = onlyDeadline(lastMinute.evaluate("2026-04-22").value(), "wijkteam_betrekken");
    CHECK(urgent.due == day("2026-04-21"));
    CHECK(urgent.anchorDate == day("2026-04-21"));
    CHECK(urgent.status == DeadlineStatus::Overdue);
}

TEST_CASE("Zuidoost-Utrecht 2.2: evaluation after 3 months, two interim and a final evaluation in 2 years",
          "[zou]")
{
    TrajectoryBuilder builder("zuidoost-utrecht-2022");
    builder.add("aanmelding", "2026-01-12")
        .add("uitstroomvoorbereiding_gestart", "2025-12-01")
        .add("begeleidingsovereenkomst_getekend", "2026-02-02")
        .add("huurcontract_besproken", "2026-02-02",
             fields({{QStringLiteral("contracttype"), QStringLiteral("drie_partijenovereenkomst")}}))
        .add("woning_aangeboden", "2026-03-02")
        .add("woning_geaccepteerd", "2026-03-04")
        .add("verhuisd", "2026-04-01")
        .add("warme_overdracht_geevalueerd", "2026-06-30")
        .add("eerste_tussenevaluatie_gehouden", "2026-12-01");
    const Evaluation halfway = builder.evaluate("2027-01-01").value();
    CHECK(halfway.phase == QStringLiteral("ambulante_begeleiding"));
    CHECK(onlyDeadline(halfway, "warme_overdracht_evaluatie").due == day("2026-07-01"));
    CHECK(onlyDeadline(halfway, "warme_overdracht_evaluatie").status == DeadlineStatus::Met);
    CHECK(onlyDeadline(halfway, "tussenevaluaties").due == day("2028-04-01"));
    CHECK(onlyDeadline(halfway, "tussenevaluaties").status == DeadlineStatus::Open); // one of two held
    CHECK(onlyDeadline(halfway, "eindevaluatie").due == day("2028-04-01"));

    // Bijlage 5: "Gedurende deze periode kunnen de cliënt en de begeleidende organisatie de
    // begeleiding niet eenzijdig afsluiten": no final evaluation before both interim ones, no
    // unilateral end, no closing before two years after the move (1 April 2028).
    TrajectoryBuilder early = builder;
    early.add("eindevaluatie_gehouden", "2027-01-15");
    CHECK(early.evaluate("2027-02-01")
              .errors()
              .first()
              .contains(QStringLiteral("cannot come before tweede_tussenevaluatie_gehouden")));
    TrajectoryBuilder unilateral = builder;
    unilateral.add("traject_beeindigd", "2027-01-15",
                   fields({{QStringLiteral("reden"), QStringLiteral("wens")}}));
    CHECK(unilateral.evaluate("2027-02-01")
              .errors()
              .first()
              .contains(QStringLiteral("not allowed in phase ambulante_begeleiding")));

    builder.add("tweede_tussenevaluatie_gehouden", "2027-09-01").add("eindevaluatie_gehouden", "2028-03-15");
    TrajectoryBuilder tooSoon = builder;
    tooSoon.add("begeleiding_afgerond", "2028-03-20");
    CHECK(tooSoon.evaluate("2028-03-21").errors().first().contains(QStringLiteral("not before 2028-04-01")));
    builder.add("begeleiding_afgerond", "2028-04-01");
    const Evaluation done = builder.evaluate("2028-04-02").value();
    CHECK(done.phase == QStringLiteral("afgesloten"));
    CHECK(onlyDeadline(done, "tussenevaluaties").metOn == day("2027-09-01"));
    CHECK(onlyDeadline(done, "eindevaluatie").status == DeadlineStatus::Met);
    CHECK(done.omklap.unmet == QStringList{QStringLiteral("geen_omklap_in_profiel")});
}

TEST_CASE("Zuidoost-Utrecht Bijlage 5: the begeleidingsovereenkomst and the kind of lease before the move",
          "[zou][badinput]")
{
    TrajectoryBuilder builder("zuidoost-utrecht-2022");
    builder.add("aanmelding", "2026-01-12")
        .add("woning_aangeboden", "2026-03-02")
        .add("woning_geaccepteerd", "2026-03-04", moveOn("2026-05-01"));
    TrajectoryBuilder withoutAgreement = builder;
    withoutAgreement.add("verhuisd", "2026-05-01");
    CHECK(withoutAgreement.evaluate("2026-05-02")
              .errors()
              .first()
              .contains(QStringLiteral("cannot come before begeleidingsovereenkomst_getekend")));
    TrajectoryBuilder unknownLease = builder;
    unknownLease.add("huurcontract_besproken", "2026-03-05",
                     fields({{QStringLiteral("contracttype"), QStringLiteral("koop")}}));
    CHECK(
        unknownLease.evaluate("2026-03-06")
            .errors()
            .first()
            .contains(QStringLiteral("may be instellingswoning or drie_partijenovereenkomst or eigen_naam")));
}

TEST_CASE("Zuidoost-Utrecht 2.1: a move without a date is reported, its terms do not vanish", "[zou]")
{
    // Accepted Wed 4 March without a moving date: the 6 weeks before the move and the 3 months of
    // preparation cannot be counted back, so both are due at once and the missing date is named.
    TrajectoryBuilder builder("zuidoost-utrecht-2022");
    builder.add("aanmelding", "2026-01-12")
        .add("woning_aangeboden", "2026-03-02")
        .add("woning_geaccepteerd", "2026-03-04");
    const Evaluation evaluation = builder.evaluate("2026-03-10").value();
    const Deadline wijkteam = onlyDeadline(evaluation, "wijkteam_betrekken");
    CHECK(wijkteam.due == day("2026-03-04"));
    CHECK(wijkteam.status == DeadlineStatus::Overdue);
    CHECK(wijkteam.missingDate == QStringLiteral("verhuisdatum"));
    CHECK(onlyDeadline(evaluation, "voorbereiding_uitstroom").missingDate == QStringLiteral("verhuisdatum"));

    // With a date (Fri 1 May): preparation from at least 3 months before, 1 February, which had
    // passed when the home was accepted, so due on acceptance; started in December it was met.
    TrajectoryBuilder dated("zuidoost-utrecht-2022");
    dated.add("aanmelding", "2026-01-12")
        .add("uitstroomvoorbereiding_gestart", "2025-12-01")
        .add("woning_aangeboden", "2026-03-02")
        .add("woning_geaccepteerd", "2026-03-04", moveOn("2026-05-01"));
    const Deadline preparation =
        onlyDeadline(dated.evaluate("2026-03-10").value(), "voorbereiding_uitstroom");
    CHECK(preparation.due == day("2026-03-04"));
    CHECK(preparation.status == DeadlineStatus::Met);
    CHECK(preparation.missingDate.isEmpty());
}

TEST_CASE("Zuidoost-Utrecht: the final evaluation cannot come before the move", "[zou][badinput]")
{
    TrajectoryBuilder builder("zuidoost-utrecht-2022");
    builder.add("aanmelding", "2026-01-12").add("eindevaluatie_gehouden", "2026-02-01");
    const Result<Evaluation> result = builder.evaluate("2026-03-01");
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors().first().contains(QStringLiteral("cannot come before verhuisd")));
}

TEST_CASE("Amersfoort 2023: three phases, a rental contract advice before the key", "[amersfoort]")
{
    TrajectoryBuilder builder("amersfoort-2023");
    builder.add("aanmelding", "2026-01-12")
        .add("woonzelfredzaamheid_vastgesteld", "2026-01-20")
        .add("toestemming_gegeven", "2026-02-01")
        .add("urgentie_aangevraagd", "2026-02-01")
        .add("urgentie_verleend", "2026-03-01")
        .add("woning_aangeboden", "2026-04-01");
    TrajectoryBuilder withoutAdvice = builder;
    withoutAdvice.add("woning_geaccepteerd", "2026-04-03");
    const Result<Evaluation> refused = withoutAdvice.evaluate("2026-05-01");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors().first().contains(QStringLiteral("cannot come before huurcontract_geadviseerd")));

    // 2.1: "Omklapcontract ... met strikte afspraken over ondersteuning": no key without them.
    builder.add("omklapcontract_geadviseerd", "2026-04-02").add("woning_geaccepteerd", "2026-04-03");
    TrajectoryBuilder withoutAgreements = builder;
    withoutAgreements.add("sleutel_overgedragen", "2026-05-01");
    CHECK(withoutAgreements.evaluate("2026-05-02")
              .errors()
              .first()
              .contains(QStringLiteral("ondersteuningsafspraken_vereist")));
    builder.add("ondersteuningsafspraken_vastgelegd", "2026-04-20")
        .add("sleutel_overgedragen", "2026-05-01")
        .add("waakvlam_contact_gestart", "2027-03-01");
    const Evaluation evaluation = builder.evaluate("2027-03-02").value();
    CHECK(evaluation.phase == QStringLiteral("passende_ondersteuning"));
    CHECK(evaluation.flags ==
          QStringList{QStringLiteral("waakvlam_contact"), QStringLiteral("omklapcontract")});
    CHECK(evaluation.deadlines.isEmpty()); // the 2023 summary names no terms

    // The switch to the tenant's own name can be recorded, once; the summary sets no conditions.
    builder.add("huurcontract_omgezet", "2027-06-01");
    CHECK(builder.evaluate("2027-06-02").value().flags.contains(QStringLiteral("huurcontract_omgezet")));
    builder.add("huurcontract_omgezet", "2027-07-01");
    CHECK_FALSE(builder.evaluate("2027-07-02").ok());
}

TEST_CASE(
    "Amersfoort 2.1: the jongerencontract is for under-27s, with a begeleidingsovereenkomst before the key",
    "[amersfoort]")
{
    // Born 10 March 1999: 26 until 9 March 2026, 27 from 10 March 2026.
    const auto advisedOn = [](const char* date, const QDate& birth) {
        TrajectoryBuilder builder("amersfoort-2023", Household::Alleenstaand, birth);
        builder.add("aanmelding", "2025-11-03")
            .add("urgentie_aangevraagd", "2025-12-01")
            .add("urgentie_verleend", "2026-01-05")
            .add("woning_aangeboden", "2026-03-02")
            .add("jongerencontract_geadviseerd", date);
        return builder;
    };
    TrajectoryBuilder young = advisedOn("2026-03-09", QDate(1999, 3, 10));
    REQUIRE(young.evaluate("2026-03-09").ok());
    const Result<Evaluation> tooOld = advisedOn("2026-03-10", QDate(1999, 3, 10)).evaluate("2026-03-10");
    REQUIRE_FALSE(tooOld.ok());
    CHECK(tooOld.errors().first().contains(QStringLiteral("younger than 27")));
    const Result<Evaluation> unknownAge = advisedOn("2026-03-09", QDate()).evaluate("2026-03-09");
    REQUIRE_FALSE(unknownAge.ok());
    CHECK(unknownAge.errors().first().contains(QStringLiteral("date of birth")));

    young.add("woning_geaccepteerd", "2026-03-11");
    TrajectoryBuilder keyFirst = young;
    keyFirst.add("sleutel_overgedragen", "2026-04-01");
    CHECK(keyFirst.evaluate("2026-04-02")
              .errors()
              .first()
              .contains(QStringLiteral("begeleidingsovereenkomst_vereist")));
    young.add("begeleidingsovereenkomst_getekend", "2026-03-25").add("sleutel_overgedragen", "2026-04-01");
    CHECK(young.evaluate("2026-04-02").value().phase == QStringLiteral("passende_ondersteuning"));
}

TEST_CASE("Amersfoort 2.1: a tijdelijk contract needs the verklaring voor begeleiding before the key",
          "[amersfoort]")
{
    TrajectoryBuilder builder("amersfoort-2023");
    builder.add("aanmelding", "2025-11-03")
        .add("urgentie_aangevraagd", "2025-12-01")
        .add("urgentie_verleend", "2026-01-05")
        .add("woning_aangeboden", "2026-03-02")
        .add("tijdelijk_contract_geadviseerd", "2026-03-04")
        .add("woning_geaccepteerd", "2026-03-11");
    TrajectoryBuilder keyFirst = builder;
    keyFirst.add("sleutel_overgedragen", "2026-04-01");
    CHECK(keyFirst.evaluate("2026-04-02")
              .errors()
              .first()
              .contains(QStringLiteral("begeleidingsverklaring_vereist")));
    builder.add("begeleidingsverklaring_getekend", "2026-03-20").add("sleutel_overgedragen", "2026-04-01");
    CHECK(builder.evaluate("2026-04-02").ok());
}

TEST_CASE("Amersfoort 2.1: a regular advice names no other contract type", "[amersfoort][badinput]")
{
    TrajectoryBuilder builder("amersfoort-2023");
    builder.add("aanmelding", "2026-01-12")
        .add("urgentie_verleend", "2026-03-01")
        .add("huurcontract_geadviseerd", "2026-04-02",
             fields({{QStringLiteral("contracttype"), QStringLiteral("koop")}}));
    const Result<Evaluation> result = builder.evaluate("2026-05-01");
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors().first().contains(QStringLiteral("\"contracttype\" may be regulier, not \"koop\"")));
}
