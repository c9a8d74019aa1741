#include "trajectory/DeadlineCalculator.h"

#include "trajectory/IsoDate.h"

#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

namespace {

using Conditions = QList<CompiledProfile::FieldCondition>;

bool fieldsMatch(const EventFields& fields, const Conditions& wanted)
{
    return std::all_of(
        wanted.cbegin(), wanted.cend(), [&fields](const CompiledProfile::FieldCondition& condition) {
            return fields.contains(condition.field) && fields.text(condition.field) == condition.text;
        });
}

bool fieldsMatchAny(const EventFields& fields, const Conditions& unwanted)
{
    return !unwanted.isEmpty() && fieldsMatch(fields, unwanted);
}

QString refOf(const TrajectoryEvent& event, const QString& field)
{
    return field.isEmpty() ? QString() : event.fields.text(field);
}

int ageOn(const QDate& birth, const QDate& date)
{
    int age = date.year() - birth.year();
    if (date < birth.addYears(age))
        --age;
    return age;
}

// Sorted by due date; equal dates in profile order of the rules, then in the order made.
// Sorting (date, position) keys and moving each deadline once is cheaper than a stable sort
// that shuffles whole Deadline records through a merge buffer.
QList<Deadline> inDueOrder(QList<Deadline> deadlines, const QList<int>& ruleOfDeadline)
{
    std::vector<std::tuple<qint64, int, qsizetype>> keys;
    keys.reserve(size_t(deadlines.size()));
    for (qsizetype i = 0; i < deadlines.size(); ++i)
        keys.emplace_back(deadlines.at(i).due.toJulianDay(), ruleOfDeadline.at(i), i);
    std::sort(keys.begin(), keys.end());
    QList<Deadline> sorted;
    sorted.reserve(deadlines.size());
    for (const auto& key : keys)
        sorted.append(std::move(deadlines[std::get<2>(key)]));
    return sorted;
}

DeadlineStatus statusFor(const QDate& due, const QDate& metOn, const QDate& today)
{
    if (metOn.isValid())
        return metOn <= due ? DeadlineStatus::Met : DeadlineStatus::MetLate;
    return today > due ? DeadlineStatus::Overdue : DeadlineStatus::Open;
}

} // namespace

DeadlineCalculator::DeadlineCalculator(QList<Edition> editions, const WorkingDays& calendar,
                                       const Deelnemer& deelnemer)
    : m_editions(std::move(editions))
    , m_calendar(calendar)
    , m_deelnemer(deelnemer)
{}

DeadlineCalculator::Scan DeadlineCalculator::History::scan(const DeadlineCalculator& calculator, int edition,
                                                           int rule) const
{
    const Edition& chosen = calculator.m_editions.at(edition);
    return Scan{chosen.profile->deadlines.at(rule),
                chosen.compiled->deadlines.at(rule),
                events,
                types,
                endings.at(edition),
                edition};
}

QList<Deadline> DeadlineCalculator::calculate(const QList<TrajectoryEvent>& events, const QList<int>& types,
                                              const QDate& today) const
{
    History history{events, types, {}, today};
    for (const Edition& edition : m_editions) {
        QList<qsizetype> endings;
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (edition.compiled->ends[size_t(types.at(i))])
                endings.append(i);
        }
        history.endings.append(endings);
    }

    // One-off terms: each edition proposes its own; per term the edition in force when it
    // started running wins (a term that started under the 2020 edition keeps its 2020 length).
    QHash<QString, QList<Candidate>> candidates;
    QStringList keys; // first-seen order, so the result does not depend on hashing
    for (int edition = 0; edition < m_editions.size(); ++edition)
        collectOneOffs(history, edition, candidates, keys);
    QList<Deadline> deadlines;
    deadlines.reserve(keys.size() + 8);
    for (const QString& key : keys) {
        const QList<Candidate>& versions = candidates.value(key);
        const Candidate* chosen = nullptr;
        for (const Candidate& version : versions) {
            if (!version.owned)
                continue;
            // Two editions can each own a version when their anchors differ (2020 counted from the
            // key handover, 2026 from the overeenkomst): the one that started running first holds.
            if (!chosen || version.deadline.anchorDate < chosen->deadline.anchorDate ||
                (version.deadline.anchorDate == chosen->deadline.anchorDate &&
                 version.edition > chosen->edition))
                chosen = &version;
        }
        if (!chosen) // no edition was in force when its own version started: the newest decides
            chosen = &*std::max_element(
                versions.cbegin(), versions.cend(),
                [](const Candidate& left, const Candidate& right) { return left.edition < right.edition; });
        deadlines.append(chosen->deadline);
    }

    QStringList recurring;
    for (const Edition& edition : m_editions) {
        for (const DeadlineRule& rule : edition.profile->deadlines) {
            if (rule.recurring && !recurring.contains(rule.id))
                recurring << rule.id;
        }
    }
    for (const QString& ruleId : recurring)
        addRecurring(history, ruleId, deadlines);

    // Ties on the due date keep the newest edition's order of the rules.
    QHash<QString, int> ruleOrder;
    for (qsizetype e = m_editions.size() - 1; e >= 0; --e) {
        for (const DeadlineRule& rule : m_editions.at(e).profile->deadlines) {
            if (!ruleOrder.contains(rule.id))
                ruleOrder.insert(rule.id, int(ruleOrder.size()));
        }
    }
    QList<int> ruleOfDeadline;
    ruleOfDeadline.reserve(deadlines.size());
    for (const Deadline& deadline : deadlines)
        ruleOfDeadline.append(ruleOrder.value(deadline.rule));
    return inDueOrder(std::move(deadlines), ruleOfDeadline);
}

