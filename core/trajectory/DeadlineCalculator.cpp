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

DeadlineCalculator::DeadlineCalculator(const RuleProfile& profile, const CompiledProfile& compiled,
                                       const WorkingDays& calendar, const Deelnemer& deelnemer)
    : m_profile(profile)
    , m_compiled(compiled)
    , m_calendar(calendar)
    , m_deelnemer(deelnemer)
{}

QList<Deadline> DeadlineCalculator::calculate(const QList<TrajectoryEvent>& events, const QList<int>& types,
                                              const QDate& today) const
{
    QList<qsizetype> endings;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (m_compiled.ends[size_t(types.at(i))])
            endings.append(i);
    }
    QList<Deadline> deadlines;
    deadlines.reserve(2 * events.size());
    QList<int> ruleOfDeadline; // in step with `deadlines`: ties on the due date keep profile order
    ruleOfDeadline.reserve(2 * events.size());
    std::vector<bool> chainStarted(size_t(m_profile.deadlines.size()), false);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TrajectoryEvent& event = events.at(i);
        for (const int r : m_compiled.deadlinesAnchoredOn.at(types.at(i))) {
            const Scan scan{m_profile.deadlines.at(r), m_compiled.deadlines.at(r), events, types, endings};
            if (!fieldsMatch(event.fields, scan.types.anchorWhere) ||
                fieldsMatchAny(event.fields, scan.types.anchorUnless))
                continue;
            if (scan.rule.recurring) {
                if (chainStarted[size_t(r)])
                    continue; // one chain per trajectory: it follows itself from period to period
                chainStarted[size_t(r)] = true;
                addRecurring(scan, i, today, deadlines);
            } else {
                addOneOff(scan, i, today, deadlines);
            }
            ruleOfDeadline.resize(deadlines.size(), r);
        }
    }
    return inDueOrder(std::move(deadlines), ruleOfDeadline);
}

void DeadlineCalculator::addOneOff(const Scan& scan, qsizetype anchorIndex, const QDate& today,
                                   QList<Deadline>& out) const
{
    const DeadlineRule& rule = scan.rule;
    const TrajectoryEvent& anchor = scan.events.at(anchorIndex);
    const QDate start =
        rule.anchorDateField.isEmpty() ? anchor.date : parseIsoDate(anchor.text(rule.anchorDateField));
    if (!start.isValid())
        return; // e.g. an offer without beschikbaar_op: no viewing term yet
    const QString ref = refOf(anchor, rule.refField);

    Deadline deadline;
    deadline.rule = rule.id;
    deadline.ref = ref;
    deadline.anchorDate = start;
    deadline.due = offsetFor(rule, start).after(start, m_calendar);
    deadline.citation = rule.citation;
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
    else if (withdrawn >= 0)
        return;
    deadline.status = statusFor(deadline.due, deadline.metOn, today);
    out.append(std::move(deadline));
}

void DeadlineCalculator::addRecurring(const Scan& scan, qsizetype anchorIndex, const QDate& today,
                                      QList<Deadline>& out) const
{
    const DeadlineRule& rule = scan.rule;
    QDate periodStart = scan.events.at(anchorIndex).date;
    QDate agreed;
    qsizetype from = anchorIndex;
    while (true) {
        QDate due = offsetFor(rule, periodStart).after(periodStart, m_calendar);
        if (agreed.isValid() && agreed < due)
            due = agreed; // "Wat is een goed moment voor het volgende gesprek?": sooner if agreed
        Deadline deadline{rule.id, QString(), periodStart, due, DeadlineStatus::Open, {}, rule.citation};
        const qsizetype satisfied = findSatisfying(scan, from, QString());
        const qsizetype withdrawn = findWithdrawal(scan, from, QString());
        if (satisfied < 0 || (withdrawn >= 0 && withdrawn < satisfied)) {
            if (withdrawn < 0) {
                deadline.status = statusFor(due, {}, today);
                out.append(std::move(deadline));
            }
            return;
        }
        const TrajectoryEvent& met = scan.events.at(satisfied);
        deadline.metOn = met.date;
        deadline.status = statusFor(due, met.date, today);
        out.append(std::move(deadline));
        periodStart = met.date;
        agreed = rule.agreedDateField.isEmpty() ? QDate() : parseIsoDate(met.text(rule.agreedDateField));
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
