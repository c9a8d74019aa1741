#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

class StoreSession;

// Prepares the caseload of the coming days while the caseworker works: a few participants at a
// time between events, so the window stays responsive, and the first opening tomorrow reads
// kept summaries instead of evaluating every trajectory (docs/benchmarks.md). Stops when the
// case file is locked or closed; what it prepared is only ever a saving, never needed.
class CaseloadPreparer : public QObject
{
    Q_OBJECT

public:
    static constexpr int daysAhead = 3; // a Friday prepares the weekend and Monday
    static constexpr int participantsPerStep = 50;

    explicit CaseloadPreparer(StoreSession& session, QObject* parent = nullptr);

    // Forgets summaries of days before `today` and starts on today + 1.
    void start(const QDate& today);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_timer.isActive(); }

signals:
    void finished();

private:
    void step();

    StoreSession& m_session;
    QTimer m_timer;
    QDate m_day;
    QDate m_lastDay;
};
