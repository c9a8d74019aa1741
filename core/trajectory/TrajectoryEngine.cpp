#include "trajectory/TrajectoryEngine.h"

#include "trajectory/DeadlineCalculator.h"
#include "trajectory/IsoDate.h"
#include "trajectory/OmklapCheck.h"
#include "trajectory/OverlastProtocol.h"
#include "trajectory/Retractions.h"

#include <algorithm>

namespace {

QString describeOffset(const Offset& offset)
{
    switch (offset.unit) {
    case Offset::Unit::WorkingDays:
        return TrajectoryEngine::tr("%n working day(s)", nullptr, offset.amount);
    case Offset::Unit::Days:
        return TrajectoryEngine::tr("%n day(s)", nullptr, offset.amount);
    case Offset::Unit::Weeks:
        return TrajectoryEngine::tr("%n week(s)", nullptr, offset.amount);
    case Offset::Unit::Months:
        return TrajectoryEngine::tr("%n month(s)", nullptr, offset.amount);
    }
    return {};
}

QList<CompiledProfile> compiledEditions(const RuleBook& book)
{
    QList<CompiledProfile> compiled;
    for (const RuleProfile& edition : book.editions())
        compiled.append(CompiledProfile::from(edition));
    return compiled;
}

} // namespace

TrajectoryEngine::TrajectoryEngine(const RuleProfile& profile, WorkingDays calendar)
    : TrajectoryEngine(RuleBook(profile), calendar)
{}

TrajectoryEngine::TrajectoryEngine(const RuleBook& book, WorkingDays calendar)
    : m_book(book)
    , m_compiled(compiledEditions(book))
    , m_calendar(calendar)
    , m_overeenkomstType(m_compiled.first().indexOf(QStringLiteral("begeleidingsovereenkomst_getekend")))
    , m_omgezetType(m_compiled.first().indexOf(QStringLiteral("huurcontract_omgezet")))
{
    prepareEditions();
}

TrajectoryEngine::TrajectoryEngine(const TrajectoryEngine& other)
    : m_book(other.m_book)
    , m_compiled(other.m_compiled)
    , m_calendar(other.m_calendar)
    , m_overeenkomstType(other.m_overeenkomstType)
    , m_omgezetType(other.m_omgezetType)
{
    prepareEditions(); // the pointers into this engine's own profiles, not the other's
}

void TrajectoryEngine::prepareEditions()
{
    m_editionsInForce.clear();
    m_plans.clear();
    QList<DeadlineCalculator::Edition> editions;
    for (qsizetype e = 0; e < m_compiled.size(); ++e) {
        editions.append({&m_book.editions().at(e), &m_compiled.at(e)});
        m_editionsInForce.append(editions);
        m_plans.append(DeadlineCalculator::plan(editions));
    }
}

Result<TrajectoryEngine> TrajectoryEngine::builtIn(const QString& profileOrRegion, WorkingDays calendar)
{
    const Result<RuleBook> book = RuleBook::builtIn(profileOrRegion);
    if (!book)
        return Result<TrajectoryEngine>::failure(book.errors());
    return TrajectoryEngine(book.value(), calendar);
}

QList<TrajectoryEvent> TrajectoryEngine::inDateOrder(QList<TrajectoryEvent> events)
{
    const auto byDate = [](const TrajectoryEvent& left, const TrajectoryEvent& right) {
        return left.date < right.date;
    };
    if (std::is_sorted(events.cbegin(), events.cend(), byDate))
        return events; // the usual case: no copying
    std::stable_sort(events.begin(), events.end(), byDate);
    return events;
}

Result<QList<TrajectoryEvent>> TrajectoryEngine::effectiveEvents(const Trajectory& trajectory,
                                                                 const QDate& today)
{
    // A retraction is a fact of the history too: it may not lie in the future either.
    for (const TrajectoryEvent& event : trajectory.events) {
        if (Retractions::isRetraction(event) && event.date > today)
            return Result<QList<TrajectoryEvent>>::failure(
                tr("%1: lies after today (%2); record events when they have happened")
                    .arg(event.label(), isoDate(today)));
    }
    Result<QList<TrajectoryEvent>> remaining = Retractions::apply(trajectory.events);
    if (!remaining)
        return remaining;
    return inDateOrder(std::move(remaining).value());
}

