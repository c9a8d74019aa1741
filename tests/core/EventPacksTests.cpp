// The packs of each participant's events (event_pack, EventPacks, issue 21): a history read from
// its pack is the history in its rows, and a pack never outlives the events it was made of.
#include "StoreFixture.h"

#include "demo/DemoGenerator.h"
#include "store/EventPacks.h"
#include "store/StoredEvents.h"
#include "trajectory/IsoDate.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace storefixture;

namespace {

QVariant scalar(const QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

// A small demo file: twelve histories of a few dozen events each.
std::unique_ptr<EncryptedStore> demoFile(const QString& path)
{
    auto store = create(path);
    DemoOptions demo;
    demo.count = 12;
    demo.seed = 4;
    demo.begeleiders = 2;
    demo.today = QDate(2026, 11, 23);
    demo.forms = false;
    REQUIRE(DemoGenerator::fill(store->database(), demo, tester(), {}).ok());
    return store;
}

QStringList participants(const QSqlDatabase& database)
{
    QStringList ids;
    QSqlQuery query(database);
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM participant ORDER BY id")));
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

// An event as text, from what StoredEvents read and from the row itself.
QString shown(qint64 id, const QString& type, const QDate& date, const QJsonObject& fields)
{
    return QString::number(id) + u'|' + type + u'|' + isoDate(date) + u'|' +
           QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

QHash<QString, QStringList> readStored(const QSqlDatabase& database, const QStringList& ids,
                                       StoredEvents::Access access)
{
    QHash<QByteArray, qsizetype> indexOf;
    for (const QString& id : ids)
        indexOf.insert(id.toUtf8(), indexOf.size());
    QList<QList<StoredEvents::EventRow>> rows(ids.size());
    const QString error = StoredEvents::read(database, indexOf, {}, access, rows);
    REQUIRE(error.isEmpty());
    QHash<QString, QStringList> histories;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (const StoredEvents::EventRow& row : std::as_const(rows.at(i))) {
            const TrajectoryEvent& event = row.recorded.event;
            histories[ids.at(i)] << shown(row.rowId, event.type, event.date, event.fields.toJsonObject());
        }
    }
    return histories;
}

// Each participant's events straight from their rows, by SQL.
QHash<QString, QStringList> readRows(const QSqlDatabase& database)
{
    QHash<QString, QStringList> histories;
    QSqlQuery query(database);
    REQUIRE(query.exec(
        QStringLiteral("SELECT participant_id, id, type, date, fields FROM trajectory_event ORDER BY id")));
    while (query.next())
        histories[query.value(0).toString()] << shown(
            query.value(1).toLongLong(), query.value(2).toString(), parseIsoDate(query.value(3).toString()),
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object());
    return histories;
}

// Reads under the write lock, as a day not prepared does, and commits what it kept.
QHash<QString, QStringList> readAndKeep(QSqlDatabase database, const QStringList& ids)
{
    REQUIRE(database.transaction());
    auto histories = readStored(database, ids, StoredEvents::Access::UnderWriteLock);
    REQUIRE(database.commit());
    return histories;
}

QByteArray packOf(const QSqlDatabase& database, const QString& participantId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT events FROM event_pack WHERE participant_id = ?"));
    query.addBindValue(participantId);
    REQUIRE(query.exec());
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

void setPack(const QSqlDatabase& database, const QString& participantId, const QByteArray& pack)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE event_pack SET events = ? WHERE participant_id = ?"));
    query.addBindValue(pack);
    query.addBindValue(participantId);
    REQUIRE(query.exec());
    REQUIRE(query.numRowsAffected() == 1);
}

void addEventAgain(const QSqlDatabase& database, const QString& participantId)
{
    REQUIRE(QSqlQuery(database).exec(
        QStringLiteral("INSERT INTO trajectory_event (participant_id, type, date, fields, recorded_at, "
                       "recorded_by) SELECT participant_id, type, date, fields, recorded_at, recorded_by "
                       "FROM trajectory_event WHERE participant_id = '%1' ORDER BY id DESC LIMIT 1")
            .arg(participantId)));
}

// A small demo file whose packs were made and committed, as after a day not prepared.
struct PackedDemo
{
    PackedDemo()
        : store(demoFile(dir.filePath(QStringLiteral("packs.thuis"))))
        , database(store->database())
        , ids(participants(database))
    {
        readAndKeep(database, ids);
    }

    QTemporaryDir dir;
    std::unique_ptr<EncryptedStore> store;
    QSqlDatabase database;
    QStringList ids;
};

} // namespace

TEST_CASE("An event pack gives back exactly what it was given, and a cut or garbled one is refused",
          "[store][packs]")
{
    const QByteArray longFields = "{\"toelichting\":\"" + QByteArray(300, 'x') + "\"}";
    // Ids up and (as no file has them) down, a type again (written as its number), an impossible
    // date (a text that is not one), a date before 1900, fields long enough for a two-byte length.
    const QList<std::tuple<qint64, QByteArray, QDate, QByteArray>> events{
        {1, "aanmelding", QDate(2025, 1, 31), "{}"},
        {127, "huurovereenkomst", QDate(2025, 2, 1), "{\"nummer\":2}"},
        {128, "aanmelding", QDate(), ""},
        {qint64(1) << 40, "woonevaluatie", QDate(1899, 12, 31), longFields},
        {5, "huurovereenkomst", QDate(2026, 11, 30), "{}"},
    };
    EventPacks::Writer writer;
    QList<qsizetype> ends; // where each event's bytes end
    for (const auto& [id, type, date, fields] : events) {
        writer.append({id, type, date, fields});
        ends << writer.bytes().size();
    }
    const QByteArray pack = writer.bytes();
    CHECK(pack.size() < 8 * events.size() + longFields.size() + 60); // the texts of the types once
    EventPacks::Reader reader(pack);
    EventPacks::PackedEvent event;
    for (const auto& [id, type, date, fields] : events) {
        REQUIRE(reader.next(event));
        CHECK(event.id == id);
        CHECK(event.type == type);
        CHECK(event.date == date);
        CHECK(event.fields == fields);
    }
    CHECK_FALSE(reader.next(event));
    CHECK(reader.valid());

    // Another pack appended event by event (the later half of a history, read on another thread).
    EventPacks::Writer halves;
    halves.append({1, "aanmelding", QDate(2025, 1, 31), "{}"});
    EventPacks::Writer later;
    for (const auto& [id, type, date, fields] : events.mid(1))
        later.append({id, type, date, fields});
    REQUIRE(halves.appendPack(later.bytes()));
    CHECK(halves.bytes() == pack);
    CHECK_FALSE(halves.appendPack(later.bytes().chopped(1)));

    // Every shorter pack: whole events up to a cut, then refused; cut between events, whole.
    for (qsizetype length = 0; length < pack.size(); ++length) {
        EventPacks::Reader cut(QByteArrayView(pack).first(length));
        int read = 0;
        while (cut.next(event))
            ++read;
        const auto whole = qsizetype(
            std::count_if(ends.cbegin(), ends.cend(), [&](qsizetype end) { return end <= length; }));
        INFO(length);
        CHECK(read == whole);
        CHECK(cut.valid() == (length <= 1 || ends.contains(length)));
    }
    // Another format, a number that never ends, a length beyond the pack, a type never named.
    QByteArray otherFormat = pack;
    otherFormat[0] = 2;
    for (const QByteArray& bad : {otherFormat, QByteArray(1, 1) + QByteArray(12, char(0xff)),
                                  QByteArray("\x01\x02\x00\x7f"
                                             "abc",
                                             7),
                                  QByteArray("\x01\x02\x03\x01\x00", 5)}) {
        EventPacks::Reader garbled(bad);
        CHECK_FALSE(garbled.next(event));
        CHECK_FALSE(garbled.valid());
    }
}

TEST_CASE("The packs are made under the write lock, and a history read from its pack is the history in "
          "its rows",
          "[store][packs]")
{
    QTemporaryDir dir;
    const auto store = demoFile(dir.filePath(QStringLiteral("packs.thuis")));
    const QSqlDatabase database = store->database();
    const QStringList ids = participants(database);
    const auto rows = readRows(database);
    REQUIRE(rows.size() == ids.size());

    // Read without the lock: from the rows, nothing kept.
    CHECK(readStored(database, ids, StoredEvents::Access::UnderWriteLock) == rows); // not in a transaction
    CHECK(readStored(database, ids, StoredEvents::Access::OneConnection) == rows);
    CHECK(scalar(database, QStringLiteral("SELECT count(*) FROM event_pack")).toInt() == 0);

    // Under the lock: one pack per participant, and the mark at the last event.
    CHECK(readAndKeep(database, ids) == rows);
    CHECK(scalar(database, QStringLiteral("SELECT count(*) FROM event_pack")).toInt() == ids.size());
    CHECK(scalar(database, QStringLiteral("SELECT through FROM event_pack_mark")).toLongLong() ==
          scalar(database, QStringLiteral("SELECT max(id) FROM trajectory_event")).toLongLong());

    // Read again, the histories come from the packs: one shortened for the test shows it.
    CHECK(readStored(database, ids, StoredEvents::Access::OneConnection) == rows);
    const QString first = ids.first();
    const QByteArray whole = packOf(database, first);
    EventPacks::Reader reader(whole);
    EventPacks::PackedEvent event;
    REQUIRE(reader.next(event));
    EventPacks::Writer shortened;
    while (reader.next(event))
        shortened.append(event);
    setPack(database, first, shortened.bytes());
    const auto fromPacks = readStored(database, ids, StoredEvents::Access::OneConnection);
    CHECK(fromPacks.value(first) == rows.value(first).mid(1));
    CHECK(fromPacks.value(ids.last()) == rows.value(ids.last()));

    // A pack that does not read cleanly is passed over for the rows, and made again under the lock.
    setPack(database, first, whole.chopped(3));
    CHECK(readStored(database, ids, StoredEvents::Access::OneConnection) == rows);
    CHECK(readAndKeep(database, ids) == rows);
    CHECK(packOf(database, first) == whole);

    // Only some participants read: theirs as in their rows, the others' packs as they were.
    const QByteArray lastPack = packOf(database, ids.last());
    const auto some = readAndKeep(database, ids.mid(0, 3));
    CHECK(some.size() == 3);
    for (const QString& id : ids.mid(0, 3))
        CHECK(some.value(id) == rows.value(id));
    CHECK(packOf(database, ids.last()) == lastPack);

    // A participant without events yet: an empty pack, an empty history.
    addParticipant(*store, QStringLiteral("TW-0999"));
    const QStringList withNew = ids + QStringList{QStringLiteral("TW-0999")};
    CHECK_FALSE(readAndKeep(database, withNew).contains(QStringLiteral("TW-0999")));
    CHECK(scalar(database,
                 QStringLiteral("SELECT length(events) FROM event_pack WHERE participant_id = 'TW-0999'"))
              .toInt() == 0);
    CHECK(readStored(database, withNew, StoredEvents::Access::OneConnection) == rows);
}

TEST_CASE("Under the write lock, a second connection's half is read only when it sees what the caller "
          "sees",
          "[store][packs]")
{
    PackedDemo demo;
    QSqlDatabase& database = demo.database;
    const QStringList& ids = demo.ids;
    // The last participant's pack lies in the later half, which the helper's connection reads.
    const QString last = ids.last();
    addEventAgain(database, last);
    const auto rows = readRows(database);

    // Read twice in one transaction: the first read rewrote that pack and raised the mark, not
    // committed; the helper's connection still sees the old pack and mark. Were it to read them,
    // the last history would lack its newest event.
    REQUIRE(database.transaction());
    CHECK(readStored(database, ids, StoredEvents::Access::UnderWriteLock) == rows);
    CHECK(readStored(database, ids, StoredEvents::Access::UnderWriteLock) == rows);
    REQUIRE(database.rollback());

    // A caller that added an event before reading: read as it sees it, and no pack kept of it
    // (the helper's rows would lack the event).
    const QByteArray before = packOf(database, last);
    const qint64 mark = scalar(database, QStringLiteral("SELECT through FROM event_pack_mark")).toLongLong();
    REQUIRE(database.transaction());
    addEventAgain(database, last);
    CHECK(readStored(database, ids, StoredEvents::Access::UnderWriteLock) == readRows(database));
    CHECK(packOf(database, last) == before);
    CHECK(scalar(database, QStringLiteral("SELECT through FROM event_pack_mark")).toLongLong() == mark);
    REQUIRE(database.rollback());
}

TEST_CASE("A new event puts its participant's pack out of date, however it was written", "[store][packs]")
{
    PackedDemo demo;
    const QSqlDatabase& database = demo.database;
    const QStringList& ids = demo.ids;
    const QString changed = ids.at(4);
    const QByteArray before = packOf(database, changed);
    const qint64 mark = scalar(database, QStringLiteral("SELECT through FROM event_pack_mark")).toLongLong();

    // Added by SQL, as no path of the program does: nothing but the event's id tells the packs.
    addEventAgain(database, changed);
    const auto rows = readRows(database);
    CHECK(readStored(database, ids, StoredEvents::Access::OneConnection) == rows);
    CHECK(packOf(database, changed) == before); // read from the rows: nothing written without the lock

    // Under the lock: that pack made again, the others untouched, the mark raised.
    const QByteArray other = packOf(database, ids.at(5));
    CHECK(readAndKeep(database, ids) == rows);
    CHECK(packOf(database, changed) != before);
    CHECK(packOf(database, ids.at(5)) == other);
    CHECK(scalar(database, QStringLiteral("SELECT through FROM event_pack_mark")).toLongLong() > mark);
    CHECK(readStored(database, ids, StoredEvents::Access::OneConnection) == rows);

    // Changed while another participant is read under the lock: dropped, made again when read.
    addEventAgain(database, changed);
    readAndKeep(database, {ids.first()});
    CHECK(packOf(database, changed).isEmpty());
    CHECK(scalar(database, QStringLiteral("SELECT count(*) FROM event_pack")).toInt() == ids.size() - 1);
    CHECK(readStored(database, ids, StoredEvents::Access::OneConnection) == readRows(database));
    CHECK(readAndKeep(database, ids) == readRows(database));
    CHECK(scalar(database, QStringLiteral("SELECT count(*) FROM event_pack")).toInt() == ids.size());

    // A transaction that keeps packs and is rolled back leaves the packs as they were.
    addEventAgain(database, changed);
    const QByteArray kept = packOf(database, changed);
    QSqlDatabase writer = database;
    REQUIRE(writer.transaction());
    readStored(database, ids, StoredEvents::Access::UnderWriteLock);
    REQUIRE(writer.rollback());
    CHECK(packOf(database, changed) == kept);
    CHECK(readStored(database, ids, StoredEvents::Access::OneConnection) == readRows(database));
}

TEST_CASE("A participant's pack goes with their events and with the participant", "[store][packs]")
{
    PackedDemo demo;
    const QSqlDatabase& database = demo.database;
    const QStringList& ids = demo.ids;
    const auto count = [&] {
        return scalar(database, QStringLiteral("SELECT count(*) FROM event_pack")).toInt();
    };
    REQUIRE(count() == ids.size());

    // Handed over (team_release lets the events go): the pack goes with them.
    const QString handedOver = ids.at(2);
    QSqlQuery release(database);
    REQUIRE(release.exec(
        QStringLiteral("INSERT INTO team_release (participant_id) VALUES ('%1')").arg(handedOver)));
    REQUIRE(release.exec(
        QStringLiteral("DELETE FROM trajectory_event WHERE participant_id = '%1'").arg(handedOver)));
    CHECK(packOf(database, handedOver).isEmpty());
    CHECK(count() == ids.size() - 1);

    // A pack left for a participant without events (made for this test) goes with the participant.
    REQUIRE(release.exec(QStringLiteral("INSERT INTO event_pack (participant_id, events) VALUES ('%1', x'')")
                             .arg(handedOver)));
    REQUIRE(release.exec(QStringLiteral("DELETE FROM contact WHERE participant_id = '%1'").arg(handedOver)));
    REQUIRE(release.exec(QStringLiteral("DELETE FROM participant WHERE id = '%1'").arg(handedOver)));
    CHECK(count() == ids.size() - 1);
    CHECK(packOf(database, handedOver).isEmpty());

    // The others read as their rows, from their packs.
    QStringList others = ids;
    others.removeAll(handedOver);
    CHECK(readStored(database, others, StoredEvents::Access::OneConnection) == readRows(database));
}
