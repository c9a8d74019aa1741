#pragma once

#include "calendar/WorkingDays.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `trajectory evaluate FILE [--today YYYY-MM-DD] [--json]` and
// `rules diagram --profile P [--format dot|mermaid]` and `rules explain --profile P [--tests DIR]`:
// the trajectory engine from the command line.
class TrajectoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(TrajectoryCommands)

public:
    TrajectoryCommands(const HolidayPolicy& holidays, QTextStream& out, QTextStream& err)
        : m_holidays(holidays)
        , m_out(out)
        , m_err(err)
    {}

    int trajectory(const QStringList& arguments);
    int rules(const QStringList& arguments);

private:
    int evaluate(const QStringList& arguments);
    int diagram(const QStringList& arguments);
    int explain(const QStringList& arguments);
    // Prints each problem the option parser named, then the usage line; returns the usage exit code.
    int usageError(const QStringList& problems, const QString& usage);

    HolidayPolicy m_holidays; // the organisation's setting (Settings::holidayPolicy)
    QTextStream& m_out;
    QTextStream& m_err;
};
