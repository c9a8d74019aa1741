#include "dashboard/DashboardFigures.h"

#include "common/DateText.h"
#include "dashboard/DashboardReport.h"
#include "trajectory/RuleBook.h"
#include "trajectory/RuleNames.h"

#include <QCollator>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <vector>

namespace {

bool matchesText(const QString& wanted, const QString& value)
{
    return wanted.isEmpty() || wanted == value;
}

// The phases of one profile or region in its order, read once: the dashboard computes its
// figures at every opening and filter change, and a rule book is parsed JSON.
QStringList phasesOf(const QString& profile)
{
    static QMutex guard;
    static QHash<QString, QStringList> known;
    const QMutexLocker lock(&guard);
    if (const auto found = known.constFind(profile); found != known.cend())
        return *found;
    QStringList phases;
    const Result<RuleBook> book =
        RuleBook::builtIn(profile); // a profile or a region: its editions share phases
    if (book) {
        for (const PhaseDefinition& phase : book->editions().first().phases)
            phases << phase.id;
    }
    return *known.insert(profile, phases);
}

// The phases of these profiles in the order the profiles list them, each once: the bars
// follow the route.
QStringList phaseOrder(const QSet<QString>& profiles)
{
    QStringList ids(profiles.cbegin(), profiles.cend());
    ids.sort(); // a stable order, whatever the hashing
    QStringList order;
    for (const QString& id : ids) {
        for (const QString& phase : phasesOf(id)) { // a copy: the cache may grow on another thread
            if (!order.contains(phase))
                order << phase;
        }
    }
    return order;
}

// Sorted by name as the user's language sorts (QString::localeAwareCompare), then by number.
// Each name's sort key is made once: thousands of candidates compared pairwise cost more than
// the rest of the figures.
void sortByName(QList<OmklapCandidate>& candidates)
{
    std::vector<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(size_t(candidates.size()));
    for (qsizetype i = 0; i < candidates.size(); ++i)
        keys.emplace_back(QCollator::defaultSortKey(candidates.at(i).naam), i);
    std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        const int byName = a.first.compare(b.first);
        return byName != 0 ? byName < 0
                           : candidates.at(a.second).participantId < candidates.at(b.second).participantId;
    });
    QList<OmklapCandidate> sorted;
    sorted.reserve(candidates.size());
    for (const auto& key : keys)
        sorted.append(std::move(candidates[key.second]));
    candidates = std::move(sorted);
}

// Counts by key; `order` first (with zeros, so a chart keeps its shape), then the rest by count.
QList<DashboardCount> counted(const QHash<QString, int>& counts, const QStringList& order = {})
{
    QList<DashboardCount> result;
    for (const QString& key : order)
        result.append({key, counts.value(key)});
    QList<DashboardCount> rest;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!order.contains(it.key()))
            rest.append({it.key(), it.value()});
    }
    std::sort(rest.begin(), rest.end(), [](const DashboardCount& a, const DashboardCount& b) {
        return a.count != b.count ? a.count > b.count : a.key.localeAwareCompare(b.key) < 0;
    });
    return result + rest;
}

std::optional<double> median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

// Collects the quarterly figures while the rows are walked.
class QuarterTally
{
public:
    explicit QuarterTally(const QDate& today)
        : m_today(today)
    {}

    // A deadline counts once it is decided, in the quarter of the decision: the day it was met
    // (on time or late), or the day it fell due for one still overdue.
    void addDeadline(const Deadline& deadline)
    {
        TermRate QuarterFigures::*rate = rateFor(deadline.rule);
        if (!rate || !deadline.due.isValid())
            return;
        const bool decided = deadline.status == DeadlineStatus::Met ||
                             deadline.status == DeadlineStatus::MetLate ||
                             deadline.status == DeadlineStatus::Overdue;
        if (!decided)
            return;
        QuarterFigures& quarter = at(deadline.metOn.isValid() ? deadline.metOn : deadline.due);
        ++(quarter.*rate).total;
        if (deadline.status == DeadlineStatus::Met)
            ++(quarter.*rate).onTime;
    }

    void addOmklap(const QDate& overeenkomst, const QDate& omgeklapt)
    {
        if (!omgeklapt.isValid() || omgeklapt > m_today)
            return;
        ++at(omgeklapt).omklappen;
        if (overeenkomst.isValid())
            m_daysToOmklap[DashboardFigures::quarterStart(omgeklapt)].append(
                int(overeenkomst.daysTo(omgeklapt)));
    }

    QList<QuarterFigures> figures(const DashboardFilter& filter)
    {
        QList<QuarterFigures> result;
        for (auto it = m_quarters.begin(); it != m_quarters.end(); ++it) {
            if (!filter.inPeriod(it->first))
                continue;
            it->second.medianDaysToOmklap = median(m_daysToOmklap.value(it->first));
            result.append(it->second);
        }
        return result;
    }

private:
    static TermRate QuarterFigures::*rateFor(const QString& rule)
    {
        // Strings made once: a u"" literal is measured at every comparison, and this runs for
        // every deadline of every participant.
        static const QString kennismaking = QStringLiteral("kennismakingsgesprek");
        static const QString woonevaluatie = QStringLiteral("woonevaluatie");
        static const QString overlastReactie = QStringLiteral("overlast_reactie");
        if (rule == kennismaking)
            return &QuarterFigures::kennismakingsgesprek;
        if (rule == woonevaluatie)
            return &QuarterFigures::woonevaluatie;
        if (rule == overlastReactie)
            return &QuarterFigures::overlastReactie;
        return nullptr;
    }

