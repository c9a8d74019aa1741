#include "store/ExportFile.h"

#include "platform/NativeFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

QString ExportFile::writePrivate(const QByteArray& bytes, const QString& path)
{
    // Personal data: written beside the destination in a file that is yours alone from its first
    // byte (NativeFiles: mode 0600, an owner-only DACL on Windows, where QFile::setPermissions
    // only sets the read-only flag), on the disk, then put in its place in one step.
    const QString partial = path + QStringLiteral(".deel");
    QFile::remove(partial); // left by an export that was cut off
    if (const std::string reason = NativeFiles::createOwnerOnly(partial.toStdString()); !reason.empty())
        return tr("%1 could not be written, nothing was saved: %2").arg(path, QString::fromStdString(reason));
    QFile file(partial);
    QString error;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() ||
        !file.flush())
        error = file.errorString();
    file.close();
    if (error.isEmpty())
        error = QString::fromStdString(NativeFiles::syncToDisk(partial.toStdString()));
    if (error.isEmpty())
        error = QString::fromStdString(NativeFiles::replace(partial.toStdString(), path.toStdString()));
    if (!error.isEmpty()) {
        QFile::remove(partial);
        return tr("%1 could not be written, nothing was saved: %2").arg(path, error);
    }
    return {};
}

QString ExportFile::record(const QSqlDatabase& database, const Actor& actor, const QDateTime& now,
                           const QByteArray& bytes, const QString& entityId, const QString& description)
{
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString error =
        AuditLog(database).append({now, actor, QStringLiteral("export"), entityId, std::nullopt,
                                   tr("%1, sha256 %2").arg(description, digest)});
    return error.isEmpty() ? QString() : tr("Exported, but not recorded in the audit log: %1").arg(error);
}

QString
ExportFile::save(const QSqlDatabase& database, const Actor& actor, const QDateTime& now,
                 const QByteArray& bytes, const QString& path, const QString& entityId,
                 const std::function<QString(const QString& fileName, const QString& sha256)>& describe)
{
    if (const QString error = writePrivate(bytes, path); !error.isEmpty())
        return error;
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    // The file exists now; a failed audit row is reported but the export stands.
    const QString error =
        AuditLog(database).append({now, actor, QStringLiteral("export"), entityId, std::nullopt,
                                   describe(QFileInfo(path).fileName(), digest)});
    return error.isEmpty() ? QString() : tr("Exported, but not recorded in the audit log: %1").arg(error);
}
