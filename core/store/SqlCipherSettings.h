#pragma once

#include "store/StoreKey.h"

struct sqlite3;

// The one place for what SQLCipher is told about a case file before its first read (issue 22),
// used by every connection: the app's (SqlCipherDriver), a thread's second one, and both sides
// of every copy (KeyedConnection: backups, rekey, restore). A copy through SQLite's backup API
// between connections set differently gives a file that silently does not open.
//
// One file format on every platform: SQLCipher 3's. Debian 12 ships SQLCipher 3.4.1 and makes
// such files; vcpkg (Windows) and Homebrew (macOS) ship SQLCipher 4, whose own defaults differ
// (HMAC-SHA512, a plaintext-header option, its page size) and which reads and writes the
// version 3 format after `PRAGMA cipher_compatibility = 3`, given right after the key. SQLCipher
// 3.4.1 does not know that pragma and, like SQLite with any unknown pragma, ignores it. The page
// size comes after it, from the store format (StoreFormat): compatibility 3 would set 1024.
// docs/packaging.md has the decision and what was verified where.
namespace SqlCipherSettings {

// Keys `connection` with the raw key (hex key + salt, as StoreKey makes it) and sets the format.
// SQLITE_OK, or SQLite's code for what failed. Nothing is read yet: a wrong key shows at the
// first read.
int apply(sqlite3* connection, const SecretBytes& rawKey, int cipherPageSize);

} // namespace SqlCipherSettings
