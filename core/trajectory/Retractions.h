#pragma once

#include "common/Result.h"
#include "trajectory/Trajectory.h"

#include <QCoreApplication>
#include <QSet>

// Corrections by a compensating event, never by editing history (issue 5, docs/trajectory-format.md):
// `gebeurtenis_herroepen` with field `nummer` takes an earlier event out of the trajectory. The
// retracted event stays in the file and on the Tijdlijn; the engine evaluates the rest, so a
// retraction that would leave a history the rules refuse is itself refused.
class Retractions
{
    Q_DECLARE_TR_FUNCTIONS(Retractions)

public:
    static const QString type; // "gebeurtenis_herroepen"

    [[nodiscard]] static bool isRetraction(const TrajectoryEvent& event);
    // The events without the retractions and the events they retract, in the same order.
    // Fails, naming the retraction, when one names no earlier event, a retraction, or an event
    // already retracted.
    static Result<QList<TrajectoryEvent>> apply(const QList<TrajectoryEvent>& events);
    // The numbers of the events that are retracted (for the Tijdlijn).
    static QSet<int> retractedNumbers(const QList<TrajectoryEvent>& events);
    // "Undo": the event recorded last that is neither a retraction nor retracted; each undo
    // goes one further back. nullopt when there is nothing to undo.
    static std::optional<TrajectoryEvent> lastUndoable(const QList<TrajectoryEvent>& eventsInRecordedOrder);
    // The retraction that undoes `event`, dated `today`.
    static TrajectoryEvent undoing(const TrajectoryEvent& event, const QDate& today, const QString& reden);
};
