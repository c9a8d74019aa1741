#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Each participant's events kept once more, as one row (event_pack, schema version 13): what the
// engine reads of them (id, type, date, fields), one event after another (Writer says how).
// A day not prepared reads 10,000 of these instead of 400,000 event rows; SQLite's work per row
// was most of reading them (docs/benchmarks.md, issue 21).
//
// Only derived data, never the source of truth, and kept without any writer having to think of
// it: the events are append-only and their ids only grow (AUTOINCREMENT; no path inserts an id of
// its own), so one mark (event_pack_mark.through) says "every pack holds exactly its
// participant's events up to this id". A pack is out of date when its participant has an event
// above the mark; the events above the mark are found by their ids, a range at the end of the
// table. Whoever brings the packs up to date holds the write lock, drops the packs gone out of
// date, writes the new ones and raises the mark, in one transaction. Deleting events (a
// participant handed over) or the participant drops the pack in the same statement (triggers).
namespace EventPacks {

// One event as the engine reads it: the type and fields are views of bytes (SQLite's row, or
// the pack's), the date as read from its ISO text (invalid when the text is not a date).
struct PackedEvent
{
    qint64 id = 0;
    QByteArrayView type;
    QDate date;
    QByteArrayView fields;
};

// Writes one pack, event after event. The format (1, the pack's first byte), per event:
// the id as the difference from the one before; the type as its text the first time in the pack
// and after that as its number there; the date as its Julian day; the fields as stored. Numbers
// and lengths as LEB128 (seven bits a byte). An event costs 8 bytes plus its fields, where the
// row costs 40 (docs/benchmarks.md, issue 21).
class Writer
{
public:
    void append(const PackedEvent& event);
    // Every event of another pack, after these (the later half of a participant's events, read
    // on another thread). False when that pack does not read cleanly.
    bool appendPack(QByteArrayView pack);
    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }
    [[nodiscard]] QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
    qint64 m_lastId = 0;
    QList<QByteArray> m_types; // in the order first written
};

// The events of a pack, one by one. A pack that does not read to its end cleanly is unreadable
// (a bug or another format, never the user's data): its participant's events are read from
// their rows instead.
class Reader
{
public:
    explicit Reader(QByteArrayView pack);
    // The next event into `event`; false at the end or when the pack is malformed (see valid()).
    bool next(PackedEvent& event);
    // False once the bytes stopped making sense; true at a clean end.
    [[nodiscard]] bool valid() const { return m_valid; }

private:
    std::optional<quint64> number();
    std::optional<QByteArrayView> bytes();
    bool fail();

    QByteArrayView m_pack;
    qsizetype m_at = 0;
    bool m_valid = true;
    qint64 m_lastId = 0;
    QList<QByteArrayView> m_types;
};

// What the packs of a file are good for right now.
struct Standing
{
    bool marked = false;        // false: no pack counts (none written yet)
    qint64 through = 0;         // the mark
    QSet<QByteArray> outOfDate; // participants (UTF-8 ids) with an event above the mark
    qint64 lastEventId = 0;     // the highest event id in the file (0: none)
};

// The mark and who has events above it. Empty error, or what went wrong.
[[nodiscard]] QString readStanding(const QSqlDatabase& database, Standing& standing);

// In the caller's transaction, which holds the write lock: drops the packs out of date, writes
// `fresh` (participant UTF-8 id -> pack of all their events) and raises the mark to
// `standing.lastEventId`. Empty, or what went wrong. Stopped anywhere, what it wrote is right
// as it stands: dropping a pack always is, a new pack holds more than the old mark asks, and the
// mark is raised last.
[[nodiscard]] QString keep(const QSqlDatabase& database, const Standing& standing,
                           const QHash<QByteArray, QByteArray>& fresh);

} // namespace EventPacks
