#include "store/StoredEvents.h"

#include "common/SharedTexts.h"
#include "store/EncryptedStore.h"
#include "store/EventPacks.h"
#include "store/RawQuery.h"
#include "trajectory/EventTypeRegistry.h"
#include "trajectory/IsoDate.h"

#include <numeric>
#include <system_error>
#include <thread>
#include <vector>

namespace StoredEvents {

namespace {

using EventPacks::PackedEvent;

// An event as stored (its columns' bytes) made into an EventRow. Types repeat: each is made into
// a QString and looked up in the registry once (SharedTexts), then found from its bytes.
class EventMaker
{
public:
    explicit EventMaker(const QHash<qint64, qint64>& teamNumbers)
        : m_teamNumbers(teamNumbers)
    {}

    EventRow make(const PackedEvent& stored)
    {
        EventRow row;
        row.rowId = stored.id;
        row.teamNumber = m_teamNumbers.value(row.rowId, row.teamNumber);
        TrajectoryEvent& event = row.recorded.event;
        const int number = m_types.numberOf(stored.type);
        while (int(m_typeIds.size()) <= number)
            m_typeIds.push_back(EventTypeRegistry::idOf(m_types.at(int(m_typeIds.size()))));
        event.type = m_types.at(number);
        event.typeId = m_typeIds[size_t(number)];
        event.date = stored.date;
        event.fields = EventFields::fromJson(stored.fields);
        return row;
    }

private:
    const QHash<qint64, qint64>& m_teamNumbers;
    SharedTexts m_types;
    std::vector<int> m_typeIds; // EventTypeRegistry's id of each text of m_types
};

// What the readers fill, per participant's place: the events; whether they came whole from a
// pack; and, while packs are being made, the bytes of the participant's new pack.
struct Histories
{
    Histories(qsizetype count, bool packing)
        : rows(count)
        , fromPack(count, false)
        , packs(packing ? count : 0)
    {}

    void add(qsizetype place, const PackedEvent& stored, EventMaker& maker)
    {
        rows[place].append(maker.make(stored));
        if (!packs.isEmpty())
            packs[place].append(stored);
    }

    // What a helper read of the later ids, after what this one read of the earlier.
    void appendLater(Histories&& later)
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).isEmpty()) {
                rows[i] = std::move(later.rows[i]);
            } else if (!later.rows.at(i).isEmpty()) {
                rows[i].reserve(rows.at(i).size() + later.rows.at(i).size());
                for (EventRow& row : later.rows[i])
                    rows[i].append(std::move(row));
            }
            fromPack[i] = fromPack.at(i) || later.fromPack.at(i);
            if (!packs.isEmpty() && !later.packs.at(i).bytes().isEmpty() &&
                !packs[i].appendPack(later.packs.at(i).bytes())) // the later ids after the earlier
                unpackable.insert(i);                            // never expected: no pack kept
        }
    }

    QList<QList<EventRow>> rows;
    QList<bool> fromPack;
    QList<EventPacks::Writer> packs; // empty: no packs are being made
    QSet<qsizetype> unpackable;      // places whose pack could not be made
};

// Which rows a reader reads: all, or those with an id (rowid) up to or above a middle one.
enum class Part { All, UpToMiddle, AboveMiddle };

// The events of `indexOf`'s participants from their rows, in one pass over every event row
// (through SQLite's C API, RawQuery: QtSql's QVariants and UTF-16 strings per value cost more
// than reading the pages, docs/benchmarks.md, issue 21).
class RowReader
{
public:
    static constexpr const char* bounds = "SELECT (SELECT min(id) FROM trajectory_event), "
                                          "(SELECT max(id) FROM trajectory_event)";

    RowReader(const QSqlDatabase& database, const QHash<QByteArray, qsizetype>& indexOf,
              const QHash<qint64, qint64>& teamNumbers)
        : m_database(database)
        , m_indexOf(indexOf)
        , m_maker(teamNumbers)
    {}

