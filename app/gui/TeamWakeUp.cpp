#include "TeamWakeUp.h"

#include "team/TeamListener.h"

TeamWakeUp::TeamWakeUp(QObject* parent)
    : QObject(parent)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &TeamWakeUp::pauseEnded);
}

TeamWakeUp::~TeamWakeUp()
{
    stop();
    // A listener still connecting gives up within libpq's connect_timeout (10 s per address).
    for (const QPointer<QThread>& thread : std::as_const(m_ending)) {
        if (thread && !thread->wait(QDeadlineTimer(15'000)))
            qWarning("The team listener did not end in time; the program ends while it connects.");
    }
}

void TeamWakeUp::listen(std::shared_ptr<const TeamLink::Credentials> credentials)
{
    if (m_thread)
        return;
    m_ready = false;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("teamListener"));
    m_listener = new TeamListener(std::move(credentials));
    m_listener->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_listener, &TeamListener::start);
    connect(m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_listener, &TeamListener::listening, this, [this] { m_ready = true; });
    connect(m_listener, &TeamListener::landed, this, &TeamWakeUp::heard);
    // Lost (the server gone, the laptop offline): ended here; the next good sync listens again.
    connect(m_listener, &TeamListener::lost, this, &TeamWakeUp::stop);
    m_thread->start();
}

void TeamWakeUp::setCursor(qint64 cursor)
{
    m_cursor = cursor;
    m_heard = std::min(m_heard, cursor); // a position far ahead (forged, or not ours) is forgotten
}

void TeamWakeUp::heard(qint64 position)
{
    m_heard = std::max(m_heard, position);
    if (!behind() || m_pause.isActive())
        return;
    // The pause lets a colleague's batches land; the minimum keeps wakes from coming in a storm.
    const qint64 sinceLast =
        m_lastWake.isValid() ? m_lastWake.elapsed() : qint64(minimumSecondsBetween) * 1000;
    m_pause.start(int(std::max<qint64>(pauseMilliseconds, qint64(minimumSecondsBetween) * 1000 - sinceLast)));
}

void TeamWakeUp::pauseEnded()
{
    if (!behind())
        return;
    m_lastWake.start();
    emit wake();
}

void TeamWakeUp::stop()
{
    m_pause.stop();
    m_ready = false;
    m_heard = m_cursor;
    if (!m_thread)
        return;
    // Nothing of it reaches this object any more; its connection is closed on its own thread
    // (after a connect in progress has ended), then the thread ends and both are deleted.
    disconnect(m_listener, nullptr, this, nullptr);
    TeamListener* listener = m_listener;
    QMetaObject::invokeMethod(
        m_listener,
        [listener] {
            listener->stop();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_ending.removeAll(nullptr);
    m_ending.append(m_thread);
    m_thread = nullptr;
    m_listener = nullptr;
}
