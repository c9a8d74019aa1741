#include "store/FormAnswerRepository.h"

#include "store/SignatureRepository.h"
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
                                                const QDateTime& now, const Answers& initial)
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
    if (const QString error = insertAnswers(formId, initial, actor, now); !error.isEmpty())
        return fail(error);
    if (!m_database.commit())
        return fail(StoreError::describe(m_database.lastError()));
    return formId;
}

QString FormAnswerRepository::insertAnswers(qint64 formId, const Answers& answers, const Actor& actor,
                                            const QDateTime& now)
{
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO form_answer (form_instance_id, field_id, value, updated_at) VALUES (?, ?, ?, ?)"));
    QStringList fields = answers.keys();
    fields.sort(); // a stable audit order
    for (const QString& field : std::as_const(fields)) {
        for (const QVariant& bound :
             {QVariant(formId), QVariant(field), QVariant(answers.value(field)), QVariant(at)})
            query.addBindValue(bound);
        if (!query.exec())
            return StoreError::describe(query.lastError());
        if (const QString error =
                AuditLog(m_database)
                    .append({now, actor, QStringLiteral("form_answer"),
                             QString::number(formId) + u'/' + field, std::nullopt, answers.value(field)});
            !error.isEmpty())
            return error;
    }
    return {};
}

Result<qint64> FormAnswerRepository::startCorrection(qint64 formId, const Actor& actor, const QDateTime& now)
{
    const Result<FormInstance> corrected = instance(formId);
    if (!corrected)
        return Result<qint64>::failure(corrected.errors());
    if (!corrected->isFinal())
        return Result<qint64>::failure(
            tr("Form %1 is not final yet; it can still be changed as it is.").arg(formId));
    const Result<QHash<QString, std::optional<QString>>> stored = answers(formId);
    if (!stored)
        return Result<qint64>::failure(stored.errors());
    Answers copied;
    for (auto answer = stored->begin(); answer != stored->end(); ++answer) {
        if (answer.value())
            copied.insert(answer.key(), *answer.value());
    }

    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    if (!m_database.transaction())
        return Result<qint64>::failure(StoreError::notSaved(StoreError::describe(m_database.lastError())));
    const auto fail = [&](const QString& reason) {
        m_database.rollback();
        return Result<qint64>::failure(StoreError::notSaved(reason));
    };
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO form_instance (participant_id, form, edition, version, "
                                 "previous_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(corrected->participantId), QVariant(corrected->form), QVariant(corrected->edition),
          QVariant(corrected->version + 1), QVariant(formId), QVariant(at), QVariant(at)})
        query.addBindValue(value);
    if (!query.exec())
        return fail(StoreError::describe(query.lastError()));
    const qint64 newId = query.lastInsertId().toLongLong();
    if (const QString error =
            AuditLog(m_database)
                .append({now, actor, QStringLiteral("form_instance"), QString::number(newId), std::nullopt,
                         tr("correction of form %1: version %2").arg(formId).arg(corrected->version + 1)});
        !error.isEmpty())
        return fail(error);
    if (const QString error = insertAnswers(newId, copied, actor, now); !error.isEmpty())
        return fail(error);
    if (!m_database.commit())
        return fail(StoreError::describe(m_database.lastError()));
    return newId;
}

QString FormAnswerRepository::markFinal(qint64 formId, const Actor& actor, const QDateTime& now)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE form_instance SET status = 'definitief', finalised_at = ?, "
                                 "updated_at = ? WHERE id = ? AND status = 'concept'"));
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    query.addBindValue(at);
    query.addBindValue(at);
    query.addBindValue(formId);
    if (!query.exec())
        return StoreError::describe(query.lastError());
    if (query.numRowsAffected() != 1)
        return tr("form %1 is not a concept in this case file").arg(formId);
    return AuditLog(m_database)
        .append({now, actor, QStringLiteral("form_instance"), QString::number(formId),
                 QStringLiteral("concept"), QStringLiteral("definitief")});
}

