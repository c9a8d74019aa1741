#include "store/TrajectoryRepository.h"

#include "people/ParticipantNumber.h"
#include "store/ParticipantRepository.h"

#include "store/KeptSummaries.h"
#include "store/RawQuery.h"
#include "store/StoreError.h"
#include "store/StoredEvents.h"
#include "store/TeamOutbox.h"
#include "trajectory/EventTypeRegistry.h"
#include "trajectory/IsoDate.h"
#include "trajectory/Retractions.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <string>
#include <system_error>
#include <thread>

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

// A retraction names its event by the event's global id (the team's, team_key): a place in the
// order would name another event on a laptop where the order differs.
const QString retractedEventField = QStringLiteral("gebeurtenis");

// The columns eventFromRow reads; who recorded an event and when only for the Tijdlijn (parsing
// a moment for each of 400,000 events is most of what reading them all would cost).
QString eventColumns(bool withRecorder)
{
    return withRecorder ? QStringLiteral("id, type, date, fields, recorded_by, recorded_at")
                        : QStringLiteral("id, type, date, fields");
}

using StoredEvents::EventRow;
using StoredEvents::unnumbered;

// An event row from column `first` on, in the order of eventColumns.
EventRow eventFromRow(const QSqlQuery& query, int first, bool withRecorder)
{
    EventRow row;
    row.rowId = query.value(first).toLongLong();
    TrajectoryEvent& event = row.recorded.event;
    event.type = query.value(first + 1).toString();
    event.typeId = EventTypeRegistry::idOf(event.type);
    event.date = parseIsoDate(query.value(first + 2).toString());
    event.fields = EventFields::fromJson(query.value(first + 3).toString().toUtf8());
    if (withRecorder) {
        row.recorded.recordedBy = query.value(first + 4).toString();
        row.recorded.recordedAt = QDateTime::fromString(query.value(first + 5).toString(), Qt::ISODateWithMs);
    }
    return row;
}

// The team server's number for each event it has numbered (docs/team-sync.md, section 9), by
// event row: of one participant, or of all when `participantId` is empty. Nothing in a file
// without a team. Read apart from the events: a lookup per event would double reading them all.
Result<QHash<qint64, qint64>> teamNumbers(const QSqlDatabase& database, const QString& participantId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT k.local_id, min(i.volgnummer) FROM team_item i JOIN team_key k ON "
                       "k.uuid = substr(i.entity_key, 18) WHERE i.entity_key LIKE 'trajectory_event:%' "
                       "AND k.entity = 'trajectory_event' %1 GROUP BY k.local_id")
            .arg(participantId.isEmpty() ? QString() : QStringLiteral("AND i.participant_id = ?")));
    if (!participantId.isEmpty())
        query.addBindValue(participantId);
    if (!query.exec())
        return Result<QHash<qint64, qint64>>::failure(StoreError::describe(query.lastError()));
    QHash<qint64, qint64> numbers;
    while (query.next())
        numbers.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return numbers;
}

using EventRows = Result<QList<EventRow>>;

// One participant's events in the order this file recorded them, with the team's numbers.
EventRows readEventRows(const QSqlDatabase& database, const QString& participantId, bool withRecorder)
{
    const Result<QHash<qint64, qint64>> numbers = teamNumbers(database, participantId);
    if (!numbers)
        return EventRows::failure(numbers.errors());
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT %1 FROM trajectory_event WHERE participant_id = ? ORDER BY id")
                      .arg(eventColumns(withRecorder)));
    query.addBindValue(participantId);
    if (!query.exec())
        return EventRows::failure(StoreError::describe(query.lastError()));
    QList<EventRow> rows;
    while (query.next()) {
        EventRow row = eventFromRow(query, 0, withRecorder);
        row.teamNumber = numbers->value(row.rowId, row.teamNumber);
        rows.append(std::move(row));
    }
    return rows;
}

