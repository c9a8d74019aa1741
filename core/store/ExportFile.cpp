#include "store/ExportFile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSaveFile>

QString ExportFile::writePrivate(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 could not be written: %2").arg(path, file.errorString());
    // Personal data: only for you, set on the temporary file before anything is written to it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return tr("%1 could not be made readable for you alone; nothing was saved.").arg(path);
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("%1 could not be written, nothing was saved: %2").arg(path, file.errorString());
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
