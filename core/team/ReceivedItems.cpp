#include "team/ReceivedItems.h"

#include "team/TeamReview.h"

#include "store/AuditedRows.h"
#include "store/KeptSummaries.h"
#include "store/StoreError.h"
#include "store/TeamOutbox.h"

#include "trajectory/IsoDate.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

QVariant valueOf(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (value.isObject())
        return QByteArray::fromBase64(value.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    return value.toVariant().toString();
}

// The row's columns, refused when it names one the audit chain does not cover for `entity`:
// a column name from the network never reaches SQL unchecked.
// Empty with `names` filled and the row's values appended to `values` in their order, or why
// the row is refused.
QString checkedRow(const QString& entity, const QJsonObject& row, QStringList& names, QVariantList& values)
{
    const QStringList allowed = AuditedRows::columns(entity);
    names.clear();
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return ReceivedItems::tr("the item sets %1 of a %2, which no item may set").arg(it.key(), entity);
        names << it.key();
        values << valueOf(it.value());
    }
    return {};
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(u',');
}

Actor actorOf(const TeamItem& item)
{
    const QJsonObject who = item.payload.value(QStringLiteral("wie")).toObject();
    // The server's author is the one the database vouches for; the name is what their laptop said.
    return {ReceivedItems::tr("%1 (%2, via the team)")
                .arg(who.value(QStringLiteral("naam")).toString(), item.author),
            who.value(QStringLiteral("functie")).toString(), who.value(QStringLiteral("rol")).toString()};
}

std::optional<QString> optionalText(const QJsonValue& value)
{
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

} // namespace

QString ReceivedItems::write(const QString& sql, const QVariantList& values, qint64* insertedId)
{
    QSqlQuery query(m_caseFile);
    if (!query.prepare(sql))
        return StoreError::describe(query.lastError());
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return StoreError::describe(query.lastError());
    if (insertedId)
        *insertedId = query.lastInsertId().toLongLong();
    return {};
}

QString ReceivedItems::apply(const TeamItem& item)
{
    // One savepoint per item: an item that cannot be put in leaves nothing of itself behind (its
    // rows, its key, its audit row, a review decision), and the page's other items still go in.
    QSqlQuery savepoint(m_caseFile);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT received_item")))
        return StoreError::describe(savepoint.lastError());
    const QString entity = item.entity();
    QString error;
    QString localId;
    if (!AuditedRows::covers(entity)) // a review request or decision: noted; an export: nothing
        error = TeamReview::received(m_caseFile, item, m_now);
    else
        error = applyRows(item, entity, item.payload.value(QStringLiteral("sleutel")).toString(), localId);
    if (error.isEmpty() && !localId.isEmpty()) {
        AuditLog::Entry entry{QDateTime::fromString(item.payload.value(QStringLiteral("wanneer")).toString(),
                                                    Qt::ISODateWithMs),
                              actorOf(item),
                              entity,
                              localId,
                              optionalText(item.payload.value(QStringLiteral("oud"))),
                              optionalText(item.payload.value(QStringLiteral("nieuw")))};
        entry.fromTeam = true;
        error = AuditLog(m_caseFile).append(entry);
    }
    if (!error.isEmpty() && !savepoint.exec(QStringLiteral("ROLLBACK TO received_item"))) {
        // Half an item must never be committed: the whole page goes back (the caller sees the
        // transaction gone and stops).
        error += u' ' + savepoint.lastError().driverText();
        m_caseFile.rollback();
        return error;
    }
    if (!savepoint.exec(QStringLiteral("RELEASE received_item")) && error.isEmpty())
        error = StoreError::describe(savepoint.lastError());
    return error;
}

