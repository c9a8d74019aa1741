// The keyed audit chain over the data (issue 17): what someone with the passphrase and a SQLite
// shell changes in the data, adds, removes or cuts off is found by `audit verify`, and a file
// from before schema version 6 is migrated with its old chain kept.
#include "QtCatch.h"

#include "store/AuditAnchors.h"
#include "store/AuditLog.h"
#include "store/EncryptedStore.h"
#include "store/SchemaMigrations.h"
#include "store/StoreBackups.h"
#include "store/StoreExport.h"
#include "store/StoreSession.h"
#include "store/TrajectoryRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

namespace {

const Actor begeleider{QStringLiteral("Fictieve Begeleider"), QStringLiteral("persoonlijk begeleider"),
                       QStringLiteral("begeleider")};
const QDate today(2026, 11, 23);
const QDateTime now(today, QTime(9, 30), Qt::UTC);
const char* const passphraseText = "Kraanvogel-Zomer-2026";

struct StoreWithTrajectory
{
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    std::unique_ptr<EncryptedStore> store;

    StoreWithTrajectory()
    {
        auto created = EncryptedStore::create(path, SecretBytes(QByteArray(passphraseText)),
                                              KdfParameters::cheapForTestsOnly());
        REQUIRE(created.ok());
        store = std::move(created).value();
        QFile file(QStringLiteral(THUIS_SOURCE_DIR "/tests/core/trajectories/amsterdam-2026-omklap.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const Result<Trajectory> trajectory = Trajectory::fromJson(file.readAll());
        REQUIRE(trajectory.ok());
        REQUIRE(TrajectoryRepository(store->database())
                    .importTrajectory(trajectory.value(), begeleider, today, now)
                    .isEmpty());
    }

    AuditLog::Verification verify(const QList<AuditLog::Anchor>& anchors = {}) const
    {
        return AuditLog(store->database()).verify(anchors);
    }

    // What someone with the key and a SQLite shell could do: remove the guards, then edit.
    void tamper(const QString& sql) const
    {
        QSqlQuery query(store->database());
        for (const char* trigger :
             {"trajectory_event_append_only_update", "trajectory_event_append_only_delete",
              "audit_log_append_only_update", "audit_log_append_only_delete"})
            REQUIRE(
                query.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QString::fromLatin1(trigger))));
        REQUIRE(query.exec(sql));
    }

