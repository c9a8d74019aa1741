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

DeadlineCalculator::Plan DeadlineCalculator::plan(const QList<Edition>& editions)
{
    Plan plan;
    for (const Edition& edition : editions) {
        for (const DeadlineRule& rule : edition.profile->deadlines) {
            if (rule.recurring && !plan.recurring.contains(rule.id))
                plan.recurring << rule.id;
        }
    }
    for (qsizetype e = editions.size() - 1; e >= 0; --e) {
        for (const DeadlineRule& rule : editions.at(e).profile->deadlines) {
            if (!plan.ruleOrder.contains(rule.id))
                plan.ruleOrder.insert(rule.id, int(plan.ruleOrder.size()));
        }
    }
    for (qsizetype e = 0; e < editions.size(); ++e) {
        const QList<DeadlineRule>& rules = editions.at(e).profile->deadlines;
        QList<int>& numbers = plan.ruleNumber.emplace_back();
        for (qsizetype r = 0; r < rules.size(); ++r) {
            QList<int>& index = plan.ruleIndex[rules.at(r).id];
            index.resize(editions.size(), -1);
            index[e] = int(r);
            numbers.append(plan.ruleOrder.value(rules.at(r).id));
        }
    }
    return plan;
}

DeadlineCalculator::DeadlineCalculator(QList<Edition> editions, const Plan& plan, const WorkingDays& calendar,
                                       const Deelnemer& deelnemer)
    : m_editions(std::move(editions))
    , m_plan(plan)
    , m_calendar(calendar)
    , m_deelnemer(deelnemer)
{}

DeadlineCalculator::Scan DeadlineCalculator::History::scan(const DeadlineCalculator& calculator, int edition,
                                                           int rule) const
{
    const Edition& chosen = calculator.m_editions.at(edition);
    const DeadlineRule& deadlineRule = chosen.profile->deadlines.at(rule);
    const CompiledProfile::DeadlineTypes& ruleTypes = chosen.compiled->deadlines.at(rule);
    if (deadlineRule.refField.isEmpty())
        return Scan{deadlineRule, ruleTypes, events, types, endings.at(edition), edition, nullptr};
    const int key = edition * 1000 + rule;
    auto found = positions.find(key);
    if (found == positions.end()) {
        Positions made;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const size_t type = size_t(types.at(i));
            const TrajectoryEvent& event = events.at(i);
            if (ruleTypes.satisfies[type] && fieldsMatch(event.fields, ruleTypes.satisfiedWhere))
                made.satisfying[refOf(event, deadlineRule.refField)].append(i);
            if (ruleTypes.cancels[type])
                made.cancelling[refOf(event, deadlineRule.refField)].append(i);
        }
        found = positions.insert(key, std::move(made));
    }
    return Scan{deadlineRule, ruleTypes, events, types, endings.at(edition), edition, &*found};
}