QString ReceivedItems::applyRows(const TeamItem& item, const QString& entity, const QString& key,
                                 QString& localId)
{
    const QJsonArray rows = item.payload.value(QStringLiteral("rijen")).toArray();
    if (entity == u"participant") {
        if (key != item.participantId)
            return tr("the item is about participant %1 but names %2").arg(item.participantId, key);
        localId = key;
        return rows.isEmpty() ? QString() : upsertParticipant(key, rows.first().toObject());
    }
    if (entity == u"contact") {
        if (key.left(key.lastIndexOf(u'/')) != item.participantId)
            return tr("the item is about participant %1 but names %2").arg(item.participantId, key);
        localId = key;
        return replaceContact(key, rows);
    }
    if (entity == u"trajectory_event")
        return rows.isEmpty() ? QString() : insertEvent(item, key, rows.first().toObject(), localId);
    if (entity == u"form_instance")
        return rows.isEmpty() ? QString() : upsertForm(item, key, rows.first().toObject(), localId);
    if (entity == u"form_answer")
        return replaceAnswer(item, key, rows, localId);
    return replaceSignatures(item, key, rows, localId);
}

QString ReceivedItems::upsertParticipant(const QString& id, const QJsonObject& row)
{
    QStringList columns;
    QVariantList values;
    if (const QString refused = checkedRow(QStringLiteral("participant"), row, columns, values);
        !refused.isEmpty())
        return refused;
    return upsert(QStringLiteral("participant"), {QStringLiteral("id")}, {id}, columns, values);
}

QString ReceivedItems::insertRows(const QString& entity, const QStringList& fixedColumns,
                                  const QVariantList& fixedValues, const QJsonArray& rows, qint64* insertedId)
{
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        QStringList columns;
        QVariantList values = fixedValues;
        if (const QString refused = checkedRow(entity, row, columns, values); !refused.isEmpty())
            return refused;
        // The entities' tables carry their names (contact, signature, trajectory_event).
        if (const QString error = write(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                            .arg(entity, (fixedColumns + columns).join(u','),
                                                 placeholders(fixedColumns.size() + columns.size())),
                                        values, insertedId);
            !error.isEmpty())
            return error;
    }
    return {};
}

QString ReceivedItems::upsert(const QString& table, const QStringList& keyColumns, const QVariantList& keys,
                              const QStringList& columns, const QVariantList& values)
{
    // UPDATE, else INSERT: SQLCipher 3.4's SQLite 3.15 has no upsert, and INSERT OR REPLACE would
    // delete the row first (and with it, through the foreign keys, its contact persons).
    QStringList assignments;
    for (const QString& column : columns)
        assignments << column + QStringLiteral(" = ?");
    QStringList where;
    for (const QString& key : keyColumns)
        where << key + QStringLiteral(" = ?");
    QSqlQuery query(m_caseFile);
    if (!query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                           .arg(table, assignments.join(u','), where.join(QStringLiteral(" AND ")))))
        return StoreError::describe(query.lastError());
    for (const QVariant& value : values + keys)
        query.addBindValue(value);
    if (!query.exec())
        return StoreError::describe(query.lastError());
    if (query.numRowsAffected() > 0)
        return {};
    return write(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, (keyColumns + columns).join(u','), placeholders(keyColumns.size() + columns.size())),
        keys + values);
}

QString ReceivedItems::replaceContact(const QString& key, const QJsonArray& rows)
{
    const qsizetype slash = key.lastIndexOf(u'/');
    const QVariantList where{key.left(slash), key.mid(slash + 1)};
    if (const QString error =
            write(QStringLiteral("DELETE FROM contact WHERE participant_id = ? AND party = ?"), where);
        !error.isEmpty())
        return error;
    return insertRows(QStringLiteral("contact"), {QStringLiteral("participant_id"), QStringLiteral("party")},
                      where, rows);
}

