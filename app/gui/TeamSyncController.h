#pragma once

#include "team/TeamSync.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class QThread;
class StoreSession;
class TeamSyncWorker;
class TeamWakeUp;

// The app's side of team sync (issue 19, docs/team-sync.md): a case file linked to a team is
// synced on a thread of its own, one sync at a time, every few minutes while it is unlocked,
// right after it is opened or unlocked, and on request (F5). It says how the sync stands for the
// status bar, and stops a running sync (at its next batch or page, which loses nothing) before
// the file locks or closes.
class TeamSyncController : public QObject
{
    Q_OBJECT

public:
    enum class State { NotLinked, Idle, Syncing, Offline, Problem };
    static constexpr int intervalMinutes = 5;

    explicit TeamSyncController(StoreSession& session, QObject* parent = nullptr);
    ~TeamSyncController() override;

    State state() const { return m_state; }
    // One line for the status bar; empty when the file is not linked to a team.
    QString statusText() const;
    // What went wrong, or what the last sync wants the user to know, for the "Explain" button.
    QString explanation() const;
    // Whether there is more to say than the status line: a problem, offline, the last sync's
    // notes, items refused or flagged.
    bool hasExplanation() const;
    bool isRunning() const { return m_thread != nullptr; }
    // Whether the app hears a colleague's sync as it lands (the server confirmed the LISTEN).
    [[nodiscard]] bool isListening() const;
    // When the last sync ended well, as the case file says; none for a file not synced yet.
    const std::optional<QDateTime>& lastSync() const { return m_lastSync; }

public slots:
    // Starts a sync when the file is unlocked and linked and none runs; false otherwise.
    bool syncNow();
    // Asks a running sync to stop at its next batch or page (a long first sync): nothing is
    // lost, the rest goes next time.
    void stop();
    // Reads again whether the file is linked and what waits (cheap: counts in the file).
    void refreshStatus();
    // Asks a running sync to stop and waits at most `milliseconds` for it (-1: until it ends,
    // which the sync's own timeouts bound to about half a minute): before anything replaces or
    // closes the case file. True when no sync runs any more.
    bool stopAndWait(int milliseconds);
    // Before a lock or a close: sends what waits (a sync, or the one running) and waits for it
    // at most `milliseconds`, then stops it, waiting as long again at most. True when no sync
    // runs any more.
    bool syncBeforeClosing(int milliseconds);

signals:
    void statusChanged();
    // A sync ended without an error: pages may show what it brought.
    void synced();

private:
    void finished(const TeamSync::Report& report, const QString& error);
    void threadEnded();
    void endedWhileWaiting();
    // A colleague's items landed (TeamWakeUp): a sync now, or right after the one running.
    void woken();
    void listenAfterSync();

    StoreSession& m_session;
    QTimer m_timer;
    QThread* m_thread = nullptr;
    TeamSyncWorker* m_worker = nullptr; // lives on m_thread while it runs, deleted after it ended
    bool m_unreachable = false;
    bool m_stopRequested = false;
    bool m_syncAgain = false; // woken while a sync ran or a dialog was open
    TeamWakeUp* m_wakeUp = nullptr;
    State m_state = State::NotLinked;
    int m_waiting = 0;
    int m_quarantined = 0;
    int m_flags = 0;
    std::optional<QDateTime> m_lastSync;
    QString m_progress;
    QString m_problem;
    QStringList m_notes;
};
