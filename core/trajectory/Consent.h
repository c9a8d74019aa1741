#pragma once

#include "trajectory/Trajectory.h"

#include <QDate>

// Consent to share the participant's data (Werkafspraak 10), as the history records it:
// toestemming_gegeven and toestemming_ingetrokken events. Without consent, nothing is shared
// with the housing corporation.
struct Consent
{
    QDate given;     // the last time consent was given; invalid when never
    QDate withdrawn; // the last time it was withdrawn; invalid when never

    bool shared = false; // as the last of these events left it (same date: recorded order)

    // From the events the engine folds (TrajectoryEngine::effectiveEvents: retracted ones left
    // out, in date order).
    static Consent fromEvents(const QList<TrajectoryEvent>& effectiveEvents);
};