QString ReceivedItems::insertEvent(const TeamItem& item, const QString& key, const QJsonObject& row,
                                   QString& localId)
{
    const Result<QString> known = TeamOutbox::localId(m_caseFile, QStringLiteral("trajectory_event"), key);
    if (!known)
        return known.errors().join(u' ');
    if (!known->isEmpty())
        return {}; // events never change: this one is here already
    if (row.value(QStringLiteral("participant_id")).toString() != item.participantId)
        return tr("the item is about participant %1 but its event is another's").arg(item.participantId);
    // An event stays for good (append-only): its shape is checked before it goes in.
    static const QRegularExpression typeName(QStringLiteral("^[a-z][a-z0-9_]{0,59}$"));
    const QString type = row.value(QStringLiteral("type")).toString();
    const QString date = row.value(QStringLiteral("date")).toString();
    const QJsonDocument fields =
        QJsonDocument::fromJson(row.value(QStringLiteral("fields")).toString().toUtf8());
    if (!typeName.match(type).hasMatch() || !parseIsoDate(date).isValid() || !fields.isObject() ||
        !QDateTime::fromString(row.value(QStringLiteral("recorded_at")).toString(), Qt::ISODateWithMs)
             .isValid())
        return tr("the item's event is malformed (type \"%1\", date \"%2\")").arg(type, date);
    qint64 inserted = 0;
    if (const QString error =
            insertRows(QStringLiteral("trajectory_event"), {}, {}, QJsonArray{row}, &inserted);
        !error.isEmpty())
        return error;
    localId = QString::number(inserted);
    if (const QString error = KeptSummaries::forget(m_caseFile, item.participantId); !error.isEmpty())
        return error;
    return write(
        QStringLiteral("INSERT INTO team_key (entity, local_id, uuid) VALUES ('trajectory_event', ?, ?)"),
        {localId, key});
}

QString ReceivedItems::upsertForm(const TeamItem& item, const QString& key, const QJsonObject& row,
                                  QString& localId)
{
    if (row.value(QStringLiteral("participant_id")).toString() != item.participantId)
        return tr("the item is about participant %1 but its form is another's").arg(item.participantId);
    QStringList columns;
    QVariantList values;
    if (const QString refused = checkedRow(QStringLiteral("form_instance"), row, columns, values);
        !refused.isEmpty())
        return refused;
    // The form it corrects, by its global id: this file's number for it.
    if (const qsizetype previousAt = columns.indexOf(QStringLiteral("previous_id"));
        previousAt >= 0 && !values.at(previousAt).isNull()) {
        const Result<QString> previous = formOf(item.participantId, values.at(previousAt).toString());
        if (!previous)
            return previous.errors().join(u' ');
        values[previousAt] = previous.value();
    }
    const Result<QString> known = TeamOutbox::localId(m_caseFile, QStringLiteral("form_instance"), key);
    if (!known)
        return known.errors().join(u' ');
    if (!known->isEmpty()) {
        // The form here must be this participant's (an item cannot move another's form), and a
        // final form stays final: a correction is a new version (schema version 4).
        const Result<QString> owned = formOf(item.participantId, key);
        if (!owned)
            return owned.errors().join(u' ');
        const Result<QList<QVariantMap>> here =
            AuditedRows::rows(m_caseFile, QStringLiteral("form_instance"), owned.value());
        if (!here || here->isEmpty())
            return here ? tr("the item names form %1, which this case file does not have").arg(key)
                        : here.errors().join(u' ');
        if (here->first().value(QStringLiteral("status")).toString() == u"definitief") {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const QVariant mine = here->first().value(columns.at(i));
                if (mine.isNull() != values.at(i).isNull() || mine.toString() != values.at(i).toString())
                    return tr("the item would change final form %1; a correction is a new version").arg(key);
            }
        }
        localId = owned.value();
        QStringList updates;
        for (const QString& column : columns)
            updates << column + QStringLiteral(" = ?");
        return write(QStringLiteral("UPDATE form_instance SET %1 WHERE id = ?").arg(updates.join(u',')),
                     values << localId);
    }
    qint64 inserted = 0;
    // updated_at is not carried (it moves with every keystroke): a new form starts at its creation.
    if (const QString error =
            write(QStringLiteral("INSERT INTO form_instance (%1, updated_at) VALUES (%2, ?)")
                      .arg(columns.join(u','), placeholders(columns.size())),
                  values << row.value(QStringLiteral("created_at")).toString(), &inserted);
        !error.isEmpty())
        return error;
    localId = QString::number(inserted);
    return write(
        QStringLiteral("INSERT INTO team_key (entity, local_id, uuid) VALUES ('form_instance', ?, ?)"),
        {localId, key});
}

