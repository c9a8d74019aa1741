// Werkafspraak 8: when omklap is possible, and why not.
#include "QtCatch.h"
#include "TrajectoryBuilder.h"

namespace {

QJsonObject judgement(const char* melding, const char* klacht, const char* veroorzaker)
{
    return fields({{QStringLiteral("id"), QString::fromUtf8(melding)},
                   {QStringLiteral("gedrag"), QStringLiteral("bewust")},
                   {QStringLiteral("klacht"), QString::fromUtf8(klacht)},
                   {QStringLiteral("veroorzaker"), QString::fromUtf8(veroorzaker)}});
}

} // namespace

TEST_CASE("Werkafspraak 8: omklap possible after one year with goals met, an evaluation and no overlast",
          "[omklap]")
{
    const OmklapStatus before = readyForOmklap().evaluate("2027-01-14").value().omklap;
    CHECK_FALSE(before.eligible);
    CHECK(before.unmet == QStringList{QStringLiteral("minimum_duur")});
    CHECK(before.earliest == QDate(2027, 1, 15));

    const OmklapStatus after = readyForOmklap().evaluate("2027-01-15").value().omklap;
    CHECK(after.eligible);
    CHECK(after.unmet.isEmpty());
}

TEST_CASE("Werkafspraak 8: goals, an evaluation and consent are each required", "[omklap]")
// (Consent is required from the urgentie application on, Werkafspraak 10, so a trajectory this
// far has it; withdrawing it is what blocks omklap.)
{
    TrajectoryBuilder bare("amsterdam-2026");
    bare.add("aanmelding", "2025-06-02")
        .add("toestemming_gegeven", "2025-06-09")
        .add("urgentie_aangevraagd", "2025-06-09")
        .add("urgentie_verleend", "2025-07-01")
        .add("woning_aangeboden", "2025-08-04")
        .add("woning_geaccepteerd", "2025-08-06")
        .add("begeleidingsovereenkomst_getekend", "2026-01-15");
    const OmklapStatus status = bare.evaluate("2027-02-01").value().omklap;
    CHECK(status.unmet ==
          QStringList{QStringLiteral("woonevaluatie_ontbreekt"), QStringLiteral("doelen_ontbreken")});

    TrajectoryBuilder unmetGoal = readyForOmklap();
    unmetGoal.add("doel_niet_behaald", "2026-12-01", idField("g1"));
    CHECK(unmetGoal.evaluate("2027-02-01").value().omklap.unmet ==
          QStringList{QStringLiteral("doelen_niet_behaald")});

    TrajectoryBuilder withdrawn = readyForOmklap();
    withdrawn.add("toestemming_ingetrokken", "2026-12-01");
    CHECK(withdrawn.evaluate("2027-02-01").value().omklap.unmet ==
          QStringList{QStringLiteral("toestemming_ingetrokken")});
}

TEST_CASE("Bijlage 1: justified overlast by the participant blocks omklap for a year", "[omklap][overlast]")
{
    TrajectoryBuilder builder = readyForOmklap();
    builder.add("overlast_gemeld", "2026-11-10", idField("m1"))
        .add("overlast_beoordeeld", "2026-11-12", judgement("m1", "terecht", "deelnemer"));
    const OmklapStatus status = builder.evaluate("2027-02-01").value().omklap;
    CHECK_FALSE(status.eligible);
    CHECK(status.unmet == QStringList{QStringLiteral("overlast_afgelopen_jaar")});
    CHECK(status.earliest == QDate(2027, 11, 10));
    CHECK(builder.evaluate("2027-11-10").value().omklap.eligible);
}

TEST_CASE("Bijlage 1: a complaint about the neighbours, or an unjustified one, never blocks omklap",
          "[omklap][overlast]")
{
    TrajectoryBuilder neighbours = readyForOmklap();
    neighbours.add("overlast_gemeld", "2026-11-10", idField("m1"))
        .add("overlast_beoordeeld", "2026-11-12", judgement("m1", "terecht", "buren"));
    CHECK(neighbours.evaluate("2027-02-01").value().omklap.eligible);

    TrajectoryBuilder unjustified = readyForOmklap();
    unjustified.add("overlast_gemeld", "2026-11-10", idField("m1"))
        .add("overlast_beoordeeld", "2026-11-12", judgement("m1", "onterecht", "deelnemer"));
    CHECK(unjustified.evaluate("2027-02-01").value().omklap.eligible);
}

