#include "store/TrajectoryRepository.h"

#include "people/ParticipantNumber.h"
#include "store/ParticipantRepository.h"

#include "store/StoreError.h"
#include "trajectory/EventTypeRegistry.h"
#include "trajectory/IsoDate.h"
#include "trajectory/Retractions.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType::fromType<QString>());
}

// The participant columns a trajectory needs, in the order trajectoryFromRow reads them.
const QString participantColumns = QStringLiteral("id, naam, geboortedatum, huishouden, profile");

Trajectory trajectoryFromRow(const QSqlQuery& query)
{
    Trajectory trajectory;
    trajectory.deelnemer.id = query.value(0).toString();
    trajectory.deelnemer.naam = query.value(1).toString();
    trajectory.deelnemer.geboortedatum = parseIsoDate(query.value(2).toString());
    trajectory.deelnemer.huishouden =
        householdFromCode(query.value(3).toString()).value_or(Household::Alleenstaand);
    trajectory.profileId = query.value(4).toString();
    return trajectory;
}

// An event row's type, date and fields, from column `first` on; `number` is its place in the
// order of recording.
TrajectoryEvent eventFromRow(const QSqlQuery& query, int first, int number)
{
    TrajectoryEvent event;
    event.number = number;
    event.type = query.value(first).toString();
    event.typeId = EventTypeRegistry::idOf(event.type);
    event.date = parseIsoDate(query.value(first + 1).toString());
    const QString fields = query.value(first + 2).toString();
    if (fields.size() > 2) // "{}" has nothing to parse
        event.fields = QJsonDocument::fromJson(fields.toUtf8()).object();
    return event;
}

} // namespace

QString TrajectoryRepository::importTrajectory(const Trajectory& trajectory, const Actor& actor,
                                               const QDate& today, const QDateTime& now)
{
    if (trajectory.deelnemer.id.isEmpty())
        return tr("The trajectory has no participant id (deelnemer.id).");
    if (const QString problem = ParticipantNumber::problem(trajectory.deelnemer.id); !problem.isEmpty())
        return tr("Nothing was imported: %1").arg(problem);
    const Result<TrajectoryEngine> engine = TrajectoryEngine::builtIn(trajectory.profileId);
    if (!engine)
        return engine.errors().join(u'\n');
    const Result<Evaluation> evaluation = engine->evaluate(trajectory, today);
    if (!evaluation)
        return tr("Nothing was imported: %1").arg(evaluation.errors().join(u'\n'));

    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    if (!m_database.transaction())
        return tr("Nothing was imported: %1").arg(m_database.lastError().driverText());
    QSqlQuery query(m_database);
    AuditLog audit(m_database);
    const auto fail = [&](const QString& error) {
        m_database.rollback();
        return tr("Nothing was imported: %1").arg(error);
    };

    if (const QString taken = ParticipantRepository::numberTaken(m_database, trajectory.deelnemer.id);
        !taken.isEmpty())
        return fail(taken);

    query.prepare(
        QStringLiteral("INSERT INTO participant (id, naam, geboortedatum, huishouden, profile, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : {QVariant(trajectory.deelnemer.id), QVariant(trajectory.deelnemer.naam),
                                  dateOrNull(trajectory.deelnemer.geboortedatum),
                                  QVariant(householdCode(trajectory.deelnemer.huishouden)),
                                  QVariant(trajectory.profileId), QVariant(at)})
        query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError().driverText());
    if (const QString error =
            audit.append({now, actor, QStringLiteral("participant"), trajectory.deelnemer.id, std::nullopt,
                          trajectory.deelnemer.naam});
        !error.isEmpty())
        return fail(error);

    // Recorded in file order: that order breaks ties between events on the same date.
    query.prepare(
        QStringLiteral("INSERT INTO trajectory_event (participant_id, type, date, fields, recorded_at, "
                       "recorded_by) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const TrajectoryEvent& event : trajectory.events) {
        const QString fields =
            QString::fromUtf8(QJsonDocument(event.fields.toJsonObject()).toJson(QJsonDocument::Compact));
        for (const QVariant& value :
             {QVariant(trajectory.deelnemer.id), QVariant(event.type), QVariant(isoDate(event.date)),
              QVariant(fields), QVariant(at), QVariant(actor.name)})
            query.addBindValue(value);
        if (!query.exec())
            return fail(query.lastError().driverText());
        const QString eventId = query.lastInsertId().toString();
        if (const QString error =
                audit.append({now, actor, QStringLiteral("trajectory_event"), eventId, std::nullopt,
                              event.type + u' ' + isoDate(event.date) + u' ' + fields});
            !error.isEmpty())
            return fail(error);
    }
    if (!m_database.commit())
        return fail(m_database.lastError().driverText());
    return {};
}