// From the order recorded here to the order the events count (docs/team-sync.md, "Event
// order"): those the team server has numbered in its order, then those not sent yet in the
// order recorded here. Every laptop of a team thus ends up with the same order, whichever
// received what first; a file without a team keeps the order it recorded.
void putInTeamOrder(QList<EventRow>& rows)
{
    const auto numbered = [](const EventRow& row) { return row.teamNumber != unnumbered; };
    if (std::any_of(rows.cbegin(), rows.cend(), numbered)) // none in a file without a team
        std::stable_sort(rows.begin(), rows.end(),
                         [](const EventRow& a, const EventRow& b) { return a.teamNumber < b.teamNumber; });
}

// What the events are read for: the engine (a retraction of an event this file lacks is left
// out: it retracts nothing here, and would make the engine refuse every new event), or the
// Tijdlijn (everything stored is shown).
enum class Purpose { Evaluation, Tijdlijn };

// The row a retraction names: by global id; one stored before retractions carried it, by its
// place in the order this file recorded them (which is how it was made here). 0: not here.
Result<qint64> retractedRow(const QSqlDatabase& database, TrajectoryEvent& retraction,
                            const QList<qint64>& recordedOrder)
{
    if (const QString global = retraction.text(retractedEventField); !global.isEmpty()) {
        retraction.fields.remove(retractedEventField);
        const Result<QString> local =
            TeamOutbox::localId(database, QStringLiteral("trajectory_event"), global);
        if (!local)
            return Result<qint64>::failure(local.errors());
        return local->toLongLong();
    }
    const int place = retraction.text(u"nummer").toInt();
    return place > 0 && place <= recordedOrder.size() ? recordedOrder.at(place - 1) : 0;
}

// Puts rows (read in recorded order) in the order they count, numbers each by its place, and
// sets a retraction's `nummer` to the place of the event it names.
QString arrange(const QSqlDatabase& database, QList<EventRow>& rows, Purpose purpose)
{
    const bool retractions = std::any_of(rows.cbegin(), rows.cend(), [](const EventRow& row) {
        return Retractions::isRetraction(row.recorded.event);
    });
    QList<qint64> recordedOrder;
    if (retractions) {
        recordedOrder.reserve(rows.size());
        for (const EventRow& row : std::as_const(rows))
            recordedOrder.append(row.rowId);
    }
    putInTeamOrder(rows);
    if (retractions) {
        QHash<qint64, qint64> targetOf; // retraction row -> retracted row
        QSet<qint64> present(recordedOrder.cbegin(), recordedOrder.cend());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            TrajectoryEvent& event = rows[i].recorded.event;
            if (!Retractions::isRetraction(event))
                continue;
            const Result<qint64> target = retractedRow(database, event, recordedOrder);
            if (!target)
                return target.errors().join(u' ');
            if (!present.contains(target.value()) && purpose == Purpose::Evaluation) {
                rows.removeAt(i--);
                continue;
            }
            targetOf.insert(rows.at(i).rowId, target.value());
        }
        // A retraction never counts before the event it retracts (the event waited in
        // quarantine while the retraction went): it moves to just after it, alike everywhere.
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const qint64 target = targetOf.value(rows.at(i).rowId, 0);
            if (target == 0)
                continue;
            const auto at = std::find_if(rows.cbegin() + i, rows.cend(),
                                         [target](const EventRow& row) { return row.rowId == target; });
            if (at != rows.cend())
                rows.move(i--, at - rows.cbegin());
        }
        QHash<qint64, int> placeOf;
        for (int i = 0; i < rows.size(); ++i)
            placeOf.insert(rows.at(i).rowId, i + 1);
        for (EventRow& row : rows) {
            if (const auto target = targetOf.constFind(row.rowId); target != targetOf.cend())
                row.recorded.event.fields.insert(QStringLiteral("nummer"), placeOf.value(*target, 0));
        }
    }
    for (int i = 0; i < rows.size(); ++i)
        rows[i].recorded.event.number = i + 1;
    return {};
}

