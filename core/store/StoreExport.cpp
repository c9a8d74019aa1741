#include "store/StoreExport.h"

#include "store/AuditLog.h"

#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// One row as a JSON object under the given names, in column order; NULL stays null and a BLOB
// (drawn signature strokes) becomes base64.
QJsonObject rowObject(const QSqlQuery& query, const QStringList& names)
{
    QJsonObject object;
    for (int column = 0; column < names.size(); ++column) {
        const QVariant value = query.value(column);
        if (value.isNull())
            object.insert(names.at(column), QJsonValue::Null);
        else if (value.typeId() == QMetaType::QByteArray)
            object.insert(names.at(column), QString::fromLatin1(value.toByteArray().toBase64()));
        else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            object.insert(names.at(column), value.toLongLong());
        else
            object.insert(names.at(column), value.toString());
    }
    return object;
}

class Reader
{
public:
    explicit Reader(QSqlDatabase database)
        : m_database(std::move(database))
    {}

    // Rows of `sql` with `bound` as its one parameter.
    QJsonArray rows(const QString& sql, const QVariant& bound, const QStringList& names)
    {
        QSqlQuery query(m_database);
        query.prepare(sql);
        if (bound.isValid())
            query.addBindValue(bound);
        QJsonArray result;
        if (!query.exec()) {
            m_error = StoreError::describe(query.lastError());
            return result;
        }
        while (query.next())
            result.append(rowObject(query, names));
        return result;
    }
    const QString& error() const { return m_error; }

private:
    QSqlDatabase m_database;
    QString m_error;
};

const QStringList auditNames{QStringLiteral("op"),          QStringLiteral("door"),
                             QStringLiteral("functie"),     QStringLiteral("rol"),
                             QStringLiteral("onderdeel"),   QStringLiteral("onderdeel_id"),
                             QStringLiteral("oude_waarde"), QStringLiteral("nieuwe_waarde")};

QJsonObject participantExport(Reader& reader, const QJsonObject& participant, const QJsonArray& allAudit)
{
    const QString id = participant.value(QStringLiteral("id")).toString();
    QJsonObject result = participant;
    result.insert(
        QStringLiteral("contacten"),
        reader.rows(QStringLiteral("SELECT party, naam, functie, telefoon, email, adres FROM contact "
                                   "WHERE participant_id = ? ORDER BY id"),
                    id,
                    {QStringLiteral("partij"), QStringLiteral("naam"), QStringLiteral("functie"),
                     QStringLiteral("telefoon"), QStringLiteral("email"), QStringLiteral("adres")}));

    // Who exported this participant's data (an AVG inzage, a form's PDF) is theirs to know too.
    QSet<QString> ownEntities{QStringLiteral("participant:") + id, QStringLiteral("export:") + id};
    QJsonArray events = reader.rows(
        QStringLiteral("SELECT id, type, date, fields, recorded_at, recorded_by FROM trajectory_event "
                       "WHERE participant_id = ? ORDER BY id"),
        id,
        {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("datum"), QStringLiteral("velden"),
         QStringLiteral("vastgelegd_op"), QStringLiteral("vastgelegd_door")});
    for (QJsonValueRef event : events) {
        QJsonObject object = event.toObject();
        ownEntities.insert(QStringLiteral("trajectory_event:") +
                           QString::number(object.value(u"id").toInteger()));
        // The fields are stored as JSON text: exported as JSON, not as a string of it.
        object.insert(QStringLiteral("velden"),
                      QJsonDocument::fromJson(object.value(u"velden").toString().toUtf8()).object());
        event = object;
    }
    result.insert(QStringLiteral("gebeurtenissen"), events);

    QJsonArray forms = reader.rows(
        QStringLiteral("SELECT id, form, edition, status, created_at, updated_at FROM form_instance "
                       "WHERE participant_id = ? ORDER BY id"),
        id,
        {QStringLiteral("id"), QStringLiteral("formulier"), QStringLiteral("editie"),
         QStringLiteral("status"), QStringLiteral("aangemaakt_op"), QStringLiteral("gewijzigd_op")});
    QSet<QString> ownFormIds;
    for (QJsonValueRef form : forms) {
        QJsonObject object = form.toObject();
        const qint64 formId = object.value(u"id").toInteger();
        ownFormIds.insert(QString::number(formId));
        ownEntities.insert(QStringLiteral("form_instance:") + QString::number(formId));
        ownEntities.insert(QStringLiteral("export:") + QString::number(formId));
        object.insert(
            QStringLiteral("antwoorden"),
            reader.rows(QStringLiteral("SELECT field_id, value, updated_at FROM form_answer "
                                       "WHERE form_instance_id = ? ORDER BY field_id"),
                        formId,
                        {QStringLiteral("veld"), QStringLiteral("waarde"), QStringLiteral("gewijzigd_op")}));
        object.insert(
            QStringLiteral("handtekeningen"),
            reader.rows(QStringLiteral("SELECT party, signer_name, signer_function, signed_on, strokes, "
                                       "entered_by, valid FROM signature WHERE form_instance_id = ? "
                                       "ORDER BY id"),
                        formId,
                        {QStringLiteral("partij"), QStringLiteral("naam"), QStringLiteral("functie"),
                         QStringLiteral("datum"), QStringLiteral("getekende_lijnen"),
                         QStringLiteral("ingevoerd_door"), QStringLiteral("geldig")}));
        form = object;
    }
    result.insert(QStringLiteral("formulieren"), forms);

    QJsonArray audit;
    for (const QJsonValue& row : allAudit) {
        const QJsonObject object = row.toObject();
        const QString entity = object.value(u"onderdeel").toString();
        const QString entityId = object.value(u"onderdeel_id").toString();
        const bool own = ownEntities.contains(entity + u':' + entityId) ||
                         (entity == u"form_answer" && ownFormIds.contains(entityId.section(u'/', 0, 0)));
        if (own)
            audit.append(object);
    }
    result.insert(QStringLiteral("auditlog"), audit);
    return result;
}

} // namespace