QString TrajectoryRepository::recordEvent(const QString& participantId, TrajectoryEvent event,
                                          const Actor& actor, const QDate& today, const QDateTime& now)
{
    return recordEvents(participantId, {std::move(event)}, actor, today, now);
}

QString TrajectoryRepository::recordEvents(const QString& participantId, const QList<TrajectoryEvent>& events,
                                           const Actor& actor, const QDate& today, const QDateTime& now,
                                           const std::function<QString()>& sameTransaction)
{
    Result<Trajectory> trajectory = load(participantId);
    if (!trajectory)
        return trajectory.errors().join(u' ');
    Trajectory extended = trajectory.value();
    for (TrajectoryEvent event : events) {
        event.number = int(extended.events.size() + 1);
        event.typeId = EventTypeRegistry::idOf(event.type);
        extended.events.append(event);
    }
    const Result<TrajectoryEngine> engine = TrajectoryEngine::builtIn(extended.profileId);
    if (!engine)
        return engine.errors().join(u' ');
    if (const Result<Evaluation> evaluation = engine->evaluate(extended, today); !evaluation)
        return tr("Not recorded: %1").arg(evaluation.errors().join(u' '));

    if (!m_database.transaction())
        return StoreError::notSaved(StoreError::describe(m_database.lastError()));
    QString error = insertEvents(participantId, events, actor, now);
    if (error.isEmpty() && sameTransaction)
        error = sameTransaction();
    return StoreError::commitOrRollBack(m_database, error);
}

QString TrajectoryRepository::insertEvents(const QString& participantId, const QList<TrajectoryEvent>& events,
                                           const Actor& actor, const QDateTime& now)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO trajectory_event (participant_id, type, date, fields, recorded_at, "
                       "recorded_by) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const TrajectoryEvent& event : events) {
        const QString fields =
            QString::fromUtf8(QJsonDocument(event.fields.toJsonObject()).toJson(QJsonDocument::Compact));
        for (const QVariant& value :
             {QVariant(participantId), QVariant(event.type), QVariant(isoDate(event.date)), QVariant(fields),
              QVariant(now.toUTC().toString(Qt::ISODateWithMs)), QVariant(actor.name)})
            query.addBindValue(value);
        if (!query.exec())
            return StoreError::describe(query.lastError());
        if (const QString error =
                AuditLog(m_database)
                    .append({now, actor, QStringLiteral("trajectory_event"), query.lastInsertId().toString(),
                             std::nullopt, event.type + u' ' + isoDate(event.date) + u' ' + fields});
            !error.isEmpty())
            return error;
    }
    return {};
}

QString TrajectoryRepository::undoLast(const QString& participantId, const QString& reden, const Actor& actor,
                                       const QDate& today, const QDateTime& now)
{
    const Result<Trajectory> trajectory = load(participantId);
    if (!trajectory)
        return trajectory.errors().join(u' ');
    const std::optional<TrajectoryEvent> last = Retractions::lastUndoable(trajectory->events);
    if (!last)
        return tr("There is nothing to undo for participant %1.").arg(participantId);
    return recordEvent(participantId, Retractions::undoing(*last, today, reden), actor, today, now);
}

