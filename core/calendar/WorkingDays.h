#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Dutch public holidays and working days (werkdagen), for any year 2000-2100.
//
// DOMAIN: werkdagen are Monday to Friday minus Nieuwjaarsdag, Goede Vrijdag, Eerste en Tweede
// Paasdag, Koningsdag, Bevrijdingsdag, Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en
// Tweede Kerstdag. Whether Goede Vrijdag and Bevrijdingsdag are days off is a setting of the
// organisation (many collective agreements give Bevrijdingsdag only once every five years).
struct HolidayPolicy
{
    bool goedeVrijdagIsDayOff = false;
    bool bevrijdingsdagIsDayOff = false;
};

struct PublicHoliday
{
    QDate date;
    QString name; // Dutch, as on a calendar: "Tweede Pinksterdag"
};

class WorkingDays
{
public:
    explicit WorkingDays(HolidayPolicy policy = {});

    // Easter Sunday (Gregorian computus, anonymous algorithm).
    static QDate easterSunday(int year);
    // The holidays of a year that this policy counts as days off, in date order.
    QList<PublicHoliday> holidays(int year) const;

    [[nodiscard]] bool isHoliday(const QDate& date) const;
    [[nodiscard]] bool isWorkingDay(const QDate& date) const;
    // The n-th working day after `from` (`from` itself is not counted): an offer on a Friday
    // answered "binnen 1 werkdag" is due on Monday, or Tuesday after Pasen.
    QDate addWorkingDays(const QDate& from, int count) const;

    HolidayPolicy policy() const { return m_policy; }

private:
    // Days off of 2000-2100 as Julian day numbers, sorted: werkdagen are counted for every
    // deadline of every trajectory, so the holidays are computed once, not per day asked.
    static constexpr int firstTabulatedYear = 2000;
    static constexpr int lastTabulatedYear = 2100;

    HolidayPolicy m_policy;
    QList<qint64> m_daysOff;
    qint64 m_firstTabulatedDay = 0; // Julian days of 1 January of the first and
    qint64 m_lastTabulatedDay = 0;  // 31 December of the last tabulated year
};
