#include "store/KeyedConnection.h"

#include "platform/NativeFiles.h"
#include "store/PrivateFiles.h"
#include "store/SqlCipherSettings.h"
#include "store/StoreError.h"

#include "store/StoreFormat.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

KeyedConnection::~KeyedConnection()
{
    close();
}

void KeyedConnection::close()
{
    if (m_connection)
        sqlite3_close_v2(m_connection);
    m_connection = nullptr;
}

int KeyedConnection::openAnyFormat(const QString& path, const SecretBytes& rawKey, QString& error)
{
    for (const int pageSize : StoreFormat::cipherPageSizes()) {
        error = open(path, rawKey, Mode::OpenExisting, pageSize);
        if (error.isEmpty())
            return pageSize;
    }
    return 0;
}

QString KeyedConnection::open(const QString& path, const SecretBytes& rawKey, Mode mode, int cipherPageSize)
{
    close();
    int flags = SQLITE_OPEN_READWRITE;
    if (mode == Mode::Create) {
        flags |= SQLITE_OPEN_CREATE;
        PrivateFiles::createEmpty(path); // 0600 before SQLite writes a byte (it may exist: fine)
    }
    // SQLite takes UTF-8 on every platform (QFile::encodeName gives the local 8-bit encoding).
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_connection, flags, nullptr) != SQLITE_OK) {
        close();
        return tr("%1 could not be opened.").arg(path);
    }
    sqlite3_busy_timeout(m_connection, StoreError::busyTimeoutMs);
    const int keyed = SqlCipherSettings::apply(m_connection, rawKey, cipherPageSize);
    sqlite3_stmt* statement = nullptr;
    bool cipherActive = false;
    if (sqlite3_prepare_v2(m_connection, "PRAGMA cipher_version;", -1, &statement, nullptr) == SQLITE_OK)
        cipherActive = sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0);
    sqlite3_finalize(statement);
    if (keyed != SQLITE_OK || !cipherActive) {
        close();
        return tr("Encryption is not active for %1; nothing was written.").arg(path);
    }
    if (sqlite3_exec(m_connection, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr) !=
        SQLITE_OK) {
        close();
        return tr("%1 does not open with this key, or it is damaged.").arg(path);
    }
    return {};
}

QStringList KeyedConnection::quickCheck() const
{
    QStringList problems;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_connection, "PRAGMA quick_check;", -1, &statement, nullptr) != SQLITE_OK) {
        problems << QString::fromUtf8(sqlite3_errmsg(m_connection));
        return problems;
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        const QString line = QString::fromUtf8(text ? text : "");
        if (line != u"ok")
            problems << line;
    }
    if (step != SQLITE_DONE)
        problems << QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_finalize(statement);
    return problems;
}

QString KeyedConnection::copyFrom(sqlite3* source, int* failureCode)
{
    sqlite3_backup* backup = sqlite3_backup_init(m_connection, "main", source, "main");
    if (!backup)
        return QString::fromUtf8(sqlite3_errmsg(m_connection));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        const int code = stepped != SQLITE_DONE ? stepped : finished;
        if (failureCode)
            *failureCode = code;
        return QString::fromUtf8(sqlite3_errstr(code));
    }
    return {};
}

QString replaceFileAtomically(const QString& from, const QString& to)
{
    return QString::fromStdString(NativeFiles::replace(from.toStdString(), to.toStdString()));
}
