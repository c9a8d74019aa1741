#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

struct sqlite3_stmt;

// A query stepped through SQLite's own API on a store connection, for the few reads of
// thousands of rows (every event of a day not prepared, every kept summary of the dashboard):
// QtSql makes a QVariant and a UTF-16 string of every value, which cost more than reading the
// pages (docs/benchmarks.md, issue 21). Texts come back as views of SQLite's UTF-8 bytes, valid
// until the next step. Everything else goes through QtSql.
class RawQuery
{
    Q_DECLARE_TR_FUNCTIONS(RawQuery)

public:
    RawQuery(const QSqlDatabase& database, const char* sql);
    ~RawQuery();
    RawQuery(const RawQuery&) = delete;
    RawQuery& operator=(const RawQuery&) = delete;

    // Binds parameter `index` (from 1, as SQLite counts) to UTF-8 text, an integer, bytes or NULL.
    void bindText(int index, const QString& text);
    void bindUtf8(int index, QByteArrayView utf8); // as SQLite gave it: the same bytes back
    void bindInteger(int index, qint64 value);
    void bindBlob(int index, const QByteArray& bytes);
    void bindNull(int index);

    // The next row; false at the end or on an error (error() tells which).
    bool next();
    // Runs a statement that returns no rows (an insert), then makes it ready to be bound and run
    // again; false on an error.
    bool exec();
    // Lets go of the rows read (and of the read it holds in the file) before the connection writes.
    void finish();
    // Whether the connection is inside a transaction (SQLite not in autocommit mode).
    [[nodiscard]] static bool inTransaction(const QSqlDatabase& database);
    // How many rows the connection's last completed INSERT, UPDATE or DELETE changed, whichever
    // statement ran it (sqlite3_changes): read it right after this query's exec(). 0 when an
    // INSERT OR IGNORE ignored its row.
    [[nodiscard]] int changes() const;
    // Empty, or what failed (preparing, binding or stepping) in words for the user (StoreError).
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    // A date kept as its Julian day; an invalid date for NULL.
    [[nodiscard]] QDate julianDay(int column) const;
    [[nodiscard]] QByteArrayView text(int column) const;
    [[nodiscard]] QByteArrayView blob(int column) const;

private:
    void fail();

    void* m_connection = nullptr; // sqlite3*
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};