// Each history of `rows` put in the order it counts (arrange) and moved into its trajectory. Half
// of them on a helper thread, for a day not prepared (10,000 histories took 35 ms on one): the
// helper leaves a history with a retraction to this thread, because arranging that may look up
// the team's ids through this connection; without one, arranging reads nothing and cannot fail.
QString arrangeInto(const QSqlDatabase& database, QList<QList<EventRow>>& rows,
                    QList<Trajectory>& trajectories)
{
    const auto arrangeOne = [&](qsizetype i) {
        const QString error = arrange(database, rows[i], Purpose::Evaluation);
        QList<TrajectoryEvent>& events = trajectories[i].events;
        events.reserve(rows.at(i).size());
        for (EventRow& row : rows[i])
            events.append(std::move(row.recorded.event));
        rows[i] = {};
        return error;
    };
    const auto hasRetraction = [&rows](qsizetype i) {
        return std::any_of(rows.at(i).cbegin(), rows.at(i).cend(),
                           [](const EventRow& row) { return Retractions::isRetraction(row.recorded.event); });
    };
    const qsizetype half = rows.size() / 2; // many: loadMany reads one by one up to oneByOneUpTo
    QList<qsizetype> leftHere;              // of the helper's half
    {
        std::jthread helper; // joined at the end of this block, however it ends
        try {
            helper = std::jthread([&] {
                for (qsizetype i = half; i < rows.size(); ++i) {
                    if (hasRetraction(i))
                        leftHere.append(i);
                    else
                        arrangeOne(i);
                }
            });
        } catch (const std::system_error&) { // no thread to be had: all of it here
            for (qsizetype i = half; i < rows.size(); ++i)
                leftHere.append(i);
        }
        for (qsizetype i = 0; i < half; ++i) {
            if (const QString error = arrangeOne(i); !error.isEmpty())
                return error;
        }
    }
    for (const qsizetype i : std::as_const(leftHere)) {
        if (const QString error = arrangeOne(i); !error.isEmpty())
            return error;
    }
    return {};
}

// One participant's events in the order they count (arrange), with their rows.
EventRows arrangedRows(const QSqlDatabase& database, const QString& participantId, Purpose purpose)
{
    EventRows read = readEventRows(database, participantId, purpose == Purpose::Tijdlijn);
    if (!read)
        return read;
    QList<EventRow> rows = std::move(read).value();
    if (const QString error = arrange(database, rows, purpose); !error.isEmpty())
        return EventRows::failure(error);
    return rows;
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
    if (const QString error = insertEvents(trajectory.deelnemer.id, trajectory.events, actor, now);
        !error.isEmpty())
        return fail(error);
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
    // Read, checked and written in one (IMMEDIATE) transaction: a sync on its own connection
    // cannot put an event in between, which would move the places a retraction names.
    if (!m_database.transaction())
        return StoreError::notSaved(StoreError::describe(m_database.lastError()));
    bool refused = false;
    QString error = checkAndInsert(participantId, events, actor, today, now, refused);
    if (error.isEmpty() && sameTransaction)
        error = sameTransaction();
    return finish(error, refused);
}

QString TrajectoryRepository::finish(const QString& error, bool refused)
{
    if (!refused)
        return StoreError::commitOrRollBack(m_database, error);
    m_database.rollback(); // nothing was written: the rules' answer as it is
    return error;
}

QString TrajectoryRepository::checkAndInsert(const QString& participantId,
                                             const QList<TrajectoryEvent>& events, const Actor& actor,
                                             const QDate& today, const QDateTime& now, bool& refused)
{
    refused = true;
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
    refused = false;
    return insertEvents(participantId, events, actor, now);
}