const QStringList& TrajectoryEngine::leefdomeinen()
{
    static const QStringList domains{QStringLiteral("dagbesteding"), QStringLiteral("sociaal"),
                                     QStringLiteral("psychisch"), QStringLiteral("financieel"),
                                     QStringLiteral("kinderen")};
    return domains;
}

Result<Evaluation> TrajectoryEngine::evaluate(const Trajectory& trajectory, const QDate& today) const
{
    if (!m_book.covers(trajectory.profileId))
        return Result<Evaluation>::failure(tr("The trajectory uses profile \"%1\", not region \"%2\".")
                                               .arg(trajectory.profileId, m_book.region()));

    const Result<QList<TrajectoryEvent>> effective = effectiveEvents(trajectory, today);
    if (!effective)
        return Result<Evaluation>::failure(effective.errors());
    const QList<TrajectoryEvent>& events = effective.value();
    QList<int> types; // each event's index in the profile: the rest of the work compares integers
    const Result<TrajectoryState> folded = fold(events, trajectory.deelnemer, today, types);
    if (!folded)
        return Result<Evaluation>::failure(folded.errors());
    const TrajectoryState& state = folded.value();

    Evaluation evaluation;
    evaluation.profileId = m_book.profileOn(today).id;
    evaluation.editions = editionsBetween(events.isEmpty() ? today : events.first().date, today);
    evaluation.today = today;
    evaluation.phase = vocabulary().phases.at(state.phase).id;
    evaluation.flags = reportedFlags(state);
    // Only the editions in force by today: an edition that has not come into force yet counts nothing.
    const int inForce = m_book.editionOn(today);
    evaluation.deadlines = DeadlineCalculator(m_editionsInForce.at(inForce), m_plans.at(inForce), m_calendar,
                                              trajectory.deelnemer)
                               .calculate(events, types, today);
    evaluation.omklap = omklapOn(state, today);
    evaluation.goals = state.goals;
    evaluation.meldingen = state.overlast.meldingen();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (types.at(i) == m_overeenkomstType && !evaluation.overeenkomstOn.isValid())
            evaluation.overeenkomstOn = events.at(i).date;
        else if (types.at(i) == m_omgezetType)
            evaluation.omgeklaptOn = events.at(i).date;
    }
    return evaluation;
}

Result<TrajectoryState> TrajectoryEngine::fold(const QList<TrajectoryEvent>& events,
                                               const Deelnemer& deelnemer, const QDate& today,
                                               QList<int>& types) const
{
    types.reserve(events.size());
    TrajectoryState state;
    state.phase = vocabulary().phaseIndex(vocabulary().initialPhase);
    state.omklapClockStarts.resize(m_compiled.size());
    state.firstOn.resize(vocabulary().events.size());
    for (const TrajectoryEvent& event : events) {
        if (event.date > today)
            return Result<TrajectoryState>::failure(
                tr("%1: lies after today (%2); record events when they have happened")
                    .arg(event.label(), isoDate(today)));
        types.append(m_compiled.first().indexOf(event));
        if (const QString error = checkAndApply(event, types.last(), deelnemer, state); !error.isEmpty())
            return Result<TrajectoryState>::failure(QStringLiteral("%1: %2").arg(event.label(), error));
    }
    return state;
}

