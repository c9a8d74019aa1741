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
        .add("woning_aangeboden", "2026-03-02")
        .add("woning_geaccepteerd", "2026-03-04")
        .add("verhuisd", "2026-04-01")
        .add("warme_overdracht_geevalueerd", "2026-06-30")
        .add("tussenevaluatie_gehouden", "2026-12-01");
    const Evaluation halfway = builder.evaluate("2027-01-01").value();
    CHECK(halfway.phase == QStringLiteral("ambulante_begeleiding"));
    CHECK(onlyDeadline(halfway, "warme_overdracht_evaluatie").due == day("2026-07-01"));
    CHECK(onlyDeadline(halfway, "warme_overdracht_evaluatie").status == DeadlineStatus::Met);
    CHECK(onlyDeadline(halfway, "tussenevaluaties").due == day("2028-04-01"));
    CHECK(onlyDeadline(halfway, "tussenevaluaties").status == DeadlineStatus::Open); // one of two held
    CHECK(onlyDeadline(halfway, "eindevaluatie").due == day("2028-04-01"));

    builder.add("tussenevaluatie_gehouden", "2027-09-01").add("eindevaluatie_gehouden", "2028-03-15");
    const Evaluation done = builder.evaluate("2028-04-02").value();
    CHECK(done.phase == QStringLiteral("afgesloten"));
    CHECK(onlyDeadline(done, "tussenevaluaties").metOn == day("2027-09-01"));
    CHECK(onlyDeadline(done, "eindevaluatie").status == DeadlineStatus::Met);
    CHECK(done.omklap.unmet == QStringList{QStringLiteral("geen_omklap_in_profiel")});
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
        .add("urgentie_aangevraagd", "2026-02-01")
        .add("urgentie_verleend", "2026-03-01")
        .add("woning_aangeboden", "2026-04-01");
    TrajectoryBuilder withoutAdvice = builder;
    withoutAdvice.add("woning_geaccepteerd", "2026-04-03");
    const Result<Evaluation> refused = withoutAdvice.evaluate("2026-05-01");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors().first().contains(QStringLiteral("cannot come before huurcontract_geadviseerd")));

    builder
        .add("huurcontract_geadviseerd", "2026-04-02",
             fields({{QStringLiteral("contracttype"), QStringLiteral("omklapcontract")}}))
        .add("woning_geaccepteerd", "2026-04-03")
        .add("sleutel_overgedragen", "2026-05-01")
        .add("waakvlam_contact_gestart", "2027-03-01");
    const Evaluation evaluation = builder.evaluate("2027-03-02").value();
    CHECK(evaluation.phase == QStringLiteral("passende_ondersteuning"));
    CHECK(evaluation.flags == QStringList{QStringLiteral("waakvlam_contact")});
    CHECK(evaluation.deadlines.isEmpty()); // the 2023 summary names no terms
}

TEST_CASE("Amersfoort 2.1: only the four contract types can be advised", "[amersfoort][badinput]")
{
    TrajectoryBuilder builder("amersfoort-2023");
    builder.add("aanmelding", "2026-01-12")
        .add("urgentie_verleend", "2026-03-01")
        .add("huurcontract_geadviseerd", "2026-04-02",
             fields({{QStringLiteral("contracttype"), QStringLiteral("koop")}}));
    const Result<Evaluation> result = builder.evaluate("2026-05-01");
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors().first().contains(
        QStringLiteral("\"contracttype\" may be regulier or omklapcontract or "
                       "tijdelijk_met_begeleidingsverklaring or jongerencontract, not \"koop\"")));
}