QString TrajectoryRepository::insertEvents(const QString& participantId, const QList<TrajectoryEvent>& events,
                                           const Actor& actor, const QDateTime& now)
{
    // A retraction's `nummer` is a place in the order the events count now; what is stored
    // names the event by its global id as well, which means the same on every laptop.
    QList<qint64> eventsInOrder;
    if (std::any_of(events.cbegin(), events.cend(), &Retractions::isRetraction)) {
        // The order load() gave the engine and the user (in the caller's transaction).
        const EventRows stored = arrangedRows(m_database, participantId, Purpose::Evaluation);
        if (!stored)
            return stored.errors().join(u' ');
        for (const EventRow& row : stored.value())
            eventsInOrder.append(row.rowId);
    }
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO trajectory_event (participant_id, type, date, fields, recorded_at, "
                       "recorded_by) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const TrajectoryEvent& event : events) {
        QJsonObject stored = event.fields.toJsonObject();
        if (Retractions::isRetraction(event)) {
            const int place = event.text(u"nummer").toInt();
            if (place < 1 || place > eventsInOrder.size())
                return tr("%1: field nummer must name an earlier event").arg(event.label());
            const Result<QString> global = TeamOutbox::globalKey(
                m_database, QStringLiteral("trajectory_event"), QString::number(eventsInOrder.at(place - 1)));
            if (!global)
                return global.errors().join(u' ');
            stored.insert(retractedEventField, global.value());
        }
        const QString fields = QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
        for (const QVariant& value :
             {QVariant(participantId), QVariant(event.type), QVariant(isoDate(event.date)), QVariant(fields),
              QVariant(now.toUTC().toString(Qt::ISODateWithMs)), QVariant(actor.name)})
            query.addBindValue(value);
        if (!query.exec())
            return StoreError::describe(query.lastError());
        const qint64 inserted = query.lastInsertId().toLongLong();
        eventsInOrder.append(inserted); // not numbered by the team yet: last
        if (const QString error =
                AuditLog(m_database)
                    .append({now, actor, QStringLiteral("trajectory_event"), QString::number(inserted),
                             std::nullopt, event.type + u' ' + isoDate(event.date) + u' ' + fields});
            !error.isEmpty())
            return error;
    }
    return events.isEmpty() ? QString() : KeptSummaries::forget(m_database, participantId);
}

QString TrajectoryRepository::undoLast(const QString& participantId, const QString& reden, const Actor& actor,
                                       const QDate& today, const QDateTime& now)
{
    // The event to undo is chosen in the transaction that records its retraction (recordEvents).
    if (!m_database.transaction())
        return StoreError::notSaved(StoreError::describe(m_database.lastError()));
    const Result<Trajectory> trajectory = load(participantId);
    bool refused = true;
    QString error = trajectory ? QString() : trajectory.errors().join(u' ');
    if (error.isEmpty()) {
        const std::optional<TrajectoryEvent> last = Retractions::lastUndoable(trajectory->events);
        error = last ? checkAndInsert(participantId, {Retractions::undoing(*last, today, reden)}, actor,
                                      today, now, refused)
                     : tr("There is nothing to undo for participant %1.").arg(participantId);
    }
    return finish(error, refused);
}

QString TrajectoryRepository::retractEvent(const QString& participantId, qint64 eventRow,
                                           const QString& reden, const Actor& actor, const QDate& today,
                                           const QDateTime& now,
                                           const std::function<QString()>& sameTransaction)
{
    if (!m_database.transaction())
        return StoreError::notSaved(StoreError::describe(m_database.lastError()));
    const Result<QList<qint64>> rows = eventRows(participantId);
    const Result<Trajectory> trajectory = load(participantId);
    bool refused = true;
    QString error = !rows         ? rows.errors().join(u' ')
                    : !trajectory ? trajectory.errors().join(u' ')
                                  : QString();
    if (error.isEmpty()) {
        const qsizetype index = rows->indexOf(eventRow);
        if (index < 0 || index >= trajectory->events.size())
            error = tr("The event to retract is not in participant %1's history.").arg(participantId);
        else
            error = checkAndInsert(participantId,
                                   {Retractions::undoing(trajectory->events.at(index), today, reden)}, actor,
                                   today, now, refused);
    }
    if (error.isEmpty() && sameTransaction)
        error = sameTransaction();
    return finish(error, refused);
}

