#pragma once

#include "trajectory/Evaluation.h"
#include "trajectory/OverlastProtocol.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// The fold's accumulator: everything the events have established so far. Derived, never
// stored: TrajectoryEngine rebuilds it from the events on every evaluation.
struct TrajectoryState
{
    int phase = 0;     // index in RuleProfile::phases
    quint64 flags = 0; // bit i: RuleProfile::flags[i] is set
    QList<Goal> goals;
    QHash<QString, qsizetype> goalIndex; // id -> position in goals: each goal event costs the same
    OverlastProtocol overlast;
    // Per edition of the rules (RuleBook): the day its omklap clock started, the
    // begeleidingsovereenkomst (2026) or sleutelmoment (2020), or the last move after herijking.
    QList<QDate> omklapClockStarts;
    QList<QDate> firstOn; // by event index: the day that event type first happened (notBefore)
    int woonevaluaties = 0;
    bool consentGiven = false;

    Goal* goal(const QString& id)
    {
        const auto found = goalIndex.constFind(id);
        return found == goalIndex.cend() ? nullptr : &goals[*found];
    }

    void addGoal(Goal goal)
    {
        goalIndex.insert(goal.id, goals.size());
        goals.append(std::move(goal));
    }
};
