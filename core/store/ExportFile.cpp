#include "store/ExportFile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSaveFile>

QString
ExportFile::save(const QSqlDatabase& database, const Actor& actor, const QByteArray& bytes,
                 const QString& path, const QString& entityId,
                 const std::function<QString(const QString& fileName, const QString& sha256)>& describe)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 could not be written: %2").arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // personal data: only for you
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("%1 could not be written, nothing was saved: %2").arg(path, file.errorString());
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    // The file exists now; a failed audit row is reported but the export stands.
    const QString error =
        AuditLog(database).append({QDateTime::currentDateTimeUtc(), actor, QStringLiteral("export"), entityId,
                                   std::nullopt, describe(QFileInfo(path).fileName(), digest)});
    return error.isEmpty() ? QString() : tr("Exported, but not recorded in the audit log: %1").arg(error);
}
