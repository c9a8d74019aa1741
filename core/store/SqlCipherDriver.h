#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QSqlDriver>

class SqlCipherResult;

struct sqlite3;

// A QtSql driver for SQLCipher, written on Qt's public QSqlDriver/QSqlResult API (Debian has
// no Qt driver for SQLCipher, and the private QSqlCachedResult headers would tie the build to
// one exact Qt version). Registered as "THUIS_SQLCIPHER"; everything above it is ordinary QtSql.
//
// The password given to open() is the raw 256-bit key (64 hex digits, optionally followed by
// the file's 32-hex-digit salt); the store derives it from the passphrase. Connect options
// (";"-separated): THUIS_OPEN_EXISTING (never create the file), THUIS_CIPHER_PAGE_SIZE=<n>. After keying, the
// driver refuses to continue unless PRAGMA cipher_version answers: when plain libsqlite3 has
// been loaded into the process first, its symbols win, PRAGMA key is silently ignored and the
// file would be written unencrypted (PLATFORM-NOTES, "silent plaintext").
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    static constexpr const char* driverName = "THUIS_SQLCIPHER";
    // Makes the driver available to QSqlDatabase::addDatabase(driverName). Idempotent.
    static void registerDriver();

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    [[nodiscard]] bool hasFeature(DriverFeature feature) const override;
    [[nodiscard]] bool open(const QString& db, const QString& user, const QString& password,
                            const QString& host, int port, const QString& connectionOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    [[nodiscard]] bool beginTransaction() override;
    [[nodiscard]] bool commitTransaction() override;
    [[nodiscard]] bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    [[nodiscard]] QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* connection() const { return m_connection; }
    // Results tell the driver they exist, so that close() can release their statements.
    void attach(SqlCipherResult* result) const { m_results.insert(result); }
    void detach(SqlCipherResult* result) const { m_results.remove(result); }

private:
    [[nodiscard]] bool executeSimple(const QString& sql, const QString& context);
    [[nodiscard]] bool failOpen(const QString& message);

    sqlite3* m_connection = nullptr;
    mutable QSet<SqlCipherResult*> m_results;
};
