#include "store/TeamOutbox.h"

#include "store/AuditedRows.h"
#include "store/StoreError.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

using Text = Result<QString>;

// Events and forms are rows numbered by each laptop itself; everything else has a key that
// means the same on every laptop (a participant's number, "number/party").
bool hasLocalNumber(const QString& entity)
{
    return entity == u"trajectory_event" || entity == u"form_instance";
}

Text singleText(const QSqlDatabase& database, const QString& sql, const QVariantList& bound)
{
    QSqlQuery query(database);
    if (!query.prepare(sql))
        return Text::failure(StoreError::describe(query.lastError()));
    for (const QVariant& value : bound)
        query.addBindValue(value);
    if (!query.exec())
        return Text::failure(StoreError::describe(query.lastError()));
    return query.next() ? query.value(0).toString() : QString();
}

QString participantOfForm(const QSqlDatabase& database, const QString& formId, QString& error)
{
    const Text found = singleText(
        database, QStringLiteral("SELECT participant_id FROM form_instance WHERE id = ?"), {formId});
    if (!found)
        error = found.errors().join(u' ');
    return found ? found.value() : QString();
}

QJsonValue jsonOf(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QByteArray)
        return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64())}};
    return value.toString();
}

QJsonObject itemPayload(const AuditLog::Entry& entry, const QString& key, const QJsonArray& rows)
{
    QJsonObject payload{
        {QStringLiteral("entiteit"), entry.entity},
        {QStringLiteral("sleutel"), key},
        {QStringLiteral("wanneer"), entry.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("wie"), QJsonObject{{QStringLiteral("naam"), entry.actor.name},
                                            {QStringLiteral("functie"), entry.actor.function},
                                            {QStringLiteral("rol"), entry.actor.role}}},
        {QStringLiteral("oud"), entry.oldValue ? QJsonValue(*entry.oldValue) : QJsonValue::Null},
        {QStringLiteral("nieuw"), entry.newValue ? QJsonValue(*entry.newValue) : QJsonValue::Null},
    };
    if (AuditedRows::covers(entry.entity))
        payload.insert(QStringLiteral("rijen"), rows);
    return payload;
}

} // namespace

Result<bool> TeamOutbox::linked(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM team_link"))) {
        // A file before schema 7 (during its own migration) has no team yet.
        if (query.lastError().databaseText().contains(QStringLiteral("no such table")))
            return false;
        return Result<bool>::failure(StoreError::describe(query.lastError()));
    }
    return query.next() && query.value(0).toInt() > 0;
}

Result<int> TeamOutbox::requeue(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("UPDATE outbox SET state = 'wachtend' WHERE state = 'quarantaine'")))
        return Result<int>::failure(StoreError::describe(query.lastError()));
    return query.numRowsAffected();
}

QString TeamOutbox::kindOf(const QString& entity)
{
    if (entity == u"participant" || entity == u"contact")
        return QStringLiteral("deelnemer");
    if (entity == u"trajectory_event")
        return QStringLiteral("gebeurtenis");
    if (entity == u"form_instance" || entity == u"form_answer")
        return QStringLiteral("formulier");
    if (entity == u"signature")
        return QStringLiteral("handtekening");
    return QStringLiteral("audit");
}

Result<QString> TeamOutbox::participantOf(const QSqlDatabase& database, const QString& entity,
                                          const QString& localId)
{
    QString error;
    QString participant;
    if (entity == u"participant")
        participant = localId;
    else if (entity == u"contact")
        participant = localId.left(localId.lastIndexOf(u'/'));
    else if (entity == u"trajectory_event") {
        const Text found = singleText(
            database, QStringLiteral("SELECT participant_id FROM trajectory_event WHERE id = ?"), {localId});
        if (!found)
            return found;
        participant = found.value();
    } else if (entity == u"form_instance" || entity == u"signature")
        participant = participantOfForm(database, localId, error);
    else if (entity == u"form_answer")
        participant = participantOfForm(database, localId.section(u'/', 0, 0), error);
    else {
        // An export or another record about something: a participant's when it names one.
        const Text found =
            singleText(database, QStringLiteral("SELECT id FROM participant WHERE id = ?"), {localId});
        if (!found)
            return found;
        participant = found.value();
    }
    if (!error.isEmpty())
        return Text::failure(error);
    return participant;
}

