// The encrypted case file: create, open, wrong passphrases, foreign and newer files.
#include "StoreFixture.h"

#include "caseload/Caseload.h"
#include "store/CaseFileLock.h"
#include "store/EncryptedStore.h"
#include "store/SchemaMigrations.h"
#include "store/StoreBackups.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace {

SecretBytes passphrase(const char* text)
{
    return SecretBytes(QByteArray(text));
}

const KdfParameters cheap = KdfParameters::cheapForTestsOnly();

QByteArray sha256(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString createStore(const QTemporaryDir& folder, const char* secret = "Kraanvogel-Zomer-2026")
{
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    const auto store = EncryptedStore::create(path, passphrase(secret), cheap);
    INFO(store.errors().join(u'\n').toStdString());
    REQUIRE(store.ok());
    return path;
}

} // namespace

TEST_CASE("A new case file opens again with its passphrase and knows its format", "[store]")
{
    QTemporaryDir folder;
    const QString path = createStore(folder);
    const auto store = EncryptedStore::open(path, passphrase("Kraanvogel-Zomer-2026"), cheap);
    INFO(store.errors().join(u'\n').toStdString());
    REQUIRE(store.ok());
    CHECK(store.value()->meta(QStringLiteral("format")) == QStringLiteral("2"));
    CHECK(store.value()->cipherPageSize() == 4096);
    CHECK(
        store.value()->meta(QStringLiteral("created_with")).startsWith(QStringLiteral("Thuis in de Wijk ")));
}

TEST_CASE("Creating never replaces an existing file", "[store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bestaand.thuis"));
    QFile existing(path);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("iets belangrijks");
    existing.close();
    const auto store = EncryptedStore::create(path, passphrase("Kraanvogel-Zomer-2026"), cheap);
    REQUIRE_FALSE(store.ok());
    CHECK(store.errors().first().contains(QStringLiteral("already exists")));
    REQUIRE(existing.open(QIODevice::ReadOnly));
    CHECK(existing.readAll() == "iets belangrijks");
}

TEST_CASE("100 wrong passphrases are all refused and the file stays byte-identical", "[store]")
{
    QTemporaryDir folder;
    const QString path = createStore(folder);
    const QByteArray before = sha256(path);
    for (int i = 0; i < 100; ++i) {
        const QByteArray wrong = "Kraanvogel-Zomer-" + QByteArray::number(2027 + i);
        const auto store = EncryptedStore::open(path, SecretBytes(wrong), cheap);
        REQUIRE_FALSE(store.ok());
        CHECK(store.errors().first().contains(QStringLiteral("passphrase does not open")));
    }
    CHECK(sha256(path) == before);
}

TEST_CASE("The salt is the file's first 16 bytes, so the key can always be derived again", "[store][oracle]")
{
    QTemporaryDir folder;
    const QString path = createStore(folder);
    const Result<QByteArray> salt = StoreKey::readSalt(path);
    REQUIRE(salt.ok());
    const Result<SecretBytes> key =
        StoreKey::derive(passphrase("Kraanvogel-Zomer-2026"), salt.value(), cheap);
    REQUIRE(key.ok());
    CHECK(key.value().bytes().size() == 96);
    CHECK(key.value().bytes().endsWith(salt.value().toHex()));

    // SQLCipher's own shell opens the file with that raw key.
    QProcess sqlcipher;
    sqlcipher.start(QStringLiteral("sqlcipher"), {path});
    REQUIRE(sqlcipher.waitForStarted());
    sqlcipher.write(
        "PRAGMA key = \"x'" + key.value().bytes() +
        "'\";\nPRAGMA cipher_page_size = 4096;\nSELECT value FROM store_meta WHERE key = 'format';\n");
    sqlcipher.closeWriteChannel();
    REQUIRE(sqlcipher.waitForFinished(20000));
    CHECK(sqlcipher.readAllStandardOutput().trimmed() == "2");
}

TEST_CASE("Argon2id: the same passphrase and salt give the same key, another passphrase another", "[store]")
{
    const QByteArray salt(StoreKey::saltSize, 'x');
    const auto first = StoreKey::derive(passphrase("één wachtwoord"), salt, cheap);
    const auto again = StoreKey::derive(passphrase("één wachtwoord"), salt, cheap);
    const auto other = StoreKey::derive(passphrase("een wachtwoord"), salt, cheap);
    REQUIRE((first.ok() && again.ok() && other.ok()));
    CHECK(first.value().bytes() == again.value().bytes());
    CHECK(first.value().bytes() != other.value().bytes());
    CHECK(StoreKey::newSalt() != StoreKey::newSalt());
}

