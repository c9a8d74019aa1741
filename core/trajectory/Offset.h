#pragma once

#include "calendar/WorkingDays.h"

#include <QDate>
#include <QString>

// A term of the agreements: "binnen 1 werkdag", "binnen 6 weken", "binnen 3 maanden"; a
// negative amount counts back ("minstens 6 weken voor de verhuizing").
// Weeks and months are calendar periods: 2026-01-15 + 3 months = 2026-04-15, and from the
// 31st a month ends on the last day of the shorter month (QDate::addMonths).
struct Offset
{
    enum class Unit { WorkingDays, Days, Weeks, Months };

    Unit unit = Unit::Days;
    int amount = 0;

    QDate after(const QDate& start, const WorkingDays& calendar) const
    {
        switch (unit) {
        case Unit::WorkingDays:
            return calendar.addWorkingDays(start, amount);
        case Unit::Days:
            return start.addDays(amount);
        case Unit::Weeks:
            return start.addDays(7 * qint64(amount));
        case Unit::Months:
            return start.addMonths(amount);
        }
        return start;
    }

    // The JSON key in rule profiles: "werkdagen", "days", "weeks", "months".
    static constexpr const char* unitKeys[] = {"werkdagen", "days", "weeks", "months"};
};
