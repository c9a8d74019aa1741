#pragma once

#include "application/Clock.h"

#include <QObject>

class QTimer;

// Notices when nobody has touched the keyboard or mouse for a while (Clock time, so tests move
// a clock instead of waiting), for locking the case file. Watches every window of the app.
class InactivityMonitor : public QObject
{
    Q_OBJECT

public:
    InactivityMonitor(const Clock& clock, QObject* parent = nullptr);

    void setTimeoutMinutes(int minutes) { m_timeoutSeconds = qint64(minutes) * 60; }
    // Starts counting from now (after an unlock).
    void reset();
    // Emits idle() once when the timeout has passed since the last input. Called by a timer.
    void check();

signals:
    void idle();

protected:
    [[nodiscard]] bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    QDateTime m_lastActivity;
    qint64 m_timeoutSeconds = 5 * 60;
    bool m_reported = false;
    QTimer* m_timer = nullptr;
};
