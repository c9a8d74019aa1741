#include "trajectory/Consent.h"

Consent Consent::fromEvents(const QList<TrajectoryEvent>& effectiveEvents)
{
    Consent consent;
    for (const TrajectoryEvent& event : effectiveEvents) {
        if (event.type == u"toestemming_gegeven") {
            consent.given = event.date;
            consent.shared = true;
        } else if (event.type == u"toestemming_ingetrokken") {
            consent.withdrawn = event.date;
            consent.shared = false;
        }
    }
    return consent;
}