Result<QString> TeamOutbox::globalKey(const QSqlDatabase& database, const QString& entity,
                                      const QString& localId, bool make)
{
    if (entity == u"form_answer") {
        const qsizetype slash = localId.indexOf(u'/');
        const Text form = globalKey(database, QStringLiteral("form_instance"), localId.left(slash), make);
        return form ? Text(form.value() + localId.mid(slash)) : form;
    }
    if (entity == u"signature")
        return globalKey(database, QStringLiteral("form_instance"), localId, make);
    if (!hasLocalNumber(entity))
        return localId;
    const Text known =
        singleText(database, QStringLiteral("SELECT uuid FROM team_key WHERE entity = ? AND local_id = ?"),
                   {entity, localId});
    if (!known || !known->isEmpty() || !make)
        return known;
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT INTO team_key (entity, local_id, uuid) VALUES (?, ?, ?)"));
    for (const QVariant& value : {QVariant(entity), QVariant(localId), QVariant(made)})
        insert.addBindValue(value);
    if (!insert.exec())
        return Text::failure(StoreError::describe(insert.lastError()));
    return made;
}

Result<QString> TeamOutbox::localId(const QSqlDatabase& database, const QString& entity, const QString& uuid)
{
    return singleText(database, QStringLiteral("SELECT local_id FROM team_key WHERE entity = ? AND uuid = ?"),
                      {entity, uuid});
}

Result<QJsonArray> TeamOutbox::rowsOf(const QSqlDatabase& database, const QString& entity,
                                      const QString& localId)
{
    using Rows = Result<QJsonArray>;
    const Result<QList<QVariantMap>> rows = AuditedRows::rows(database, entity, localId);
    if (!rows)
        return Rows::failure(rows.errors());
    QJsonArray result;
    for (QVariantMap row : rows.value()) {
        row.remove(QStringLiteral("id")); // a signature's local number: the form names them
        if (entity == u"form_instance" && !row.value(QStringLiteral("previous_id")).isNull()) {
            const Text previous =
                globalKey(database, entity, row.value(QStringLiteral("previous_id")).toString());
            if (!previous)
                return Rows::failure(previous.errors());
            row.insert(QStringLiteral("previous_id"), previous.value());
        }
        QJsonObject object;
        for (auto it = row.constBegin(); it != row.constEnd(); ++it)
            object.insert(it.key(), jsonOf(it.value()));
        result.append(object);
    }
    return result;
}

Result<qint64> TeamOutbox::knownSequence(const QSqlDatabase& database, const QString& participantId)
{
    // Not simply the highest number here: this laptop's own items are noted as the server
    // numbers them, possibly past a colleague's items not pulled yet. The basis is the number up
    // to which every item is known, so a change written now is seen as not knowing those.
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "SELECT count(*), coalesce(max(volgnummer), 0) FROM team_item WHERE participant_id = ?"));
    query.addBindValue(participantId);
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(StoreError::describe(query.lastError()));
    if (query.value(0).toLongLong() == query.value(1).toLongLong())
        return query.value(1).toLongLong(); // no gap: the usual case, one look-up
    query.prepare(
        QStringLiteral("SELECT coalesce(max(a.volgnummer), 0) FROM team_item a WHERE a.participant_id = ? "
                       "AND (SELECT count(*) FROM team_item b WHERE b.participant_id = a.participant_id AND "
                       "b.volgnummer <= a.volgnummer) = a.volgnummer"));
    query.addBindValue(participantId);
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(StoreError::describe(query.lastError()));
    return query.value(0).toLongLong();
}

QString TeamOutbox::enqueueItem(const QSqlDatabase& database, const QString& uuid,
                                const QString& participantId, const QString& kind, const QJsonObject& payload,
                                Duplicate duplicate)
{
    if (participantId.isEmpty())
        return tr("an item for the team must name its participant");
    const Result<qint64> basis = knownSequence(database, participantId);
    if (!basis)
        return basis.errors().join(u' ');
    QSqlQuery query(database);
    // OR IGNORE only where asked: a review request asked for again stays one item. Anywhere else
    // a failed insert is an error, never silently nothing.
    query.prepare(
        QStringLiteral("INSERT %1 INTO outbox (uuid, participant_id, kind, entity_key, payload, basis) "
                       "VALUES (?, ?, ?, ?, ?, ?)")
            .arg(duplicate == Duplicate::Ignore ? QStringLiteral("OR IGNORE") : QString()));
    const QString entityKey = payload.value(QStringLiteral("entiteit")).toString() + u':' +
                              payload.value(QStringLiteral("sleutel")).toString();
    for (const QVariant& value :
         {QVariant(uuid), QVariant(participantId), QVariant(kind), QVariant(entityKey),
          QVariant(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))),
          QVariant(basis.value())})
        query.addBindValue(value);
    return query.exec() ? QString() : StoreError::describe(query.lastError());
}

