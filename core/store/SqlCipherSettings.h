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

// After the key has been checked by a first read, how a connection that works on a case file
// writes: a write-ahead log, every commit synced (synchronous = FULL), foreign keys, 64 MiB of
// page cache (a region's file fits: pages are decrypted once per session). On macOS also
// fullfsync, since only F_FULLFSYNC gets past the drive's cache there (its cost is not measured:
// no Mac here). The copies (KeyedConnection) keep SQLite's defaults: a copy is written in one
// transaction, synced when it commits, and takes the journal mode from the page 1 it copies.
int applyForWriting(sqlite3* connection);

} // namespace SqlCipherSettings