Result<QByteArray> StoreExport::toJson(const std::optional<QString>& participantId,
                                       const QDateTime& now) const
{
    Reader reader(m_database);
    const QStringList participantNames{
        QStringLiteral("id"),         QStringLiteral("naam"),    QStringLiteral("geboortedatum"),
        QStringLiteral("huishouden"), QStringLiteral("profiel"), QStringLiteral("aangemaakt_op")};
    const QString select =
        QStringLiteral("SELECT id, naam, geboortedatum, huishouden, profile, created_at FROM participant");
    const QJsonArray participants =
        participantId
            ? reader.rows(select + QStringLiteral(" WHERE id = ?"), *participantId, participantNames)
            : reader.rows(select + QStringLiteral(" ORDER BY id"), {}, participantNames);
    const QJsonArray audit =
        reader.rows(QStringLiteral("SELECT at, actor_name, actor_function, actor_role, entity, "
                                   "entity_id, old_value, new_value FROM audit_log ORDER BY id"),
                    {}, auditNames);
    if (!reader.error().isEmpty())
        return Result<QByteArray>::failure(tr("The export could not be read: %1").arg(reader.error()));
    if (participantId && participants.isEmpty())
        return Result<QByteArray>::failure(
            tr("There is no participant %1 in this case file.").arg(*participantId));

    QJsonArray exported;
    for (const QJsonValue& participant : participants)
        exported.append(participantExport(reader, participant.toObject(), audit));
    if (!reader.error().isEmpty())
        return Result<QByteArray>::failure(tr("The export could not be read: %1").arg(reader.error()));

    QJsonObject document;
    document.insert(QStringLiteral("formaat"), QStringLiteral("thuisindewijk-inzage-1"));
    document.insert(QStringLiteral("gemaakt_op"), now.toUTC().toString(Qt::ISODate));
    // The audit chain's head at this moment: the export is an anchor for `audit verify`.
    const Result<AuditLog::Head> head = AuditLog(m_database).head();
    if (!head)
        return Result<QByteArray>::failure(head.errors());
    document.insert(QStringLiteral("auditketen"), head->toText());
    document.insert(QStringLiteral("deelnemers"), exported);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}