QString TeamOutbox::enqueue(const QSqlDatabase& database, const AuditLog::Entry& entry, qint64 auditRow,
                            const QByteArray& link, const std::function<QString()>& chainId)
{
    const Result<bool> isLinked = linked(database);
    if (!isLinked)
        return isLinked.errors().join(u' ');
    if (!isLinked.value())
        return {};
    const Text participant = participantOf(database, entry.entity, entry.entityId);
    if (!participant)
        return participant.errors().join(u' ');
    if (participant->isEmpty())
        return {}; // about no participant (a dashboard export): nothing for the team's items
    const Text key = globalKey(database, entry.entity, entry.entityId);
    if (!key)
        return key.errors().join(u' ');
    Result<QJsonArray> rows = AuditedRows::covers(entry.entity)
                                  ? rowsOf(database, entry.entity, entry.entityId)
                                  : Result<QJsonArray>(QJsonArray());
    if (!rows)
        return rows.errors().join(u' ');
    QJsonObject payload = itemPayload(entry, key.value(), rows.value());
    // The audit row's place in this laptop's chain, its link and which chain: the server keeps
    // every link, so it anchors the chain (docs/audit.md §3, thuis.eigen_schakels).
    payload.insert(QStringLiteral("auditrij"), auditRow);
    payload.insert(QStringLiteral("schakel"), QString::fromLatin1(link.toHex()));
    payload.insert(QStringLiteral("keten"), chainId());
    return enqueueItem(database, QUuid::createUuid().toString(QUuid::WithoutBraces), participant.value(),
                       kindOf(entry.entity), payload);
}

QString TeamOutbox::enqueueEverything(const QSqlDatabase& database, const Actor& actor, const QDateTime& now)
{
    // A final form goes as it was made, one right after the other: as a concept, its answers, then
    // final. Sent final first, every laptop receiving it refused its answers (a final form's answers
    // are locked) and the form arrived empty (found with the demo's final forms); sent kind of row
    // by kind of row, a colleague syncing halfway through the join would see final forms as
    // concepts for as long as the join took.
    const Result<QList<std::pair<QString, QByteArray>>> answers =
        AuditedRows::all(database, QStringLiteral("form_answer"));
    if (!answers)
        return answers.errors().join(u' ');
    QHash<QString, QStringList> answersOfForm; // local form id -> its answers' ids, "form/field"
    for (const auto& [id, digest] : answers.value()) {
        Q_UNUSED(digest)
        answersOfForm[id.section(u'/', 0, 0)] << id;
    }
    QSet<QString> sentWithTheirForm;
    // One row as an item; `asConcept`: a final form_instance sent as the concept it was first.
    const auto send = [&](const QString& entity, const QString& id, bool asConcept, bool* wasFinal) {
        const AuditLog::Entry entry{now, actor, entity, id, std::nullopt, tr("sent on joining the team")};
        const Text participant = participantOf(database, entity, id);
        const Text key = participant ? globalKey(database, entity, id) : participant;
        Result<QJsonArray> rows =
            key ? rowsOf(database, entity, id) : Result<QJsonArray>::failure(key.errors());
        if (!rows)
            return rows.errors().join(u' ');
        QJsonArray sent = rows.value();
        for (QJsonValueRef row : sent) {
            QJsonObject columns = row.toObject();
            if (!asConcept || columns.value(QStringLiteral("status")).toString() != u"definitief")
                continue;
            columns.insert(QStringLiteral("status"), QStringLiteral("concept"));
            columns.insert(QStringLiteral("finalised_at"), QJsonValue(QJsonValue::Null));
            row = columns;
            if (wasFinal != nullptr)
                *wasFinal = true;
        }
        return enqueueItem(database, QUuid::createUuid().toString(QUuid::WithoutBraces), participant.value(),
                           kindOf(entity), itemPayload(entry, key.value(), sent));
    };
    for (const QString& entity : AuditedRows::entities()) {
        const Result<QList<std::pair<QString, QByteArray>>> present = AuditedRows::all(database, entity);
        if (!present)
            return present.errors().join(u' ');
        for (const auto& [id, digest] : present.value()) {
            Q_UNUSED(digest)
            if (sentWithTheirForm.contains(id))
                continue;
            bool wasFinal = false;
            if (const QString error = send(entity, id, entity == u"form_instance", &wasFinal);
                !error.isEmpty())
                return error;
            if (!wasFinal)
                continue;
            for (const QString& answer : answersOfForm.value(id)) {
                if (const QString error = send(QStringLiteral("form_answer"), answer, false, nullptr);
                    !error.isEmpty())
                    return error;
                sentWithTheirForm.insert(answer);
            }
            if (const QString error = send(entity, id, false, nullptr); !error.isEmpty())
                return error;
        }
    }
    return {};
}
