#pragma once

#include <string>

// The file operations whose meaning differs between operating systems, each in one place with a
// POSIX branch (Linux, macOS) and a Windows branch (issue 22). Plain C++ and the systems' own
// APIs, no Qt, so that the Windows branch can be compiled and tested apart with a MinGW cross
// compiler (docs/packaging.md says what was verified where). Paths are UTF-8 on every platform.
// Each function returns an empty string on success, else the system's reason.
namespace NativeFiles {

// `from` takes the place of `to` in one step, an existing `to` included: either the old or the
// new file is at `to` after a crash, never a mix (sync `from` first). POSIX: rename(2), then
// the folder synced where it can be (a rename is durable only once its folder is; a failure of
// that sync is not reported: the file has been replaced). Windows: MoveFileExW with
// MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH (std::rename fails there when `to` exists;
// Microsoft documents the write-through for moves done as copy and delete, so on one volume it
// is the file system's journal that keeps the rename). Both in the same folder.
std::string replace(const std::string& from, const std::string& to);

// A second name for an existing file, costing no space and never half-made: link(2);
// CreateHardLinkW. Fails across file systems (the caller copies then).
std::string hardLink(const std::string& existing, const std::string& newName);

// The file's contents on the disk itself: fsync(2) on Linux; fcntl(F_FULLFSYNC) on macOS, whose
// fsync only reaches the drive's cache; FlushFileBuffers on Windows.
std::string syncToDisk(const std::string& path);

// Creates `path` empty, for the current user alone to read and write, before a byte is
// written; fails when it exists. POSIX: open(O_CREAT | O_EXCL) with mode 0600 made exact against
// the umask. Windows: CreateFileW(CREATE_NEW) with a protected DACL that grants the current
// user's SID alone (from the process token): without one a new file inherits its folder's ACL,
// which may let others read it.
std::string createOwnerOnly(const std::string& path);

// Makes the folder `path` (its parent must exist) for its owner alone: mode 0700, or the same
// DACL as createOwnerOnly; an existing folder is narrowed to it.
std::string makeOwnerOnlyFolder(const std::string& path);

// Narrows an existing file to its owner alone (a file made by an older version with 0644). On
// Windows only a file the current user owns is narrowed (to them); another's is left as it is
// and the reason returned.
std::string restrictToOwner(const std::string& path);

} // namespace NativeFiles
