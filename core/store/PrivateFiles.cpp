#include "store/PrivateFiles.h"

#include "platform/NativeFiles.h"

#include <QDir>
#include <QFileInfo>

// Through NativeFiles (issue 22): 0600 / 0700 on POSIX, an owner-only DACL on Windows, where
// QFile::setPermissions only sets the read-only flag.
bool PrivateFiles::createEmpty(const QString& path)
{
    return NativeFiles::createOwnerOnly(path.toStdString()).empty();
}

bool PrivateFiles::makeFolder(const QString& folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute && !QFileInfo::exists(parent) && !QDir().mkpath(parent))
        return false;
    return NativeFiles::makeOwnerOnlyFolder(absolute.toStdString()).empty();
}

bool PrivateFiles::restrict(const QString& path)
{
    return NativeFiles::restrictToOwner(path.toStdString()).empty();
}
