#pragma once

#include "calendar/WorkingDays.h"
#include "common/Result.h"
#include "trajectory/Evaluation.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/Trajectory.h"
#include "trajectory/TrajectoryState.h"

#include <QCoreApplication>
#include <QHash>

// Where a trajectory stands: state = fold(events) under one rule profile, on a given day.
// Nothing is stored: the phase, flags, goals, meldingen, deadlines and omklap status are
// derived from the dated events each time, so they can never disagree with the history.
// "Today" is a parameter; core never reads the wall clock.
//
// Events are applied in date order (same-date events in file order). Every event is checked
// against the profile's transition table and the protocol; the first one that breaks a rule
// makes the whole evaluation fail with a message naming the event's number, type and date and
// the rule ("event 7 (woonzaken_akkoord, 2026-05-01): cannot come before voordracht_omklap_ingediend").
class TrajectoryEngine
{
    Q_DECLARE_TR_FUNCTIONS(TrajectoryEngine)

public:
    explicit TrajectoryEngine(const RuleProfile& profile, WorkingDays calendar = WorkingDays());
    // Not copyable: m_eventRules points into m_profile.
    TrajectoryEngine(const TrajectoryEngine&) = delete;
    TrajectoryEngine& operator=(const TrajectoryEngine&) = delete;

    Result<Evaluation> evaluate(const Trajectory& trajectory, const QDate& today) const;

    // The events in the order the engine applies them.
    static QList<TrajectoryEvent> inDateOrder(QList<TrajectoryEvent> events);

private:
    QString checkAndApply(const TrajectoryEvent& event, TrajectoryState& state) const;
    QString checkPhase(const EventRule& rule, const TrajectoryState& state) const;
    QString checkFlags(const EventRule& rule, const TrajectoryState& state) const;
    QString checkFields(const EventRule& rule, const TrajectoryEvent& event) const;
    QString applyGoalEvent(const TrajectoryEvent& event, TrajectoryState& state) const;
    void applyFlags(const TrajectoryEvent& event, TrajectoryState& state) const;
    QStringList reportedFlags(const TrajectoryState& state) const;

    // Looked up once per event type instead of scanning the profile's lists for every event.
    struct FlagChanges
    {
        QStringList sets;
        QStringList clears;
    };

    RuleProfile m_profile;
    WorkingDays m_calendar;
    QHash<QString, const EventRule*> m_eventRules;
    QHash<QString, FlagChanges> m_flagChanges;
};
