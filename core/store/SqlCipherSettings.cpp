#include "store/SqlCipherSettings.h"

#include <sqlite3.h>

namespace SqlCipherSettings {

int apply(sqlite3* connection, const SecretBytes& rawKey, int cipherPageSize)
{
    // The key as a pragma in a buffer that is wiped (SecretBytes); SQLCipher keeps its own copy
    // for as long as the connection is open.
    const SecretBytes keyPragma = SecretBytes::joined({"PRAGMA key = \"x'", rawKey.bytes(), "'\";"});
    int result = sqlite3_exec(connection, keyPragma.bytes().constData(), nullptr, nullptr, nullptr);
    if (result != SQLITE_OK)
        return result;
    const QByteArray format =
        "PRAGMA cipher_compatibility = 3; PRAGMA cipher_page_size = " + QByteArray::number(cipherPageSize) +
        ';';
    return sqlite3_exec(connection, format.constData(), nullptr, nullptr, nullptr);
}

int applyForWriting(sqlite3* connection)
{
    const char* pragmas[] = {
        "PRAGMA journal_mode = WAL;", "PRAGMA synchronous = FULL;",
        "PRAGMA foreign_keys = ON;",  "PRAGMA cache_size = -65536;",
#ifdef __APPLE__
        "PRAGMA fullfsync = ON;",     "PRAGMA checkpoint_fullfsync = ON;",
#endif
    };
    for (const char* pragma : pragmas) {
        if (const int result = sqlite3_exec(connection, pragma, nullptr, nullptr, nullptr);
            result != SQLITE_OK)
            return result;
    }
    return SQLITE_OK;
}

} // namespace SqlCipherSettings