Result<QList<qint64>> TrajectoryRepository::eventRows(const QString& participantId) const
{
    const EventRows rows = arrangedRows(m_database, participantId, Purpose::Evaluation);
    if (!rows)
        return Result<QList<qint64>>::failure(rows.errors());
    QList<qint64> ids;
    ids.reserve(rows->size());
    for (const EventRow& row : rows.value())
        ids.append(row.rowId);
    return ids;
}

Result<QList<RecordedEvent>> TrajectoryRepository::history(const QString& participantId) const
{
    const EventRows rows = arrangedRows(m_database, participantId, Purpose::Tijdlijn);
    if (!rows)
        return Result<QList<RecordedEvent>>::failure(rows.errors());
    QList<RecordedEvent> events;
    events.reserve(rows->size());
    for (const EventRow& row : rows.value())
        events.append(row.recorded);
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
    const EventRows rows = arrangedRows(m_database, participantId, Purpose::Evaluation);
    if (!rows)
        return Result<Trajectory>::failure(rows.errors());
    trajectory.events.reserve(rows->size());
    for (const EventRow& row : rows.value())
        trajectory.events.append(row.recorded.event);
    return trajectory;
}

Result<QList<Trajectory>> TrajectoryRepository::loadMany(const QStringList& participantIds,
                                                         Reading reading) const
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

    QHash<QByteArray, qsizetype> indexOfUtf8; // as SQLite gives the ids
    indexOfUtf8.reserve(participantIds.size());
    for (const QString& id : participantIds)
        indexOfUtf8.insert(id.toUtf8(), indexOfUtf8.size());
    trajectories.resize(participantIds.size());
    qsizetype found = 0;
    {
        // Through SQLite's own API: QtSql's QVariant per value cost 9,000 instructions a row.
        const QByteArray sql = QStringLiteral("SELECT %1 FROM participant").arg(participantColumns).toUtf8();
        RawQuery query(m_database, sql.constData());
        while (query.next()) {
            const QByteArrayView id = query.text(0);
            const auto at = indexOfUtf8.constFind(QByteArray::fromRawData(id.data(), id.size()));
            if (at == indexOfUtf8.cend())
                continue;
            Trajectory& trajectory = trajectories[*at];
            trajectory.deelnemer.id = QString::fromUtf8(id);
            trajectory.deelnemer.naam = QString::fromUtf8(query.text(1));
            trajectory.deelnemer.geboortedatum = parseIsoDate(query.text(2));
            trajectory.deelnemer.huishouden =
                householdFromCode(QString::fromUtf8(query.text(3))).value_or(Household::Alleenstaand);
            trajectory.profileId = QString::fromUtf8(query.text(4));
            ++found;
        }
        if (!query.error().isEmpty())
            return Result<Trajectories>::failure(query.error());
    }
    if (found != participantIds.size()) {
        for (qsizetype i = 0; i < participantIds.size(); ++i) {
            if (trajectories.at(i).deelnemer.id.isEmpty())
                return Result<Trajectories>::failure(
                    tr("There is no participant %1 in this case file.").arg(participantIds.at(i)));
        }
    }
    const Result<QHash<qint64, qint64>> numbers = teamNumbers(m_database, {});
    if (!numbers)
        return Result<Trajectories>::failure(numbers.errors());
    QList<QList<EventRow>> rows(participantIds.size());
    if (const QString error = StoredEvents::read(m_database, indexOfUtf8, numbers.value(),
                                                 reading == Reading::TwoConnectionsUnderWriteLock
                                                     ? StoredEvents::Access::UnderWriteLock
                                                     : StoredEvents::Access::OneConnection,
                                                 rows);
        !error.isEmpty())
        return Result<Trajectories>::failure(tr("The events could not be read: %1").arg(error));
    if (const QString error = arrangeInto(m_database, rows, trajectories); !error.isEmpty())
        return Result<Trajectories>::failure(error);
    return trajectories;
}
