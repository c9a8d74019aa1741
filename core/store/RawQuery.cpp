#include "store/RawQuery.h"

#include "store/StoreError.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace {

sqlite3* connectionOf(const QSqlDatabase& database)
{
    return database.driver() ? static_cast<sqlite3*>(database.driver()->handle().value<void*>()) : nullptr;
}

} // namespace

RawQuery::RawQuery(const QSqlDatabase& database, const char* sql)
    : m_connection(connectionOf(database))
{
    if (!m_connection) {
        m_error = tr("The case file is not open.");
        return;
    }
    if (sqlite3_prepare_v2(static_cast<sqlite3*>(m_connection), sql, -1, &m_statement, nullptr) != SQLITE_OK)
        fail();
}

RawQuery::~RawQuery()
{
    sqlite3_finalize(m_statement);
}

void RawQuery::fail()
{
    if (!m_error.isEmpty())
        return;
    auto* connection = static_cast<sqlite3*>(m_connection);
    m_error = StoreError::describe(
        QSqlError(tr("The case file could not be read"), QString::fromUtf8(sqlite3_errmsg(connection)),
                  QSqlError::StatementError, QString::number(sqlite3_extended_errcode(connection))));
}

void RawQuery::bindText(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    if (m_statement && sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()),
                                         SQLITE_TRANSIENT) != SQLITE_OK)
        fail();
}

void RawQuery::bindUtf8(int index, QByteArrayView utf8)
{
    if (m_statement &&
        sqlite3_bind_text(m_statement, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail();
}

void RawQuery::bindInteger(int index, qint64 value)
{
    if (m_statement && sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail();
}

void RawQuery::bindBlob(int index, const QByteArray& bytes)
{
    if (m_statement && sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                                         SQLITE_TRANSIENT) != SQLITE_OK)
        fail();
}

void RawQuery::bindNull(int index)
{
    if (m_statement && sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        fail();
}

bool RawQuery::exec()
{
    if (next()) // a statement of this kind returns no row: stepping on would hide that
        m_error = tr("The case file gave a row where none was expected.");
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return m_error.isEmpty();
}

bool RawQuery::next()
{
    if (!m_statement || !m_error.isEmpty())
        return false;
    const int step = sqlite3_step(m_statement);
    if (step == SQLITE_ROW)
        return true;
    if (step != SQLITE_DONE)
        fail();
    return false;
}

bool RawQuery::inTransaction(const QSqlDatabase& database)
{
    sqlite3* connection = connectionOf(database);
    return connection && sqlite3_get_autocommit(connection) == 0;
}

int RawQuery::changes() const
{
    return m_connection ? sqlite3_changes(static_cast<sqlite3*>(m_connection)) : 0;
}

void RawQuery::finish()
{
    if (m_statement)
        sqlite3_reset(m_statement);
}

// Through the column's value: sqlite3_column_text and sqlite3_column_bytes each look the column
// up again (about 70 instructions a call; a dashboard's opening makes 200,000), the value's own
// functions do not. SQLite calls such a value unprotected: not to be used from another thread,
// which a RawQuery never is (a connection belongs to one thread, SqlCipherDriver).
bool RawQuery::isNull(int column) const
{
    return sqlite3_value_type(sqlite3_column_value(m_statement, column)) == SQLITE_NULL;
}

qint64 RawQuery::integer(int column) const
{
    return sqlite3_value_int64(sqlite3_column_value(m_statement, column));
}

QDate RawQuery::julianDay(int column) const
{
    sqlite3_value* value = sqlite3_column_value(m_statement, column);
    return sqlite3_value_type(value) == SQLITE_NULL ? QDate()
                                                    : QDate::fromJulianDay(sqlite3_value_int64(value));
}

QByteArrayView RawQuery::text(int column) const
{
    sqlite3_value* value = sqlite3_column_value(m_statement, column);
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return bytes ? QByteArrayView(bytes, sqlite3_value_bytes(value)) : QByteArrayView();
}

QByteArrayView RawQuery::blob(int column) const
{
    sqlite3_value* value = sqlite3_column_value(m_statement, column);
    const auto* bytes = static_cast<const char*>(sqlite3_value_blob(value));
    return bytes ? QByteArrayView(bytes, sqlite3_value_bytes(value)) : QByteArrayView();
}