    qint64 scalar(const QString& sql) const
    {
        QSqlQuery query(store->database());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("The chain covers the data: every participant and event is recomputed", "[store][audit]")
{
    StoreWithTrajectory fixture;
    const AuditLog::Verification result = fixture.verify();
    CHECK(result.intact);
    // One participant and its 31 events.
    CHECK(result.dataChecked == 32);
    CHECK(result.findings.isEmpty());
}

TEST_CASE("An event's date changed in the file itself is named with its last audit row", "[store][audit]")
{
    StoreWithTrajectory fixture;
    const qint64 event = fixture.scalar(QStringLiteral("SELECT min(id) FROM trajectory_event"));
    const qint64 auditRow = fixture.scalar(
        QStringLiteral("SELECT id FROM audit_log WHERE entity = 'trajectory_event' AND entity_id = '%1'")
            .arg(event));
    fixture.tamper(
        QStringLiteral("UPDATE trajectory_event SET date = '2026-01-02' WHERE id = %1").arg(event));
    const AuditLog::Verification result = fixture.verify();
    CHECK_FALSE(result.intact);
    CHECK(result.firstBrokenRow == auditRow);
    CHECK(result.message ==
          QStringLiteral("event %1 does not match audit row %2, its last recorded change: it was "
                         "changed outside the program.")
              .arg(event)
              .arg(auditRow));
}

TEST_CASE("A moment the AVG export shows, backdated in the file, is found too", "[store][audit]")
{
    StoreWithTrajectory fixture;
    fixture.tamper(QStringLiteral("UPDATE participant SET created_at = '2019-01-01T00:00:00.000Z'"));
    const AuditLog::Verification result = fixture.verify();
    CHECK_FALSE(result.intact);
    CHECK(result.message.startsWith(QStringLiteral("participant ")));
}

TEST_CASE("A participant's name changed, a row added and a row removed outside the program are all found",
          "[store][audit]")
{
    StoreWithTrajectory fixture;
    const qint64 lastEvent = fixture.scalar(QStringLiteral("SELECT max(id) FROM trajectory_event"));
    fixture.tamper(QStringLiteral("UPDATE participant SET naam = 'Iemand Anders'"));
    fixture.tamper(QStringLiteral("INSERT INTO participant (id, naam, profile, created_at) VALUES "
                                  "('D-9999', 'Niemand', 'amsterdam-2026', '2026-01-01T00:00:00Z')"));
    fixture.tamper(QStringLiteral("DELETE FROM trajectory_event WHERE id = %1").arg(lastEvent));
    const AuditLog::Verification result = fixture.verify();
    CHECK_FALSE(result.intact);
    REQUIRE(result.findings.size() == 3);
    CHECK(result.findings.join(u'\n').contains(
        QStringLiteral("participant D-9999 is in the case file without any "
                       "audit row")));
    CHECK(result.findings.join(u'\n').contains(QStringLiteral("changed outside the program")));
    CHECK(result.findings.join(u'\n').contains(
        QStringLiteral("event %1 is recorded in audit row").arg(lastEvent)));
}

TEST_CASE("An audit row rewritten with a fresh SHA-256 or a key of one's own does not fit the keyed link",
          "[store][audit]")
{
    StoreWithTrajectory fixture;
    // The old chain's recipe (plain SHA-256) no longer makes a link that fits: the key is needed.
    const QByteArray forged(32, 'x');
    fixture.tamper(QStringLiteral("UPDATE audit_log SET new_value = 'anders', hash = x'%1' WHERE id = 5")
                       .arg(QString::fromLatin1(forged.toHex())));
    const AuditLog::Verification result = fixture.verify();
    CHECK_FALSE(result.intact);
    CHECK(result.firstBrokenRow == 5);
}

TEST_CASE("Rows cut off the end together with their data are found through a backup's head", "[store][audit]")
{
    StoreWithTrajectory fixture;
    const Result<StoreBackups::Backup> backup =
        StoreBackups(fixture.path).make(*fixture.store, QDateTime(today, QTime(10, 0)));
    REQUIRE(backup.ok());
    // The last event and its audit row go together: the chain alone still fits.
    const qint64 lastEvent = fixture.scalar(QStringLiteral("SELECT max(id) FROM trajectory_event"));
    const qint64 lastRow = fixture.scalar(QStringLiteral("SELECT max(id) FROM audit_log"));
    fixture.tamper(QStringLiteral("DELETE FROM trajectory_event WHERE id = %1").arg(lastEvent));
    fixture.tamper(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(lastRow));
    CHECK(fixture.verify().intact);

    int unreadable = -1;
    const Result<QList<AuditLog::Anchor>> anchors = AuditAnchors::ofBackups(*fixture.store, &unreadable);
    REQUIRE(anchors.ok());
    REQUIRE(anchors->size() == 1);
    CHECK(unreadable == 0);
    const AuditLog::Verification result = fixture.verify(anchors.value());
    CHECK_FALSE(result.intact);
    CHECK(result.message.contains(QStringLiteral("recorded the audit log up to row %1").arg(lastRow)));
    CHECK(result.message.contains(QStringLiteral("rows were cut off")));
}

TEST_CASE(
    "A JSON export records the head, and a chain rewritten from that row on no longer passes through it",
    "[store][audit]")
{
    StoreWithTrajectory fixture;
    const Result<QByteArray> json = StoreExport(fixture.store->database()).toJson(std::nullopt, now);
    REQUIRE(json.ok());
    const std::optional<AuditLog::Head> head = AuditAnchors::inExport(json.value());
    REQUIRE(head.has_value());
    CHECK(head->row == fixture.scalar(QStringLiteral("SELECT max(id) FROM audit_log")));
    const AuditLog::Anchor anchor{QStringLiteral("inzage.json"), *head};
    CHECK(fixture.verify({anchor}).intact);
    CHECK(fixture.verify({anchor}).anchorsChecked == 1);

    // An insider with the passphrase can read the chain key and write a chain that fits: the
    // last event and its row removed, another row appended in their place. Only the export still
    // knows what row it was.
    const qint64 lastEvent = fixture.scalar(QStringLiteral("SELECT max(id) FROM trajectory_event"));
    fixture.tamper(QStringLiteral("DELETE FROM trajectory_event WHERE id = %1").arg(lastEvent));
    fixture.tamper(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(head->row));
    fixture.tamper(QStringLiteral("UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'audit_log'"));
    REQUIRE(AuditLog(fixture.store->database())
                .append({now, begeleider, QStringLiteral("export"), QStringLiteral("1"), std::nullopt,
                         QStringLiteral("niets bijzonders")})
                .isEmpty());
    REQUIRE(fixture.scalar(QStringLiteral("SELECT max(id) FROM audit_log")) == head->row);
    CHECK(fixture.verify().intact);
    const AuditLog::Verification result = fixture.verify({anchor});
    CHECK_FALSE(result.intact);
    CHECK(result.findings.join(u'\n').contains(QStringLiteral("inzage.json recorded another row")));
}

TEST_CASE("A restore is said in the chain, so the backups made before it are not taken for rows cut off",
          "[store][audit]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    ManualClock clock(QDateTime(today, QTime(9, 0)));
    StoreSession session(clock, KdfParameters::cheapForTestsOnly());
    REQUIRE(session.create(path, SecretBytes(QByteArray(passphraseText))).ok);
    const std::optional<StoreBackups::Backup> first = StoreBackups(path).latest();
    REQUIRE(first.has_value());
    REQUIRE(AuditLog(session.database())
                .append({now, begeleider, QStringLiteral("participant"), QStringLiteral("D-1"), std::nullopt,
                         QStringLiteral("Zoë")})
                .isEmpty());
    clock.advance(5 * 3600);
    REQUIRE(session.backupIfDue().isEmpty());
    REQUIRE(StoreBackups(path).list().size() == 2);

    clock.advance(60);
    REQUIRE(session.restore(path, *first, SecretBytes(QByteArray(passphraseText))).ok);
    const AuditLog::Verification result = [&] {
        const Result<QList<AuditLog::Anchor>> anchors = AuditAnchors::ofBackups(*session.store(), nullptr);
        REQUIRE(anchors.ok());
        return AuditLog(session.database()).verify(anchors.value());
    }();
    CHECK(result.intact);
    QSqlQuery query(session.database());
    REQUIRE(query.exec(QStringLiteral("SELECT entity, entity_id FROM audit_log ORDER BY id DESC LIMIT 1")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("restore"));
    CHECK(query.value(1).toString() == QFileInfo(first->path).fileName());
}

namespace {

// The chain of schema versions 1-5, as the format was: SHA-256 over the previous link (as hex
// text), the row's six fields, the old value (NULL: four 0xff bytes) and the new value, each
// length-prefixed.
QByteArray legacyLink(const QByteArray& previous, const QStringList& sixFields, const QString& newValue)
{
    QByteArray message;
    const auto field = [&message](const QByteArray& bytes) {
        char length[4];
        qToBigEndian(quint32(bytes.size()), length);
        message.append(length, 4);
        message.append(bytes);
    };
    field(previous.toHex());
    for (const QString& value : sixFields)
        field(value.toUtf8());
    message.append(4, char(0xff));
    field(newValue.toUtf8());
    QByteArray hash(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(hash.data()),
                       reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()));
    return hash;
}

} // namespace

TEST_CASE("A version 5 file keeps its SHA-256 chain, and its data is bound in when the keyed chain begins",
          "[store][audit]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    const SecretBytes passphrase{QByteArray(passphraseText)};
    {
        auto created = EncryptedStore::create(path, passphrase, KdfParameters::cheapForTestsOnly());
        REQUIRE(created.ok());
        QSqlQuery query(created.value()->database());
        for (const QString& table : created.value()->database().tables()) {
            if (table != u"store_meta" && table != u"sqlite_sequence")
                REQUIRE(query.exec(QStringLiteral("DROP TABLE %1").arg(table)));
        }
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 0")));
        REQUIRE(SchemaMigrations::migrate(created.value()->database(), {}, 5).isEmpty());
        // One participant, recorded in the old chain by hand.
        REQUIRE(query.exec(QStringLiteral("INSERT INTO participant (id, naam, profile, created_at) VALUES "
                                          "('D-0001', 'Zoë', 'amsterdam-2026', '2026-01-01T00:00:00Z')")));
        const QStringList fields{QStringLiteral("2026-01-01T00:00:00.000Z"),
                                 begeleider.name,
                                 begeleider.function,
                                 begeleider.role,
                                 QStringLiteral("participant"),
                                 QStringLiteral("D-0001")};
        query.prepare(
            QStringLiteral("INSERT INTO audit_log (at, actor_name, actor_function, actor_role, entity, "
                           "entity_id, old_value, new_value, previous_hash, hash) VALUES "
                           "(?, ?, ?, ?, ?, ?, NULL, 'Zoë', NULL, ?)"));
        for (const QString& value : fields)
            query.addBindValue(value);
        query.addBindValue(legacyLink(QByteArray(), fields, QStringLiteral("Zoë")));
        REQUIRE(query.exec());
    }
    const auto store = EncryptedStore::open(path, passphrase, KdfParameters::cheapForTestsOnly());
    REQUIRE(store.ok());
    CHECK(SchemaMigrations::currentVersion(store.value()->database()) == SchemaMigrations::latestVersion());
    const AuditLog::Verification result = AuditLog(store.value()->database()).verify();
    INFO(result.message.toStdString());
    CHECK(result.intact);
    // The legacy row, the row that begins the keyed chain, the participant bound in.
    CHECK(result.rows == 3);
    CHECK(result.dataChecked == 1);

    QSqlQuery query(store.value()->database());
    REQUIRE(query.exec(QStringLiteral("UPDATE participant SET naam = 'Anders' WHERE id = 'D-0001'")));
    CHECK_FALSE(AuditLog(store.value()->database()).verify().intact);
}