int DeadlineCalculator::editionOn(const QDate& date) const
{
    int index = 0;
    for (qsizetype i = 1; i < m_editions.size(); ++i) {
        if (date >= m_editions.at(i).profile->validFrom)
            index = int(i);
    }
    return index;
}

const DeadlineRule* DeadlineCalculator::ruleIn(int edition, const QString& ruleId, int* index) const
{
    const QList<DeadlineRule>& rules = m_editions.at(edition).profile->deadlines;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (rules.at(i).id == ruleId) {
            if (index)
                *index = int(i);
            return &rules.at(i);
        }
    }
    return nullptr;
}

DeadlineCalculator::Claim DeadlineCalculator::claim(int edition, const QString& ruleId,
                                                    const QDate& anchor) const
{
    const int inForce = editionOn(anchor);
    if (inForce == edition)
        return Claim::Own;
    if (inForce < edition)
        return ruleIn(inForce, ruleId) ? Claim::Other : Claim::StartsWithEdition;
    // Anchored after this edition ended: the later edition decides, and has no such rule at all.
    for (int later = edition + 1; later <= inForce; ++later) {
        if (ruleIn(later, ruleId))
            return Claim::Other;
    }
    return Claim::Dropped;
}

void DeadlineCalculator::collectOneOffs(const History& history, int edition,
                                        QHash<QString, QList<Candidate>>& candidates, QStringList& keys) const
{
    const CompiledProfile& compiled = *m_editions.at(edition).compiled;
    const QDate editionStart = m_editions.at(edition).profile->validFrom;
    QHash<QString, int> ordinals; // rule + ref -> anchors seen so far
    for (qsizetype i = 0; i < history.events.size(); ++i) {
        const TrajectoryEvent& event = history.events.at(i);
        for (const int r : compiled.deadlinesAnchoredOn.at(history.types.at(i))) {
            const Scan scan = history.scan(*this, edition, r);
            if (scan.rule.recurring || !fieldsMatch(event.fields, scan.types.anchorWhere) ||
                fieldsMatchAny(event.fields, scan.types.anchorUnless))
                continue;
            const QString ordinalKey = scan.rule.id + u'\x1f' + refOf(event, scan.rule.refField);
            const QString key = ordinalKey + u'\x1f' + QString::number(ordinals[ordinalKey]++);
            if (m_editions.size() == 1) {
                if (std::optional<Deadline> deadline = oneOff(scan, i, QDate(), history.today)) {
                    keys << key;
                    candidates[key].append(Candidate{std::move(*deadline), edition, true});
                }
                continue;
            }
            const QDate start = scan.rule.anchorDateField.isEmpty()
                                    ? event.date
                                    : parseIsoDate(event.text(scan.rule.anchorDateField));
            const Claim claimed = claim(edition, scan.rule.id, start.isValid() ? start : event.date);
            if (claimed == Claim::Dropped)
                continue;
            const QDate notBefore = claimed == Claim::StartsWithEdition ? editionStart : QDate();
            if (std::optional<Deadline> deadline = oneOff(scan, i, notBefore, history.today)) {
                if (!candidates.contains(key))
                    keys << key;
                candidates[key].append(Candidate{std::move(*deadline), edition, claimed != Claim::Other});
            }
        }
    }
}

