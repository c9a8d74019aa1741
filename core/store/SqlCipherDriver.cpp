#include "store/SqlCipherDriver.h"

#include "store/SqlCipherResult.h"
#include "store/SqlCipherSettings.h"
#include "store/StoreError.h"
#include "store/StoreFormat.h"
#include "store/StoreKey.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <cstring>

namespace {

QString firstValue(sqlite3* connection, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    QString value;
    if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

} // namespace

void SqlCipherDriver::registerDriver()
{
    const QString name = QString::fromLatin1(driverName);
    if (!QSqlDatabase::drivers().contains(name))
        QSqlDatabase::registerSqlDriver(name, new QSqlDriverCreator<SqlCipherDriver>);
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case BLOB:
    case Unicode:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    default:
        return false; // QuerySize: SQLite does not know a result's size before stepping it
    }
}

bool SqlCipherDriver::failOpen(const QString& message)
{
    setLastError(
        QSqlError(message, m_connection ? QString::fromUtf8(sqlite3_errmsg(m_connection)) : QString(),
                  QSqlError::ConnectionError,
                  m_connection ? QString::number(sqlite3_extended_errcode(m_connection)) : QString()));
    if (m_connection)
        sqlite3_close_v2(m_connection);
    m_connection = nullptr;
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::executeSimple(const QString& sql, const QString& context)
{
    char* error = nullptr;
    if (sqlite3_exec(m_connection, sql.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK)
        return true;
    setLastError(QSqlError(context, QString::fromUtf8(error ? error : ""), QSqlError::TransactionError,
                           QString::number(sqlite3_extended_errcode(m_connection))));
    sqlite3_free(error);
    return false;
}

bool SqlCipherDriver::open(const QString& db, const QString&, const QString& password, const QString&, int,
                           const QString& connectionOptions)
{
    if (isOpen())
        close();
    static const QRegularExpression rawKey(QStringLiteral("^([0-9a-fA-F]{64}|[0-9a-fA-F]{96})$"));
    if (!rawKey.match(password).hasMatch())
        return failOpen(tr("The key for the case file is not a raw 256-bit key."));

    const QStringList options = connectionOptions.split(u';', Qt::SkipEmptyParts);
    // No mutex per connection: a QSqlDatabase belongs to the thread that opened it (Qt's rule),
    // the team sync and the opening's backup open connections of their own; with SQLite's
    // serialized mode every column read of a statement took and let go of a mutex, 9% of the
    // dashboard's opening (docs/benchmarks.md, issue 21).
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (!options.contains(QStringLiteral("THUIS_OPEN_EXISTING")))
        flags |= SQLITE_OPEN_CREATE;
    // SQLite takes UTF-8 on every platform (QFile::encodeName gives the local 8-bit encoding).
    if (sqlite3_open_v2(db.toUtf8().constData(), &m_connection, flags, nullptr) != SQLITE_OK)
        return failOpen(tr("The case file %1 could not be opened.").arg(db));
    sqlite3_extended_result_codes(m_connection, 1);
    // A second connection (a backup, the sync thread) may hold the write lock for a moment:
    // wait for it a bounded time instead of failing at once (StoreError names the lock after).
    sqlite3_busy_timeout(m_connection, StoreError::busyTimeoutMs);

    // The hex key arrives as QtSql's password, a QString whose copies Qt keeps out of our reach
    // (docs/security.md); from here on it lives in one wiped buffer. The cipher page size is not
    // in the file: the store format fixes it (EncryptedStore); SqlCipherSettings sets the rest.
    SecretBytes hexKey(QByteArray(password.size(), Qt::Uninitialized));
    for (qsizetype i = 0; i < password.size(); ++i)
        hexKey.data()[i] = password.at(i).toLatin1();
    int cipherPageSize = StoreFormat::cipherPageSize(1); // SQLCipher 3's own
    for (const QString& option : options) {
        if (option.startsWith(u"THUIS_CIPHER_PAGE_SIZE="))
            cipherPageSize = option.section(u'=', 1).toInt();
    }
    if (SqlCipherSettings::apply(m_connection, hexKey, cipherPageSize) != SQLITE_OK)
        return failOpen(tr("The case file could not be keyed."));

    if (firstValue(m_connection, "PRAGMA cipher_version;").isEmpty())
        return failOpen(
            tr("Encryption is not active: the plain SQLite library was loaded instead of SQLCipher. "
               "Nothing was written; the case file is left as it was."));

    // The first read decrypts page 1: a wrong key (or a file that is no case file) fails here,
    // before anything is written.
    if (sqlite3_exec(m_connection, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return failOpen(tr("The passphrase does not open this case file, or the file is not a case file. "
                           "The file was not changed."));

    if (SqlCipherSettings::applyForWriting(m_connection) != SQLITE_OK)
        return failOpen(tr("The case file could not be prepared for safe writing."));
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    for (SqlCipherResult* result : std::as_const(m_results))
        result->releaseStatement();
    if (m_connection)
        sqlite3_close_v2(m_connection);
    m_connection = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now, so a transaction never fails half-way for a lock.
    return isOpen() &&
           executeSimple(QStringLiteral("BEGIN IMMEDIATE;"), tr("A transaction could not be started."));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && executeSimple(QStringLiteral("COMMIT;"), tr("The changes could not be saved."));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && executeSimple(QStringLiteral("ROLLBACK;"), tr("The changes could not be undone."));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QSqlQuery query(createResult());
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("type = 'table' AND name NOT LIKE 'sqlite_%'");
    if (type & QSql::Views)
        kinds << QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables)
        kinds << QStringLiteral("name LIKE 'sqlite_%'");
    if (kinds.isEmpty())
        return names;
    query.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE (%1) ORDER BY name").arg(kinds.join(u") OR (")));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord record;
    if (!isOpen())
        return record;
    QSqlQuery query(createResult());
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName)));
    while (query.next()) {
        QSqlField field(query.value(1).toString(), metaTypeForDeclaration(query.value(2).toString()),
                        tableName);
        field.setRequired(query.value(3).toInt() != 0);
        record.append(field);
    }
    return record;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    QString escaped = identifier;
    if (escaped.startsWith(u'"') && escaped.endsWith(u'"') && escaped.size() > 1)
        return escaped;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_connection));
}
