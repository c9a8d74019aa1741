#include "team/TeamItem.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

QByteArray TeamItem::contentDigest() const
{
    const QJsonArray rows = payload.value(QStringLiteral("rijen")).toArray();
    return QCryptographicHash::hash(QJsonDocument(rows).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}