std::optional<Deadline> DeadlineCalculator::oneOff(const Scan& scan, qsizetype anchorIndex,
                                                   const QDate& notBefore, const QDate& today) const
{
    const DeadlineRule& rule = scan.rule;
    const TrajectoryEvent& anchor = scan.events.at(anchorIndex);
    QDate start =
        rule.anchorDateField.isEmpty() ? anchor.date : parseIsoDate(anchor.text(rule.anchorDateField));
    QString missingDate;
    if (!start.isValid()) {
        if (!rule.dueAtAnchorWhenDateMissing)
            return std::nullopt; // e.g. an offer without beschikbaar_op: no viewing term yet
        // A move without a date must not make its term vanish: due at once, the gap named.
        missingDate = rule.anchorDateField;
        start = anchor.date;
    }
    if (notBefore.isValid() && start < notBefore) {
        if (notBefore > today)
            return std::nullopt; // it comes into force later: no term yet
        start = notBefore;       // the rule came into force after its anchor: it runs from that day
    }
    const QString ref = refOf(anchor, rule.refField);

    Deadline deadline;
    deadline.rule = rule.id;
    deadline.ref = ref;
    deadline.anchorDate = start;
    deadline.due = missingDate.isEmpty() ? offsetFor(rule, start).after(start, m_calendar) : start;
    deadline.citation = rule.citation;
    deadline.edition = m_editions.at(scan.edition).profile->id;
    deadline.missingDate = missingDate;
    describeAlternative(rule, start, deadline);
    if (deadline.due < anchor.date) {
        // A term before a planned date ("6 weeks before the move") that had already passed when
        // the plan became known: due at once, counted from the day it became known.
        deadline.anchorDate = anchor.date;
        deadline.due = anchor.date;
    } else if (deadline.due < start) {
        deadline.anchorDate = anchor.date; // counted back from a later planned date
    }
    const qsizetype satisfied = findSatisfying(scan, rule.satisfiedFromStart ? -1 : anchorIndex, ref);
    const qsizetype withdrawn = findWithdrawal(scan, anchorIndex, ref);
    if (satisfied >= 0 && (withdrawn < 0 || satisfied <= withdrawn))
        deadline.metOn = scan.events.at(satisfied).date;
    else if (withdrawn >= 0 && !missedBefore(scan, withdrawn, deadline.due))
        return std::nullopt;
    deadline.status = statusFor(deadline.due, deadline.metOn, today);
    return deadline;
}

void DeadlineCalculator::addRecurring(const History& history, const QString& ruleId,
                                      QList<Deadline>& out) const
{
    // Where the chain starts: the first anchor, as the edition in force on that day defines it.
    int chainEdition = -1;
    qsizetype from = -1;
    QDate periodStart;
    bool chosenOwned = false;
    for (int edition = 0; edition < m_editions.size(); ++edition) {
        int r = -1;
        const DeadlineRule* rule = ruleIn(edition, ruleId, &r);
        if (!rule || !rule->recurring)
            continue;
        const Scan scan = history.scan(*this, edition, r);
        for (qsizetype i = 0; i < history.events.size(); ++i) {
            const TrajectoryEvent& event = history.events.at(i);
            if (history.types.at(i) != scan.types.anchor ||
                !fieldsMatch(event.fields, scan.types.anchorWhere) ||
                fieldsMatchAny(event.fields, scan.types.anchorUnless))
                continue;
            const Claim claimed = claim(edition, ruleId, event.date);
            const bool owned = claimed == Claim::Own || claimed == Claim::StartsWithEdition;
            if (claimed != Claim::Dropped &&
                (chainEdition < 0 || (owned && !chosenOwned) ||
                 (owned == chosenOwned && (owned ? event.date < periodStart : edition > chainEdition)))) {
                chainEdition = edition;
                from = i;
                periodStart = event.date;
                chosenOwned = owned;
            }
            break; // one chain per trajectory: it follows itself from period to period
        }
    }
    if (chainEdition < 0)
        return;

    QDate agreed;
    while (true) {
        int edition = editionOn(periodStart);
        int r = -1;
        const DeadlineRule* rule = ruleIn(edition, ruleId, &r);
        if (!rule || !rule->recurring) {
            // The rule is not in force on this day: it starts with the next edition that has it.
            int next = edition + 1;
            while (next < m_editions.size() && !ruleIn(next, ruleId))
                ++next;
            if (next >= m_editions.size())
                return;
            periodStart = m_editions.at(next).profile->validFrom;
            if (periodStart > history.today)
                return; // it comes into force later: no term yet
            while (from + 1 < history.events.size() && history.events.at(from + 1).date < periodStart)
                ++from;
            agreed = QDate();
            continue;
        }
        const Scan scan = history.scan(*this, edition, r);
        const qsizetype satisfied = findSatisfying(scan, from, QString());
        const qsizetype withdrawn = findWithdrawal(scan, from, QString());
        // A date agreed during the period itself (at the kennismakingsgesprek) counts too.
        const qsizetype periodEnd = satisfied >= 0 ? satisfied : history.events.size();
        for (qsizetype i = from + 1; i < periodEnd && !rule->agreedDateField.isEmpty(); ++i) {
            if (scan.types.agrees[size_t(history.types.at(i))]) {
                const QDate agreedHere = parseIsoDate(history.events.at(i).text(rule->agreedDateField));
                if (agreedHere.isValid())
                    agreed = agreedHere;
            }
        }
        QDate due = offsetFor(*rule, periodStart).after(periodStart, m_calendar);
        if (agreed.isValid() && agreed < due && agreed >= periodStart)
            due = agreed; // "Wat is een goed moment voor het volgende gesprek?": sooner if agreed
        Deadline deadline;
        deadline.rule = rule->id;
        deadline.anchorDate = periodStart;
        deadline.due = due;
        deadline.citation = rule->citation;
        deadline.edition = m_editions.at(edition).profile->id;
        describeAlternative(*rule, periodStart, deadline);
        if (satisfied < 0 || (withdrawn >= 0 && withdrawn < satisfied)) {
            if (withdrawn < 0) {
                deadline.status = statusFor(due, {}, history.today);
                out.append(std::move(deadline));
            }
            return;
        }
        const TrajectoryEvent& met = scan.events.at(satisfied);
        deadline.metOn = met.date;
        deadline.status = statusFor(due, met.date, history.today);
        out.append(std::move(deadline));
        periodStart = met.date;
        agreed = rule->agreedDateField.isEmpty() ? QDate() : parseIsoDate(met.text(rule->agreedDateField));
        from = satisfied;
    }
}