Result<QList<EventOption>> TrajectoryEngine::eventOptions(const Trajectory& trajectory,
                                                          const QDate& today) const
{
    if (!m_book.covers(trajectory.profileId))
        return Result<QList<EventOption>>::failure(
            tr("The trajectory uses profile \"%1\", not region \"%2\".")
                .arg(trajectory.profileId, m_book.region()));
    const Result<QList<TrajectoryEvent>> effective = effectiveEvents(trajectory, today);
    if (!effective)
        return Result<QList<EventOption>>::failure(effective.errors());
    QList<int> types;
    const Result<TrajectoryState> folded = fold(effective.value(), trajectory.deelnemer, today, types);
    if (!folded)
        return Result<QList<EventOption>>::failure(folded.errors());
    const TrajectoryState& state = folded.value();
    QList<EventOption> options;
    const int edition = m_book.editionOn(today); // what may be recorded now follows today's rules
    const RuleProfile& profile = m_book.editions().at(edition);
    for (qsizetype index = 0; index < profile.events.size(); ++index) {
        const EventRule& rule = profile.events.at(index);
        const CompiledProfile::EventBits& bits = m_compiled.at(edition).eventBits.at(index);
        EventOption option{rule.type,          false,     QString(), rule.requiredFields,
                           rule.allowedValues, QString(), {}};
        if (!(bits.fromPhases & CompiledProfile::bit(state.phase)))
            option.reason = describePhaseError(edition, rule, state);
        else
            option.reason = checkFlags(bits, state);
        if (option.reason.isEmpty() && rule.requiresOmklap) {
            const OmklapStatus omklap = omklapOn(state, today);
            if (!omklap.eligible)
                option.reason =
                    tr("omklap is not possible yet (Werkafspraak 8): %1").arg(omklap.unmet.join(u", "));
        }
        option.allowed = option.reason.isEmpty();
        options.append(option);
    }
    return options;
}

Result<QList<EventOption>> TrajectoryEngine::overlastSteps(const Trajectory& trajectory, const QDate& today,
                                                           const QString& meldingId) const
{
    using Options = QList<EventOption>;
    const Result<Evaluation> evaluation = evaluate(trajectory, today);
    if (!evaluation)
        return Result<Options>::failure(evaluation.errors());
    const Result<Options> general = eventOptions(trajectory, today);
    if (!general)
        return Result<Options>::failure(general.errors());
    const auto optionFor = [&](const QString& type) -> std::optional<EventOption> {
        for (const EventOption& option : general.value()) {
            if (option.type == type)
                return option;
        }
        return std::nullopt; // this profile has no such event
    };

    struct Candidate
    {
        QString type;
        int action = 0;
        QString label;
    };
    QList<Candidate> candidates{{QStringLiteral("overlast_beoordeeld"), 0, tr("Record the judgement")}};
    for (int action = 1; action <= 6; ++action)
        candidates.append({QStringLiteral("overlast_actie"), action,
                           tr("Actie %1: %2").arg(action).arg(OverlastProtocol::actionTitle(action))});
    candidates.append({QStringLiteral("overlast_navraag_gedaan"), 0, tr("Follow-up enquiry done")});
    candidates.append({QStringLiteral("overlast_opgelost"), 0, tr("Resolved")});

    Options steps;
    for (const Candidate& candidate : candidates) {
        std::optional<EventOption> option = optionFor(candidate.type);
        if (!option)
            continue;
        option->label = candidate.label;
        option->presetFields.insert(QStringLiteral("id"), meldingId);
        if (candidate.action > 0)
            option->presetFields.insert(QStringLiteral("actie"), candidate.action);
        option->requiredFields.removeIf(
            [&](const QString& field) { return option->presetFields.contains(field); });
        if (option->allowed) {
            // The protocol judges the step on a copy of the meldingen; a judgement needs values
            // only to be judged, the caseworker chooses the real ones.
            TrajectoryEvent step;
            step.type = candidate.type;
            step.date = today;
            QJsonObject fields = option->presetFields;
            if (candidate.type == u"overlast_beoordeeld") {
                fields.insert(QStringLiteral("gedrag"), QStringLiteral("bewust"));
                fields.insert(QStringLiteral("klacht"), QStringLiteral("terecht"));
                fields.insert(QStringLiteral("veroorzaker"), QStringLiteral("deelnemer"));
            }
            step.fields = fields;
            OverlastProtocol protocol(evaluation->meldingen);
            option->reason = protocol.apply(step);
            option->allowed = option->reason.isEmpty();
        }
        steps.append(*option);
    }
    return steps;
}

