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
