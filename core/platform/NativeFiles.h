#pragma once

#include <string>

// The file operations whose meaning differs between operating systems, each in one place with a
// POSIX branch (Linux, macOS) and a Windows branch (issue 22). Plain C++ and the systems' own
// APIs, no Qt, so that the Windows branch can be compiled and tested apart with a MinGW cross
// compiler (docs/packaging.md says what was verified where). Paths are UTF-8 on every platform.
// Each function returns an empty string on success, else the system's reason.
namespace NativeFiles {

// `from` takes the place of `to` in one step, an existing `to` included, and the change is on
// the disk when it returns: either the old or the new file is at `to` after a crash, never a
// mix. POSIX: rename(2), then the folder synced (a rename is durable only once its folder is).
// Windows: MoveFileExW with MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH (std::rename
// fails there when `to` exists). Both in the same folder.
std::string replace(const std::string& from, const std::string& to);

// A second name for an existing file, costing no space and never half-made: link(2);
// CreateHardLinkW. Fails across file systems (the caller copies then).
std::string hardLink(const std::string& existing, const std::string& newName);

// The file's contents on the disk itself: fsync(2) on Linux; fcntl(F_FULLFSYNC) on macOS, whose
// fsync only reaches the drive's cache; FlushFileBuffers on Windows.
std::string syncToDisk(const std::string& path);

// Creates `path` empty, for its owner alone to read and write, before a byte is written;
// fails when it exists. POSIX: open(O_CREAT | O_EXCL) with mode 0600 made exact against the
// umask. Windows: CreateFileW(CREATE_NEW) with a protected DACL that grants the file's owner
// alone (SDDL "D:P(A;;FA;;;OW)"): without one a new file inherits its folder's ACL, which may
// let others read it.
std::string createOwnerOnly(const std::string& path);

// Makes the folder `path` (its parent must exist) for its owner alone: mode 0700, or the same
// DACL as createOwnerOnly; an existing folder is narrowed to it.
std::string makeOwnerOnlyFolder(const std::string& path);

// Narrows an existing file to its owner alone (a file made by an older version with 0644).
std::string restrictToOwner(const std::string& path);

} // namespace NativeFiles