TEST_CASE("A cut-off file is refused with a clear message and left alone", "[store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("kapot.thuis"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("SQLite f");
    file.close();
    OpenProblem problem = OpenProblem::None;
    const auto store = EncryptedStore::open(path, passphrase("Kraanvogel-Zomer-2026"), cheap, &problem);
    REQUIRE_FALSE(store.ok());
    CHECK(problem == OpenProblem::Damaged);
    CHECK(store.errors().first().contains(QStringLiteral("cut off")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "SQLite f");
}

TEST_CASE("A file from a newer version, or without store_meta, is refused and not changed", "[store]")
{
    QTemporaryDir folder;
    const QString newer = createStore(folder);
    {
        const auto store = EncryptedStore::open(newer, passphrase("Kraanvogel-Zomer-2026"), cheap);
        REQUIRE(store.ok());
        QSqlQuery query(store.value()->database());
        REQUIRE(query.exec(QStringLiteral("UPDATE store_meta SET value = '99' WHERE key = 'format'")));
    }
    const QByteArray before = sha256(newer);
    const auto refused = EncryptedStore::open(newer, passphrase("Kraanvogel-Zomer-2026"), cheap);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors().first().contains(QStringLiteral("newer version")));
    CHECK(sha256(newer) == before);

    QTemporaryDir other;
    const QString foreign = createStore(other);
    {
        const auto store = EncryptedStore::open(foreign, passphrase("Kraanvogel-Zomer-2026"), cheap);
        REQUIRE(store.ok());
        QSqlQuery query(store.value()->database());
        REQUIRE(query.exec(QStringLiteral("DROP TABLE store_meta")));
    }
    const auto notOurs = EncryptedStore::open(foreign, passphrase("Kraanvogel-Zomer-2026"), cheap);
    REQUIRE_FALSE(notOurs.ok());
    CHECK(notOurs.errors().first().contains(QStringLiteral("not a case file of this program")));
}

