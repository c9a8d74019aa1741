#include "InactivityMonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

InactivityMonitor::InactivityMonitor(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_lastActivity(clock.now())
    , m_timer(new QTimer(this))
{
    QCoreApplication::instance()->installEventFilter(this);
    m_timer->setInterval(10 * 1000);
    connect(m_timer, &QTimer::timeout, this, &InactivityMonitor::check);
    m_timer->start();
}

void InactivityMonitor::reset()
{
    m_lastActivity = m_clock.now();
    m_reported = false;
}

void InactivityMonitor::check()
{
    if (!m_reported && m_lastActivity.secsTo(m_clock.now()) >= m_timeoutSeconds) {
        m_reported = true;
        emit idle();
    }
}

bool InactivityMonitor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        reset();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
