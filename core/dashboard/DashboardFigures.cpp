#include "dashboard/DashboardFigures.h"

#include "common/DateText.h"
#include "dashboard/DashboardReport.h"
#include "dashboard/FigureTally.h"
#include "trajectory/RuleNames.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <system_error>
#include <thread>
#include <vector>

bool DashboardFilter::inPeriod(const QDate& quarterStart) const
{
    const QDate quarterEnd = quarterStart.addMonths(3).addDays(-1);
    return (!from.isValid() || quarterEnd >= from) && (!to.isValid() || quarterStart <= to);
}

QString DashboardFilter::describe() const
{
    QStringList parts;
    const QList<std::pair<const char*, QString>> chosen{
        {QT_TRANSLATE_NOOP("DashboardFigures", "Begeleider"), begeleider},
        {QT_TRANSLATE_NOOP("DashboardFigures", "Team"), team},
        {QT_TRANSLATE_NOOP("DashboardFigures", "Housing corporation"), woningcorporatie},
        {QT_TRANSLATE_NOOP("DashboardFigures", "District"), stadsdeel},
        {QT_TRANSLATE_NOOP("DashboardFigures", "Agreements"), profile}};
    for (const auto& [label, value] : chosen) {
        if (!value.isEmpty())
            parts << QStringLiteral("%1: %2").arg(DashboardFigures::tr(label), value);
    }
    const auto shown = &DateText::date;
    const bool bounded = (from.isValid() && from.year() > 1) || (to.isValid() && to.year() < 9999);
    if (bounded)
        parts << DashboardFigures::tr("quarters from %1 to %2")
                     .arg(from.isValid() && from.year() > 1 ? shown(from) : QStringLiteral("…"),
                          to.isValid() && to.year() < 9999 ? shown(to) : QStringLiteral("…"));
    return parts.join(QStringLiteral("; "));
}

QString QuarterFigures::label() const
{
    return DashboardFigures::tr("%1 Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
}

QString DashboardFigures::readable(const QString& id)
{
    // Phases whose written form differs from the id; rules by their names; other ids only lose
    // their underscores.
    static const QHash<QString, const char*> written{
        {QStringLiteral("beeindigd"), QT_TR_NOOP("Ended")},
        {QStringLiteral("na_omklap"), QT_TR_NOOP("After omklap")}};
    if (const auto found = written.constFind(id); found != written.cend())
        return tr(*found);
    // A rule's own name, else the id made readable (RuleNames does both).
    return RuleNames::deadline(id);
}

QDate DashboardFigures::quarterStart(const QDate& date)
{
    // The quarters of 1900-2199 as Julian days, found from the mean length of a quarter and a
    // step or two: the figures ask for the quarter of every deadline, and a date's year and month
    // cost a calendar computation each.
    static const std::vector<qint64> starts = [] {
        std::vector<qint64> days;
        for (int year = 1900; year < 2200; ++year) {
            for (int month = 1; month <= 10; month += 3)
                days.push_back(QDate(year, month, 1).toJulianDay());
        }
        return days;
    }();
    const qint64 day = date.toJulianDay();
    if (date.isValid() && day >= starts.front() && day < starts.back()) {
        // 400 Gregorian years have 146,097 days: a quarter is 36,524.25 / 400 days long.
        size_t index = std::min(size_t((day - starts.front()) * 400 / 36524), starts.size() - 2);
        while (index > 0 && starts[index] > day)
            --index;
        while (starts[index + 1] <= day)
            ++index;
        return QDate::fromJulianDay(starts[index]);
    }
    return QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
}

DashboardFigures DashboardFigures::compute(const DashboardRows& rows, const DashboardFilter& filter,
                                           const QDate& today)
{
    // The two halves of the rows on two threads, the second merged after the first: the same
    // order as one walk. Fewer rows than a thread is worth are walked here alone.
    const std::vector<DashboardRows::Row>& all = rows.rows();
    FigureTally first(rows, filter, today);
    FigureTally second(rows, filter, today);
    const auto walk = [&all](FigureTally& tally, size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            tally.add(all[i]);
    };
    constexpr size_t worthAThread = 500;
    const size_t half =
        all.size() >= worthAThread && std::thread::hardware_concurrency() >= 2 ? all.size() / 2 : all.size();
    {
        std::jthread other; // joined when this block ends, however it ends
        try {
            if (half < all.size())
                other = std::jthread(walk, std::ref(second), half, all.size());
        } catch (const std::system_error&) { // no thread to be had: all of it here
            walk(second, half, all.size());
        }
        walk(first, 0, half);
    }
    first.merge(std::move(second));
    return first.finish();
}
