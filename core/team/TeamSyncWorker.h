#pragma once

#include "application/Clock.h"
#include "common/Result.h"
#include "team/TeamSync.h"

#include <QObject>

class EncryptedStore;

// Runs a TeamSync on a thread of its own with connections of its own (issue 18: the app and the
// user keep working while it runs). Move it to the thread and call run() there; progress and the
// end arrive as signals, queued to whoever listens.
class TeamSyncWorker : public QObject
{
    Q_OBJECT

public:
    // `store` and `clock` must outlive the run; the store is only read (its path and key).
    TeamSyncWorker(const EncryptedStore& store, const Clock& clock);

    // One sync on a new thread, waited for with an event loop (for the command line): progress
    // arrives on the calling thread.
    [[nodiscard]] static Result<TeamSync::Report> runAndWait(const EncryptedStore& store, const Clock& clock,
                                                             const TeamSync::Progress& progress);

    // From any thread: the running sync stops at its next batch or page, losing nothing.
    void requestStop() { m_stop.store(true); }

public slots:
    void run();

signals:
    // No team server answered (offline, a wrong address, the server down): `reason`. A server
    // that answered and refused (a removed person, a revoked certificate) is an error instead.
    void unreachable(const QString& reason);
    void progress(const QString& line);
    void finished(const TeamSync::Report& report, const QString& error);

private:
    const EncryptedStore& m_store;
    const Clock& m_clock;
    std::atomic_bool m_stop{false};
};

Q_DECLARE_METATYPE(TeamSync::Report)
