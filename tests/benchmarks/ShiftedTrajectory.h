#pragma once
// Shared by the benchmarks: the example trajectory copied with its dates moved, so that many
// participants each have their own history.
#include "trajectory/Trajectory.h"

// The example trajectory (31 events) shifted by `days`, date fields included.
inline Trajectory shifted(const Trajectory& example, int days)
{
    Trajectory copy = example;
    for (TrajectoryEvent& event : copy.events) {
        event.date = event.date.addDays(days);
        for (const QString& field : {QStringLiteral("beschikbaar_op"), QStringLiteral("gepland_op"),
                                     QStringLiteral("volgende_gesprek")}) {
            if (event.fields.contains(field))
                event.fields.insert(field,
                                    QDate::fromString(event.fields.value(field).toString(), Qt::ISODate)
                                        .addDays(days)
                                        .toString(Qt::ISODate));
        }
    }
    return copy;
}