Result<QList<RecordedEvent>> TrajectoryRepository::history(const QString& participantId) const
{
    QSqlQuery query(m_database);
    // Numbered in the order of recording, as load() numbers them and retractions cite them.
    query.prepare(QStringLiteral("SELECT type, date, fields, recorded_by, recorded_at FROM trajectory_event "
                                 "WHERE participant_id = ? ORDER BY id"));
    query.addBindValue(participantId);
    if (!query.exec())
        return Result<QList<RecordedEvent>>::failure(StoreError::describe(query.lastError()));
    QList<RecordedEvent> events;
    while (query.next()) {
        RecordedEvent recorded;
        recorded.event = eventFromRow(query, 0, int(events.size() + 1));
        recorded.recordedBy = query.value(3).toString();
        recorded.recordedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        events.append(recorded);
    }
    std::stable_sort(events.begin(), events.end(), [](const RecordedEvent& a, const RecordedEvent& b) {
        return a.event.date < b.event.date;
    });
    return events;
}

Result<Trajectory> TrajectoryRepository::load(const QString& participantId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM participant WHERE id = ?").arg(participantColumns));
    query.addBindValue(participantId);
    if (!query.exec())
        return Result<Trajectory>::failure(query.lastError().driverText());
    if (!query.next())
        return Result<Trajectory>::failure(
            tr("There is no participant %1 in this case file.").arg(participantId));
    Trajectory trajectory = trajectoryFromRow(query);

    query.prepare(QStringLiteral(
        "SELECT type, date, fields FROM trajectory_event WHERE participant_id = ? ORDER BY id"));
    query.addBindValue(participantId);
    if (!query.exec())
        return Result<Trajectory>::failure(query.lastError().driverText());
    while (query.next())
        trajectory.events.append(eventFromRow(query, 0, int(trajectory.events.size() + 1)));
    return trajectory;
}

Result<QList<Trajectory>> TrajectoryRepository::loadMany(const QStringList& participantIds) const
{
    using Trajectories = QList<Trajectory>;
    Trajectories trajectories;
    if (participantIds.size() <= oneByOneUpTo) {
        for (const QString& id : participantIds) {
            Result<Trajectory> trajectory = load(id);
            if (!trajectory)
                return Result<Trajectories>::failure(trajectory.errors());
            trajectories.append(std::move(trajectory).value());
        }
        return trajectories;
    }

    QHash<QString, qsizetype> indexOf;
    for (const QString& id : participantIds)
        indexOf.insert(id, indexOf.size());
    trajectories.resize(participantIds.size());
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM participant").arg(participantColumns)))
        return Result<Trajectories>::failure(StoreError::describe(query.lastError()));
    qsizetype found = 0;
    while (query.next()) {
        const auto at = indexOf.constFind(query.value(0).toString());
        if (at != indexOf.cend()) {
            trajectories[*at] = trajectoryFromRow(query);
            ++found;
        }
    }
    if (found != participantIds.size()) {
        for (qsizetype i = 0; i < participantIds.size(); ++i) {
            if (trajectories.at(i).deelnemer.id.isEmpty())
                return Result<Trajectories>::failure(
                    tr("There is no participant %1 in this case file.").arg(participantIds.at(i)));
        }
    }
    if (!query.exec(
            QStringLiteral("SELECT participant_id, type, date, fields FROM trajectory_event ORDER BY id")))
        return Result<Trajectories>::failure(StoreError::describe(query.lastError()));
    while (query.next()) {
        const auto at = indexOf.constFind(query.value(0).toString());
        if (at == indexOf.cend())
            continue;
        QList<TrajectoryEvent>& events = trajectories[*at].events;
        events.append(eventFromRow(query, 1, int(events.size() + 1)));
    }
    return trajectories;
}
