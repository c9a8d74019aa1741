#include "store/EventPacks.h"

#include "store/RawQuery.h"

#include <algorithm>

namespace EventPacks {

namespace {

constexpr char packFormat = 1;

// Dates as Julian days from here (zigzag: before it too); 0 for a text that is not a date.
constexpr qint64 dayBase = 2415021; // 1900-01-01

void appendNumber(QByteArray& pack, quint64 number)
{
    while (number >= 0x80) {
        pack.append(char(number & 0x7f) | char(0x80));
        number >>= 7;
    }
    pack.append(char(number));
}

void appendBytes(QByteArray& pack, QByteArrayView bytes)
{
    appendNumber(pack, quint64(bytes.size()));
    pack.append(bytes.data(), bytes.size());
}

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

} // namespace

void Writer::append(const PackedEvent& event)
{
    if (m_bytes.isEmpty())
        m_bytes.append(packFormat);
    appendNumber(m_bytes, zigzag(event.id - m_lastId)); // ascending: one byte or two
    m_lastId = event.id;
    const auto known = std::find(m_types.cbegin(), m_types.cend(), event.type); // a dozen at most
    if (known == m_types.cend()) {
        appendNumber(m_bytes, 0);
        appendBytes(m_bytes, event.type);
        m_types.append(event.type.toByteArray());
    } else {
        appendNumber(m_bytes, quint64(known - m_types.cbegin()) + 1);
    }
    appendNumber(m_bytes, event.date.isValid() ? zigzag(event.date.toJulianDay() - dayBase) + 1 : 0);
    appendBytes(m_bytes, event.fields);
}

bool Writer::appendPack(QByteArrayView pack)
{
    Reader reader(pack);
    PackedEvent event;
    while (reader.next(event))
        append(event);
    return reader.valid();
}

Reader::Reader(QByteArrayView pack)
    : m_pack(pack)
{
    if (!m_pack.isEmpty() && m_pack.front() != packFormat)
        m_valid = false; // another format: read from the rows, and packed anew
    m_at = m_pack.isEmpty() ? 0 : 1;
}

std::optional<quint64> Reader::number()
{
    quint64 number = 0;
    for (int shift = 0; shift < 64 && m_at < m_pack.size(); shift += 7) {
        const auto byte = quint8(m_pack[m_at++]);
        number |= quint64(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0)
            return number;
    }
    return std::nullopt; // cut off, or longer than any 64-bit number
}

std::optional<QByteArrayView> Reader::bytes()
{
    const std::optional<quint64> length = number();
    if (!length || *length > quint64(m_pack.size() - m_at))
        return std::nullopt;
    const QByteArrayView bytes = m_pack.sliced(m_at, qsizetype(*length));
    m_at += qsizetype(*length);
    return bytes;
}

bool Reader::fail()
{
    m_valid = false;
    return false;
}

bool Reader::next(PackedEvent& event)
{
    if (!m_valid || m_at >= m_pack.size())
        return false;
    const std::optional<quint64> idStep = number();
    const std::optional<quint64> typeNumber = idStep ? number() : std::nullopt;
    if (!typeNumber)
        return fail();
    event.id = qint64(quint64(m_lastId) + quint64(unzigzag(*idStep))); // wraps, never overflows
    m_lastId = event.id;
    if (*typeNumber == 0) {
        const std::optional<QByteArrayView> type = bytes();
        if (!type)
            return fail();
        m_types.append(*type);
        event.type = *type;
    } else if (*typeNumber <= quint64(m_types.size())) {
        event.type = m_types.at(qsizetype(*typeNumber - 1));
    } else {
        return fail();
    }
    const std::optional<quint64> day = number();
    const std::optional<QByteArrayView> fields = day ? bytes() : std::nullopt;
    if (!fields)
        return fail();
    event.date =
        *day == 0 ? QDate() : QDate::fromJulianDay(qint64(quint64(unzigzag(*day - 1)) + quint64(dayBase)));
    event.fields = *fields;
    return true;
}

QString readStanding(const QSqlDatabase& database, Standing& standing)
{
    standing = {};
    {
        RawQuery mark(database, "SELECT (SELECT through FROM event_pack_mark WHERE id = 1), "
                                "(SELECT max(id) FROM trajectory_event)");
        if (!mark.next())
            return mark.error();
        standing.marked = !mark.isNull(0);
        standing.through = mark.integer(0);
        standing.lastEventId = mark.integer(1);
    }
    if (!standing.marked || standing.lastEventId <= standing.through)
        return {};
    // A range of ids at the end of the table: what was added since the packs were brought up to date.
    RawQuery added(database, "SELECT DISTINCT participant_id FROM trajectory_event WHERE id > ?");
    added.bindInteger(1, standing.through);
    while (added.next())
        standing.outOfDate.insert(added.text(0).toByteArray());
    return added.error();
}

QString keep(const QSqlDatabase& database, const Standing& standing,
             const QHash<QByteArray, QByteArray>& fresh)
{
    // Plain deletes and inserts, no INSERT OR REPLACE: a conflict clause that may delete makes
    // SQLite keep a statement journal, each page of which SQLCipher encrypts (schema version 11).
    QList<QByteArray> dropped(standing.outOfDate.cbegin(), standing.outOfDate.cend());
    if (standing.marked) {
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
            dropped.append(it.key()); // a pack that did not read cleanly; mostly none
    } else {                          // no pack counted without a mark: none may stay from before it
        RawQuery dropAll(database, "DELETE FROM event_pack");
        if (!dropAll.exec())
            return dropAll.error();
    }
    RawQuery drop(database, "DELETE FROM event_pack WHERE participant_id = ?");
    for (const QByteArray& participant : std::as_const(dropped)) {
        drop.bindUtf8(1, participant);
        if (!drop.exec())
            return drop.error();
    }
    // In the order of the key, as the index on it keeps them.
    QList<QByteArray> participants = fresh.keys();
    std::sort(participants.begin(), participants.end());
    RawQuery write(database, "INSERT INTO event_pack (participant_id, events) VALUES (?, ?)");
    for (const QByteArray& participant : std::as_const(participants)) {
        write.bindUtf8(1, participant);
        write.bindBlob(2, fresh.value(participant));
        if (!write.exec())
            return write.error();
    }
    RawQuery mark(database, "INSERT OR REPLACE INTO event_pack_mark (id, through) VALUES (1, ?)");
    mark.bindInteger(1, standing.lastEventId);
    return mark.exec() ? QString() : mark.error();
}

} // namespace EventPacks
