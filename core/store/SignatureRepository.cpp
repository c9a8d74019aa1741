#include "store/SignatureRepository.h"

#include "common/DateText.h"
#include "forms/FormDefinition.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
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

const QStringList& SignatureRepository::parties()
{
    static const QStringList all{QStringLiteral("deelnemer"), QStringLiteral("zorgaanbieder"),
                                 QStringLiteral("woningcorporatie")};
    return all;
}

QStringList SignatureRepository::partiesOf(const QString& form, const QString& edition)
{
    // Read once per form and edition: the caseload asks for every final form (a worker thread
    // may ask too, hence the lock).
    static QMutex lock;
    static QHash<QString, QStringList> known;
    const QString key = form + u'/' + edition;
    const QMutexLocker locked(&lock);
    if (const auto found = known.constFind(key); found != known.constEnd())
        return found.value();
    QStringList signing;
    const Result<FormDefinition> definition = FormDefinition::builtIn(form, edition);
    if (!definition) {
        signing = parties();
    } else {
        for (const FormSection& section : definition->sections) {
            for (const FormField& field : section.fields) {
                const QString party = field.definition.value(QStringLiteral("party")).toString();
                if (field.type == FieldType::Signature && parties().contains(party) &&
                    !signing.contains(party))
                    signing << party;
            }
        }
    }
    known.insert(key, signing);
    return signing;
}

QStringList SignatureRepository::missingAmong(const QStringList& signedBy, const QString& form,
                                              const QString& edition)
{
    QStringList missing;
    for (const QString& party : partiesOf(form, edition)) {
        if (!signedBy.contains(party))
            missing << party;
    }
    return missing;
}

QString SignatureRepository::recordOnPaper(qint64 formId, const DrawnSignature& signature,
                                           const Actor& enteredBy, const QDate& today, const QDateTime& now)
{
    if (!parties().contains(signature.party))
        return tr("Unknown party \"%1\"; a form is signed by %2.")
            .arg(signature.party, parties().join(QStringLiteral(", ")));
    if (signature.signerName.trimmed().isEmpty() || !signature.signedOn.isValid())
        return tr("A signature on paper needs the signer's name and the date it was signed.");
    if (signature.signedOn > today)
        return tr("The date of signing (%1) lies after today.").arg(DateText::date(signature.signedOn));
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT status FROM form_instance WHERE id = ?"));
    query.addBindValue(formId);
    if (!query.exec())
        return StoreError::notSaved(StoreError::describe(query.lastError()));
    if (!query.next())
        return tr("form %1 is not in this case file").arg(formId);
    if (query.value(0).toString() != u"definitief")
        return tr("Only a final form is signed on paper: make the form final first, then print it.");
    DrawnSignature onPaper = signature;
    onPaper.strokes.clear();
    return store(formId, onPaper, enteredBy, now);
}

QString SignatureRepository::sign(qint64 formId, const DrawnSignature& signature, const Actor& enteredBy,
                                  const QDateTime& now)
{
    if (signature.signerName.trimmed().isEmpty() || !signature.signedOn.isValid() ||
        signature.strokes.isEmpty())
        return tr("A signature needs the signer's name, the date and the signature itself.");
    return store(formId, signature, enteredBy, now);
}

QString SignatureRepository::store(qint64 formId, const DrawnSignature& signature, const Actor& enteredBy,
                                   const QDateTime& now)
{
    // Inside a caller's transaction (a signature that records consent, FormSigning) its rows go
    // with the caller's commit or rollback; otherwise in a transaction of its own.
    const bool own = !StoreError::inTransaction(m_database);
    if (own && !m_database.transaction())
        return StoreError::notSaved(StoreError::describe(m_database.lastError()));
    const auto fail = [&](const QString& reason) {
        if (own)
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
          signature.strokes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                      : QVariant(strokesToJson(signature.strokes)),
          QVariant(enteredBy.name)})
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
                             signature.signedOn.toString(Qt::ISODate) +
                             (signature.strokes.isEmpty() ? tr(" (on paper)") : QString())});
        !error.isEmpty())
        return fail(error);
    if (own && !m_database.commit())
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

Result<QList<SignatureRepository::Awaiting>> SignatureRepository::awaiting(const QSqlDatabase& database,
                                                                           const QString& participantId)
{
    QSqlQuery query(database);
    query.prepare(
        QStringLiteral("SELECT f.id, f.participant_id, p.naam, f.form, f.edition, f.finalised_at,"
                       " (SELECT group_concat(party) FROM (SELECT DISTINCT party FROM signature s"
                       "  WHERE s.form_instance_id = f.id AND s.valid = 1))"
                       " FROM form_instance f JOIN participant p ON p.id = f.participant_id"
                       " WHERE f.status = 'definitief' AND NOT EXISTS (SELECT 1 FROM form_instance later"
                       "  WHERE later.previous_id = f.id AND later.status = 'definitief')%1"
                       " ORDER BY f.finalised_at, f.id")
            .arg(participantId.isNull() ? QString() : QStringLiteral(" AND f.participant_id = ?")));
    if (!participantId.isNull())
        query.addBindValue(participantId);
    if (!query.exec())
        return Result<QList<Awaiting>>::failure(StoreError::describe(query.lastError()));
    QList<Awaiting> found;
    while (query.next()) {
        const QStringList signedBy = query.value(6).toString().split(u',', Qt::SkipEmptyParts);
        const QStringList missing =
            missingAmong(signedBy, query.value(3).toString(), query.value(4).toString());
        if (missing.isEmpty())
            continue;
        found.append(
            {query.value(1).toString(), query.value(2).toString(), query.value(0).toLongLong(),
             query.value(3).toString(), query.value(4).toString(),
             QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs).toLocalTime().date(),
             missing});
    }
    return found;
}
