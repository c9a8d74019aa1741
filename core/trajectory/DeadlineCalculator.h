#pragma once

#include "calendar/WorkingDays.h"
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
    DeadlineCalculator(const RuleProfile& profile, const WorkingDays& calendar, const Deelnemer& deelnemer);

    QList<Deadline> calculate(const QList<TrajectoryEvent>& events, const QDate& today) const;

private:
    void addOneOff(const DeadlineRule& rule, const QList<TrajectoryEvent>& events, qsizetype anchorIndex,
                   const QDate& today, QList<Deadline>& out) const;
    void addRecurring(const DeadlineRule& rule, const QList<TrajectoryEvent>& events, qsizetype anchorIndex,
                      const QDate& today, QList<Deadline>& out) const;
    // Index of the first event after `from` that satisfies the rule for this ref, or -1.
    qsizetype findSatisfying(const DeadlineRule& rule, const QList<TrajectoryEvent>& events, qsizetype from,
                             const QString& ref) const;
    // Index of the first event after `from` that withdraws the deadline, or -1.
    qsizetype findWithdrawal(const DeadlineRule& rule, const QList<TrajectoryEvent>& events, qsizetype from,
                             const QString& ref) const;
    Offset offsetFor(const DeadlineRule& rule, const QDate& periodStart) const;

    const RuleProfile& m_profile;
    const WorkingDays& m_calendar;
    const Deelnemer& m_deelnemer;
};
