#include "store/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

bool PrivateFiles::createEmpty(const QString& path)
{
    const int descriptor =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (descriptor < 0)
        return false;
    // open() applies the umask, which can only take bits away from 0600; fchmod makes it exact.
    const bool exact = ::fchmod(descriptor, 0600) == 0;
    return ::close(descriptor) == 0 && exact;
}

bool PrivateFiles::makeFolder(const QString& folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (!QFileInfo::exists(absolute)) {
        const QString parent = QFileInfo(absolute).absolutePath();
        if (parent != absolute && !QFileInfo::exists(parent) && !QDir().mkpath(parent))
            return false;
        if (::mkdir(QFile::encodeName(absolute).constData(), 0700) != 0 && !QFileInfo(absolute).isDir())
            return false;
    }
    return ::chmod(QFile::encodeName(absolute).constData(), 0700) == 0;
}

bool PrivateFiles::restrict(const QString& path)
{
    return ::chmod(QFile::encodeName(path).constData(), 0600) == 0;
}
