#pragma once

#include <QString>

// Files with personal data are the user's alone from their first byte, whatever the umask:
// a case file is made empty with mode 0600 before SQLite writes to it (SQLite gives its -wal
// and -shm files the mode of the database file), folders of backups are made 0700. On Windows
// an owner-only DACL instead (NativeFiles).
namespace PrivateFiles {
// Creates `path` empty with mode 0600; false when it exists already or cannot be made.
bool createEmpty(const QString& path);
// Makes `folder` (and missing parents) with mode 0700; an existing one is narrowed to 0700.
bool makeFolder(const QString& folder);
// Narrows an existing file to 0600 (a case file made by an older version with 0644).
bool restrict(const QString& path);
} // namespace PrivateFiles
