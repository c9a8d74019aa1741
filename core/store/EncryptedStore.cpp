#include "store/EncryptedStore.h"

#include "application/BuildInfo.h"
#include "application/Clock.h"
#include "store/KeyedConnection.h"
#include "store/PrivateFiles.h"
#include "store/SchemaMigrations.h"
#include "store/SqlCipherDriver.h"
#include "store/StoreBackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sodium.h>
#include <sqlite3.h>

namespace {

using StoreResult = Result<std::unique_ptr<EncryptedStore>>;

// A database file together with the files SQLite keeps beside it.
void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

sqlite3* connectionOf(const QSqlDatabase& database)
{
    return static_cast<sqlite3*>(database.driver()->handle().value<void*>());
}

// True when `passphrase` opens the newest backup of `path`: then the passphrase is right and
// a case file that refuses it is damaged, not locked with another passphrase.
bool opensLatestBackup(const QString& path, const SecretBytes& passphrase, const KdfParameters& parameters)
{
    const std::optional<StoreBackups::Backup> latest = StoreBackups(path).latest();
    if (!latest)
        return false;
    const Result<QByteArray> salt = StoreKey::readSalt(latest->path);
    if (!salt)
        return false;
    const Result<SecretBytes> key = StoreKey::derive(passphrase, salt.value(), parameters);
    KeyedConnection backup;
    QString error;
    return key && backup.openAnyFormat(latest->path, key.value(), error) != 0;
}

// The open stores by the name of their connection, for openConnectionForThisThread(connection).
struct OpenStores
{
    QMutex mutex;
    QHash<QString, const EncryptedStore*> byConnection;
};

OpenStores& openStores()
{
    static OpenStores stores;
    return stores;
}

} // namespace

EncryptedStore::EncryptedStore(QString connectionName, QString path, KdfParameters parameters,
                               int cipherPageSize)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_parameters(parameters)
    , m_cipherPageSize(cipherPageSize)
{
    const QMutexLocker locked(&openStores().mutex);
    openStores().byConnection.insert(m_connectionName, this);
}

EncryptedStore::~EncryptedStore()
{
    {
        const QMutexLocker locked(&openStores().mutex);
        openStores().byConnection.remove(m_connectionName);
    }
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_key.bytes().isEmpty())
        sodium_munlock(m_key.data(), size_t(m_key.bytes().size())); // zeroes the bytes, too
}

