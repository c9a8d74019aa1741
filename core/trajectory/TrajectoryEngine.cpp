#include "trajectory/TrajectoryEngine.h"

#include "trajectory/DeadlineCalculator.h"
#include "trajectory/IsoDate.h"
#include "trajectory/OmklapCheck.h"

#include <algorithm>

namespace {

const QStringList leefdomeinen = {QStringLiteral("dagbesteding"), QStringLiteral("sociaal"),
                                  QStringLiteral("psychisch"), QStringLiteral("financieel"),
                                  QStringLiteral("kinderen")};

// Fields that hold a date must hold a real one: a typo would otherwise move a deadline silently.
const QStringList dateFields = {QStringLiteral("beschikbaar_op"), QStringLiteral("gepland_op"),
                                QStringLiteral("volgende_gesprek")};

} // namespace

TrajectoryEngine::TrajectoryEngine(const RuleProfile& profile, WorkingDays calendar)
    : m_profile(profile)
    , m_calendar(calendar)
{
    for (const EventRule& rule : std::as_const(m_profile.events))
        m_eventRules.insert(rule.type, &rule);
    for (const FlagRule& flag : std::as_const(m_profile.flags)) {
        for (const QString& type : flag.clearedBy)
            m_flagChanges[type].clears << flag.id;
        for (const QString& type : flag.setBy)
            m_flagChanges[type].sets << flag.id;
    }
}

QList<TrajectoryEvent> TrajectoryEngine::inDateOrder(QList<TrajectoryEvent> events)
{
    std::stable_sort(
        events.begin(), events.end(),
        [](const TrajectoryEvent& left, const TrajectoryEvent& right) { return left.date < right.date; });
    return events;
}

Result<Evaluation> TrajectoryEngine::evaluate(const Trajectory& trajectory, const QDate& today) const
{
    if (trajectory.profileId != m_profile.id)
        return Result<Evaluation>::failure(
            tr("The trajectory uses profile \"%1\", not \"%2\".").arg(trajectory.profileId, m_profile.id));

    const QList<TrajectoryEvent> events = inDateOrder(trajectory.events);
    TrajectoryState state;
    state.phase = m_profile.initialPhase;
    for (const TrajectoryEvent& event : events) {
        if (event.date > today)
            return Result<Evaluation>::failure(
                tr("%1: lies after today (%2); record events when they have happened")
                    .arg(event.label(), isoDate(today)));
        if (const QString error = checkAndApply(event, state); !error.isEmpty())
            return Result<Evaluation>::failure(QStringLiteral("%1: %2").arg(event.label(), error));
    }

    Evaluation evaluation;
    evaluation.profileId = m_profile.id;
    evaluation.today = today;
    evaluation.phase = state.phase;
    evaluation.flags = reportedFlags(state);
    evaluation.deadlines =
        DeadlineCalculator(m_profile, m_calendar, trajectory.deelnemer).calculate(events, today);
    evaluation.omklap = checkOmklap(m_profile, state, today);
    evaluation.goals = state.goals;
    evaluation.meldingen = state.overlast.meldingen();
    return evaluation;
}

QString TrajectoryEngine::checkAndApply(const TrajectoryEvent& event, TrajectoryState& state) const
{
    const EventRule* rule = m_eventRules.value(event.type);
    if (!rule)
        return tr("unknown event type in profile %1").arg(m_profile.id);
    for (const QString& check :
         {checkPhase(*rule, state), checkFlags(*rule, state), checkFields(*rule, event)}) {
        if (!check.isEmpty())
            return check;
    }
    if (rule->requiresOmklap) {
        const OmklapStatus omklap = checkOmklap(m_profile, state, event.date);
        if (!omklap.eligible)
            return tr("omklap is not possible yet (Werkafspraak 8): %1").arg(omklap.unmet.join(u", "));
    }

    if (event.type.startsWith(u"doel_")) {
        if (const QString error = applyGoalEvent(event, state); !error.isEmpty())
            return error;
    } else if (OverlastProtocol::handles(event.type)) {
        if (const QString error = state.overlast.apply(event); !error.isEmpty())
            return error;
    }

    if (m_profile.omklap && (event.type == m_profile.omklap->clockStartsAt ||
                             m_profile.omklap->clockRestartedBy.contains(event.type))) {
        // The clock starts once; a move after herijking (Bijlage 6) starts it again.
        if (!state.omklapClockStart.isValid() || m_profile.omklap->clockRestartedBy.contains(event.type))
            state.omklapClockStart = event.date;
    }
    if (event.type == u"woonevaluatie_gehouden")
        ++state.woonevaluaties;
    if (event.type == u"toestemming_gegeven")
        state.consentGiven = true;

    applyFlags(event, state);
    if (!rule->toPhase.isEmpty())
        state.phase = rule->toPhase;
    return {};
}

