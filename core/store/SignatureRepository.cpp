#include "store/SignatureRepository.h"

#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

QByteArray SignatureRepository::strokesToJson(const QList<QPolygonF>& strokes)
{
    QJsonArray all;
    for (const QPolygonF& stroke : strokes) {
        QJsonArray points;
        for (const QPointF& point : stroke) {
            // A thousandth of the box is finer than any pen.
            points.append(
                QJsonArray{std::round(point.x() * 1000) / 1000, std::round(point.y() * 1000) / 1000});
        }
        all.append(points);
    }
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

QList<QPolygonF> SignatureRepository::strokesFromJson(const QByteArray& json)
{
    QList<QPolygonF> strokes;
    for (const QJsonValue& stroke : QJsonDocument::fromJson(json).array()) {
        QPolygonF points;
        for (const QJsonValue& point : stroke.toArray())
            points << QPointF(point.toArray().at(0).toDouble(), point.toArray().at(1).toDouble());
        strokes << points;
    }
    return strokes;
}

QString SignatureRepository::invalidateAll(QSqlDatabase database, qint64 formId, const QString& reason,
                                           const Actor& actor, const QDateTime& now)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT id, party FROM signature WHERE form_instance_id = ? AND valid = 1"));
    query.addBindValue(formId);
    if (!query.exec())
        return StoreError::describe(query.lastError());
    QStringList parties;
    while (query.next())
        parties << query.value(1).toString();
    if (parties.isEmpty())
        return {};
    query.prepare(QStringLiteral("UPDATE signature SET valid = 0 WHERE form_instance_id = ? AND valid = 1"));
    query.addBindValue(formId);
    if (!query.exec())
        return StoreError::describe(query.lastError());
    return AuditLog(database).append({now, actor, QStringLiteral("signature"), QString::number(formId),
                                      parties.join(QStringLiteral(", ")), tr("invalid: %1").arg(reason)});
}

QString SignatureRepository::sign(qint64 formId, const DrawnSignature& signature, const Actor& enteredBy,
                                  const QDateTime& now)
{
    if (signature.signerName.trimmed().isEmpty() || !signature.signedOn.isValid() ||
        signature.strokes.isEmpty())
        return tr("A signature needs the signer's name, the date and the signature itself.");
    if (!m_database.transaction())
        return StoreError::notSaved(StoreError::describe(m_database.lastError()));
    const auto fail = [&](const QString& reason) {
        m_database.rollback();
        return StoreError::notSaved(reason);
    };
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE signature SET valid = 0 WHERE form_instance_id = ? AND party = ?"));
    query.addBindValue(formId);
    query.addBindValue(signature.party);
    if (!query.exec())
        return fail(StoreError::describe(query.lastError()));
    query.prepare(
        QStringLiteral("INSERT INTO signature (form_instance_id, party, signer_name, signer_function, "
                       "signed_on, strokes, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(formId), QVariant(signature.party), QVariant(signature.signerName.trimmed()),
          QVariant(signature.signerFunction.trimmed()), QVariant(signature.signedOn.toString(Qt::ISODate)),
          QVariant(strokesToJson(signature.strokes)), QVariant(enteredBy.name)})
        query.addBindValue(value);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QStringLiteral("787"))
            return fail(tr("form %1 is not in this case file").arg(formId));
        return fail(StoreError::describe(query.lastError()));
    }
    if (const QString error =
            AuditLog(m_database)
                .append({now, enteredBy, QStringLiteral("signature"), QString::number(formId), std::nullopt,
                         signature.party + QStringLiteral(": ") + signature.signerName + u' ' +
                             signature.signedOn.toString(Qt::ISODate)});
        !error.isEmpty())
        return fail(error);
    if (!m_database.commit())
        return fail(StoreError::describe(m_database.lastError()));
    return {};
}

Result<QList<DrawnSignature>> SignatureRepository::valid(qint64 formId) const
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT party, signer_name, signer_function, signed_on, strokes FROM signature "
                       "WHERE form_instance_id = ? AND valid = 1 ORDER BY id"));
    query.addBindValue(formId);
    if (!query.exec())
        return Result<QList<DrawnSignature>>::failure(StoreError::describe(query.lastError()));
    QList<DrawnSignature> found;
    while (query.next())
        found.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      QDate::fromString(query.value(3).toString(), Qt::ISODate),
                      strokesFromJson(query.value(4).toByteArray())});
    return found;
}
