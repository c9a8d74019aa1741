#pragma once

#include "calendar/WorkingDays.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

// `demo generate`: a case file full of fictitious trajectories; `dashboard`: the teamleider's
// figures of a case file, for reporting.
class DashboardCommands
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCommands)

public:
    DashboardCommands(HolidayPolicy holidays, QTextStream& out, QTextStream& err)
        : m_holidays(holidays)
        , m_out(out)
        , m_err(err)
    {}

    int demo(const QStringList& arguments);
    int dashboard(const QStringList& arguments);

private:
    // The date of `option`, today when absent; invalid (the reason on stderr) when not a date.
    QDate dateOption(const QHash<QString, QString>& options, const QString& option, const QDate& absent);

    HolidayPolicy m_holidays;
    QTextStream& m_out;
    QTextStream& m_err;
};
