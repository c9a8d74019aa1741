#include "store/EncryptedStore.h"

#include "application/BuildInfo.h"
#include "store/SchemaMigrations.h"
#include "store/SqlCipherDriver.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

EncryptedStore::EncryptedStore(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{}

EncryptedStore::~EncryptedStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
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

Result<std::unique_ptr<EncryptedStore>> EncryptedStore::connect(const QString& path, SecretBytes key,
                                                                bool create)
{
    SqlCipherDriver::registerDriver();
    const QString name = QStringLiteral("store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<EncryptedStore> store(new EncryptedStore(name, path));
    QSqlDatabase database = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::driverName), name);
    database.setDatabaseName(path);
    database.setConnectOptions(create ? QString() : QStringLiteral("THUIS_OPEN_EXISTING"));
    QString password = QString::fromLatin1(key.bytes());
    key.wipe();
    database.setPassword(password);
    const bool opened = database.open();
    database.setPassword(QString()); // QSqlDatabase would otherwise keep the key for reopening
    password.fill(u'0');             // now the only reference: overwritten in place
    if (!opened)
        return Result<std::unique_ptr<EncryptedStore>>::failure(database.lastError().driverText());
    return store;
}

Result<std::unique_ptr<EncryptedStore>>
EncryptedStore::create(const QString& path, const SecretBytes& passphrase, const KdfParameters& parameters)
{
    if (QFile::exists(path))
        return Result<std::unique_ptr<EncryptedStore>>::failure(
            tr("%1 already exists; a new case file never replaces an existing file.").arg(path));
    Result<SecretBytes> key = StoreKey::derive(passphrase, StoreKey::newSalt(), parameters);
    if (!key)
        return Result<std::unique_ptr<EncryptedStore>>::failure(key.errors());
    Result<std::unique_ptr<EncryptedStore>> store = connect(path, std::move(key).value(), true);
    if (!store)
        return store;
    QString error = store.value()->initialise();
    if (error.isEmpty())
        error = SchemaMigrations::migrate(store.value()->database());
    if (!error.isEmpty()) {
        store = Result<std::unique_ptr<EncryptedStore>>::failure(error);
        // The file was made a moment ago and holds nothing of the user's: leave no half store behind.
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    return store;
}

Result<std::unique_ptr<EncryptedStore>>
EncryptedStore::open(const QString& path, const SecretBytes& passphrase, const KdfParameters& parameters)
{
    const Result<QByteArray> salt = StoreKey::readSalt(path);
    if (!salt)
        return Result<std::unique_ptr<EncryptedStore>>::failure(salt.errors());
    Result<SecretBytes> key = StoreKey::derive(passphrase, salt.value(), parameters);
    if (!key)
        return Result<std::unique_ptr<EncryptedStore>>::failure(key.errors());
    Result<std::unique_ptr<EncryptedStore>> store = connect(path, std::move(key).value(), false);
    if (!store)
        return store;
    if (const QString error = store.value()->checkFormat(); !error.isEmpty())
        return Result<std::unique_ptr<EncryptedStore>>::failure(error);
    if (const QString error = SchemaMigrations::migrate(store.value()->database()); !error.isEmpty())
        return Result<std::unique_ptr<EncryptedStore>>::failure(error);
    return store;
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

QString EncryptedStore::checkFormat() const
{
    const QString format = meta(QStringLiteral("format"));
    if (format.isEmpty())
        return tr("%1 opens, but it is not a case file of this program. It was not changed.").arg(m_path);
    if (format.toInt() > currentFormat)
        return tr("%1 was made by a newer version of this program (format %2; this version reads up to %3). "
                  "It was not changed; open it with the newer version.")
            .arg(m_path, format)
            .arg(currentFormat);
    return {};
}