QString TrajectoryEngine::checkAndApply(const TrajectoryEvent& event, int typeIndex,
                                        const Deelnemer& deelnemer, TrajectoryState& state) const
{
    const int edition = m_book.editionOn(event.date); // each event by the rules of its day
    const RuleProfile& profile = m_book.editions().at(edition);
    if (typeIndex < 0)
        return tr("unknown event type in profile %1").arg(profile.id);
    const EventRule* rule = &profile.events.at(typeIndex);
    const CompiledProfile::EventBits& bits = m_compiled.at(edition).eventBits.at(typeIndex);
    if (!(bits.fromPhases & CompiledProfile::bit(state.phase)))
        return describePhaseError(edition, *rule, state);
    if (const QString error = checkFlags(bits, state); !error.isEmpty())
        return error;
    if (const QString error = checkFields(*rule, bits, event); !error.isEmpty())
        return error;
    if (rule->ageBelow > 0) {
        if (!deelnemer.geboortedatum.isValid())
            return tr("only for a participant younger than %1; record the date of birth first")
                .arg(rule->ageBelow);
        if (deelnemer.geboortedatum.addYears(rule->ageBelow) <= event.date)
            return tr("only for a participant younger than %1 (born %2)")
                .arg(rule->ageBelow)
                .arg(isoDate(deelnemer.geboortedatum));
    }
    if (const CompiledProfile::NotBefore& notBefore = m_compiled.at(edition).notBefore.at(typeIndex);
        notBefore.event >= 0) {
        const QDate start = state.firstOn.at(notBefore.event);
        const QDate allowedFrom = start.isValid() ? notBefore.offset.after(start, m_calendar) : QDate();
        if (!allowedFrom.isValid() || event.date < allowedFrom)
            return tr("not before %1 (%2 after %3)")
                .arg(allowedFrom.isValid() ? isoDate(allowedFrom) : rule->notBeforeEvent,
                     describeOffset(rule->notBeforeOffset), rule->notBeforeEvent);
    }
    if (rule->requiresOmklap) {
        const OmklapStatus omklap = omklapOn(state, event.date);
        if (!omklap.eligible)
            return tr("omklap is not possible yet (Werkafspraak 8): %1").arg(omklap.unmet.join(u", "));
    }

    if (bits.roles & CompiledProfile::GoalEvent) {
        if (const QString error = applyGoalEvent(event, state); !error.isEmpty())
            return error;
    } else if (bits.roles & CompiledProfile::OverlastEvent) {
        if (const QString error = state.overlast.apply(event); !error.isEmpty())
            return error;
    }

    // Each edition's clock starts once, on the event that edition counts from; a move after
    // herijking starts them all again where the edition in force on the move's day says so
    // (2026, Bijlage 6; 2020 left it to maatwerk).
    for (qsizetype e = 0; e < m_compiled.size(); ++e) {
        if ((m_compiled.at(e).eventBits.at(typeIndex).roles & CompiledProfile::StartsOmklapClock) &&
            !state.omklapClockStarts.at(e).isValid())
            state.omklapClockStarts[e] = event.date;
    }
    if (bits.roles & CompiledProfile::RestartsOmklapClock)
        state.omklapClockStarts.fill(event.date);
    if (bits.roles & CompiledProfile::Woonevaluatie)
        ++state.woonevaluaties;
    if (bits.roles & CompiledProfile::ConsentGiven)
        state.consentGiven = true;

    if (!state.firstOn.at(typeIndex).isValid())
        state.firstOn[typeIndex] = event.date;
    state.flags = (state.flags & ~bits.clears) | bits.sets;
    if (bits.toPhase >= 0)
        state.phase = bits.toPhase;
    return {};
}

OmklapStatus TrajectoryEngine::omklapOn(const TrajectoryState& state, const QDate& date) const
{
    const int edition = m_book.editionOn(date);
    return checkOmklap(m_book.editions().at(edition), state, state.omklapClockStarts.at(edition), date);
}

QList<EditionPeriod> TrajectoryEngine::editionsBetween(const QDate& first, const QDate& today) const
{
    QList<EditionPeriod> periods;
    const int from = m_book.editionOn(first);
    const int to = m_book.editionOn(today);
    for (int e = from; e <= to; ++e) {
        const RuleProfile& edition = m_book.editions().at(e);
        periods.append({edition.id, e == from ? first : edition.validFrom});
    }
    return periods;
}