Result<QString> ReceivedItems::formOf(const QString& participantId, const QString& uuid)
{
    const Result<QString> local = TeamOutbox::localId(m_caseFile, QStringLiteral("form_instance"), uuid);
    if (!local)
        return local;
    QSqlQuery query(m_caseFile);
    query.prepare(QStringLiteral("SELECT participant_id FROM form_instance WHERE id = ?"));
    query.addBindValue(local.value());
    if (local->isEmpty() || !query.exec() || !query.next())
        return Result<QString>::failure(
            tr("the item names form %1, which this case file does not have").arg(uuid));
    if (query.value(0).toString() != participantId)
        return Result<QString>::failure(
            tr("the item is about participant %1 but its form is another's").arg(participantId));
    return local;
}

QString ReceivedItems::replaceAnswer(const TeamItem& item, const QString& key, const QJsonArray& rows,
                                     QString& localId)
{
    const qsizetype slash = key.indexOf(u'/');
    const Result<QString> form = formOf(item.participantId, key.left(slash));
    if (!form)
        return form.errors().join(u' ');
    const QString field = key.mid(slash + 1);
    localId = form.value() + u'/' + field;
    if (rows.isEmpty())
        return write(QStringLiteral("DELETE FROM form_answer WHERE form_instance_id = ? AND field_id = ?"),
                     {form.value(), field});
    const QJsonObject row = rows.first().toObject();
    QStringList columns;
    QVariantList values;
    if (const QString refused = checkedRow(QStringLiteral("form_answer"), row, columns, values);
        !refused.isEmpty())
        return refused;
    return upsert(QStringLiteral("form_answer"),
                  {QStringLiteral("form_instance_id"), QStringLiteral("field_id")}, {form.value(), field},
                  columns, values);
}

QString ReceivedItems::replaceSignatures(const TeamItem& item, const QString& key, const QJsonArray& rows,
                                         QString& localId)
{
    const Result<QString> form = formOf(item.participantId, key);
    if (!form)
        return form.errors().join(u' ');
    localId = form.value();
    if (const QString refused = keepsSignatures(localId, rows); !refused.isEmpty())
        return refused;
    if (const QString error =
            write(QStringLiteral("DELETE FROM signature WHERE form_instance_id = ?"), {localId});
        !error.isEmpty())
        return error;
    return insertRows(QStringLiteral("signature"), {QStringLiteral("form_instance_id")}, {localId}, rows);
}

QString ReceivedItems::keepsSignatures(const QString& formId, const QJsonArray& rows)
{
    // A signature is never taken back, only marked lapsed (valid 1 -> 0) when what was signed
    // changes: every signature here must come back, equal but for that.
    const Result<QList<QVariantMap>> here =
        AuditedRows::rows(m_caseFile, QStringLiteral("signature"), formId);
    if (!here)
        return here.errors().join(u' ');
    for (QVariantMap mine : here.value()) {
        mine.remove(QStringLiteral("id"));
        const bool wasValid = mine.take(QStringLiteral("valid")).toInt() == 1;
        const bool kept = std::any_of(rows.begin(), rows.end(), [&](const QJsonValue& value) {
            QJsonObject theirs = value.toObject();
            const bool isValid = theirs.take(QStringLiteral("valid")).toString() == u"1";
            if (isValid && !wasValid)
                return false;
            for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
                if (valueOf(theirs.value(it.key())) != it.value() &&
                    !(it.value().isNull() && valueOf(theirs.value(it.key())).isNull()))
                    return false;
            }
            return true;
        });
        if (!kept)
            return tr("the item would take back a signature of form %1").arg(formId);
    }
    return {};
}

