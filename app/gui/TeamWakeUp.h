#pragma once

#include "team/TeamLink.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

class TeamListener;

// Wakes the sync when a colleague's items land on the team server (issue 19): a TeamListener on
// a thread of its own hears the server's notification, and a short pause later (a colleague's
// sync sends its items in batches) `wake` asks for a sync, unless this laptop has those items
// already (their position is at or below its cursor: its own sync, or one that already ran).
// At most one woken sync per `minimumSecondsBetween`: a begeleider's cursor only passes what they
// may see, so a colleague's every push would otherwise wake them for nothing.
class TeamWakeUp : public QObject
{
    Q_OBJECT

public:
    static constexpr int pauseMilliseconds = 1500;
    static constexpr int minimumSecondsBetween = 30;

    explicit TeamWakeUp(QObject* parent = nullptr);
    ~TeamWakeUp() override;

    // Listens (once; again after the connection was lost or stop()).
    void listen(std::shared_ptr<const TeamLink::Credentials> credentials);
    // After a sync: how far this laptop has pulled. What was heard up to now is taken as pulled.
    void setCursor(qint64 cursor);
    // Whether something landed that this laptop has not pulled yet.
    [[nodiscard]] bool behind() const { return m_heard > m_cursor; }
    [[nodiscard]] bool isListening() const { return m_thread != nullptr; }
    // The server has confirmed the LISTEN: from now on nothing that lands is missed.
    [[nodiscard]] bool isReady() const { return m_ready; }
    // Ends the listening without waiting: the connection is closed on the listener's own thread
    // (which may still be connecting), which then ends and is deleted. A lock, a close, leaving.
    void stop();

signals:
    void wake();

private:
    void heard(qint64 position);
    void pauseEnded();

    QThread* m_thread = nullptr;
    TeamListener* m_listener = nullptr; // lives on m_thread
    QList<QPointer<QThread>> m_ending;  // stopped, not ended yet: waited for when this goes
    QTimer m_pause;
    QElapsedTimer m_lastWake;
    qint64 m_cursor = 0;
    qint64 m_heard = 0;
    bool m_ready = false;
};