QString FormAnswerRepository::savePosition(qint64 formId, const QString& sectionId, const QString& fieldId)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("UPDATE form_instance SET resume_section = ?, resume_field = ? WHERE id = ?"));
    query.addBindValue(sectionId);
    query.addBindValue(fieldId);
    query.addBindValue(formId);
    return query.exec() ? QString() : StoreError::notSaved(StoreError::describe(query.lastError()));
}

Result<QList<FormInstance>> FormAnswerRepository::select(const QString& where, const QVariant& value) const
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT f.id, f.participant_id, f.form, f.edition, f.status, f.version, "
                       "f.previous_id, f.created_at, f.updated_at, f.finalised_at, f.resume_section, "
                       "f.resume_field, (SELECT COUNT(DISTINCT party) FROM signature s "
                       "WHERE s.form_instance_id = f.id AND s.valid = 1), "
                       "(SELECT group_concat(party) FROM (SELECT DISTINCT party FROM signature s "
                       "WHERE s.form_instance_id = f.id AND s.valid = 1)) "
                       "FROM form_instance f WHERE ") +
        where + QStringLiteral(" ORDER BY f.id DESC"));
    query.addBindValue(value);
    if (!query.exec())
        return Result<QList<FormInstance>>::failure(StoreError::describe(query.lastError()));
    const auto instant = [&query](int column) {
        return QDateTime::fromString(query.value(column).toString(), Qt::ISODateWithMs);
    };
    QList<FormInstance> found;
    while (query.next()) {
        FormInstance form;
        form.id = query.value(0).toLongLong();
        form.participantId = query.value(1).toString();
        form.form = query.value(2).toString();
        form.edition = query.value(3).toString();
        form.status = query.value(4).toString();
        form.version = query.value(5).toInt();
        if (!query.value(6).isNull())
            form.previousId = query.value(6).toLongLong();
        form.createdAt = instant(7);
        form.updatedAt = instant(8);
        form.finalisedAt = instant(9);
        form.resumeSection = query.value(10).toString();
        form.resumeField = query.value(11).toString();
        form.signatures = query.value(12).toInt();
        const QStringList parties = query.value(13).toString().split(u',', Qt::SkipEmptyParts);
        for (const QString& party : SignatureRepository::parties()) {
            if (parties.contains(party))
                form.signedParties << party;
        }
        found.append(form);
    }
    return found;
}

QStringList FormInstance::missingSignatures() const
{
    return SignatureRepository::missingAmong(signedParties, form, edition);
}

Result<FormInstance> FormAnswerRepository::instance(qint64 formId) const
{
    const Result<QList<FormInstance>> found = select(QStringLiteral("f.id = ?"), formId);
    if (!found)
        return Result<FormInstance>::failure(found.errors());
    if (found->isEmpty())
        return Result<FormInstance>::failure(tr("Form %1 is not in this case file.").arg(formId));
    return found->first();
}

Result<QList<FormInstance>> FormAnswerRepository::instances(const QString& participantId) const
{
    return select(QStringLiteral("f.participant_id = ?"), participantId);
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
        return fail(tr("form %1 is final; correct it in a new version instead").arg(formId));

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
    // What was signed is no longer what the form says: every signature lapses (issue 7).
    if (const QString error = SignatureRepository::invalidateAll(
            m_database, formId, tr("answer \"%1\" changed").arg(fieldId), actor, now);
        !error.isEmpty())
        return fail(error);
    if (!m_database.commit())
        return fail(StoreError::describe(m_database.lastError()));
    return {};
}

Result<QHash<QString, std::optional<QString>>> FormAnswerRepository::answers(qint64 formId) const
{
    using StoredAnswers = QHash<QString, std::optional<QString>>;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT field_id, value FROM form_answer WHERE form_instance_id = ?"));
    query.addBindValue(formId);
    if (!query.exec())
        return Result<StoredAnswers>::failure(StoreError::describe(query.lastError()));
    StoredAnswers result;
    while (query.next())
        result.insert(query.value(0).toString(), optionalText(query.value(1)));
    return result;
}