    QString read(Histories& histories, Part part, qint64 middle)
    {
        static constexpr const char* sql[] = {
            "SELECT participant_id, id, type, date, fields FROM trajectory_event ORDER BY id",
            "SELECT participant_id, id, type, date, fields FROM trajectory_event WHERE id <= ? ORDER BY id",
            "SELECT participant_id, id, type, date, fields FROM trajectory_event WHERE id > ? ORDER BY id"};
        RawQuery query(m_database, sql[int(part)]);
        if (part != Part::All)
            query.bindInteger(1, middle);
        QByteArray lastParticipant;
        qsizetype lastPlace = -1;
        while (query.next()) {
            const QByteArrayView participant = query.text(0);
            if (participant !=
                QByteArrayView(lastParticipant)) { // a history's events mostly follow each other
                lastParticipant = participant.toByteArray();
                lastPlace = m_indexOf.value(lastParticipant, -1);
            }
            if (lastPlace >= 0)
                histories.add(lastPlace,
                              {query.integer(1), query.text(2), parseIsoDate(query.text(3)), query.text(4)},
                              m_maker);
        }
        return query.error();
    }

private:
    const QSqlDatabase& m_database;
    const QHash<QByteArray, qsizetype>& m_indexOf;
    EventMaker m_maker;
};

// The events of `indexOf`'s participants from their packs, where up to date (not in
// `outOfDate`) and readable; the others are left for the rows.
class PackReader
{
public:
    static constexpr const char* bounds = "SELECT (SELECT min(rowid) FROM event_pack), "
                                          "(SELECT max(rowid) FROM event_pack)";

    PackReader(const QSqlDatabase& database, const QHash<QByteArray, qsizetype>& indexOf,
               const QHash<qint64, qint64>& teamNumbers, const EventPacks::Standing& standing)
        : m_database(database)
        , m_indexOf(indexOf)
        , m_standing(standing)
        , m_maker(teamNumbers)
    {}

    QString read(Histories& histories, Part part, qint64 middle)
    {
        static constexpr const char* sql[] = {
            "SELECT participant_id, events FROM event_pack",
            "SELECT participant_id, events FROM event_pack WHERE rowid <= ?",
            "SELECT participant_id, events FROM event_pack WHERE rowid > ?"};
        RawQuery query(m_database, sql[int(part)]);
        if (part != Part::All)
            query.bindInteger(1, middle);
        QList<EventRow> events;
        while (query.next()) {
            const QByteArrayView id = query.text(0);
            const QByteArray participant = QByteArray::fromRawData(id.data(), id.size()); // no copy
            const qsizetype place = m_indexOf.value(participant, -1);
            if (place < 0 || m_standing.outOfDate.contains(participant))
                continue;
            events.clear();
            EventPacks::Reader pack(query.blob(1));
            PackedEvent stored;
            while (pack.next(stored))
                events.append(m_maker.make(stored));
            if (!pack.valid())
                continue; // never expected: this participant's rows are read instead
            histories.rows[place] = std::move(events);
            histories.fromPack[place] = true;
        }
        return query.error();
    }

private:
    const QSqlDatabase& m_database;
    const QHash<QByteArray, qsizetype>& m_indexOf;
    const EventPacks::Standing& m_standing;
    EventMaker m_maker;
};

// Whether `connection` sees the events and packs `standing` was read from. A helper's connection
// sees only what was committed: it differs after the caller wrote in its transaction before
// reading (a second read in one transaction: packs written, the mark raised; or an event added),
// and then the caller reads it all, and keeps no packs (a pack from the helper's rows would lack
// the caller's event).
bool seesTheSame(const QSqlDatabase& connection, const EventPacks::Standing& standing)
{
    EventPacks::Standing seen;
    return EventPacks::readStanding(connection, seen).isEmpty() && seen.marked == standing.marked &&
           seen.through == standing.through && seen.lastEventId == standing.lastEventId;
}