QList<Deadline> DeadlineCalculator::calculate(const QList<TrajectoryEvent>& events, const QList<int>& types,
                                              const QDate& today) const
{
    History history{events, types, {}, today, {}};
    for (const Edition& edition : m_editions) {
        QList<qsizetype> endings;
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (edition.compiled->ends[size_t(types.at(i))])
                endings.append(i);
        }
        history.endings.append(endings);
    }

    QList<Deadline> deadlines;
    deadlines.reserve(2 * events.size());
    if (m_editions.size() == 1) { // one edition: every term is its own, nothing to reconcile
        const CompiledProfile& compiled = *m_editions.first().compiled;
        for (qsizetype i = 0; i < events.size(); ++i) {
            for (const int r : compiled.deadlinesAnchoredOn.at(types.at(i))) {
                const Scan scan = history.scan(*this, 0, r);
                if (scan.rule.recurring || !fieldsMatch(events.at(i).fields, scan.types.anchorWhere) ||
                    fieldsMatchAny(events.at(i).fields, scan.types.anchorUnless))
                    continue;
                if (std::optional<Deadline> deadline = oneOff(scan, i, QDate(), today))
                    deadlines.append(std::move(*deadline));
            }
        }
    }
    // One-off terms: each edition proposes its own; per term the edition in force when it
    // started running wins (a term that started under the 2020 edition keeps its 2020 length).
    Terms terms;
    for (int edition = 0; edition < m_editions.size() && m_editions.size() > 1; ++edition)
        collectOneOffs(history, edition, terms);
    const auto deadlineOf = [&](const Candidate& version) {
        return oneOff(history.scan(*this, version.edition, version.rule), version.anchorIndex,
                      version.notBefore, today);
    };
    for (const QList<Candidate>& versions : std::as_const(terms.versions)) {
        const Candidate* chosen = nullptr;
        for (const Candidate& version : versions) {
            if (!version.owned)
                continue;
            // Two editions can each own a version when their anchors differ (2020 counted from the
            // key handover, 2026 from the overeenkomst): the one that started running first holds.
            if (!chosen || version.anchoredOn < chosen->anchoredOn ||
                (version.anchoredOn == chosen->anchoredOn && version.edition > chosen->edition))
                chosen = &version;
        }
        // The owning edition's "no term" (withdrawn, not yet) outranks the others' terms.
        if (chosen) {
            if (std::optional<Deadline> deadline = deadlineOf(*chosen))
                deadlines.append(std::move(*deadline));
            continue;
        }
        // No edition was in force when its own version began: the term belongs to the process
        // that began first, so the edition in force at the earliest anchor decides (a voordracht
        // of December 2025 goes on by the 2020 steps); without a version of its own, no term.
        // Here a version without a term does not count.
        QList<std::pair<const Candidate*, Deadline>> withTerm;
        for (const Candidate& version : versions) {
            if (std::optional<Deadline> deadline = deadlineOf(version))
                withTerm.append({&version, std::move(*deadline)});
        }
        if (withTerm.isEmpty())
            continue;
        const auto earliest =
            std::min_element(withTerm.cbegin(), withTerm.cend(), [](const auto& left, const auto& right) {
                return left.first->anchoredOn < right.first->anchoredOn;
            });
        const int decides = editionOn(earliest->first->anchoredOn);
        const Deadline* decided = nullptr;
        for (const auto& [version, deadline] : withTerm) {
            if (version->edition == decides)
                decided = &deadline;
        }
        if (decided)
            deadlines.append(*decided);
    }

    for (const QString& ruleId : m_plan.recurring)
        addRecurring(history, ruleId, deadlines);

    // Ties on the due date keep the newest edition's order of the rules.
    QList<int> ruleOfDeadline;
    ruleOfDeadline.reserve(deadlines.size());
    for (const Deadline& deadline : deadlines)
        ruleOfDeadline.append(m_plan.ruleOrder.value(deadline.rule));
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
    const auto found = m_plan.ruleIndex.constFind(ruleId);
    const int position = found == m_plan.ruleIndex.cend() ? -1 : found->value(edition, -1);
    if (index)
        *index = position;
    return position < 0 ? nullptr : &m_editions.at(edition).profile->deadlines.at(position);
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