QString TrajectoryEngine::describePhaseError(int edition, const EventRule& rule,
                                             const TrajectoryState& state) const
{
    // Name the step that is missing when the trajectory has not got that far yet.
    const RuleProfile& profile = m_book.editions().at(edition);
    const int current = state.phase;
    const QString& currentPhase = profile.phases.at(current).id;
    int earliestAllowed = int(profile.phases.size());
    for (const QString& allowed : rule.fromPhases)
        earliestAllowed = std::min(earliestAllowed, profile.phaseIndex(allowed));
    if (current < earliestAllowed) {
        for (const EventRule& candidate : profile.events) {
            if (profile.phaseIndex(candidate.toPhase) == earliestAllowed)
                return tr("cannot come before %1 (allowed in phase %2; the trajectory is in phase %3)")
                    .arg(candidate.type, rule.fromPhases.join(u", "), currentPhase);
        }
    }
    return tr("not allowed in phase %1 (allowed in: %2)").arg(currentPhase, rule.fromPhases.join(u", "));
}

QString TrajectoryEngine::checkFlags(const CompiledProfile::EventBits& bits,
                                     const TrajectoryState& state) const
{
    if ((state.flags & bits.requires_) == bits.requires_ && (state.flags & bits.forbids) == 0)
        return {};
    for (qsizetype i = 0; i < vocabulary().flags.size(); ++i) {
        const FlagRule& flag = vocabulary().flags.at(i);
        const quint64 bit = CompiledProfile::bit(int(i));
        if ((bits.requires_ & bit) && !(state.flags & bit))
            return tr("cannot come before %1").arg(flag.setBy.join(tr(" or ")));
        if ((bits.forbids & bit) && (state.flags & bit)) {
            if (flag.clearedBy.isEmpty())
                return tr("not possible after %1").arg(flag.setBy.join(tr(" or ")));
            return tr("not possible while %1 is in force (until %2)")
                .arg(flag.id, flag.clearedBy.join(tr(" or ")));
        }
    }
    return {};
}

QString TrajectoryEngine::checkFields(const EventRule& rule, const CompiledProfile::EventBits& bits,
                                      const TrajectoryEvent& event) const
{
    for (const QString& field : rule.requiredFields) {
        const QString text = event.fields.text(field);
        if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
            return tr("the field \"%1\" is missing").arg(field);
    }
    for (auto it = rule.allowedValues.cbegin(); it != rule.allowedValues.cend(); ++it) {
        const QString text = event.fields.text(it.key());
        if (event.fields.contains(it.key()) && !it.value().contains(text))
            return tr("the field \"%1\" may be %2, not \"%3\"")
                .arg(it.key(), it.value().join(tr(" or ")), text);
    }
    for (const QString& field : bits.dateFields) {
        if (event.fields.contains(field) && !parseIsoDate(event.fields.text(field)).isValid())
            return tr("the field \"%1\" is not a date of the form YYYY-MM-DD: \"%2\"")
                .arg(field, event.fields.value(field).toVariant().toString());
    }
    return {};
}

QString TrajectoryEngine::applyGoalEvent(const TrajectoryEvent& event, TrajectoryState& state) const
{
    const QString id = event.fields.text(u"id");
    Goal* goal = state.goal(id);
    if (event.type == u"doel_vastgesteld") {
        if (goal)
            return tr("goal \"%1\" already exists; give each goal its own id").arg(id);
        const QString leefdomein = event.text(QStringLiteral("leefdomein"));
        if (!leefdomeinen().contains(leefdomein))
            return tr("unknown leefdomein \"%1\" (use %2)").arg(leefdomein, leefdomeinen().join(u", "));
        state.addGoal(
            Goal{id, leefdomein, event.text(QStringLiteral("omschrijving")), false, event.date, event.date});
        return {};
    }
    if (!goal)
        return tr("unknown goal \"%1\" (no doel_vastgesteld with this id before it)").arg(id);
    goal->behaald = event.type == u"doel_behaald";
    goal->statusSince = event.date;
    return {};
}

QStringList TrajectoryEngine::reportedFlags(const TrajectoryState& state) const
{
    QStringList flags;
    for (qsizetype i = 0; i < vocabulary().flags.size(); ++i) { // profile order: stable output
        const FlagRule& flag = vocabulary().flags.at(i);
        if (!flag.internal && (state.flags & CompiledProfile::bit(int(i))))
            flags << flag.id;
    }
    return flags;
}