QString ReceivedItems::release(const QString& participantId, const QDateTime& now)
{
    // What goes, entity by entity, so that each removal gets its audit row (the chain then
    // knows it is gone, and audit verify finds nothing missing).
    // Only this participant's rows are looked at (not the whole file), named as the audit log
    // names them.
    QList<std::pair<QString, QString>> removed;
    const QList<std::pair<QString, QString>> ownRows{
        {QStringLiteral("participant"), QStringLiteral("SELECT id FROM participant WHERE id = ?")},
        {QStringLiteral("contact"),
         QStringLiteral("SELECT participant_id || '/' || party FROM contact WHERE participant_id = ?")},
        {QStringLiteral("trajectory_event"),
         QStringLiteral("SELECT id FROM trajectory_event WHERE participant_id = ?")},
        {QStringLiteral("form_instance"),
         QStringLiteral("SELECT id FROM form_instance WHERE participant_id = ?")},
        {QStringLiteral("form_answer"),
         QStringLiteral(
             "SELECT a.form_instance_id || '/' || a.field_id FROM form_answer a JOIN form_instance f ON "
             "f.id = a.form_instance_id WHERE f.participant_id = ?")},
        {QStringLiteral("signature"),
         QStringLiteral("SELECT DISTINCT s.form_instance_id FROM signature s JOIN form_instance f ON f.id = "
                        "s.form_instance_id WHERE f.participant_id = ?")},
    };
    for (const auto& [entity, sql] : ownRows) {
        QSqlQuery query(m_caseFile);
        query.prepare(sql);
        query.addBindValue(participantId);
        if (!query.exec())
            return StoreError::describe(query.lastError());
        while (query.next())
            removed.append({entity, query.value(0).toString()});
    }
    const QVariantList participant{participantId};
    for (const QString& sql : {
             QStringLiteral("INSERT INTO team_release (participant_id) VALUES (?)"),
             QStringLiteral("DELETE FROM team_key WHERE entity = 'trajectory_event' AND local_id IN "
                            "(SELECT CAST(id AS TEXT) FROM trajectory_event WHERE participant_id = ?)"),
             QStringLiteral("DELETE FROM team_key WHERE entity = 'form_instance' AND local_id IN "
                            "(SELECT CAST(id AS TEXT) FROM form_instance WHERE participant_id = ?)"),
             QStringLiteral(
                 "DELETE FROM signature WHERE form_instance_id IN (SELECT id FROM form_instance WHERE "
                 "participant_id = ?)"),
             QStringLiteral(
                 "DELETE FROM form_answer WHERE form_instance_id IN (SELECT id FROM form_instance WHERE "
                 "participant_id = ?)"),
             QStringLiteral("UPDATE form_instance SET previous_id = NULL WHERE participant_id = ?"),
             QStringLiteral("DELETE FROM form_instance WHERE participant_id = ?"),
             QStringLiteral("DELETE FROM trajectory_event WHERE participant_id = ?"),
             QStringLiteral("DELETE FROM contact WHERE participant_id = ?"),
             QStringLiteral("DELETE FROM participant WHERE id = ?"),
             QStringLiteral("DELETE FROM team_item WHERE participant_id = ?"),
             QStringLiteral("DELETE FROM team_flag WHERE participant_id = ?"),
             QStringLiteral("DELETE FROM team_decision WHERE participant_id = ?"),
             QStringLiteral("DELETE FROM team_holder WHERE participant_id = ?"),
             QStringLiteral("DELETE FROM team_release WHERE participant_id = ?"),
         }) {
        if (const QString error = write(sql, participant); !error.isEmpty())
            return error;
    }
    AuditLog audit(m_caseFile);
    for (const auto& [entity, id] : removed) {
        AuditLog::Entry entry{
            now,
            AuditLog::program(),
            entity,
            id,
            std::nullopt,
            tr("taken off this laptop: participant %1 is no longer assigned to you").arg(participantId)};
        entry.fromTeam = true;
        if (const QString error = audit.append(entry); !error.isEmpty())
            return error;
    }
    return {};
}
