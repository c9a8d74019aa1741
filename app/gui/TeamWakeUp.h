#pragma once

#include "team/TeamLink.h"

#include <QObject>
#include <QTimer>

class QThread;
class TeamListener;

// Wakes the sync when a colleague's items land on the team server (issue 19): a TeamListener on
// a thread of its own hears the server's notification, and a short pause later (a colleague's
// sync sends its items in batches) `wake` asks for a sync, unless this laptop has those items
// already (their position is at or below its cursor: its own sync, or one that already ran).
class TeamWakeUp : public QObject
{
    Q_OBJECT

public:
    static constexpr int pauseMilliseconds = 1500;

    explicit TeamWakeUp(QObject* parent = nullptr);
    ~TeamWakeUp() override;

    // Listens for `team` (once; again after the connection was lost).
    void listen(std::shared_ptr<const TeamLink::Credentials> credentials, const QString& team);
    // How far this laptop has pulled: positions up to here wake nothing.
    void setCursor(qint64 cursor) { m_cursor = cursor; }
    // Whether something landed that this laptop has not pulled yet.
    [[nodiscard]] bool behind() const { return m_heard > m_cursor; }
    [[nodiscard]] bool isListening() const { return m_thread != nullptr; }
    // Closes the connection and ends the thread (a lock, a close, leaving the team).
    void stop();

signals:
    void wake();

private:
    void heard(qint64 position);

    QThread* m_thread = nullptr;
    TeamListener* m_listener = nullptr; // lives on m_thread
    QTimer m_pause;
    qint64 m_cursor = 0;
    qint64 m_heard = 0;
};
