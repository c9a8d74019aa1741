#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"
#include "store/ParticipantRepository.h"
#include "trajectory/Trajectory.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>

// Demo caseloads: obviously fictitious participants with realistic trajectories, for a first
// look at the app, for screenshots and for the benchmarks. Every trajectory is written through
// TrajectoryRepository, so the engine checks each history as it would a caseworker's; the
// generator never writes events itself. The same seed (and day) gives the same data; participant
// i depends only on the seed and i, so a larger count keeps the smaller one as its start.
struct DemoOptions
{
    int count = 200;
    quint64 seed = 1;
    int begeleiders = 8;
    QDate today;       // the demo's "now": no event lies after it
    bool forms = true; // filled-in forms and letters (DemoForms); benchmarks of the events leave them out
};

struct DemoParticipant
{
    ParticipantDetails details;
    ContactPerson corporationContact;
    Trajectory trajectory;
};

class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // The participant with this index (0-based): details and a history under the Amsterdam
    // profile of its start (2020 before 1 January 2026, else 2026).
    static DemoParticipant participant(const DemoOptions& options, int index);
    // Writes `options.count` participants into the case file, one transaction each; stops at
    // the first refusal and returns it (a generator bug: the engine decides, not the generator).
    // `progress(done)` is called after each participant. Returns how many were written.
    static Result<int> fill(const QSqlDatabase& database, const DemoOptions& options, const Actor& actor,
                            const std::function<void(int)>& progress = {});
};
