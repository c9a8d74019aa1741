#include "store/FormAnswerRepository.h"

#include "store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QVariant textOrNull(const std::optional<QString>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QString> optionalText(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

} // namespace

Result<qint64> FormAnswerRepository::createForm(const QString& participantId, const QString& form,
                                                const QString& edition, const Actor& actor,
                                                const QDateTime& now)
{
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    if (!m_database.transaction())
        return Result<qint64>::failure(StoreError::notSaved(StoreError::describe(m_database.lastError())));
    QSqlQuery query(m_database);
    const auto fail = [&](const QString& reason) {
        m_database.rollback();
        return Result<qint64>::failure(StoreError::notSaved(reason));
    };
    query.prepare(
        QStringLiteral("INSERT INTO form_instance (participant_id, form, edition, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    for (const QString& value : {participantId, form, edition, at, at})
        query.addBindValue(value);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QStringLiteral("787")) // SQLITE_CONSTRAINT_FOREIGNKEY
            return fail(tr("participant %1 is not in this case file").arg(participantId));
        return fail(StoreError::describe(query.lastError()));
    }
    const qint64 formId = query.lastInsertId().toLongLong();
    if (const QString error = AuditLog(m_database)
                                  .append({now, actor, QStringLiteral("form_instance"),
                                           QString::number(formId), std::nullopt, form + u' ' + edition});
        !error.isEmpty())
        return fail(error);
    if (!m_database.commit())
        return fail(StoreError::describe(m_database.lastError()));
    return formId;
}

QString FormAnswerRepository::saveAnswer(qint64 formId, const QString& fieldId,
                                         const std::optional<QString>& value, const Actor& actor,
                                         const QDateTime& now)
{
    if (!m_database.transaction())
        return StoreError::notSaved(StoreError::describe(m_database.lastError()));
    QSqlQuery query(m_database);
    const auto fail = [&](const QString& reason) {
        m_database.rollback();
        return StoreError::notSaved(reason);
    };

    query.prepare(QStringLiteral("SELECT status FROM form_instance WHERE id = ?"));
    query.addBindValue(formId);
    if (!query.exec())
        return fail(StoreError::describe(query.lastError()));
    if (!query.next())
        return fail(tr("form %1 is not in this case file").arg(formId));
    if (query.value(0).toString() != u"concept")
        return fail(tr("form %1 is final (signed); record a new form instead of changing it").arg(formId));

    query.prepare(
        QStringLiteral("SELECT value FROM form_answer WHERE form_instance_id = ? AND field_id = ?"));
    query.addBindValue(formId);
    query.addBindValue(fieldId);
    if (!query.exec())
        return fail(StoreError::describe(query.lastError()));
    const bool existed = query.next();
    const std::optional<QString> oldValue = existed ? optionalText(query.value(0)) : std::nullopt;
    if (existed && oldValue == value) {
        m_database.rollback(); // nothing to write
        return {};
    }

    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    // SQLite 3.15 has no UPSERT: update the answer, or insert it when there was none.
    query.prepare(
        existed ? QStringLiteral("UPDATE form_answer SET value = ?, updated_at = ? "
                                 "WHERE form_instance_id = ? AND field_id = ?")
                : QStringLiteral("INSERT INTO form_answer (value, updated_at, form_instance_id, field_id) "
                                 "VALUES (?, ?, ?, ?)"));
    for (const QVariant& bound : {textOrNull(value), QVariant(at), QVariant(formId), QVariant(fieldId)})
        query.addBindValue(bound);
    if (!query.exec())
        return fail(StoreError::describe(query.lastError()));
    query.prepare(QStringLiteral("UPDATE form_instance SET updated_at = ? WHERE id = ?"));
    query.addBindValue(at);
    query.addBindValue(formId);
    if (!query.exec())
        return fail(StoreError::describe(query.lastError()));
    if (const QString error = AuditLog(m_database)
                                  .append({now, actor, QStringLiteral("form_answer"),
                                           QString::number(formId) + u'/' + fieldId, oldValue, value});
        !error.isEmpty())
        return fail(error);
    if (!m_database.commit())
        return fail(StoreError::describe(m_database.lastError()));
    return {};
}

Result<QHash<QString, std::optional<QString>>> FormAnswerRepository::answers(qint64 formId) const
{
    using Answers = QHash<QString, std::optional<QString>>;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT field_id, value FROM form_answer WHERE form_instance_id = ?"));
    query.addBindValue(formId);
    if (!query.exec())
        return Result<Answers>::failure(StoreError::describe(query.lastError()));
    Answers result;
    while (query.next())
        result.insert(query.value(0).toString(), optionalText(query.value(1)));
    return result;
}
