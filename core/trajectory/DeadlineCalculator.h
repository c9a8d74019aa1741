#pragma once

#include "calendar/WorkingDays.h"
#include "trajectory/CompiledProfile.h"
#include "trajectory/Evaluation.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/Trajectory.h"

#include <QList>

// Applies a profile's deadline rules to a validated, date-ordered event list. Each anchor event
// starts a deadline; the first later event that satisfies it meets it (on or before the due
// date: met, after: met_late); without one it is open until the due date and overdue after.
// A cancelling event or the end of the trajectory (an ending event) withdraws an unmet deadline.
// Recurring rules (monthly home visit, yearly woonevaluatie) start the next period when met.
class DeadlineCalculator
{
public:
    DeadlineCalculator(const RuleProfile& profile, const CompiledProfile& compiled,
                       const WorkingDays& calendar, const Deelnemer& deelnemer);

    // `types` holds each event's index in the profile (CompiledProfile::indexOf), in step with `events`.
    QList<Deadline> calculate(const QList<TrajectoryEvent>& events, const QList<int>& types,
                              const QDate& today) const;

private:
    // One rule applied to one trajectory: the rule, its type tables, the events and their types.
    struct Scan
    {
        const DeadlineRule& rule;
        const CompiledProfile::DeadlineTypes& types;
        const QList<TrajectoryEvent>& events;
        const QList<int>& eventTypes;
        const QList<qsizetype>& endings; // positions of the ending events, ascending
    };

    void addOneOff(const Scan& scan, qsizetype anchorIndex, const QDate& today, QList<Deadline>& out) const;
    void addRecurring(const Scan& scan, qsizetype anchorIndex, const QDate& today,
                      QList<Deadline>& out) const;
    // Index of the first event after `from` that satisfies the rule for this ref, or -1.
    qsizetype findSatisfying(const Scan& scan, qsizetype from, const QString& ref) const;
    // Index of the first event after `from` that withdraws the deadline, or -1.
    qsizetype findWithdrawal(const Scan& scan, qsizetype from, const QString& ref) const;
    Offset offsetFor(const DeadlineRule& rule, const QDate& periodStart) const;

    const RuleProfile& m_profile;
    const CompiledProfile& m_compiled;
    const WorkingDays& m_calendar;
    const Deelnemer& m_deelnemer;
};
