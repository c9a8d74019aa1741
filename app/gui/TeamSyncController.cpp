#include "TeamSyncController.h"

#include "TeamWakeUp.h"
#include "common/DateText.h"
#include "store/StoreSession.h"
#include "team/TeamLink.h"
#include "team/TeamStatus.h"
#include "team/TeamSyncWorker.h"

#include <QApplication>
#include <QThread>

TeamSyncController::TeamSyncController(StoreSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setInterval(intervalMinutes * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Not under a dialog that may replace the file (restore, new passphrase): next time.
        if (!QApplication::activeModalWidget())
            static_cast<void>(syncNow());
    });
    m_wakeUp = new TeamWakeUp(this);
    connect(m_wakeUp, &TeamWakeUp::wake, this, &TeamSyncController::woken);
    connect(&m_session, &StoreSession::stateChanged, this, &TeamSyncController::refreshStatus);
    m_timer.start();
}

TeamSyncController::~TeamSyncController()
{
    // The window that listens is being destroyed: nothing of what follows may reach it.
    disconnect(this, nullptr, nullptr, nullptr);
    // A sync is safe to stop between batches; one stuck on the network is given the server's own
    // timeouts (lock 15 s) to notice the stop.
    if (!stopAndWait(20'000) && m_thread) {
        qWarning("The team sync did not stop in time; the program ends while it runs.");
        m_thread->setParent(nullptr); // never destroyed while running (that would abort)
        m_thread = nullptr;
        m_worker = nullptr;
    }
}

bool TeamSyncController::syncNow()
{
    refreshStatus();
    if (m_thread || m_state == State::NotLinked || m_session.state() != StoreSession::State::Unlocked)
        return false;
    m_thread = new QThread(this);
    m_worker = new TeamSyncWorker(*m_session.store(), m_session.clock());
    m_worker->moveToThread(m_thread);
    m_unreachable = false;
    m_stopRequested = false;
    m_progress.clear();
    connect(m_thread, &QThread::started, m_worker, &TeamSyncWorker::run);
    connect(m_worker, &TeamSyncWorker::progress, this, [this](const QString& line) {
        m_progress = line;
        emit statusChanged();
    });
    connect(m_worker, &TeamSyncWorker::unreachable, this, [this] { m_unreachable = true; });
    connect(m_worker, &TeamSyncWorker::finished, this, &TeamSyncController::finished);
    // The thread ends itself when the sync does: a lock waiting for it (stopAndWait) blocks
    // this thread, which therefore cannot be the one to end it.
    connect(m_worker, &TeamSyncWorker::finished, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, this, &TeamSyncController::threadEnded);
    m_state = State::Syncing;
    m_thread->start();
    emit statusChanged();
    return true;
}

void TeamSyncController::finished(const TeamSync::Report& report, const QString& error)
{
    // Stopped on request (Stop, a lock): not a failure; the rest goes next time.
    const bool stopped = m_stopRequested && !error.isEmpty() && !m_unreachable;
    m_problem = stopped ? QString() : error;
    m_notes = report.notes;
    if (stopped)
        m_notes = QStringList{error};
    else if (!error.isEmpty())
        m_notes.clear();
    refreshStatus();
    if (error.isEmpty()) {
        // Not while the file is being locked or closed (a stop was asked): listening starts
        // again after the next good sync.
        if (!m_stopRequested && m_session.state() == StoreSession::State::Unlocked)
            listenAfterSync();
        emit synced();
    }
}

bool TeamSyncController::isListening() const
{
    return m_wakeUp->isReady();
}

void TeamSyncController::listenAfterSync()
{
    const Result<std::optional<TeamLink::Details>> link = TeamLink::read(m_session.database());
    if (!link || !link.value())
        return;
    m_wakeUp->setCursor(link.value()->cursor);
    if (m_wakeUp->isListening())
        return;
    const Result<std::shared_ptr<const TeamLink::Credentials>> credentials =
        TeamLink::credentials(m_session.database());
    if (credentials)
        m_wakeUp->listen(credentials.value());
}

void TeamSyncController::woken()
{
    // While a sync runs: right after it. Under a dialog that may replace or unlink the file:
    // once it has closed (looked at every few seconds).
    if (m_thread) {
        m_syncAgain = true;
        return;
    }
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(3000, this, [this] {
            if (m_wakeUp->behind())
                woken();
        });
        return;
    }
    static_cast<void>(syncNow());
}

void TeamSyncController::endedWhileWaiting()
{
    // What the sync said on its way out (its end, its thread's end) waits in this thread's
    // queue: taken now, in order, so the status is that sync's.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    threadEnded();
}