void DeadlineCalculator::collectOneOffs(const History& history, int edition, Terms& terms) const
{
    const CompiledProfile& compiled = *m_editions.at(edition).compiled;
    const QDate editionStart = m_editions.at(edition).profile->validFrom;
    const QList<int>& ruleNumbers = m_plan.ruleNumber.at(edition);
    QHash<std::pair<int, QString>, int> ordinals; // rule + ref -> anchors seen so far
    for (qsizetype i = 0; i < history.events.size(); ++i) {
        const TrajectoryEvent& event = history.events.at(i);
        for (const int r : compiled.deadlinesAnchoredOn.at(history.types.at(i))) {
            const Scan scan = history.scan(*this, edition, r);
            if (scan.rule.recurring || !fieldsMatch(event.fields, scan.types.anchorWhere) ||
                fieldsMatchAny(event.fields, scan.types.anchorUnless))
                continue;
            std::pair<int, QString> ruleAndRef{ruleNumbers.at(r), refOf(event, scan.rule.refField)};
            const int ordinal = ordinals[ruleAndRef]++;
            TermKey key{ruleAndRef.first, std::move(ruleAndRef.second), ordinal};
            QDate start = scan.rule.anchorDateField.isEmpty()
                              ? event.date
                              : parseIsoDate(event.text(scan.rule.anchorDateField));
            if (!start.isValid())
                start = event.date;
            const Claim claimed = claim(edition, scan.rule.id, start);
            if (claimed == Claim::Dropped)
                continue;
            const bool owned = claimed != Claim::Other;
            const QDate notBefore = claimed == Claim::StartsWithEdition ? editionStart : QDate();
            qsizetype& place = terms.placeOf[std::move(key)]; // one lookup; 0 for a new term
            if (place == 0) {
                terms.versions.emplace_back();
                place = terms.versions.size();
            }
            terms.versions[place - 1].append(Candidate{edition, r, i, notBefore, owned, start});
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
    else if (withdrawn >= 0 && !staysMissed(scan, withdrawn, deadline))
        return std::nullopt;
    deadline.status = statusFor(deadline.due, deadline.metOn, today);
    return deadline;
}

void DeadlineCalculator::addRecurring(const History& history, const QString& ruleId,
                                      QList<Deadline>& out) const
{
    // Where the chain starts: each edition's first anchor; as for one-off terms, an edition in
    // force at its own anchor wins (the earliest), else the edition in force at the earliest anchor.
    struct Start
    {
        int edition;
        qsizetype index;
        QDate date;
        bool owned;
    };
    QList<Start> starts;
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
            if (claimed != Claim::Dropped)
                starts.append({edition, i, event.date, claimed != Claim::Other});
            break; // one chain per trajectory: it follows itself from period to period
        }
    }
    const Start* chosen = nullptr;
    for (const Start& start : starts) {
        if (start.owned && (!chosen || start.date < chosen->date))
            chosen = &start;
    }
    if (!chosen && !starts.isEmpty()) {
        const auto earliest =
            std::min_element(starts.cbegin(), starts.cend(),
                             [](const Start& left, const Start& right) { return left.date < right.date; });
        for (const Start& start : starts) {
            if (start.edition == editionOn(earliest->date))
                chosen = &start;
        }
    }
    if (!chosen)
        return;
    qsizetype from = chosen->index;
    QDate periodStart = chosen->date;

    QDate agreed;
    bool firstPeriod = true;
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
            // A trajectory that ended before the rule came into force gets no term of it.
            const QList<qsizetype>& endings = history.endings.at(next);
            const auto ending = std::upper_bound(endings.cbegin(), endings.cend(), from);
            if (ending != endings.cend() && history.events.at(*ending).date < periodStart)
                return;
            while (from + 1 < history.events.size() && history.events.at(from + 1).date < periodStart)
                ++from;
            agreed = QDate();
            continue;
        }
        const Scan scan = history.scan(*this, edition, r);
        const qsizetype satisfied = findSatisfying(scan, from, QString());
        const qsizetype withdrawn = findWithdrawal(scan, from, QString());
        // A date agreed during the period itself (at the kennismakingsgesprek) counts too; in 2020
        // that conversation is the chain's anchor, so the first period looks at the anchor too.
        const qsizetype periodEnd = satisfied >= 0 ? satisfied : history.events.size();
        const qsizetype periodFirst = firstPeriod ? std::max<qsizetype>(from, 0) : from + 1;
        firstPeriod = false;
        for (qsizetype i = periodFirst; i < periodEnd && !rule->agreedDateField.isEmpty(); ++i) {
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
    if (!scan.positions) {
        int needed = scan.rule.satisfiedCount;
        for (qsizetype i = from + 1; i < scan.events.size(); ++i) {
            if (scan.types.satisfies[size_t(scan.eventTypes.at(i))] &&
                fieldsMatch(scan.events.at(i).fields, scan.types.satisfiedWhere) && --needed == 0)
                return i;
        }
        return -1;
    }
    const auto list = scan.positions->satisfying.constFind(ref);
    if (list == scan.positions->satisfying.cend())
        return -1;
    // The satisfiedCount-th satisfying event after `from` ("two interim evaluations").
    const auto first = std::upper_bound(list->cbegin(), list->cend(), from);
    const qsizetype nth = qsizetype(first - list->cbegin()) + scan.rule.satisfiedCount - 1;
    return nth < list->size() ? list->at(nth) : -1;
}

qsizetype DeadlineCalculator::findWithdrawal(const Scan& scan, qsizetype from, const QString& ref) const
{
    const auto ending = std::upper_bound(scan.endings.cbegin(), scan.endings.cend(), from);
    const qsizetype end = ending == scan.endings.cend() ? -1 : *ending;
    if (!scan.positions) {
        const qsizetype last = end < 0 ? scan.events.size() : end;
        for (qsizetype i = from + 1; i < last && !scan.rule.cancelledBy.isEmpty(); ++i) {
            if (scan.types.cancels[size_t(scan.eventTypes.at(i))])
                return i;
        }
        return end;
    }
    const auto list = scan.positions->cancelling.constFind(ref);
    if (list != scan.positions->cancelling.cend()) {
        const auto cancel = std::upper_bound(list->cbegin(), list->cend(), from);
        if (cancel != list->cend() && (end < 0 || *cancel < end))
            return *cancel;
    }
    return end;
}

bool DeadlineCalculator::staysMissed(const Scan& scan, qsizetype withdrawn, Deadline& deadline) const
{
    // missedStays (2026, WA6): a home visit after the month does not undo the MZWO report that was
    // due by then; a report made later still counts, late. The end of the trajectory withdraws it.
    const bool ending = std::binary_search(scan.endings.cbegin(), scan.endings.cend(), withdrawn);
    if (!scan.rule.missedStays || ending || scan.events.at(withdrawn).date <= deadline.due)
        return false;
    const auto laterEnd = std::upper_bound(scan.endings.cbegin(), scan.endings.cend(), withdrawn);
    const qsizetype satisfied = findSatisfying(scan, withdrawn, deadline.ref);
    if (satisfied >= 0 && (laterEnd == scan.endings.cend() || satisfied < *laterEnd)) {
        deadline.metOn = scan.events.at(satisfied).date;
        return true;
    }
    return laterEnd == scan.endings.cend();
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
