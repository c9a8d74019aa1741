#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// Words for the user when a write to the case file failed. A full disk and an unwritable file
// are named as such (SQLite's own texts are English and technical); everything else gives the
// driver's sentence with SQLite's detail.
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    // How long a connection waits for another's write lock before giving up.
    static constexpr int busyTimeoutMs = 5000;

    [[nodiscard]] static bool isDiskFull(const QSqlError& error);
    [[nodiscard]] static QString describe(const QSqlError& error);
    // Whether `database` is inside a transaction now. SQLite rolls a whole transaction back by
    // itself on some errors (a full disk, I/O): then what follows must not run on in autocommit.
    [[nodiscard]] static bool inTransaction(const QSqlDatabase& database);
    // "The change was not saved (reason). Nothing was lost: ..." for an action that was rolled back.
    [[nodiscard]] static QString notSaved(const QString& reason);
    // The end of a transaction: committed when `error` is empty, else (or when the commit fails)
    // rolled back. Empty, or notSaved() with the reason.
    [[nodiscard]] static QString commitOrRollBack(QSqlDatabase& database, QString error);
};
