#pragma once

#include "calendar/WorkingDays.h"
#include "common/Result.h"
#include "trajectory/CompiledProfile.h"
#include "trajectory/DeadlineCalculator.h"
#include "trajectory/Evaluation.h"

#include "trajectory/RuleBook.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/Trajectory.h"
#include "trajectory/TrajectoryState.h"
#include <QJsonObject>

#include <QCoreApplication>
#include <QHash>

// Where a trajectory stands: state = fold(events) under a region's rules, on a given day.
// Nothing is stored: the phase, flags, goals, meldingen, deadlines and omklap status are
// derived from the dated events each time, so they can never disagree with the history.
// "Today" is a parameter; core never reads the wall clock.
//
// Events are applied in date order (same-date events in file order). Every event is checked
// against the profile's transition table and the protocol; the first one that breaks a rule
// makes the whole evaluation fail with a message naming the event's number, type and date and
// the rule ("event 7 (woonzaken_akkoord, 2026-05-01): cannot come before voordracht_omklap_ingediend").
//
// Editions by date (RuleBook): each event is checked by the edition in force on its date, each
// deadline follows the edition in force when it started running (DeadlineCalculator), and the
// checks made "today" (omklap, the events that may be recorded now) follow today's edition.
// Whether an event type can be recorded now, and if not, why (the engine's own sentence).
// The app offers only the allowed ones and shows the reason for the others; the fields the
// event needs are asked in the dialog, and the whole history is checked again on saving.
struct EventOption
{
    QString type;
    bool allowed = false;
    QString reason;             // empty when allowed
    QStringList requiredFields; // "beschikbaar_op", ...
    QHash<QString, QStringList> allowedValues;
    QString label;            // shown instead of the type when set: "Actie 4: voortduring en ..."
    QJsonObject presetFields; // fields already decided by the step (the melding's id, the actie)
};

class TrajectoryEngine
{
    Q_DECLARE_TR_FUNCTIONS(TrajectoryEngine)

public:
    explicit TrajectoryEngine(const RuleProfile& profile, WorkingDays calendar = WorkingDays());
    explicit TrajectoryEngine(const RuleBook& book, WorkingDays calendar = WorkingDays());
    TrajectoryEngine(const TrajectoryEngine& other);
    TrajectoryEngine& operator=(const TrajectoryEngine&) = delete;

    // The engine for a trajectory naming `profileOrRegion`: its region's built-in editions.
    static Result<TrajectoryEngine> builtIn(const QString& profileOrRegion,
                                            WorkingDays calendar = WorkingDays());

    const RuleBook& rules() const { return m_book; }

    Result<Evaluation> evaluate(const Trajectory& trajectory, const QDate& today) const;
    // Every event type of the profile, in the profile's order, judged against the state the
    // history has reached: phase, flags and (for omklap events) Werkafspraak 8 as of `today`.
    Result<QList<EventOption>> eventOptions(const Trajectory& trajectory, const QDate& today) const;
    // The overlastprotocol's steps for one melding (Bijlage 1), each judged by the protocol and
    // by phase and flags as eventOptions does; the melding's id (and the actie) come preset.
    Result<QList<EventOption>> overlastSteps(const Trajectory& trajectory, const QDate& today,
                                             const QString& meldingId) const;

    // The life domains a goal belongs to (doel_vastgesteld's leefdomein).
    static const QStringList& leefdomeinen();
    // The events in the order the engine applies them.
    static QList<TrajectoryEvent> inDateOrder(QList<TrajectoryEvent> events);
    // What the engine folds: the events without retracted ones (Retractions), in date order.
    static Result<QList<TrajectoryEvent>> effectiveEvents(const Trajectory& trajectory, const QDate& today);

private:
    // The state after all events, or the first rule an event breaks.
    Result<TrajectoryState> fold(const QList<TrajectoryEvent>& events, const Deelnemer& deelnemer,
                                 const QDate& today, QList<int>& types) const;
    [[nodiscard]] QString checkAndApply(const TrajectoryEvent& event, int typeIndex,
                                        const Deelnemer& deelnemer, TrajectoryState& state) const;
    OmklapStatus omklapOn(const TrajectoryState& state, const QDate& date) const;
    [[nodiscard]] QString describePhaseError(int edition, const EventRule& rule,
                                             const TrajectoryState& state) const;
    [[nodiscard]] QString checkFlags(const CompiledProfile::EventBits& bits,
                                     const TrajectoryState& state) const;
    // Required fields present; date fields the rules read hold real dates (a typo would
    // otherwise move a deadline silently).
    [[nodiscard]] QString checkFields(const EventRule& rule, const CompiledProfile::EventBits& bits,
                                      const TrajectoryEvent& event) const;
    [[nodiscard]] QString applyGoalEvent(const TrajectoryEvent& event, TrajectoryState& state) const;
    QStringList reportedFlags(const TrajectoryState& state) const;
    QList<EditionPeriod> editionsBetween(const QDate& first, const QDate& today) const;
    void prepareEditions();
    // The vocabulary all editions share (phases, flags, event types in order).
    const RuleProfile& vocabulary() const { return m_book.editions().first(); }

    RuleBook m_book;
    QList<CompiledProfile> m_compiled; // by edition; event indices are the same in each
    // Per number of editions in force (1 .. all): what the deadline calculation needs of them.
    QList<QList<DeadlineCalculator::Edition>> m_editionsInForce;
    QList<DeadlineCalculator::Plan> m_plans;
    WorkingDays m_calendar;
    int m_overeenkomstType; // milestones of Evaluation, by event index (-1: not in the profile)
    int m_omgezetType;
};