TEST_CASE("Werkafspraak 6: woonfraude is zero tolerance", "[omklap]")
{
    TrajectoryBuilder builder = readyForOmklap();
    builder.add("woonfraude_vastgesteld", "2026-06-01");
    const Evaluation evaluation = builder.evaluate("2028-01-01").value();
    CHECK(evaluation.omklap.unmet == QStringList{QStringLiteral("woonfraude")});
    CHECK(evaluation.flags.contains(QStringLiteral("woonfraude")));
}

TEST_CASE("Bijlage 6: a move after herijking van het perspectief restarts the one-year clock", "[omklap]")
{
    TrajectoryBuilder builder = readyForOmklap();
    builder.add("verhuisd_herijking", "2026-12-01");
    const OmklapStatus status = builder.evaluate("2027-02-01").value().omklap;
    CHECK(status.unmet == QStringList{QStringLiteral("minimum_duur")});
    CHECK(status.earliest == QDate(2027, 12, 1));
}

TEST_CASE("Duurzame intermediaire verhuur means no omklap for now", "[omklap]")
{
    TrajectoryBuilder builder = readyForOmklap();
    builder.add("duurzame_intermediaire_verhuur_besloten", "2026-12-01");
    CHECK(builder.evaluate("2027-02-01").value().omklap.unmet ==
          QStringList{QStringLiteral("duurzame_verhuur")});
}

TEST_CASE("Before the begeleidingsovereenkomst the trajectory has not started", "[omklap]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.add("aanmelding", "2026-01-05");
    const OmklapStatus status = builder.evaluate("2026-02-01").value().omklap;
    CHECK(status.unmet == QStringList{QStringLiteral("traject_niet_gestart")});
    CHECK_FALSE(status.earliest.has_value());
}

TEST_CASE("Werkafspraak 8 (2020): the year counts from the sleutelmoment", "[omklap][2020]")
{
    TrajectoryBuilder builder("amsterdam-2020");
    builder.startedOn("2026-01-15")
        .add("sleutel_overgedragen", "2026-03-01")
        .add("doel_vastgesteld", "2026-04-01",
             fields({{QStringLiteral("id"), QStringLiteral("g1")},
                     {QStringLiteral("leefdomein"), QStringLiteral("sociaal")},
                     {QStringLiteral("omschrijving"), QStringLiteral("Contact met familie")}}))
        .add("doel_behaald", "2026-10-01", idField("g1"))
        .add("woonevaluatie_gehouden", "2026-11-02");
    CHECK(builder.evaluate("2027-02-01").value().omklap.earliest == QDate(2027, 3, 1));
    CHECK(builder.evaluate("2027-03-01").value().omklap.eligible);
}

TEST_CASE("Werkafspraak 8: the omklap route from voordracht to a converted lease", "[omklap][phases]")
{
    TrajectoryBuilder builder = readyForOmklap();
    builder.add("voordracht_omklap_ingediend", "2027-01-18");
    const Evaluation submitted = builder.evaluate("2027-01-20").value();
    CHECK(submitted.phase == QStringLiteral("omklapfase"));
    CHECK(deadlinesOf(submitted, "woonzaken_besluit").first().due == QDate(2027, 1, 25));

    builder.add("onafhankelijke_derde_akkoord", "2027-01-19")
        .add("woonzaken_akkoord", "2027-01-22")
        .add("huurcontract_omgezet", "2027-03-01");
    const Evaluation done = builder.evaluate("2027-03-02").value();
    CHECK(done.phase == QStringLiteral("na_omklap"));
    CHECK(deadlinesOf(done, "huurcontract_omzetten").first().due == QDate(2027, 3, 5));
    CHECK(deadlinesOf(done, "huurcontract_omzetten").first().status == DeadlineStatus::Met);
    CHECK(done.omklap.unmet == QStringList{QStringLiteral("omklap_voltooid")});
    // After the ending event nothing is open any more: the monthly visits stopped with the omklap.
    for (const Deadline& deadline : done.deadlines)
        CHECK((deadline.status == DeadlineStatus::Met || deadline.status == DeadlineStatus::MetLate ||
               deadline.status == DeadlineStatus::Overdue));
}