// Reads with a reader made by `readerOn(connection)`: all on this connection, or with two
// connections the later half of the rows (by id) on a helper thread through a connection of its
// own, put after the earlier half. A helper that cannot open or read leaves its half to this
// connection, and one that sees other commits (seesTheSame) says so in `snapshotsDiffer`.
template <typename MakeReader>
QString readInHalves(const QSqlDatabase& database, bool twoConnections, const char* boundsSql,
                     const EventPacks::Standing& standing, bool& snapshotsDiffer, Histories& histories,
                     const MakeReader& readerOn)
{
    if (!twoConnections)
        return readerOn(database).read(histories, Part::All, 0);
    qint64 middle = 0;
    {
        // Two subqueries: SQLite looks up a lone min() or max() at the end of the table, while
        // min() and max() in one query read every row (3,800 pages decrypted for nothing).
        RawQuery bounds(database, boundsSql);
        if (!bounds.next())
            return bounds.error();
        middle = std::midpoint(bounds.integer(0), bounds.integer(1)); // no rows: NULL, 0
    }
    Histories later(histories.rows.size(), !histories.packs.isEmpty());
    bool laterRead = false;
    QString earlierError;
    {
        std::jthread helper; // joined at the end of this block, however it ends
        try {
            helper = std::jthread([&] {
                QSqlDatabase own;
                {
                    // Scoped: no copy of the connection may outlive closeConnection below.
                    const Result<QSqlDatabase> opened = EncryptedStore::openConnectionForThisThread(database);
                    if (!opened)
                        return; // not a store's connection: all of it is read on the caller's
                    own = opened.value();
                }
                if (seesTheSame(own, standing))
                    laterRead = readerOn(own).read(later, Part::AboveMiddle, middle).isEmpty();
                else
                    snapshotsDiffer = true;
                EncryptedStore::closeConnection(own);
            });
        } catch (const std::system_error&) { // no thread to be had: all of it here
        }
        earlierError = readerOn(database).read(histories, Part::UpToMiddle, middle);
    }
    if (!earlierError.isEmpty())
        return earlierError;
    if (!laterRead) // whatever stopped the helper, this connection may still read them
        return readerOn(database).read(histories, Part::AboveMiddle, middle);
    histories.appendLater(std::move(later));
    return {};
}

// The events of a few participants, each looked up by the index on participant.
QString readOneByOne(const QSqlDatabase& database, const QHash<QByteArray, qsizetype>& indexOf,
                     const QHash<qint64, qint64>& teamNumbers, Histories& histories)
{
    RawQuery query(database, "SELECT id, type, date, fields FROM trajectory_event WHERE participant_id = ? "
                             "ORDER BY id");
    EventMaker maker(teamNumbers);
    for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it) {
        query.bindUtf8(1, it.key());
        while (query.next())
            histories.add(it.value(),
                          {query.integer(0), query.text(1), parseIsoDate(query.text(2)), query.text(3)},
                          maker);
        if (!query.error().isEmpty())
            return query.error();
        query.finish(); // to be bound again
    }
    return {};
}

} // namespace

QString read(const QSqlDatabase& database, const QHash<QByteArray, qsizetype>& indexOf,
             const QHash<qint64, qint64>& teamNumbers, Access access, QList<QList<EventRow>>& rows)
{
    // Outside a transaction no write lock is held: two connections could see different commits,
    // and packs are only written by whoever holds the lock.
    const bool underLock = access == Access::UnderWriteLock && RawQuery::inTransaction(database);
    EventPacks::Standing standing;
    if (const QString error = EventPacks::readStanding(database, standing); !error.isEmpty())
        return error;
    Histories histories(rows.size(), underLock);
    bool snapshotsDiffer = false;
    if (standing.marked) {
        if (const QString error =
                readInHalves(database, underLock, PackReader::bounds, standing, snapshotsDiffer, histories,
                             [&](const QSqlDatabase& connection) {
                                 return PackReader(connection, indexOf, teamNumbers, standing);
                             });
            !error.isEmpty())
            return error;
    }
    QHash<QByteArray, qsizetype> unpacked;
    for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it) {
        if (!histories.fromPack.at(it.value()))
            unpacked.insert(it.key(), it.value());
    }
    const QString error = unpacked.size() <= oneByOneUpTo
                              ? readOneByOne(database, unpacked, teamNumbers, histories)
                              : readInHalves(database, underLock, RowReader::bounds, standing,
                                             snapshotsDiffer, histories, [&](const QSqlDatabase& connection) {
                                                 return RowReader(connection, unpacked, teamNumbers);
                                             });
    if (!error.isEmpty())
        return error;
    if (underLock && !snapshotsDiffer) {
        QHash<QByteArray, QByteArray> fresh;
        fresh.reserve(unpacked.size());
        for (auto it = unpacked.cbegin(); it != unpacked.cend(); ++it) {
            if (!histories.unpackable.contains(it.value()))
                fresh.insert(it.key(), histories.packs[it.value()].take());
        }
        // The packs only save time at the next opening: the histories are read either way. A
        // write that failed leaves the packs right (see EventPacks::keep); one that ended the
        // transaction is seen by the caller, which keeps nothing outside it.
        (void)EventPacks::keep(database, standing, fresh);
    }
    rows = std::move(histories.rows);
    return {};
}

} // namespace StoredEvents
