#include "store/StoreError.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

} // namespace

bool StoreError::isDiskFull(const QSqlError& error)
{
    return primaryCode(error) == SQLITE_FULL;
}

QString StoreError::describe(const QSqlError& error)
{
    switch (primaryCode(error)) {
    case SQLITE_FULL:
        return tr("the disk is full");
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return tr("the case file cannot be written here (read-only, or the folder is gone)");
    case SQLITE_IOERR:
        return tr("the disk reported an error while writing");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("the case file's write lock was held by another write for more than %n second(s)", nullptr,
                  busyTimeoutMs / 1000);
    default:
        break;
    }
    if (error.databaseText().isEmpty())
        return error.driverText();
    return error.driverText() + QStringLiteral(" (") + error.databaseText() + u')';
}

QString StoreError::commitOrRollBack(QSqlDatabase& database, QString error)
{
    if (error.isEmpty() && !database.commit())
        error = describe(database.lastError());
    if (error.isEmpty())
        return {};
    database.rollback();
    return notSaved(error);
}

QString StoreError::notSaved(const QString& reason)
{
    QString trimmed = reason.trimmed();
    while (trimmed.endsWith(u'.')) // the sentence goes on after the reason
        trimmed.chop(1);
    return tr("The change was not saved: %1. Nothing was lost; the case file is as it was before this "
              "action.")
        .arg(trimmed);
}

bool StoreError::inTransaction(const QSqlDatabase& database)
{
    auto* connection = static_cast<sqlite3*>(database.driver()->handle().value<void*>());
    return connection && !sqlite3_get_autocommit(connection);
}