void TeamSyncController::threadEnded()
{
    if (!m_thread || (sender() && sender() != m_thread))
        return; // ended while a lock waited for it, or an earlier sync's thread
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    m_thread->deleteLater();
    m_thread = nullptr;
    refreshStatus();
    // Woken while this sync ran: what landed meanwhile, unless this sync brought it already.
    if (std::exchange(m_syncAgain, false) && m_wakeUp->behind() && m_state == State::Idle)
        QTimer::singleShot(0, this, &TeamSyncController::woken);
}

void TeamSyncController::stop()
{
    if (m_worker) {
        m_stopRequested = true;
        m_worker->requestStop();
    }
}

bool TeamSyncController::stopAndWait(int milliseconds)
{
    // Whatever closes or replaces the file ends the listening too (its connection uses the
    // file's credentials); the next sync after the unlock listens again.
    m_wakeUp->stop();
    m_syncAgain = false;
    if (!m_thread)
        return true;
    stop();
    if (!m_thread->wait(milliseconds < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                         : QDeadlineTimer(milliseconds)))
        return false;
    endedWhileWaiting();
    return true;
}

bool TeamSyncController::syncBeforeClosing(int milliseconds)
{
    refreshStatus();
    // Offline a moment ago: no new attempt (a connect would freeze the lock for 10 s).
    if (!m_thread && m_waiting > 0 && m_state != State::Offline)
        syncNow();
    if (!m_thread)
        return true;
    if (m_thread->wait(QDeadlineTimer(milliseconds))) {
        endedWhileWaiting();
        return true;
    }
    return stopAndWait(milliseconds);
}

void TeamSyncController::refreshStatus()
{
    const State before = m_state;
    if (m_session.state() != StoreSession::State::Unlocked) {
        // Locked or closed: nothing may be read, and nothing named on the screen; no connection
        // kept open with the file's credentials.
        m_wakeUp->stop();
        m_state = m_thread ? State::Syncing : State::NotLinked;
        if (before != m_state || !m_thread)
            emit statusChanged();
        return;
    }
    const Result<std::optional<TeamLink::Details>> link = TeamLink::read(m_session.database());
    const Result<TeamStatus> status = TeamStatus::read(m_session.database());
    if (!link || !link.value()) {
        m_wakeUp->stop(); // left the team
        m_state = State::NotLinked;
        emit statusChanged();
        return;
    }
    m_lastSync = link.value()->lastSync;
    if (status) {
        m_waiting = status->waiting;
        m_quarantined = status->quarantined;
        m_flags = status->forReview();
    }
    if (m_thread)
        m_state = State::Syncing;
    else if (!m_problem.isEmpty())
        m_state = m_unreachable ? State::Offline : State::Problem;
    else
        m_state = State::Idle;
    emit statusChanged();
}

QString TeamSyncController::statusText() const
{
    const QString last =
        m_lastSync ? tr("last synced %1").arg(DateText::moment(*m_lastSync)) : tr("not synced yet");
    const QString waiting = tr("%n item(s) waiting", nullptr, m_waiting);
    switch (m_state) {
    case State::NotLinked:
        return {};
    case State::Syncing:
        return m_progress.isEmpty() ? tr("Team: syncing...") : tr("Team: syncing... %1").arg(m_progress);
    case State::Offline:
        return tr("Team: offline · %1 · %2").arg(waiting, last);
    case State::Problem:
        return tr("Team: the last sync failed · %1 · %2").arg(waiting, last);
    case State::Idle:
        break;
    }
    QString text = tr("Team: %1 · %2").arg(last, waiting);
    if (m_quarantined > 0)
        text += u' ' + tr("· %n refused by the server", nullptr, m_quarantined);
    if (m_flags > 0)
        text += u' ' + tr("· %n for review", nullptr, m_flags);
    return text;
}

bool TeamSyncController::hasExplanation() const
{
    return m_state == State::Offline || m_state == State::Problem ||
           (m_state == State::Idle && (!m_notes.isEmpty() || m_quarantined > 0 || m_flags > 0));
}

QString TeamSyncController::explanation() const
{
    if (m_state == State::Offline)
        return tr("The team server was not reachable. You can go on working: what you change waits on this "
                  "laptop and is sent at the next sync.\n\n%1")
            .arg(m_problem);
    if (!m_problem.isEmpty())
        return tr("The last sync did not finish. Nothing was lost: what was not sent waits on this "
                  "laptop.\n\n%1")
            .arg(m_problem);
    QStringList lines = m_notes;
    if (m_quarantined > 0)
        lines << tr(
            "%n item(s) were refused by the team server and wait on this laptop. The teamleider sees them "
            "on the review list (File > For review...); once the participant is assigned to you again, "
            "they are sent by themselves.",
            nullptr, m_quarantined);
    if (m_flags > 0)
        lines << tr("%n item(s) are on the teamleider's review list.", nullptr, m_flags);
    return lines.isEmpty() ? tr("Everything is in step with the team.") : lines.join(u'\n');
}
