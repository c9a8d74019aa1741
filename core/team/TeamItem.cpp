#include "team/TeamItem.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray TeamItem::contentDigest() const
{
    // Without the moments of saving: two people entering the same answer agree.
    QJsonArray rows;
    for (const QJsonValue& row : payload.value(QStringLiteral("rijen")).toArray()) {
        QJsonObject columns = row.toObject();
        columns.remove(QStringLiteral("updated_at"));
        rows.append(columns);
    }
    return QCryptographicHash::hash(QJsonDocument(rows).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}
