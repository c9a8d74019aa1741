#include "QtCatch.h"

#include "TrajectoryBuilder.h"

#include "calendar/WorkingDays.h"

TEST_CASE("Easter Sunday matches the published dates", "[werkdagen]")
{
    CHECK(WorkingDays::easterSunday(2000) == day("2000-04-23"));
    CHECK(WorkingDays::easterSunday(2019) == day("2019-04-21"));
    CHECK(WorkingDays::easterSunday(2024) == day("2024-03-31"));
    CHECK(WorkingDays::easterSunday(2025) == day("2025-04-20"));
    CHECK(WorkingDays::easterSunday(2026) == day("2026-04-05"));
    CHECK(WorkingDays::easterSunday(2038) == day("2038-04-25"));
    CHECK(WorkingDays::easterSunday(2100) == day("2100-03-28"));
}

TEST_CASE("Every year 2000-2100 has Easter on a Sunday between 22 March and 25 April", "[werkdagen]")
{
    const WorkingDays calendar;
    for (int year = 2000; year <= 2100; ++year) {
        const QDate easter = WorkingDays::easterSunday(year);
        INFO(year);
        CHECK(easter.dayOfWeek() == Qt::Sunday);
        CHECK(easter >= QDate(year, 3, 22));
        CHECK(easter <= QDate(year, 4, 25));
        CHECK(calendar.holidays(year).size() == 9);
        CHECK(calendar.isHoliday(easter.addDays(39))); // Hemelvaartsdag, always a Thursday
        CHECK(easter.addDays(39).dayOfWeek() == Qt::Thursday);
    }
}

TEST_CASE("Koningsdag: 27 April, the Saturday before when on a Sunday, Koninginnedag until 2013",
          "[werkdagen]")
{
    const WorkingDays calendar;
    CHECK_FALSE(calendar.isWorkingDay(day("2026-04-27"))); // Monday
    CHECK(calendar.isHoliday(day("2025-04-26")));          // 27 April 2025 is a Sunday
    CHECK_FALSE(calendar.isHoliday(day("2025-04-27")));
    CHECK(calendar.isHoliday(day("2013-04-30"))); // Koninginnedag
    CHECK_FALSE(calendar.isHoliday(day("2013-04-27")));
}

TEST_CASE("Working days skip weekends and holidays: Koningsdag, Hemelvaart, Pinksteren", "[werkdagen]")
{
    const WorkingDays calendar;
    CHECK(calendar.addWorkingDays(day("2026-04-24"), 1) == day("2026-04-28")); // Fri -> Mon is Koningsdag
    CHECK(calendar.addWorkingDays(day("2026-05-13"), 2) == day("2026-05-18")); // Thu 14 May Hemelvaart
    CHECK(calendar.addWorkingDays(day("2026-05-22"), 5) ==
          day("2026-06-01")); // Mon 25 May Tweede Pinksterdag
    CHECK(calendar.addWorkingDays(day("2026-03-02"), 5) == day("2026-03-09"));
}

TEST_CASE("Working days across Christmas and the turn of the year", "[werkdagen]")
{
    const WorkingDays calendar;
    CHECK(calendar.addWorkingDays(day("2026-12-24"), 1) == day("2026-12-28"));
    CHECK(calendar.addWorkingDays(day("2026-12-24"), 2) == day("2026-12-29"));
    CHECK(calendar.addWorkingDays(day("2026-12-31"), 1) == day("2027-01-04")); // 1 Jan 2027 is a Friday
    CHECK(calendar.addWorkingDays(day("2027-12-23"), 2) == day("2027-12-27")); // 25/26 Dec on the weekend
}

TEST_CASE("Goede Vrijdag and Bevrijdingsdag count only when the organisation says so", "[werkdagen]")
{
    const WorkingDays standard;
    const WorkingDays generous(HolidayPolicy{true, true});
    CHECK(standard.isWorkingDay(day("2026-04-03"))); // Goede Vrijdag
    CHECK_FALSE(generous.isWorkingDay(day("2026-04-03")));
    CHECK(standard.addWorkingDays(day("2026-04-02"), 1) == day("2026-04-03"));
    CHECK(generous.addWorkingDays(day("2026-04-02"), 1) == day("2026-04-07")); // then Tweede Paasdag
    CHECK(standard.isWorkingDay(day("2026-05-05")));
    CHECK_FALSE(generous.isWorkingDay(day("2026-05-05")));
    CHECK(generous.holidays(2026).size() == 11);
}
