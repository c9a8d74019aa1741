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

} // namespace SqlCipherSettings