    QuarterFigures& at(const QDate& date)
    {
        const QDate start = DashboardFigures::quarterStart(date);
        QuarterFigures& quarter = m_quarters[start];
        quarter.start = start;
        return quarter;
    }

    QDate m_today;
    std::map<QDate, QuarterFigures> m_quarters;
    QHash<QDate, QList<int>> m_daysToOmklap;
};

} // namespace

bool DashboardFilter::matches(const CaseloadRow& row) const
{
    return matchesText(begeleider, row.begeleider) && matchesText(team, row.team) &&
           matchesText(woningcorporatie, row.woningcorporatie) && matchesText(stadsdeel, row.stadsdeel) &&
           matchesText(profile, row.profile);
}

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
    // The quarters of 1900-2199 as Julian days, found by bisection: the figures ask for the
    // quarter of every deadline, and a date's year and month cost a calendar computation each.
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
        const auto next = std::upper_bound(starts.cbegin(), starts.cend(), day);
        return QDate::fromJulianDay(*(next - 1));
    }
    return QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
}

QStringList DashboardFigures::choices(const QList<CaseloadRow>& rows, QString CaseloadRow::*field)
{
    QSet<QString> values;
    for (const CaseloadRow& row : rows) {
        if (!(row.*field).isEmpty())
            values.insert(row.*field);
    }
    QStringList sorted(values.cbegin(), values.cend());
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return sorted;
}

DashboardFigures DashboardFigures::compute(const QList<CaseloadRow>& rows, const DashboardFilter& filter,
                                           const QDate& today)
{
    DashboardFigures figures;
    figures.today = today;
    QHash<QString, int> phases, begeleiders, corporations, overdueRules, overdueBegeleiders, unmet;
    QSet<QString> profiles;
    QuarterTally quarters(today);
    const QDate soon = today.addDays(soonDays);
    const QDate later = today.addDays(laterDays);

    for (const CaseloadRow& row : rows) {
        if (!filter.matches(row))
            continue;
        ++figures.participants;
        if (!row.error.isEmpty()) {
            ++figures.brokenHistories;
            continue;
        }
        profiles.insert(row.profile);
        ++phases[row.phase];
        ++begeleiders[row.begeleider.isEmpty() ? tr("(none)") : row.begeleider];
        ++corporations[row.woningcorporatie.isEmpty() ? tr("(none)") : row.woningcorporatie];

        for (const Deadline& deadline : row.deadlines) {
            quarters.addDeadline(deadline);
            const DashboardDeadline item{row.id, row.naam, row.begeleider, deadline};
            if (deadline.status == DeadlineStatus::Overdue) {
                figures.overdue.append(item);
                ++overdueRules[deadline.rule];
                ++overdueBegeleiders[row.begeleider.isEmpty() ? tr("(none)") : row.begeleider];
            } else if (deadline.due <= later) {
                figures.dueWithin.append(item);
                if (deadline.due <= soon)
                    ++figures.dueWithinSoon;
            }
        }
        for (const AwaitedSignature& form : row.awaitingSignatures)
            figures.awaitingSignatures.append({row.id, row.naam, row.begeleider, form});
        for (const Deadline& deadline : row.settled)
            quarters.addDeadline(deadline);
        quarters.addOmklap(row.overeenkomstOn, row.omgeklaptOn);

        // Werkafspraak 8: only a trajectory in the herstelfase can be put forward for omklap.
        static const QString herstelfase = QStringLiteral("herstelfase");
        if (row.phase != herstelfase)
            continue;
        OmklapCandidate candidate{row.id, row.naam, row.begeleider, {}, row.omklap.unmet};
        if (row.omklap.eligible) {
            candidate.eligibleOn = today;
            figures.omklapNow.append(candidate);
        } else if (row.omklap.waitsOnlyForTime() && row.omklap.earliest && *row.omklap.earliest <= later) {
            candidate.eligibleOn = *row.omklap.earliest;
            figures.omklapSoon.append(candidate);
        } else {
            candidate.eligibleOn =
                row.omklap.waitsOnlyForTime() ? row.omklap.earliest.value_or(QDate()) : QDate();
            figures.omklapLater.append(candidate);
            for (const QString& code : row.omklap.unmet)
                ++unmet[code];
        }
    }

    figures.perPhase = counted(phases, phaseOrder(profiles));
    figures.perBegeleider = counted(begeleiders);
    figures.perCorporation = counted(corporations);
    figures.overdueByRule = counted(overdueRules);
    figures.overdueByBegeleider = counted(overdueBegeleiders);
    figures.omklapUnmet = counted(unmet);
    const auto byDue = [](const DashboardDeadline& a, const DashboardDeadline& b) {
        return a.deadline.due != b.deadline.due ? a.deadline.due < b.deadline.due : a.naam < b.naam;
    };
    std::sort(figures.overdue.begin(), figures.overdue.end(), byDue);
    std::stable_sort(figures.awaitingSignatures.begin(), figures.awaitingSignatures.end(),
                     [](const DashboardSignatureWait& left, const DashboardSignatureWait& right) {
                         return left.form.finalisedOn < right.form.finalisedOn;
                     });
    std::sort(figures.dueWithin.begin(), figures.dueWithin.end(), byDue);
    std::sort(figures.omklapSoon.begin(), figures.omklapSoon.end(),
              [](const OmklapCandidate& a, const OmklapCandidate& b) { return a.eligibleOn < b.eligibleOn; });
    sortByName(figures.omklapNow);
    sortByName(figures.omklapLater);
    figures.quarters = quarters.figures(filter);
    return figures;
}
