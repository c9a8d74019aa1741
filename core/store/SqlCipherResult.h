#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

class SqlCipherDriver;

// SQLite has no column types, only declared affinities; this picks the Qt type a model shows
// for a declared type ("INTEGER", "REAL", "BLOB", anything else text). Used for query results
// and for SqlCipherDriver::record().
QMetaType metaTypeForDeclaration(const QString& declared);
struct sqlite3_stmt;

// One statement on a SQLCipher connection. SQLite steps forward only; rows are kept as they
// are stepped so that QSqlQuery::seek() and QSqlQueryModel get random access. A forward-only
// query (QSqlQuery::setForwardOnly) keeps only the current row, for reading large tables.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    // The connection is closing: the statement goes now (SQLite can only close a connection,
    // and fold in its write-ahead log, when no statement is left); rows already read stay.
    void releaseStatement();

protected:
    [[nodiscard]] bool reset(const QString& query) override;
    [[nodiscard]] bool prepare(const QString& query) override;
    [[nodiscard]] bool exec() override;
    QVariant data(int column) override;
    [[nodiscard]] bool isNull(int column) override;
    [[nodiscard]] bool fetch(int row) override;
    [[nodiscard]] bool fetchFirst() override;
    [[nodiscard]] bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    [[nodiscard]] bool bindValues();
    // Steps one row into m_rows. Returns false at the end of the rows or on an error.
    [[nodiscard]] bool stepRow();
    void finalize();
    void fail(const QString& text, int type);
    QVariant columnValue(int column) const;

    const SqlCipherDriver* m_driver;
    sqlite3_stmt* m_statement = nullptr;
    QList<QVariantList> m_rows;
    qsizetype m_offset = 0; // row number of m_rows.first(): forward-only results keep one row
    bool m_exhausted = false;
    bool m_failed = false;
    // False after a prepare that failed: exec() must then fail too, or a write would be dropped
    // without a word (an empty statement is prepared, and runs as nothing).
    bool m_prepared = false;
    QSqlError m_prepareError; // QSqlQuery::exec() clears the last error before calling exec()
    QSqlRecord m_record;
    int m_rowsAffected = 0;
    QVariant m_lastInsertId;
};