QSqlDatabase EncryptedStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString EncryptedStore::meta(const QString& key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

void EncryptedStore::keepKey(SecretBytes key)
{
    if (!m_key.bytes().isEmpty())
        sodium_munlock(m_key.data(), size_t(m_key.bytes().size()));
    m_key = std::move(key);
    // Kept out of swap where the system allows it; without the lock the key still works.
    sodium_mlock(m_key.data(), size_t(m_key.bytes().size()));
}

bool EncryptedStore::openConnection(const SecretBytes& key)
{
    return openKeyed(database(), key);
}

bool EncryptedStore::openKeyed(QSqlDatabase db, const SecretBytes& key)
{
    QString password = QString::fromLatin1(key.bytes());
    db.setPassword(password);
    const bool opened = db.open();
    db.setPassword(QString()); // QSqlDatabase would otherwise keep the key for reopening
    password.fill(u'0');       // now the only reference: overwritten in place
    return opened;
}

Result<QSqlDatabase> EncryptedStore::openConnectionForThisThread() const
{
    const QString name = QStringLiteral("store-thread-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::driverName), name);
    connection.setDatabaseName(m_path);
    connection.setConnectOptions(QStringLiteral("THUIS_OPEN_EXISTING;THUIS_CIPHER_PAGE_SIZE=") +
                                 QString::number(m_cipherPageSize));
    if (!openKeyed(connection, m_key)) {
        const QString error = connection.lastError().driverText();
        closeConnection(connection);
        return Result<QSqlDatabase>::failure(
            tr("A second connection to %1 did not open: %2").arg(m_path, error));
    }
    return connection;
}

Result<QSqlDatabase> EncryptedStore::openConnectionForThisThread(const QSqlDatabase& connection)
{
    // Opened under the lock: a store that goes on another thread meanwhile waits for it.
    const QMutexLocker locked(&openStores().mutex);
    const EncryptedStore* store = openStores().byConnection.value(connection.connectionName());
    if (!store)
        return Result<QSqlDatabase>::failure(
            tr("The connection %1 belongs to no open case file.").arg(connection.connectionName()));
    return store->openConnectionForThisThread();
}

void EncryptedStore::closeConnection(QSqlDatabase& connection)
{
    const QString name = connection.connectionName();
    connection.close();
    connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<CaseFileLock>> EncryptedStore::hold(const QString& path, OpenProblem& problem)
{
    CaseFileLock::Refusal refusal = CaseFileLock::Refusal::None;
    Result<std::unique_ptr<CaseFileLock>> lock = CaseFileLock::acquire(path, &refusal);
    if (!lock)
        problem = refusal == CaseFileLock::Refusal::InUse               ? OpenProblem::InUse
                  : refusal == CaseFileLock::Refusal::FolderNotWritable ? OpenProblem::NotWritable
                                                                        : OpenProblem::Unreadable;
    return lock;
}

StoreResult EncryptedStore::connect(std::unique_ptr<CaseFileLock>& lock, const QString& path,
                                    const SecretBytes& key, const KdfParameters& parameters,
                                    int cipherPageSize, bool create, int* failureCode)
{
    SqlCipherDriver::registerDriver();
    const QString name = QStringLiteral("store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<EncryptedStore> store(new EncryptedStore(name, path, parameters, cipherPageSize));
    QSqlDatabase database = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::driverName), name);
    database.setDatabaseName(path);
    database.setConnectOptions((create ? QString() : QStringLiteral("THUIS_OPEN_EXISTING;")) +
                               QStringLiteral("THUIS_CIPHER_PAGE_SIZE=") + QString::number(cipherPageSize));
    if (!store->openConnection(key)) {
        if (failureCode)
            *failureCode = database.lastError().nativeErrorCode().toInt();
        return StoreResult::failure(database.lastError().driverText());
    }
    // A copy of its own (the caller's is wiped when it goes), kept while the store is open.
    store->keepKey(SecretBytes(QByteArray(key.bytes().constData(), key.bytes().size())));
    store->m_lock = std::move(lock);
    return store;
}

StoreResult EncryptedStore::create(const QString& path, const SecretBytes& passphrase,
                                   const KdfParameters& parameters)
{
    if (QFile::exists(path))
        return StoreResult::failure(
            tr("%1 already exists; a new case file never replaces an existing file.").arg(path));
    if (!QFileInfo(path).absoluteDir().exists())
        return StoreResult::failure(
            tr("The case file %1 could not be made: the folder %2 does not exist. Nothing "
               "was changed.")
                .arg(path, QFileInfo(path).absolutePath()));
    OpenProblem problem = OpenProblem::None;
    Result<std::unique_ptr<CaseFileLock>> lock = hold(path, problem);
    if (!lock)
        return StoreResult::failure(lock.errors());
    std::unique_ptr<CaseFileLock> held = std::move(lock).value();
    if (!PrivateFiles::createEmpty(path))
        return StoreResult::failure(
            tr("The case file %1 could not be made here. Nothing was changed.").arg(path));
    Result<SecretBytes> key = StoreKey::derive(passphrase, StoreKey::newSalt(), parameters);
    if (!key) {
        removeDatabaseFiles(path);
        return StoreResult::failure(key.errors());
    }
    StoreResult store =
        connect(held, path, key.value(), parameters, StoreFormat::cipherPageSize(StoreFormat::current), true);
    if (!store) {
        removeDatabaseFiles(path); // SQLite may have made an empty file before failing
        return StoreResult::failure(tr("The case file %1 could not be made: %2 Nothing else was changed.")
                                        .arg(path, store.errors().join(u' ')));
    }
    QString error = store.value()->initialise();
    if (error.isEmpty())
        error = store.value()->migrateSchema();
    if (!error.isEmpty()) {
        store = StoreResult::failure(error);
        // The file was made a moment ago and holds nothing of the user's: leave no half store behind.
        removeDatabaseFiles(path);
    }
    return store;
}

StoreResult EncryptedStore::open(const QString& path, const SecretBytes& passphrase,
                                 const KdfParameters& parameters, OpenProblem* problem)
{
    OpenProblem ignored = OpenProblem::None;
    OpenProblem& why = problem ? *problem : ignored;
    why = OpenProblem::None;

    const QFileInfo file(path);
    if (!file.exists() || !file.isReadable()) {
        why = OpenProblem::Unreadable;
        return StoreResult::failure(tr("The case file %1 cannot be found or read.").arg(path));
    }
    if (file.size() < StoreKey::saltSize || file.size() % smallestPageSize != 0) {
        why = OpenProblem::Damaged;
        return StoreResult::failure(StoreBackups::damagedMessage(
            path, tr("it is cut off: %n byte(s), not a whole number of pages", nullptr, int(file.size()))));
    }
    // Held before anything is read for the key: another process of ours may be writing it.
    Result<std::unique_ptr<CaseFileLock>> lock = hold(path, why);
    if (!lock)
        return StoreResult::failure(lock.errors());
    std::unique_ptr<CaseFileLock> held = std::move(lock).value();
    // The last connection to close folds the write-ahead log into the file and removes it: a log
    // still there means the program before did not close the file (killed, a crash, power gone).
    const bool closedCleanly = !QFile::exists(path + QStringLiteral("-wal"));
    // Files of older versions were made with the umask's mode: the user's alone from now on.
    for (const char* suffix : {"", "-wal", "-shm"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            PrivateFiles::restrict(path + QLatin1String(suffix));
    }
    const Result<QByteArray> salt = StoreKey::readSalt(path);
    if (!salt) {
        why = OpenProblem::Unreadable;
        return StoreResult::failure(salt.errors());
    }
    Result<SecretBytes> key = StoreKey::derive(passphrase, salt.value(), parameters);
    if (!key)
        return StoreResult::failure(key.errors());
    // Each store format has its own cipher page size; the same key is tried with each in turn.
    int failureCode = 0;
    StoreResult store = StoreResult::failure(QString());
    for (const int pageSize : StoreFormat::cipherPageSizes()) {
        store = connect(held, path, key.value(), parameters, pageSize, false, &failureCode);
        if (store || (failureCode & 0xff) == SQLITE_CORRUPT)
            break;
    }
    if (!store) {
        // A wrong key reads as "not a database"; a page that decrypts but does not fit
        // together, as corruption.
        if ((failureCode & 0xff) == SQLITE_CORRUPT) {
            why = OpenProblem::Damaged;
            return StoreResult::failure(
                StoreBackups::damagedMessage(path, tr("pages are missing or do not fit together")));
        }
        if (opensLatestBackup(path, passphrase, parameters)) {
            why = OpenProblem::Damaged;
            return StoreResult::failure(StoreBackups::damagedMessage(
                path,
                tr("its first page does not decrypt, although the passphrase opens its latest backup")));
        }
        why = OpenProblem::WrongPassphrase;
        return store;
    }
    // Every page after an unclean end, and before a migration writes to the file; else the cheap
    // check, and every page is checked by the backup made at opening (StoreSession), which reads
    // them all and checks its copy.
    const bool migrationDue =
        SchemaMigrations::currentVersion(store.value()->database()) < SchemaMigrations::latestVersion();
    const bool everyPage = !closedCleanly || migrationDue;
    const QStringList damage =
        everyPage ? store.value()->damage() : store.value()->cheapDamage(QFileInfo(path).size());
    if (!damage.isEmpty()) {
        why = OpenProblem::Damaged;
        return StoreResult::failure(StoreBackups::damagedMessage(path, damage.first()));
    }
    store.value()->m_checkedFully = everyPage;
    if (const QString error = store.value()->checkFormat(&why); !error.isEmpty())
        return StoreResult::failure(error);
    if (const QString error = store.value()->migrateSchema(); !error.isEmpty()) {
        why = SchemaMigrations::currentVersion(store.value()->database()) > SchemaMigrations::latestVersion()
                  ? OpenProblem::NewerVersion
                  : OpenProblem::Unreadable;
        return StoreResult::failure(error);
    }
    return store;
}

QString EncryptedStore::migrateSchema()
{
    // The moment a migration happened is the system's: opening a file is not a business event
    // that a test moves a clock for (the Clock is for deadlines, locking and backups).
    return SchemaMigrations::migrate(database(), {&m_key, SystemClock().now().toUTC()});
}

QString EncryptedStore::initialise()
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery query(db);
    bool ok =
        query.exec(QStringLiteral("CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")) &&
        query.prepare(QStringLiteral("INSERT INTO store_meta (key, value) VALUES (?, ?), (?, ?)"));
    if (ok) {
        query.addBindValue(QStringLiteral("format"));
        query.addBindValue(QString::number(currentFormat));
        query.addBindValue(QStringLiteral("created_with"));
        query.addBindValue(BuildInfo::applicationName() + u' ' + BuildInfo::version());
        ok = query.exec();
    }
    if (!ok || !db.commit()) {
        const QString error = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        return tr("The new case file could not be written: %1").arg(error);
    }
    return {};
}

QString EncryptedStore::checkFormat(OpenProblem* problem) const
{
    const QString format = meta(QStringLiteral("format"));
    if (format.isEmpty()) {
        *problem = OpenProblem::NotACaseFile;
        return tr("%1 opens, but it is not a case file of this program. It was not changed.").arg(m_path);
    }
    if (format.toInt() > currentFormat) {
        *problem = OpenProblem::NewerVersion;
        return tr("%1 was made by a newer version of this program (format %2; this version reads up to %3). "
                  "It was not changed; open it with the newer version.")
            .arg(m_path, format)
            .arg(currentFormat);
    }
    return {};
}

bool EncryptedStore::isPassphrase(const SecretBytes& passphrase) const
{
    // The salt is the second part of the kept key text (hex key + hex salt).
    const QByteArray salt = QByteArray::fromHex(m_key.bytes().mid(2 * StoreKey::keySize));
    const Result<SecretBytes> key = StoreKey::derive(passphrase, salt, m_parameters);
    return key && key->bytes().size() == m_key.bytes().size() &&
           sodium_memcmp(key->bytes().constData(), m_key.bytes().constData(), size_t(m_key.bytes().size())) ==
               0;
}

QStringList EncryptedStore::damage() const
{
    QStringList problems;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return {query.lastError().databaseText()};
    while (query.next()) {
        if (query.value(0).toString() != u"ok")
            problems << query.value(0).toString();
    }
    if (query.lastError().isValid())
        problems << query.lastError().databaseText();
    return withSummary(problems);
}

QStringList EncryptedStore::withSummary(const QStringList& problems)
{
    return problems.isEmpty() ? problems : QStringList{summarised(problems)} + problems;
}

QString EncryptedStore::summarised(const QStringList& problems)
{
    // SQLite lists every page it could not read or fit ("Page 47: btreeInitPage() returns error
    // code 11"), in English, one line each: the user is told how many, and which first.
    static const QRegularExpression page(QStringLiteral("Page (\\d+):"));
    QList<qint64> pages;
    for (const QString& problem : problems) {
        for (QRegularExpressionMatchIterator found = page.globalMatch(problem); found.hasNext();) {
            const qint64 number = found.next().captured(1).toLongLong();
            if (!pages.contains(number))
                pages << number;
        }
    }
    if (pages.isEmpty())
        return problems.first().split(u'\n').constLast().trimmed();
    return tr("%n page(s) cannot be read or do not fit together, the first is page %1", nullptr,
              int(pages.size()))
        .arg(pages.first());
}

// Whether a failed copy may have met a page of the case file that does not read, rather than a
// destination that cannot be written (then the case file need not be checked).
bool EncryptedStore::mayBeAPageOfTheFile(int failure)
{
    switch (failure & 0xff) {
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return false;
    default:
        return true;
    }
}

QStringList EncryptedStore::cheapDamage(qint64 fileSize) const
{
    // A file closed cleanly holds all its pages and no log: page 1's page count times the page
    // size is its size. A file cut off (at a page boundary too) or grown by junk fails here; its
    // page 1 and schema decrypted and fitted together already when the connection opened.
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA page_count")) || !query.next())
        return {query.lastError().databaseText()};
    const qint64 pages = query.value(0).toLongLong();
    if (pages * m_cipherPageSize != fileSize)
        return {tr("it holds %1 bytes where its first page counts %2 pages of %3 bytes")
                    .arg(fileSize)
                    .arg(pages)
                    .arg(m_cipherPageSize)};
    return {};
}

QString EncryptedStore::backupTo(const QString& destination, QStringList* damage, Reading reading) const
{
    if (reading == Reading::ThroughStore)
        return copyInto(
            destination, connectionOf(database()), [this] { return this->damage(); }, damage);
    // A connection of its own: the copy reads one snapshot of the file (write-ahead log) while
    // the store's connection goes on, on another thread.
    KeyedConnection source;
    if (const QString error =
            source.open(m_path, m_key, KeyedConnection::Mode::OpenExisting, m_cipherPageSize);
        !error.isEmpty())
        return error;
    return copyInto(
        destination, source.handle(), [&source] { return withSummary(source.quickCheck()); }, damage);
}

QString EncryptedStore::copyInto(const QString& destination, sqlite3* source,
                                 const std::function<QStringList()>& damageOfSource,
                                 QStringList* damage) const
{
    // ".deel": a partial copy under a name no one mistakes for a backup.
    const QString partial = destination + QStringLiteral(".deel");
    removeDatabaseFiles(partial);
    QString error;
    {
        KeyedConnection copy;
        error = copy.open(partial, m_key, KeyedConnection::Mode::Create, m_cipherPageSize);
        // The copy reads every page of the case file (each page's HMAC checked); checked whole
        // itself, it shows the case file's structure whole too: the full check of an opening.
        // Whatever the copy finds is confirmed on the case file itself before it is called
        // damage: the copy's own writing can fail too (a full disk), and a page failing its HMAC
        // fails the copy with SQLCipher 3.4's "out of memory".
        QStringList found;
        if (error.isEmpty()) {
            int failure = SQLITE_OK;
            error = copy.copyFrom(source, &failure);
            if (error.isEmpty()) {
                if (const QStringList copyProblems = copy.quickCheck(); !copyProblems.isEmpty()) {
                    found = damageOfSource();
                    error = tr("the copy is not whole (%1)").arg(copyProblems.first());
                }
            } else if (mayBeAPageOfTheFile(failure)) {
                found = damageOfSource();
                if ((failure & 0xff) == SQLITE_NOMEM)
                    error = tr("a page of the case file could not be read while copying it (%1)").arg(error);
            }
        }
        if (!found.isEmpty()) {
            error = tr("the case file is damaged: %1").arg(found.first());
            if (damage)
                *damage = found;
        }
    }
    if (error.isEmpty())
        error = replaceFileAtomically(partial, destination);
    if (!error.isEmpty())
        removeDatabaseFiles(partial);
    return error;
}

Result<AuditLog::Head> EncryptedStore::auditHeadOf(const QString& otherFile) const
{
    using HeadResult = Result<AuditLog::Head>;
    if (QFileInfo(otherFile).canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return HeadResult::failure(tr("%1 is the case file itself, not a backup of it.").arg(otherFile));
    KeyedConnection backup;
    QString error;
    if (backup.openAnyFormat(otherFile, m_key, error) == 0)
        return HeadResult::failure(error);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(backup.handle(), "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", -1,
                           &statement, nullptr) != SQLITE_OK)
        return HeadResult::failure(tr("%1 holds no audit log.").arg(otherFile));
    AuditLog::Head head;
    const int step = sqlite3_step(statement);
    if (step == SQLITE_ROW) {
        head.row = sqlite3_column_int64(statement, 0);
        head.link = QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, 1)),
                               sqlite3_column_bytes(statement, 1));
    }
    sqlite3_finalize(statement);
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        return HeadResult::failure(tr("The audit log of %1 could not be read.").arg(otherFile));
    return head;
}

