#include "trajectory/DeadlineCalculator.h"

#include "trajectory/IsoDate.h"

#include <algorithm>

namespace {

bool fieldsMatch(const QJsonObject& fields, const QJsonObject& wanted)
{
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (fields.value(it.key()) != it.value())
            return false;
    }
    return true;
}

bool fieldsMatchAny(const QJsonObject& fields, const QJsonObject& unwanted)
{
    return !unwanted.isEmpty() && fieldsMatch(fields, unwanted);
}

QString refOf(const TrajectoryEvent& event, const QString& field)
{
    return field.isEmpty() ? QString() : event.fields.value(field).toVariant().toString();
}

int ageOn(const QDate& birth, const QDate& date)
{
    int age = date.year() - birth.year();
    if (date < birth.addYears(age))
        --age;
    return age;
}

DeadlineStatus statusFor(const QDate& due, const QDate& metOn, const QDate& today)
{
    if (metOn.isValid())
        return metOn <= due ? DeadlineStatus::Met : DeadlineStatus::MetLate;
    return today > due ? DeadlineStatus::Overdue : DeadlineStatus::Open;
}

} // namespace

DeadlineCalculator::DeadlineCalculator(const RuleProfile& profile, const WorkingDays& calendar,
                                       const Deelnemer& deelnemer)
    : m_profile(profile)
    , m_calendar(calendar)
    , m_deelnemer(deelnemer)
{}

QList<Deadline> DeadlineCalculator::calculate(const QList<TrajectoryEvent>& events, const QDate& today) const
{
    QList<Deadline> deadlines;
    for (const DeadlineRule& rule : m_profile.deadlines) {
        for (qsizetype i = 0; i < events.size(); ++i) {
            const TrajectoryEvent& event = events.at(i);
            if (event.type != rule.anchorEvent || !fieldsMatch(event.fields, rule.anchorWhere) ||
                fieldsMatchAny(event.fields, rule.anchorUnless))
                continue;
            if (rule.recurring) {
                addRecurring(rule, events, i, today, deadlines);
                break; // one chain per trajectory: it follows itself from period to period
            }
            addOneOff(rule, events, i, today, deadlines);
        }
    }
    std::stable_sort(deadlines.begin(), deadlines.end(),
                     [](const Deadline& left, const Deadline& right) { return left.due < right.due; });
    return deadlines;
}

void DeadlineCalculator::addOneOff(const DeadlineRule& rule, const QList<TrajectoryEvent>& events,
                                   qsizetype anchorIndex, const QDate& today, QList<Deadline>& out) const
{
    const TrajectoryEvent& anchor = events.at(anchorIndex);
    const QDate start =
        rule.anchorDateField.isEmpty() ? anchor.date : parseIsoDate(anchor.text(rule.anchorDateField));
    if (!start.isValid())
        return; // e.g. an offer without beschikbaar_op: no viewing term yet
    const QString ref = refOf(anchor, rule.refField);

    Deadline deadline{
        rule.id, ref,          start, offsetFor(rule, start).after(start, m_calendar), DeadlineStatus::Open,
        {},      rule.citation};
    const qsizetype satisfied = findSatisfying(rule, events, anchorIndex, ref);
    const qsizetype withdrawn = findWithdrawal(rule, events, anchorIndex, ref);
    if (satisfied >= 0 && (withdrawn < 0 || satisfied <= withdrawn))
        deadline.metOn = events.at(satisfied).date;
    else if (withdrawn >= 0)
        return;
    deadline.status = statusFor(deadline.due, deadline.metOn, today);
    out.append(deadline);
}

void DeadlineCalculator::addRecurring(const DeadlineRule& rule, const QList<TrajectoryEvent>& events,
                                      qsizetype anchorIndex, const QDate& today, QList<Deadline>& out) const
{
    QDate periodStart = events.at(anchorIndex).date;
    QDate agreed;
    qsizetype from = anchorIndex;
    while (true) {
        QDate due = offsetFor(rule, periodStart).after(periodStart, m_calendar);
        if (agreed.isValid() && agreed < due)
            due = agreed; // "Wat is een goed moment voor het volgende gesprek?": sooner if agreed
        Deadline deadline{rule.id, QString(), periodStart, due, DeadlineStatus::Open, {}, rule.citation};
        const qsizetype satisfied = findSatisfying(rule, events, from, QString());
        const qsizetype withdrawn = findWithdrawal(rule, events, from, QString());
        if (satisfied < 0 || (withdrawn >= 0 && withdrawn < satisfied)) {
            if (withdrawn < 0) {
                deadline.status = statusFor(due, {}, today);
                out.append(deadline);
            }
            return;
        }
        const TrajectoryEvent& met = events.at(satisfied);
        deadline.metOn = met.date;
        deadline.status = statusFor(due, met.date, today);
        out.append(deadline);
        periodStart = met.date;
        agreed = rule.agreedDateField.isEmpty() ? QDate() : parseIsoDate(met.text(rule.agreedDateField));
        from = satisfied;
    }
}

qsizetype DeadlineCalculator::findSatisfying(const DeadlineRule& rule, const QList<TrajectoryEvent>& events,
                                             qsizetype from, const QString& ref) const
{
    for (qsizetype i = from + 1; i < events.size(); ++i) {
        const TrajectoryEvent& event = events.at(i);
        if (rule.satisfiedBy.contains(event.type) && fieldsMatch(event.fields, rule.satisfiedWhere) &&
            refOf(event, rule.refField) == ref)
            return i;
    }
    return -1;
}

qsizetype DeadlineCalculator::findWithdrawal(const DeadlineRule& rule, const QList<TrajectoryEvent>& events,
                                             qsizetype from, const QString& ref) const
{
    for (qsizetype i = from + 1; i < events.size(); ++i) {
        const TrajectoryEvent& event = events.at(i);
        if (m_profile.endingEvents.contains(event.type))
            return i;
        if (rule.cancelledBy.contains(event.type) && refOf(event, rule.refField) == ref)
            return i;
    }
    return -1;
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
