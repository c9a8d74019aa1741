// What the app may offer to record next: the engine judges every event type against the state.
#include "QtCatch.h"
#include "TrajectoryBuilder.h"

namespace {

QList<EventOption> optionsOf(const TrajectoryBuilder& builder, const char* today)
{
    const Result<RuleProfile> profile = RuleProfile::builtIn(builder.trajectory().profileId);
    REQUIRE(profile.ok());
    const auto options =
        TrajectoryEngine(profile.value())
            .eventOptions(builder.trajectory(), QDate::fromString(QString::fromUtf8(today), Qt::ISODate));
    INFO(options.errors().join(u'\n').toStdString());
    REQUIRE(options.ok());
    return options.value();
}

EventOption option(const QList<EventOption>& options, const char* type)
{
    for (const EventOption& candidate : options) {
        if (candidate.type == QString::fromUtf8(type))
            return candidate;
    }
    FAIL("no option " << type);
    return {};
}

} // namespace

TEST_CASE("After aanmelding the next steps are offered, later ones refused with the step that is missing",
          "[options]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.add("aanmelding", "2026-09-01");
    // Werkafspraak 10: no urgentie application (it shares information) before written consent.
    const EventOption withoutConsent = option(optionsOf(builder, "2026-09-02"), "urgentie_aangevraagd");
    CHECK_FALSE(withoutConsent.allowed);
    CHECK(withoutConsent.reason == QStringLiteral("cannot come before toestemming_gegeven"));
    builder.add("toestemming_gegeven", "2026-09-02");
    const QList<EventOption> options = optionsOf(builder, "2026-09-02");
    CHECK(option(options, "urgentie_aangevraagd").allowed);
    const EventOption signing = option(options, "begeleidingsovereenkomst_getekend");
    CHECK_FALSE(signing.allowed);
    CHECK(signing.reason.contains(QStringLiteral("cannot come before")));
    const EventOption ending = option(options, "traject_beeindigd");
    CHECK(ending.allowed);
    CHECK(ending.requiredFields == QStringList{QStringLiteral("reden")});
}

TEST_CASE("Werkafspraak 8: the voordracht for omklap is offered only once omklap is possible",
          "[options][omklap]")
{
    const TrajectoryBuilder builder = readyForOmklap();
    const EventOption early = option(optionsOf(builder, "2027-01-14"), "voordracht_omklap_ingediend");
    CHECK_FALSE(early.allowed);
    CHECK(early.reason.contains(QStringLiteral("minimum_duur")));
    CHECK(option(optionsOf(builder, "2027-01-15"), "voordracht_omklap_ingediend").allowed);
}

TEST_CASE("A history that breaks a rule gets no options, but the engine's message", "[options]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.add("aanmelding", "2026-09-01").add("huurcontract_omgezet", "2026-09-02");
    const Result<RuleProfile> profile = RuleProfile::builtIn(builder.trajectory().profileId);
    const auto options =
        TrajectoryEngine(profile.value()).eventOptions(builder.trajectory(), QDate(2026, 9, 3));
    REQUIRE_FALSE(options.ok());
    CHECK(options.errors().first().contains(QStringLiteral("huurcontract_omgezet")));
}

TEST_CASE("Bijlage 1: the steps offered for a complaint are the ones the overlastprotocol allows now",
          "[options][overlast]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15").add("overlast_gemeld", "2026-11-02", idField("m1"));
    const auto profile = RuleProfile::builtIn(QStringLiteral("amsterdam-2026"));
    const TrajectoryEngine engine(profile.value());
    const auto stepsNow = [&] {
        const auto steps =
            engine.overlastSteps(builder.trajectory(), day("2026-11-23"), QStringLiteral("m1"));
        REQUIRE(steps.ok());
        QMap<QString, EventOption> byLabel;
        for (const EventOption& step : steps.value()) {
            CHECK(step.presetFields.value(QStringLiteral("id")).toString() == QStringLiteral("m1"));
            CHECK_FALSE(step.requiredFields.contains(QStringLiteral("id")));
            byLabel.insert(step.label, step);
        }
        return byLabel;
    };

    auto steps = stepsNow();
    REQUIRE(steps.size() == 9); // judgement, acties 1-6, navraag, opgelost
    CHECK(
        steps.value(QStringLiteral("Actie 1: binnen twee werkdagen contact opnemen met de woningcorporatie"))
            .allowed);
    const EventOption judgement = steps.value(QStringLiteral("Record the judgement"));
    CHECK(judgement.type == QStringLiteral("overlast_beoordeeld"));
    CHECK(judgement.allowed);
    CHECK(judgement.requiredFields.contains(QStringLiteral("klacht"))); // the caseworker chooses
    const EventOption warning =
        steps.value(QStringLiteral("Actie 3: herhaalde terechte klacht: waarschuwingsgesprek en -brief"));
    CHECK_FALSE(warning.allowed);
    CHECK(warning.reason.contains(QStringLiteral("repeated justified complaint")));
    const EventOption sommatie = steps.value(QStringLiteral("Actie 5: voortduring en sommatiebrief"));
    CHECK_FALSE(sommatie.allowed);
    CHECK(sommatie.presetFields.value(QStringLiteral("actie")).toInt() == 5);
    CHECK(sommatie.reason.contains(QStringLiteral("actie 4")));

    builder.add("overlast_actie", "2026-11-03",
                fields({{QStringLiteral("id"), QStringLiteral("m1")}, {QStringLiteral("actie"), 1}}));
    steps = stepsNow();
    CHECK_FALSE(
        steps.value(QStringLiteral("Actie 1: binnen twee werkdagen contact opnemen met de woningcorporatie"))
            .allowed); // taken already
    builder.add("overlast_opgelost", "2026-11-20", idField("m1"));
    for (const EventOption& step : stepsNow())
        CHECK(step.reason.contains(QStringLiteral("already resolved")));
}
