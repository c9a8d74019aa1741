#include "trajectory/Retractions.h"

#include "trajectory/EventTypeRegistry.h"

#include <QHash>

const QString Retractions::type = QStringLiteral("gebeurtenis_herroepen");

bool Retractions::isRetraction(const TrajectoryEvent& event)
{
    static const int retractionId = EventTypeRegistry::idOf(type);
    return event.typeId >= 0 ? event.typeId == retractionId : event.type == type;
}

Result<QList<TrajectoryEvent>> Retractions::apply(const QList<TrajectoryEvent>& events)
{
    using Events = QList<TrajectoryEvent>;
    if (std::none_of(events.cbegin(), events.cend(), &isRetraction))
        return events; // the usual case: nothing to take out, no copy

    QHash<int, const TrajectoryEvent*> byNumber;
    for (const TrajectoryEvent& event : events)
        byNumber.insert(event.number, &event);
    QSet<int> retracted;
    for (const TrajectoryEvent& event : events) {
        if (!isRetraction(event))
            continue;
        const QJsonValue number = event.fields.value(u"nummer");
        const int target = number.isDouble() ? number.toInt() : event.text(u"nummer").toInt();
        const TrajectoryEvent* undone = byNumber.value(target);
        QString problem;
        if (!undone || target >= event.number)
            problem = tr("field nummer must name an earlier event");
        else if (isRetraction(*undone))
            problem = tr("a retraction cannot be retracted; record the event again instead");
        else if (retracted.contains(target))
            problem = tr("%1 has already been retracted").arg(undone->label());
        if (!problem.isEmpty())
            return Result<Events>::failure(QStringLiteral("%1: %2").arg(event.label(), problem));
        retracted.insert(target);
    }
    Events remaining;
    remaining.reserve(events.size() - 2 * retracted.size());
    for (const TrajectoryEvent& event : events) {
        if (!isRetraction(event) && !retracted.contains(event.number))
            remaining.append(event);
    }
    return remaining;
}

QSet<int> Retractions::retractedNumbers(const QList<TrajectoryEvent>& events)
{
    QSet<int> numbers;
    for (const TrajectoryEvent& event : events) {
        if (isRetraction(event))
            numbers.insert(event.text(u"nummer").toInt());
    }
    return numbers;
}

std::optional<TrajectoryEvent> Retractions::lastUndoable(const QList<TrajectoryEvent>& eventsInRecordedOrder)
{
    const QSet<int> retracted = retractedNumbers(eventsInRecordedOrder);
    for (auto it = eventsInRecordedOrder.crbegin(); it != eventsInRecordedOrder.crend(); ++it) {
        if (!isRetraction(*it) && !retracted.contains(it->number))
            return *it;
    }
    return std::nullopt;
}

TrajectoryEvent Retractions::undoing(const TrajectoryEvent& event, const QDate& today, const QString& reden)
{
    TrajectoryEvent retraction;
    retraction.type = type;
    retraction.typeId = EventTypeRegistry::idOf(type);
    retraction.date = today;
    retraction.fields.insert(QStringLiteral("nummer"), event.number);
    if (!reden.isEmpty())
        retraction.fields.insert(QStringLiteral("reden"), reden);
    return retraction;
}
