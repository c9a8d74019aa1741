// PLATFORM-NOTES "silent plaintext": this test executable loads plain libsqlite3 before
// SQLCipher, so SQLite's symbols win and PRAGMA key would be ignored. The driver must notice
// (no PRAGMA cipher_version) and refuse before anything is written.
#include "QtCatch.h"

#include "store/SqlCipherDriver.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>

#include <sqlite3.h>

TEST_CASE("With plain SQLite loaded first the driver refuses to open, and writes nothing", "[store][guard]")
{
    // Proves the premise: the process really runs plain SQLite (3.40), not SQLCipher (3.15).
    REQUIRE(QString::fromUtf8(sqlite3_libversion()) != QStringLiteral("3.15.2"));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    SqlCipherDriver::registerDriver();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::driverName),
                                                          QStringLiteral("guard"));
        database.setDatabaseName(path);
        database.setPassword(QString(64, u'a'));
        CHECK_FALSE(database.open());
        CHECK(database.lastError().text().contains(QStringLiteral("Encryption is not active")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("guard"));
    CHECK((!QFileInfo::exists(path) || QFileInfo(path).size() == 0));
}
