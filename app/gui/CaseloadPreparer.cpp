#include "CaseloadPreparer.h"

#include "caseload/Caseload.h"
#include "store/StoreSession.h"

CaseloadPreparer::CaseloadPreparer(StoreSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    // A short pause between steps leaves the event loop time for typing and painting.
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, &CaseloadPreparer::step);
    connect(&m_session, &StoreSession::stateChanged, this, [this](StoreSession::State state) {
        if (state != StoreSession::State::Unlocked)
            stop();
    });
}

void CaseloadPreparer::start(const QDate& today)
{
    stop();
    if (m_session.state() != StoreSession::State::Unlocked)
        return;
    // Old summaries are a cache: failing to drop them costs space, not data, and the next start
    // tries again.
    static_cast<void>(Caseload::forgetSummariesBefore(m_session.database(), today));
    m_day = today.addDays(1);
    m_lastDay = today.addDays(daysAhead);
    m_timer.start();
}

void CaseloadPreparer::stop()
{
    m_timer.stop();
}

void CaseloadPreparer::step()
{
    if (m_session.state() != StoreSession::State::Unlocked) {
        stop();
        return;
    }
    const Result<int> prepared = Caseload::prepareDay(m_session.database(), m_day, participantsPerStep);
    if (prepared && prepared.value() > 0)
        return;
    // Done with this day, or it could not be kept (a full disk): the next opening evaluates
    // instead, which is slower but just as right.
    m_day = m_day.addDays(1);
    if (!prepared || m_day > m_lastDay) {
        stop();
        emit finished();
    }
}