TEST_CASE("A new case file has the latest schema, events and the audit log are append-only",
          "[store][schema]")
{
    QTemporaryDir folder;
    const QString path = createStore(folder);
    const auto store = EncryptedStore::open(path, passphrase("Kraanvogel-Zomer-2026"), cheap);
    REQUIRE(store.ok());
    QSqlDatabase database = store.value()->database();
    CHECK(SchemaMigrations::currentVersion(database) == SchemaMigrations::latestVersion());
    for (const char* table : {"participant", "contact", "trajectory_event", "form_instance", "form_answer",
                              "signature", "setting", "audit_log"})
        CHECK(database.tables().contains(QString::fromUtf8(table)));

    QSqlQuery query(database);
    // Foreign keys are on: no event for a participant that does not exist.
    CHECK_FALSE(
        query.exec(QStringLiteral("INSERT INTO trajectory_event (participant_id, type, date, recorded_at, "
                                  "recorded_by) VALUES ('nobody', 'aanmelding', '2026-01-05', 'x', 'y')")));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO participant (id, naam, profile, created_at) "
                                      "VALUES ('D1', 'Fictief', 'amsterdam-2026', '2026-11-23T10:00:00')")));
    REQUIRE(
        query.exec(QStringLiteral("INSERT INTO trajectory_event (participant_id, type, date, recorded_at, "
                                  "recorded_by) VALUES ('D1', 'aanmelding', '2026-01-05', 'x', 'y')")));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE trajectory_event SET date = '2026-01-06'")));
    CHECK(query.lastError().databaseText().contains(QStringLiteral("append-only")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM trajectory_event")));
    REQUIRE(query.exec(
        QStringLiteral("INSERT INTO audit_log (at, actor_name, actor_role, entity, entity_id, hash) "
                       "VALUES ('x', 'PB', 'begeleider', 'participant', 'D1', x'00')")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
}

TEST_CASE("A file of an earlier schema version is brought up to date on open", "[store][schema]")
{
    QTemporaryDir folder;
    const QString path = createStore(folder);
    {
        // Turn the new file back into schema version 0: only store_meta.
        const auto store = EncryptedStore::open(path, passphrase("Kraanvogel-Zomer-2026"), cheap);
        REQUIRE(store.ok());
        QSqlQuery query(store.value()->database());
        for (const QString& table : store.value()->database().tables()) {
            if (table != u"store_meta")
                REQUIRE(query.exec(QStringLiteral("DROP TABLE %1").arg(table)));
        }
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 0")));
    }
    const auto store = EncryptedStore::open(path, passphrase("Kraanvogel-Zomer-2026"), cheap);
    REQUIRE(store.ok());
    CHECK(SchemaMigrations::currentVersion(store.value()->database()) == SchemaMigrations::latestVersion());
    CHECK(store.value()->database().tables().contains(QStringLiteral("audit_log")));
}

TEST_CASE("A file of schema version 1 keeps its data when it is brought to the latest version",
          "[store][schema]")
{
    QTemporaryDir folder;
    const QString path = createStore(folder);
    {
        const auto store = EncryptedStore::open(path, passphrase("Kraanvogel-Zomer-2026"), cheap);
        REQUIRE(store.ok());
        QSqlQuery query(store.value()->database());
        for (const QString& table : store.value()->database().tables()) {
            if (table != u"store_meta" && table != u"sqlite_sequence")
                REQUIRE(query.exec(QStringLiteral("DROP TABLE %1").arg(table)));
        }
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 0")));
        REQUIRE(SchemaMigrations::migrate(store.value()->database(), {}, 1).isEmpty());
        REQUIRE(SchemaMigrations::currentVersion(store.value()->database()) == 1);
        REQUIRE(query.exec(QStringLiteral("INSERT INTO participant (id, naam, profile, created_at) VALUES "
                                          "('D-0001', 'Zoë', 'amsterdam-2026', '2026-01-01T00:00:00Z')")));
    }
    const auto store = EncryptedStore::open(path, passphrase("Kraanvogel-Zomer-2026"), cheap);
    REQUIRE(store.ok());
    CHECK(SchemaMigrations::currentVersion(store.value()->database()) == SchemaMigrations::latestVersion());
    QSqlQuery query(store.value()->database());
    REQUIRE(
        query.exec(QStringLiteral("SELECT naam, telefoon, begeleider FROM participant WHERE id = 'D-0001'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("Zoë"));
    CHECK(query.value(1).isNull());
    // Version 3: the migrated file keeps caseload summaries for the participant it already had.
    const auto rows = Caseload::load(store.value()->database(), QDate(2026, 11, 23));
    REQUIRE(rows.ok());
    CHECK(rows->size() == 1);
    REQUIRE(
        query.exec(QStringLiteral("SELECT count(*) FROM caseload_summary WHERE participant_id = 'D-0001'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
}

TEST_CASE("Schema 12: a file's summaries kept as CBOR (schema 11) are dropped, and the caseload is "
          "evaluated and kept again in typed columns",
          "[store][schema][summary]")
{
    QTemporaryDir folder;
    const QString path = createStore(folder);
    {
        const auto store = EncryptedStore::open(path, passphrase("Kraanvogel-Zomer-2026"), cheap);
        REQUIRE(store.ok());
        // The table as schemas 3 to 11 made it: one CBOR document per participant and day.
        QSqlQuery query(store.value()->database());
        REQUIRE(query.exec(QStringLiteral("DROP TABLE caseload_summary")));
        REQUIRE(query.exec(
            QStringLiteral("CREATE TABLE caseload_summary (participant_id TEXT NOT NULL, as_of TEXT "
                           "NOT NULL, engine TEXT NOT NULL, summary BLOB NOT NULL, PRIMARY KEY "
                           "(participant_id, as_of))")));
        // Nor the packs of the events (schema 13).
        for (const char* drop : {"DROP TRIGGER event_pack_after_event_delete",
                                 "DROP TRIGGER event_pack_after_participant_delete",
                                 "DROP TRIGGER event_pack_after_participant_id", "DROP TABLE event_pack",
                                 "DROP TABLE event_pack_mark"})
            REQUIRE(query.exec(QString::fromLatin1(drop)));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 11")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO participant (id, naam, profile, created_at) VALUES "
                                          "('D-0001', 'Zoë', 'amsterdam-2026', '2026-01-01T00:00:00Z')")));
        REQUIRE(
            query.exec(QStringLiteral("INSERT INTO caseload_summary (participant_id, as_of, engine, summary) "
                                      "VALUES ('D-0001', '2026-11-23', 'oud', x'a0')")));
    }
    const auto store = EncryptedStore::open(path, passphrase("Kraanvogel-Zomer-2026"), cheap);
    REQUIRE(store.ok());
    CHECK(SchemaMigrations::currentVersion(store.value()->database()) == SchemaMigrations::latestVersion());
    QSqlQuery query(store.value()->database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM caseload_summary")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    query.finish();

    const auto rows = Caseload::load(store.value()->database(), QDate(2026, 11, 23));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().naam == u"Zoë");
    REQUIRE(query.exec(
        QStringLiteral("SELECT phase, omklap_unmet FROM caseload_summary WHERE participant_id = 'D-0001'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == rows->first().phase);
    CHECK(query.value(1).toString() == rows->first().omklap.unmet.join(u' '));
    // The participant-update trigger of schema 3 still drops the new table's rows.
    query.finish();
    REQUIRE(query.exec(QStringLiteral("UPDATE participant SET naam = 'Zoë B.' WHERE id = 'D-0001'")));
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM caseload_summary")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("A file with a newer schema version is refused and left byte-identical", "[store][schema]")
{
    QTemporaryDir folder;
    const QString path = createStore(folder);
    {
        const auto store = EncryptedStore::open(path, passphrase("Kraanvogel-Zomer-2026"), cheap);
        REQUIRE(store.ok());
        QSqlQuery query(store.value()->database());
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = sha256(path);
    const auto store = EncryptedStore::open(path, passphrase("Kraanvogel-Zomer-2026"), cheap);
    REQUIRE_FALSE(store.ok());
    CHECK(store.errors().first().contains(QStringLiteral("schema version 99")));
    CHECK(sha256(path) == before);
}

TEST_CASE("A store format 1 file (cipher page size 1024) still opens, backs up and restores",
          "[store][oracle]")
{
    // Made the way only SQLCipher itself can: its shell exports a format 2 store into a file
    // with 1024-byte pages under the same key and salt, and marks it format 1.
    QTemporaryDir folder;
    const QString current = createStore(folder);
    const QString old = folder.filePath(QStringLiteral("oud.thuis"));
    const Result<SecretBytes> key =
        StoreKey::derive(passphrase("Kraanvogel-Zomer-2026"), StoreKey::readSalt(current).value(), cheap);
    REQUIRE(key.ok());
    const QByteArray rawKey = "\"x'" + key->bytes() + "'\"";
    const QByteArray script =
        "PRAGMA key = " + rawKey + ";\nPRAGMA cipher_page_size = 4096;\nATTACH DATABASE '" + old.toUtf8() +
        "' AS old KEY " + rawKey +
        ";\nPRAGMA old.cipher_page_size = 1024;\nSELECT sqlcipher_export('old');\n"
        "UPDATE old.store_meta SET value = '1' WHERE key = 'format';\n"
        "PRAGMA old.user_version = " +
        QByteArray::number(SchemaMigrations::latestVersion()) + ";\nDETACH DATABASE old;\n";
    storefixture::runTool(QStringLiteral("sqlcipher"), {current}, script);
    REQUIRE(QFile::exists(old));

    OpenProblem problem = OpenProblem::None;
    auto store = EncryptedStore::open(old, passphrase("Kraanvogel-Zomer-2026"), cheap, &problem);
    INFO(store.errors().join(u'\n').toStdString());
    REQUIRE(store.ok());
    CHECK(store.value()->meta(QStringLiteral("format")) == QStringLiteral("1"));
    CHECK(store.value()->cipherPageSize() == 1024);
    CHECK(store.value()->damage().isEmpty());

    const auto backup = StoreBackups(old).make(*store.value(), QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
    REQUIRE(backup.ok());
    store = Result<std::unique_ptr<EncryptedStore>>::failure(QString()); // closed before restoring
    REQUIRE(StoreBackups(old)
                .restore(backup.value(), passphrase("Kraanvogel-Zomer-2026"), cheap,
                         QDateTime(QDate(2026, 11, 23), QTime(10, 1)))
                .ok());
    {
        const auto restored = EncryptedStore::open(old, passphrase("Kraanvogel-Zomer-2026"), cheap);
        REQUIRE(restored.ok());
        CHECK(restored.value()->cipherPageSize() == 1024);
    } // closed: a case file open in this process is not opened a second time (CaseFileLock)
    CHECK_FALSE(EncryptedStore::open(old, passphrase("Een-Andere-Zin-2026"), cheap, &problem).ok());
    CHECK(problem == OpenProblem::WrongPassphrase);
}

namespace {

int modeOf(const QString& path)
{
    struct stat status
    {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
    return int(status.st_mode & 0777);
}

// The umask of a careless desktop session for the length of a test.
struct OpenUmask
{
    mode_t before = ::umask(0);
    ~OpenUmask() { ::umask(before); }
};

} // namespace

TEST_CASE("Files with personal data are the user's alone from the first byte, whatever the umask",
          "[store][privacy]")
{
    const OpenUmask everyoneMayRead;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    auto store = storefixture::create(path);
    storefixture::addParticipant(*store, QStringLiteral("D-0001")); // a write: the -wal and -shm exist now
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    const Result<StoreBackups::Backup> backup =
        StoreBackups(path).make(*store, QDateTime(QDate(2026, 11, 30), QTime(9, 0)));
    REQUIRE(backup.ok());
    CHECK(modeOf(StoreBackups(path).folder()) == 0700);
    CHECK(modeOf(backup->path) == 0600);

    // A file an older version left readable is narrowed when it is opened.
    store.reset();
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const auto reopened = storefixture::open(path);
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("A passphrase taken from the environment leaves no copy there", "[store][secrets]")
{
    qputenv("THUIS_TEST_SECRET", "kraanvogel zomerregen fietsbel 42");
    const char* environmentCopy = std::getenv("THUIS_TEST_SECRET");
    REQUIRE(environmentCopy != nullptr);
    const std::string before(environmentCopy);
    const SecretBytes taken = SecretBytes::takeFromEnvironment("THUIS_TEST_SECRET");
    CHECK(taken.bytes() == QByteArray(before.c_str()));
    CHECK(std::getenv("THUIS_TEST_SECRET") == nullptr);
    CHECK(qgetenv("THUIS_TEST_SECRET").isEmpty());
    CHECK(SecretBytes::takeFromEnvironment("THUIS_TEST_SECRET").bytes().isEmpty());

    const SecretBytes pragma = SecretBytes::joined({"PRAGMA key = \"x'", taken.bytes(), "'\";"});
    CHECK(pragma.bytes() == QByteArray("PRAGMA key = \"x'kraanvogel zomerregen fietsbel 42'\";"));
}

TEST_CASE("Every connection to a case file is set alike (SqlCipherSettings): the store's, a thread's "
          "and a copy's, so that a copy opens again",
          "[store][format]")
{
    QTemporaryDir folder;
    const QString path = createStore(folder);
    const auto store = EncryptedStore::open(path, passphrase("Kraanvogel-Zomer-2026"), cheap);
    REQUIRE(store.ok());
    const auto pageSizeOf = [](const QSqlDatabase& database) {
        QSqlQuery query(database);
        REQUIRE(query.exec(QStringLiteral("PRAGMA cipher_page_size")));
        REQUIRE(query.next());
        return query.value(0).toInt();
    };
    const int expected = StoreFormat::cipherPageSize(StoreFormat::current);
    CHECK(pageSizeOf(store.value()->database()) == expected);
    Result<QSqlDatabase> second = store.value()->openConnectionForThisThread();
    REQUIRE(second.ok());
    CHECK(pageSizeOf(second.value()) == expected);
    QSqlDatabase secondConnection = second.value();
    EncryptedStore::closeConnection(secondConnection);
    // Likewise for code handed the store's connection and not the store; a connection of no
    // open store gets none.
    Result<QSqlDatabase> third = EncryptedStore::openConnectionForThisThread(store.value()->database());
    REQUIRE(third.ok());
    CHECK(pageSizeOf(third.value()) == expected);
    QSqlDatabase thirdConnection = third.value();
    EncryptedStore::closeConnection(thirdConnection);
    const Result<QSqlDatabase> none = EncryptedStore::openConnectionForThisThread(QSqlDatabase());
    REQUIRE_FALSE(none.ok());
    CHECK(none.errors().join(u' ').contains(QStringLiteral("no open case file")));

    // A copy through the backup API, its connection set by the same function, opens again and
    // is whole; both sides of the copy through a thread's own connection too.
    const QString copy = folder.filePath(QStringLiteral("kopie.thuis"));
    REQUIRE(store.value()->backupTo(copy).isEmpty());
    const QString ownCopy = folder.filePath(QStringLiteral("kopie-eigen-verbinding.thuis"));
    REQUIRE(store.value()->backupTo(ownCopy, nullptr, EncryptedStore::Reading::OwnConnection).isEmpty());
    for (const QString& file : {copy, ownCopy}) {
        const auto reopened = EncryptedStore::open(file, passphrase("Kraanvogel-Zomer-2026"), cheap);
        INFO(file.toStdString());
        REQUIRE(reopened.ok());
        CHECK(pageSizeOf(reopened.value()->database()) == expected);
        CHECK(reopened.value()->damage().isEmpty());
    }
}
