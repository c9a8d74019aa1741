#include "store/KeptSummaries.h"

#include "store/StoreError.h"

#include <QSqlQuery>

QString KeptSummaries::forget(const QSqlDatabase& database, const QString& participantId)
{
    return forget(database, QSet<QString>{participantId});
}

QString KeptSummaries::forget(const QSqlDatabase& database, const QSet<QString>& participantIds)
{
    QSqlQuery query(database);
    if (!query.prepare(QStringLiteral("DELETE FROM caseload_summary WHERE participant_id = ?")))
        return StoreError::describe(query.lastError());
    for (const QString& participantId : participantIds) {
        query.bindValue(0, participantId);
        if (!query.exec())
            return StoreError::describe(query.lastError());
    }
    return {};
}
