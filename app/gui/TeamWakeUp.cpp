#include "TeamWakeUp.h"

#include "team/TeamListener.h"

#include <QThread>

TeamWakeUp::TeamWakeUp(QObject* parent)
    : QObject(parent)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMilliseconds);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        if (behind())
            emit wake();
    });
}

TeamWakeUp::~TeamWakeUp()
{
    stop();
}

void TeamWakeUp::listen(std::shared_ptr<const TeamLink::Credentials> credentials, const QString& team)
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("teamListener"));
    m_listener = new TeamListener(std::move(credentials), team);
    m_listener->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_listener, &TeamListener::start);
    connect(m_listener, &TeamListener::landed, this, &TeamWakeUp::heard);
    // Lost (the server gone, the laptop offline): ended here; the next good sync listens again.
    connect(m_listener, &TeamListener::lost, this, &TeamWakeUp::stop);
    m_thread->start();
}

void TeamWakeUp::heard(qint64 position)
{
    m_heard = std::max(m_heard, position);
    if (behind() && !m_pause.isActive())
        m_pause.start();
}

void TeamWakeUp::stop()
{
    m_pause.stop();
    if (!m_thread)
        return;
    // The connection is closed on its own thread, then the thread ends; the listener goes with it.
    QMetaObject::invokeMethod(m_listener, &TeamListener::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_listener;
    m_listener = nullptr;
    delete m_thread;
    m_thread = nullptr;
}