qsizetype DeadlineCalculator::findSatisfying(const Scan& scan, qsizetype from, const QString& ref) const
{
    int needed = scan.rule.satisfiedCount;
    for (qsizetype i = from + 1; i < scan.events.size(); ++i) {
        if (!scan.types.satisfies[size_t(scan.eventTypes.at(i))])
            continue;
        const TrajectoryEvent& event = scan.events.at(i);
        if (fieldsMatch(event.fields, scan.types.satisfiedWhere) && refOf(event, scan.rule.refField) == ref &&
            --needed == 0)
            return i;
    }
    return -1;
}

qsizetype DeadlineCalculator::findWithdrawal(const Scan& scan, qsizetype from, const QString& ref) const
{
    const auto ending = std::upper_bound(scan.endings.cbegin(), scan.endings.cend(), from);
    const qsizetype end = ending == scan.endings.cend() ? -1 : *ending;
    if (!scan.rule.cancelledBy.isEmpty()) {
        const qsizetype last = end < 0 ? scan.events.size() : end;
        for (qsizetype i = from + 1; i < last; ++i) {
            if (scan.types.cancels[size_t(scan.eventTypes.at(i))] &&
                refOf(scan.events.at(i), scan.rule.refField) == ref)
                return i;
        }
    }
    return end;
}

bool DeadlineCalculator::missedBefore(const Scan& scan, qsizetype withdrawn, const QDate& due) const
{
    // A term that had already run out stays missed when a cancelling event comes later (2026,
    // WA6: a home visit after the month does not undo the MZWO report that was due); only the
    // end of the trajectory withdraws everything.
    const bool ending = std::binary_search(scan.endings.cbegin(), scan.endings.cend(), withdrawn);
    return !ending && scan.events.at(withdrawn).date > due;
}

void DeadlineCalculator::describeAlternative(const DeadlineRule& rule, const QDate& start,
                                             Deadline& deadline) const
{
    if (!rule.alternative)
        return;
    deadline.alternativeCitation = rule.alternative->citation;
    if (rule.alternative->offset)
        deadline.alternativeDue = rule.alternative->offset->after(start, m_calendar);
}

Offset DeadlineCalculator::offsetFor(const DeadlineRule& rule, const QDate& periodStart) const
{
    for (const ConditionalOffset& condition : rule.offsetWhen) {
        if (condition.households.contains(m_deelnemer.huishouden))
            return condition.offset;
        if (condition.minimumAge >= 0 && m_deelnemer.geboortedatum.isValid()) {
            const int age = ageOn(m_deelnemer.geboortedatum, periodStart);
            if (age >= condition.minimumAge && age <= condition.maximumAge)
                return condition.offset;
        }
    }
    return rule.offset;
}
