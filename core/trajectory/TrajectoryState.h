#pragma once

#include "trajectory/Evaluation.h"
#include "trajectory/OverlastProtocol.h"

#include <QDate>
#include <QList>
#include <QString>

// The fold's accumulator: everything the events have established so far. Derived, never
// stored: TrajectoryEngine rebuilds it from the events on every evaluation.
struct TrajectoryState
{
    int phase = 0;     // index in RuleProfile::phases
    quint64 flags = 0; // bit i: RuleProfile::flags[i] is set
    QList<Goal> goals;
    OverlastProtocol overlast;
    // Per edition of the rules (RuleBook): the day its omklap clock started, the
    // begeleidingsovereenkomst (2026) or sleutelmoment (2020), or the last move after herijking.
    QList<QDate> omklapClockStarts;
    QList<QDate> firstOn; // by event index: the day that event type first happened (notBefore)
    int woonevaluaties = 0;
    bool consentGiven = false;

    Goal* goal(const QString& id)
    {
        for (Goal& candidate : goals) {
            if (candidate.id == id)
                return &candidate;
        }
        return nullptr;
    }
};
