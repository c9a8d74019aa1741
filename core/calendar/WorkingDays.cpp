#include "calendar/WorkingDays.h"

#include <algorithm>

QDate WorkingDays::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

namespace {

// Koninginnedag was 30 April until 2013; Koningsdag is 27 April since 2014. Either moves to
// the Saturday before when it falls on a Sunday (so it is then never a working day anyway).
QDate kingsDay(int year)
{
    QDate day = year <= 2013 ? QDate(year, 4, 30) : QDate(year, 4, 27);
    if (day.dayOfWeek() == Qt::Sunday)
        day = day.addDays(-1);
    return day;
}

} // namespace

WorkingDays::WorkingDays(HolidayPolicy policy)
    : m_policy(policy)
    , m_firstTabulatedDay(QDate(firstTabulatedYear, 1, 1).toJulianDay())
    , m_lastTabulatedDay(QDate(lastTabulatedYear, 12, 31).toJulianDay())
{
    for (int year = firstTabulatedYear; year <= lastTabulatedYear; ++year) {
        for (const PublicHoliday& holiday : holidays(year))
            m_daysOff.append(holiday.date.toJulianDay());
    }
}

QList<PublicHoliday> WorkingDays::holidays(int year) const
{
    const QDate easter = easterSunday(year);
    QList<PublicHoliday> days = {
        {QDate(year, 1, 1), QStringLiteral("Nieuwjaarsdag")},
        {easter, QStringLiteral("Eerste Paasdag")},
        {easter.addDays(1), QStringLiteral("Tweede Paasdag")},
        {kingsDay(year), year <= 2013 ? QStringLiteral("Koninginnedag") : QStringLiteral("Koningsdag")},
        {easter.addDays(39), QStringLiteral("Hemelvaartsdag")},
        {easter.addDays(49), QStringLiteral("Eerste Pinksterdag")},
        {easter.addDays(50), QStringLiteral("Tweede Pinksterdag")},
        {QDate(year, 12, 25), QStringLiteral("Eerste Kerstdag")},
        {QDate(year, 12, 26), QStringLiteral("Tweede Kerstdag")},
    };
    if (m_policy.goedeVrijdagIsDayOff)
        days.append({easter.addDays(-2), QStringLiteral("Goede Vrijdag")});
    if (m_policy.bevrijdingsdagIsDayOff)
        days.append({QDate(year, 5, 5), QStringLiteral("Bevrijdingsdag")});
    std::sort(days.begin(), days.end(),
              [](const PublicHoliday& left, const PublicHoliday& right) { return left.date < right.date; });
    return days;
}

bool WorkingDays::isHoliday(const QDate& date) const
{
    // Compared as Julian days: QDate::year() converts the whole date and is the slow part here.
    const qint64 day = date.toJulianDay();
    if (day >= m_firstTabulatedDay && day <= m_lastTabulatedDay)
        return std::binary_search(m_daysOff.cbegin(), m_daysOff.cend(), day);
    const QList<PublicHoliday> yearHolidays = holidays(date.year());
    return std::any_of(yearHolidays.cbegin(), yearHolidays.cend(),
                       [&date](const PublicHoliday& holiday) { return holiday.date == date; });
}

bool WorkingDays::isWorkingDay(const QDate& date) const
{
    return date.dayOfWeek() <= Qt::Friday && !isHoliday(date);
}

QDate WorkingDays::addWorkingDays(const QDate& from, int count) const
{
    QDate day = from;
    while (count > 0) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --count;
    }
    return day;
}
