#pragma once

#include <QDateTime>

// Where "now" comes from, so that time-driven behaviour (locking after inactivity, backups
// every few hours) is tested by moving a clock instead of waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// A clock that only moves when told to: for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