QString EncryptedStore::closeForReplacement()
{
    QSqlQuery(database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    database().close();
    // The last connection to close folds the write-ahead log into the file and removes it. A
    // log left with frames in it would be replayed onto whatever file is at this path next.
    const QFileInfo log(m_path + QStringLiteral("-wal"));
    if (log.exists() && log.size() > 0)
        return tr("the write-ahead log of the case file could not be folded in");
    QFile::remove(m_path + QStringLiteral("-shm"));
    return {};
}

QString EncryptedStore::changePassphrase(const SecretBytes& newPassphrase)
{
    Result<SecretBytes> newKey = StoreKey::derive(newPassphrase, StoreKey::newSalt(), m_parameters);
    if (!newKey)
        return newKey.errors().join(u' ');
    const QString staging = m_path + QStringLiteral(".nieuwe-sleutel");
    removeDatabaseFiles(staging);
    QString error;
    {
        KeyedConnection copy;
        error = copy.open(staging, newKey.value(), KeyedConnection::Mode::Create, m_cipherPageSize);
        if (error.isEmpty())
            error = copy.copyFrom(connectionOf(database()));
        if (error.isEmpty() && !copy.quickCheck().isEmpty())
            error = tr("the copy under the new passphrase is not whole");
    }
    if (error.isEmpty())
        error = closeForReplacement();
    if (error.isEmpty())
        error = replaceFileAtomically(staging, m_path);
    if (!error.isEmpty()) {
        removeDatabaseFiles(staging);
        if (!database().isOpen() && !openConnection(m_key))
            return tr("The passphrase was not changed and the case file did not open again (%1); open it "
                      "again with the old passphrase.")
                .arg(error);
        return tr("The passphrase was not changed; the case file is as it was (%1).").arg(error);
    }
    keepKey(std::move(newKey).value());
    if (!openConnection(m_key))
        return tr("The passphrase was changed, but the case file did not open again: %1")
            .arg(database().lastError().driverText());
    return {};
}
