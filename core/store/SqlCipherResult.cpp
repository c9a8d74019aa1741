#include "store/SqlCipherResult.h"

#include "store/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>

#include <sqlite3.h>

namespace {

QString errorText(sqlite3* connection)
{
    return QString::fromUtf8(sqlite3_errmsg(connection));
}

} // namespace

QMetaType metaTypeForDeclaration(const QString& declared)
{
    const QString type = declared.toUpper();
    if (type.contains(u"INT"))
        return QMetaType::fromType<qlonglong>();
    if (type.contains(u"REAL") || type.contains(u"FLOA") || type.contains(u"DOUB"))
        return QMetaType::fromType<double>();
    if (type.contains(u"BLOB"))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<QString>();
}

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
    m_driver->attach(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
    if (driver()) // QSqlResult tracks the driver's lifetime; a closed driver has released us already
        m_driver->detach(this);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_statement));
}

void SqlCipherResult::releaseStatement()
{
    finalize();
    m_exhausted = true;
}

void SqlCipherResult::finalize()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

void SqlCipherResult::fail(const QString& text, int type)
{
    setLastError(QSqlError(text, errorText(m_driver->connection()), QSqlError::ErrorType(type),
                           QString::number(sqlite3_extended_errcode(m_driver->connection()))));
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    m_prepared = false;
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_rows.clear();
    m_offset = 0;
    m_record.clear();
    if (!m_driver->isOpen() || !m_driver->connection()) {
        setLastError(QSqlError(QCoreApplication::translate("SqlCipherDriver", "The case file is not open."),
                               QString(), QSqlError::ConnectionError));
        m_prepareError = lastError();
        return false;
    }
    const int rc =
        sqlite3_prepare16_v2(m_driver->connection(), query.constData(),
                             int((query.size() + 1) * qsizetype(sizeof(QChar))), &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        fail(QCoreApplication::translate("SqlCipherDriver", "The database statement could not be prepared."),
             QSqlError::StatementError);
        m_prepareError = lastError();
        finalize();
        return false;
    }
    m_prepared = true;
    if (!m_statement)
        return true; // only whitespace or a comment: nothing to do
    for (int column = 0; column < sqlite3_column_count(m_statement); ++column) {
        const QString name =
            QString::fromUtf16(static_cast<const char16_t*>(sqlite3_column_name16(m_statement, column)));
        const auto* declared = static_cast<const char16_t*>(sqlite3_column_decltype16(m_statement, column));
        QSqlField field(name, metaTypeForDeclaration(declared ? QString::fromUtf16(declared) : QString()));
        m_record.append(field);
    }
    return true;
}

bool SqlCipherResult::bindValues()
{
    const QVariantList values = boundValues();
    const int parameterCount = sqlite3_bind_parameter_count(m_statement);
    if (values.size() != parameterCount) {
        setLastError(QSqlError(
            QCoreApplication::translate("SqlCipherDriver", "The statement expects %1 values but received %2.")
                .arg(parameterCount)
                .arg(values.size()),
            QString(), QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_statement, index);
        } else {
            switch (value.metaType().id()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_statement, index, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDate:
                rc = sqlite3_bind_text16(m_statement, index, value.toDate().toString(Qt::ISODate).utf16(), -1,
                                         SQLITE_TRANSIENT);
                break;
            case QMetaType::QDateTime:
                rc = sqlite3_bind_text16(m_statement, index,
                                         value.toDateTime().toString(Qt::ISODateWithMs).utf16(), -1,
                                         SQLITE_TRANSIENT);
                break;
            default: {
                const QString text = value.toString();
                rc = sqlite3_bind_text16(m_statement, index, text.utf16(),
                                         int(text.size() * qsizetype(sizeof(QChar))), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            fail(QCoreApplication::translate("SqlCipherDriver",
                                             "A value could not be bound to the statement."),
                 QSqlError::StatementError);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    m_rows.clear();
    m_offset = 0;
    m_exhausted = false;
    m_failed = false;
    m_rowsAffected = 0;
    m_lastInsertId.clear();
    setAt(QSql::BeforeFirstRow);
    if (!m_prepared) {
        setLastError(m_prepareError);
        return false;
    }
    if (!m_statement) {
        setActive(true);
        m_exhausted = true;
        return true;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!bindValues())
        return false;

    const qint64 changesBefore = sqlite3_total_changes(m_driver->connection());
    // The first step runs the statement (and fetches the first row of a SELECT), so an error
    // such as a constraint violation is reported by exec(), where callers look for it.
    if (!stepRow() && m_failed)
        return false;
    setSelect(sqlite3_column_count(m_statement) > 0);
    if (!isSelect()) {
        m_rowsAffected = int(sqlite3_total_changes(m_driver->connection()) - changesBefore);
        if (m_rowsAffected > 0)
            m_lastInsertId = qint64(sqlite3_last_insert_rowid(m_driver->connection()));
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::stepRow()
{
    if (m_exhausted || !m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        if (isForwardOnly() && !m_rows.isEmpty()) { // nobody goes back: keep the current row only
            m_offset += m_rows.size();
            m_rows.clear();
        }
        QVariantList row;
        row.reserve(sqlite3_column_count(m_statement));
        for (int column = 0; column < sqlite3_column_count(m_statement); ++column)
            row.append(columnValue(column));
        m_rows.append(row);
        return true;
    }
    // The end of the rows, or an error: either way this statement is not stepped again (stepping
    // after a reset would run it a second time).
    m_exhausted = true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        fail(QCoreApplication::translate("SqlCipherDriver", "The database statement failed."),
             QSqlError::StatementError);
    }
    sqlite3_reset(m_statement); // releases locks early
    return false;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
    }
    case SQLITE_NULL:
        return QVariant(m_record.field(column).metaType());
    default: {
        const auto* text = static_cast<const char16_t*>(sqlite3_column_text16(m_statement, column));
        return QString::fromUtf16(text,
                                  sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(char16_t)));
    }
    }
}

QVariant SqlCipherResult::data(int column)
{
    const qsizetype index = at() - m_offset;
    if (index < 0 || index >= m_rows.size() || column < 0 || column >= m_rows.at(index).size())
        return {};
    return m_rows.at(index).at(column);
}

bool SqlCipherResult::isNull(int column)
{
    return data(column).isNull();
}

bool SqlCipherResult::fetch(int row)
{
    if (row < m_offset)
        return false; // before the first kept row (forward-only) or before the first row
    while (m_offset + m_rows.size() <= row && stepRow()) {
    }
    if (row >= m_offset + m_rows.size())
        return false;
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    while (stepRow()) {
    }
    if (m_rows.isEmpty())
        return false;
    setAt(int(m_offset + m_rows.size() - 1));
    return true;
}

int SqlCipherResult::size()
{
    return -1; // SQLite only knows the number of rows after stepping through all of them
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    m_exhausted = true;
}
