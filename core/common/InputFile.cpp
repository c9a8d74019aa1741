#include "common/InputFile.h"

#include <QFile>
#include <QFileInfo>

Result<QByteArray> InputFile::read(const QString& path, qint64 limit)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<QByteArray>::failure(tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        return Result<QByteArray>::failure(tr("%1 is not an ordinary file; nothing was read.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    // Read one byte past the limit: a file that grows while it is read is caught as well.
    const QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        return Result<QByteArray>::failure(
            tr("%1 is larger than the %2 MB this program reads from such a file; "
               "nothing was read.")
                .arg(path)
                .arg(limit / (1024 * 1024)));
    if (file.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return bytes;
}
