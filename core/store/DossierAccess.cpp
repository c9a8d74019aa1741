#include "store/DossierAccess.h"

QString DossierAccess::recordOpened(const QSqlDatabase& database, const Actor& actor,
                                    const QString& participantId, const QDateTime& now)
{
    const QString error = AuditLog(database).append(
        {now, actor, QStringLiteral("dossier"), participantId, std::nullopt, QStringLiteral("geopend")});
    return error.isEmpty()
               ? QString()
               : tr("The dossier was not opened: who opens it is recorded, and that failed (%1).").arg(error);
}
