#include "dashboard/FigureTally.h"

#include "caseload/CaseloadSummary.h"
#include "trajectory/RuleBook.h"

#include <QCollator>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <array>
#include <deque>
#include <functional>
#include <map>
#include <numeric>
#include <system_error>
#include <thread>
#include <vector>

namespace {

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

// Sorted by `less` through their positions, then moved once into place: a list item holds a
// dozen strings, and swapping thousands of them at every comparison costs more than comparing.
template <typename Item, typename Less> void sortInPlace(QList<Item>& items, Less less)
{
    std::vector<qsizetype> order(size_t(items.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return less(items.at(a), items.at(b)); });
    QList<Item> sorted;
    sorted.reserve(items.size());
    for (const qsizetype index : order)
        sorted.append(std::move(items[index]));
    items = std::move(sorted);
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
    void addDeadline(const CaseloadSummary::PackedTerm& deadline)
    {
        const bool decided = deadline.status == DeadlineStatus::Met ||
                             deadline.status == DeadlineStatus::MetLate ||
                             deadline.status == DeadlineStatus::Overdue;
        if (!decided || !deadline.due.isValid())
            return;
        TermRate QuarterFigures::*rate = rateFor(deadline.rule);
        if (!rate)
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

    // Takes in what another tally collected from later rows.
    void add(QuarterTally&& other)
    {
        for (auto& [start, quarter] : other.m_quarters) {
            QuarterFigures& here = at(start);
            for (TermRate QuarterFigures::*rate :
                 {&QuarterFigures::kennismakingsgesprek, &QuarterFigures::woonevaluatie,
                  &QuarterFigures::overlastReactie}) {
                (here.*rate).onTime += (quarter.*rate).onTime;
                (here.*rate).total += (quarter.*rate).total;
            }
            here.omklappen += quarter.omklappen;
        }
        for (auto it = other.m_daysToOmklap.begin(); it != other.m_daysToOmklap.end(); ++it)
            m_daysToOmklap[it.key()].append(std::move(it.value()));
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
    // Compared as the bytes they are packed in: this runs for every deadline of every participant.
    static TermRate QuarterFigures::*rateFor(QByteArrayView rule)
    {
        if (rule == QByteArrayView("kennismakingsgesprek"))
            return &QuarterFigures::kennismakingsgesprek;
        if (rule == QByteArrayView("woonevaluatie"))
            return &QuarterFigures::woonevaluatie;
        if (rule == QByteArrayView("overlast_reactie"))
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

// The filter as numbers of the rows' texts: a field not narrowed is -1, a value no row has
// matches nothing.
class RowFilter
{
public:
    RowFilter(const DashboardRows& rows, const DashboardFilter& filter)
    {
        const QString* values[DashboardRows::fieldCount] = {
            &filter.begeleider, &filter.team, &filter.woningcorporatie, &filter.stadsdeel, &filter.profile};
        for (size_t field = 0; field < m_wanted.size(); ++field) {
            if (values[field]->isEmpty())
                continue;
            const int number = rows.findText(*values[field]);
            m_wanted[field] = number;
            m_none = m_none || number < 0;
        }
    }

    bool matches(const DashboardRows::Row& row) const
    {
        if (m_none)
            return false;
        for (size_t field = 0; field < m_wanted.size(); ++field) {
            if (m_wanted[field] >= 0 && row.fields[field] != m_wanted[field])
                return false;
        }
        return true;
    }

private:
    std::array<int, DashboardRows::fieldCount> m_wanted{-1, -1, -1, -1, -1};
    bool m_none = false;
};

// Counts per number of a text, made into counts per text at the end.
class NumberCounts
{
public:
    explicit NumberCounts(int size)
        : m_counts(size_t(size), 0)
    {}
    void add(int number) { ++m_counts[size_t(number)]; }
    void add(const NumberCounts& other)
    {
        for (size_t number = 0; number < m_counts.size(); ++number)
            m_counts[number] += other.m_counts[number];
    }
    // The counts by text; the empty text is "(none)".
    QHash<QString, int> byText(const std::function<const QString&(int)>& textOf) const
    {
        QHash<QString, int> counts;
        for (size_t number = 0; number < m_counts.size(); ++number) {
            if (m_counts[number] == 0)
                continue;
            const QString& text = textOf(int(number));
            counts[text.isEmpty() ? DashboardFigures::tr("(none)") : text] += m_counts[number];
        }
        return counts;
    }

private:
    std::vector<int> m_counts;
};

// The omklap's unmet codes as lists, each combination made once: a few dozen combinations
// over thousands of candidates.
class UnmetCodes
{
public:
    const QStringList& of(QByteArrayView codes)
    {
        const int number = m_combinations.numberOf(codes);
        while (int(m_lists.size()) <= number)
            m_lists.push_back(CaseloadSummary::unmetCodes(codes, m_codes));
        return m_lists[size_t(number)];
    }

private:
    SharedTexts m_combinations;
    SharedTexts m_codes;
    std::deque<QStringList> m_lists;
};

// The participant of a row as the lists show them, made only for a row on a list.
class ListedParticipant
{
public:
    ListedParticipant(const DashboardRows& rows, const DashboardRows::Row& row)
        : m_rows(rows)
        , m_row(row)
    {}
    const QString& id()
    {
        make();
        return m_id;
    }
    const QString& naam()
    {
        make();
        return m_naam;
    }
    const QString& begeleider() const { return m_rows.field(m_row, DashboardRows::Field::Begeleider); }

private:
    void make()
    {
        if (m_made)
            return;
        m_id = m_rows.text(m_row.id);
        m_naam = m_rows.text(m_row.naam);
        m_made = true;
    }

    const DashboardRows& m_rows;
    const DashboardRows::Row& m_row;
    bool m_made = false;
    QString m_id;
    QString m_naam;
};

} // namespace

// Everything collected while walking the rows, before counting and sorting.
struct FigureTally::State
{
    State(const DashboardRows& walked, const DashboardFilter& chosen, const QDate& day)
        : rows(walked)
        , filter(chosen)
        , wanted(walked, chosen)
        , today(day)
        , soon(day.addDays(DashboardFigures::soonDays))
        , later(day.addDays(DashboardFigures::laterDays))
        // Werkafspraak 8: only a trajectory in the herstelfase can be put forward for omklap.
        , herstelfase(walked.findText(QStringLiteral("herstelfase")))
        , phases(walked.textCount())
        , begeleiders(walked.textCount())
        , corporations(walked.textCount())
        , overdueBegeleiders(walked.textCount())
        , profiles(size_t(walked.textCount()), false)
        , quarters(day)
    {
        figures.today = day;
    }

    const DashboardRows& rows;
    const DashboardFilter& filter;
    const RowFilter wanted;
    const QDate today;
    const QDate soon;
    const QDate later;
    const int herstelfase;
    DashboardFigures figures; // the lists, not yet sorted, and the participants counted
    NumberCounts phases, begeleiders, corporations, overdueBegeleiders;
    std::vector<bool> profiles;
    QHash<QString, int> overdueRules, unmet;
    QuarterTally quarters;
    SharedTexts made; // the rule ids and citations of the items on the lists
    UnmetCodes unmetCodes;
};

FigureTally::FigureTally(const DashboardRows& rows, const DashboardFilter& filter, const QDate& today)
    : m_state(std::make_unique<State>(rows, filter, today))
{}

FigureTally::~FigureTally() = default;

void FigureTally::add(const DashboardRows::Row& row)
{
    using CaseloadSummary::PackedTerm;
    using CaseloadSummary::TermReader;
    using CaseloadSummary::Terms;
    State& state = *m_state;
    DashboardFigures& figures = state.figures;
    if (!state.wanted.matches(row))
        return;
    ++figures.participants;
    if (row.broken) {
        ++figures.brokenHistories;
        return;
    }
    const int begeleider = row.fields[size_t(DashboardRows::Field::Begeleider)];
    state.profiles[size_t(row.fields[size_t(DashboardRows::Field::Profile)])] = true;
    state.phases.add(row.phase);
    state.begeleiders.add(begeleider);
    state.corporations.add(row.fields[size_t(DashboardRows::Field::Woningcorporatie)]);
    ListedParticipant participant(state.rows, row);

    PackedTerm term;
    // None overdue (due before today) and none due within the lists' days: nothing to walk.
    const bool onTheLists = row.firstDue && *row.firstDue <= state.later;
    for (TermReader open(state.rows.bytes(row.openTerms), Terms::Open); onTheLists && open.next(term);) {
        state.quarters.addDeadline(term);
        if (term.status == DeadlineStatus::Overdue) {
            const Deadline deadline = term.deadline(state.made);
            ++state.overdueRules[deadline.rule];
            state.overdueBegeleiders.add(begeleider);
            figures.overdue.append(
                {participant.id(), participant.naam(), participant.begeleider(), deadline});
        } else if (term.due <= state.later) {
            figures.dueWithin.append(
                {participant.id(), participant.naam(), participant.begeleider(), term.deadline(state.made)});
            if (term.due <= state.soon)
                ++figures.dueWithinSoon;
        }
    }
    for (TermReader settled(state.rows.bytes(row.settledTerms), Terms::Settled); settled.next(term);)
        state.quarters.addDeadline(term);
    state.quarters.addOmklap(row.overeenkomstOn, row.omgeklaptOn);

    if (row.phase != state.herstelfase)
        return;
    OmklapStatus omklap;
    omklap.eligible = row.omklapEligible;
    if (row.omklapEarliest.isValid())
        omklap.earliest = row.omklapEarliest;
    if (!omklap.eligible) // none unmet then
        omklap.unmet = state.unmetCodes.of(state.rows.bytes(row.omklapUnmet));
    OmklapCandidate candidate{
        participant.id(), participant.naam(), participant.begeleider(), {}, omklap.unmet};
    if (omklap.eligible) {
        candidate.eligibleOn = state.today;
        figures.omklapNow.append(candidate);
    } else if (omklap.waitsOnlyForTime() && omklap.earliest && *omklap.earliest <= state.later) {
        candidate.eligibleOn = *omklap.earliest;
        figures.omklapSoon.append(candidate);
    } else {
        candidate.eligibleOn = omklap.waitsOnlyForTime() ? omklap.earliest.value_or(QDate()) : QDate();
        figures.omklapLater.append(candidate);
        for (const QString& code : omklap.unmet)
            ++state.unmet[code];
    }
}

void FigureTally::merge(FigureTally&& later)
{
    State& state = *m_state;
    State& other = *later.m_state;
    DashboardFigures& figures = state.figures;
    figures.participants += other.figures.participants;
    figures.brokenHistories += other.figures.brokenHistories;
    figures.dueWithinSoon += other.figures.dueWithinSoon;
    figures.overdue.append(std::move(other.figures.overdue));
    figures.dueWithin.append(std::move(other.figures.dueWithin));
    figures.omklapNow.append(std::move(other.figures.omklapNow));
    figures.omklapSoon.append(std::move(other.figures.omklapSoon));
    figures.omklapLater.append(std::move(other.figures.omklapLater));
    state.phases.add(other.phases);
    state.begeleiders.add(other.begeleiders);
    state.corporations.add(other.corporations);
    state.overdueBegeleiders.add(other.overdueBegeleiders);
    for (size_t number = 0; number < state.profiles.size(); ++number)
        state.profiles[number] = state.profiles[number] || other.profiles[number];
    for (auto it = other.overdueRules.cbegin(); it != other.overdueRules.cend(); ++it)
        state.overdueRules[it.key()] += it.value();
    for (auto it = other.unmet.cbegin(); it != other.unmet.cend(); ++it)
        state.unmet[it.key()] += it.value();
    state.quarters.add(std::move(other.quarters));
}

DashboardFigures FigureTally::finish()
{
    State& state = *m_state;
    const DashboardRows& rows = state.rows;
    DashboardFigures figures = std::move(state.figures);
    // The longest list sorted on the other core meanwhile, when it is long and there is one
    // (joined when this function ends, however it ends).
    constexpr qsizetype worthAThread = 500;
    std::jthread byName;
    try {
        if (figures.omklapLater.size() >= worthAThread && std::thread::hardware_concurrency() >= 2)
            byName = std::jthread([&figures] { sortByName(figures.omklapLater); });
    } catch (const std::system_error&) { // no thread to be had: below
    }
    if (!byName.joinable())
        sortByName(figures.omklapLater);
    for (const auto& [index, form] : rows.awaiting()) {
        const DashboardRows::Row& row = rows.rows()[size_t(index)];
        if (state.wanted.matches(row) && !row.broken)
            figures.awaitingSignatures.append({rows.text(row.id), rows.text(row.naam),
                                               rows.field(row, DashboardRows::Field::Begeleider), form});
    }
    const auto textOf = [&rows](int number) -> const QString& { return rows.text(number); };
    QSet<QString> profileIds;
    for (size_t number = 0; number < state.profiles.size(); ++number) {
        if (state.profiles[number])
            profileIds.insert(rows.text(int(number)));
    }
    figures.perPhase = counted(state.phases.byText(textOf), phaseOrder(profileIds));
    figures.perBegeleider = counted(state.begeleiders.byText(textOf));
    figures.perCorporation = counted(state.corporations.byText(textOf));
    figures.overdueByRule = counted(state.overdueRules);
    figures.overdueByBegeleider = counted(state.overdueBegeleiders.byText(textOf));
    figures.omklapUnmet = counted(state.unmet);
    const auto byDue = [](const DashboardDeadline& a, const DashboardDeadline& b) {
        return a.deadline.due != b.deadline.due ? a.deadline.due < b.deadline.due : a.naam < b.naam;
    };
    sortInPlace(figures.overdue, byDue);
    sortInPlace(figures.awaitingSignatures,
                [](const DashboardSignatureWait& left, const DashboardSignatureWait& right) {
                    return left.form.finalisedOn < right.form.finalisedOn;
                });
    sortInPlace(figures.dueWithin, byDue);
    sortInPlace(figures.omklapSoon, [](const OmklapCandidate& a, const OmklapCandidate& b) {
        return a.eligibleOn < b.eligibleOn;
    });
    sortByName(figures.omklapNow);
    figures.quarters = state.quarters.figures(state.filter);
    if (byName.joinable())
        byName.join();
    return figures;
}