QString TrajectoryEngine::checkPhase(const EventRule& rule, const TrajectoryState& state) const
{
    if (rule.fromPhases.contains(state.phase))
        return {};
    // Name the step that is missing when the trajectory has not got that far yet.
    const int current = m_profile.phaseIndex(state.phase);
    int earliestAllowed = int(m_profile.phases.size());
    for (const QString& phase : rule.fromPhases)
        earliestAllowed = std::min(earliestAllowed, m_profile.phaseIndex(phase));
    if (current < earliestAllowed) {
        for (const EventRule& candidate : m_profile.events) {
            if (m_profile.phaseIndex(candidate.toPhase) == earliestAllowed)
                return tr("cannot come before %1 (allowed in phase %2; the trajectory is in phase %3)")
                    .arg(candidate.type, rule.fromPhases.join(u", "), state.phase);
        }
    }
    return tr("not allowed in phase %1 (allowed in: %2)").arg(state.phase, rule.fromPhases.join(u", "));
}

QString TrajectoryEngine::checkFlags(const EventRule& rule, const TrajectoryState& state) const
{
    for (const QString& flag : rule.requiresFlags) {
        if (!state.flags.contains(flag)) {
            const FlagRule* definition = m_profile.flag(flag);
            return tr("cannot come before %1").arg(definition->setBy.join(tr(" or ")));
        }
    }
    for (const QString& flag : rule.forbidsFlags) {
        if (state.flags.contains(flag)) {
            const FlagRule* definition = m_profile.flag(flag);
            if (definition->clearedBy.isEmpty())
                return tr("not possible after %1").arg(definition->setBy.join(tr(" or ")));
            return tr("not possible while %1 is in force (until %2)")
                .arg(flag, definition->clearedBy.join(tr(" or ")));
        }
    }
    return {};
}

QString TrajectoryEngine::checkFields(const EventRule& rule, const TrajectoryEvent& event) const
{
    for (const QString& field : rule.requiredFields) {
        const QJsonValue value = event.fields.value(field);
        if (value.isUndefined() || value.isNull() ||
            (value.isString() && value.toString().trimmed().isEmpty()))
            return tr("the field \"%1\" is missing").arg(field);
    }
    if (event.fields.isEmpty())
        return {};
    for (const QString& field : dateFields) {
        if (event.fields.contains(field) && !parseIsoDate(event.text(field)).isValid())
            return tr("the field \"%1\" is not a date of the form YYYY-MM-DD: \"%2\"")
                .arg(field, event.fields.value(field).toVariant().toString());
    }
    return {};
}

QString TrajectoryEngine::applyGoalEvent(const TrajectoryEvent& event, TrajectoryState& state) const
{
    const QString id = event.fields.value(u"id").toVariant().toString();
    Goal* goal = state.goal(id);
    if (event.type == u"doel_vastgesteld") {
        if (goal)
            return tr("goal \"%1\" already exists; give each goal its own id").arg(id);
        const QString leefdomein = event.text(QStringLiteral("leefdomein"));
        if (!leefdomeinen.contains(leefdomein))
            return tr("unknown leefdomein \"%1\" (use %2)").arg(leefdomein, leefdomeinen.join(u", "));
        state.goals.append(
            Goal{id, leefdomein, event.text(QStringLiteral("omschrijving")), false, event.date, event.date});
        return {};
    }
    if (!goal)
        return tr("unknown goal \"%1\" (no doel_vastgesteld with this id before it)").arg(id);
    goal->behaald = event.type == u"doel_behaald";
    goal->statusSince = event.date;
    return {};
}

void TrajectoryEngine::applyFlags(const TrajectoryEvent& event, TrajectoryState& state) const
{
    const auto changes = m_flagChanges.constFind(event.type);
    if (changes == m_flagChanges.cend())
        return;
    for (const QString& flag : changes->clears)
        state.flags.remove(flag);
    for (const QString& flag : changes->sets)
        state.flags.insert(flag);
}

QStringList TrajectoryEngine::reportedFlags(const TrajectoryState& state) const
{
    QStringList flags;
    for (const FlagRule& flag : m_profile.flags) { // profile order: stable output
        if (!flag.internal && state.flags.contains(flag.id))
            flags << flag.id;
    }
    return flags;
}
