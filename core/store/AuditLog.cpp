#include "store/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sodium.h>

namespace {

// Length-prefixed fields, so "ab"+"c" and "a"+"bc" never hash alike; NULL differs from "".
void appendField(QByteArray& out, const std::optional<QString>& value)
{
    if (!value) {
        out.append(4, char(0xff));
        return;
    }
    const QByteArray bytes = value->toUtf8();
    char length[4];
    qToBigEndian(quint32(bytes.size()), length);
    out.append(length, 4);
    out.append(bytes);
}

QByteArray rowHash(const QByteArray& previousHash, const QString& at, const Actor& actor,
                   const QString& entity, const QString& entityId, const std::optional<QString>& oldValue,
                   const std::optional<QString>& newValue)
{
    QByteArray message;
    appendField(message, QString::fromLatin1(previousHash.toHex()));
    for (const QString& field : {at, actor.name, actor.function, actor.role, entity, entityId})
        appendField(message, field);
    appendField(message, oldValue);
    appendField(message, newValue);
    QByteArray hash(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(hash.data()),
                       reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()));
    return hash;
}

std::optional<QString> optionalText(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

QVariant nullable(const std::optional<QString>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QString AuditLog::append(const Entry& entry)
{
    QSqlQuery query(m_database);
    QByteArray previousHash;
    if (!query.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return query.lastError().text();
    if (query.next())
        previousHash = query.value(0).toByteArray();

    const QString at = entry.at.toUTC().toString(Qt::ISODateWithMs);
    const QByteArray hash =
        rowHash(previousHash, at, entry.actor, entry.entity, entry.entityId, entry.oldValue, entry.newValue);
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, actor_name, actor_function, actor_role, entity, "
                                 "entity_id, old_value, new_value, previous_hash, hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(at), QVariant(entry.actor.name), QVariant(entry.actor.function),
          QVariant(entry.actor.role), QVariant(entry.entity), QVariant(entry.entityId),
          nullable(entry.oldValue), nullable(entry.newValue),
          previousHash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(previousHash),
          QVariant(hash)})
        query.addBindValue(value);
    if (!query.exec())
        return tr("The change could not be recorded in the audit log: %1")
            .arg(query.lastError().driverText());
    return {};
}

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    QSqlQuery query(m_database);
    if (!query.exec(
            QStringLiteral("SELECT id, at, actor_name, actor_function, actor_role, entity, entity_id, "
                           "old_value, new_value, previous_hash, hash FROM audit_log ORDER BY id"))) {
        result.intact = false;
        result.message = tr("The audit log could not be read: %1").arg(query.lastError().driverText());
        return result;
    }
    QByteArray previousHash;
    while (query.next()) {
        ++result.rows;
        const qint64 id = query.value(0).toLongLong();
        const Actor actor{query.value(2).toString(), query.value(3).toString(), query.value(4).toString()};
        const QByteArray expected =
            rowHash(previousHash, query.value(1).toString(), actor, query.value(5).toString(),
                    query.value(6).toString(), optionalText(query.value(7)), optionalText(query.value(8)));
        if (query.value(9).toByteArray() != previousHash || query.value(10).toByteArray() != expected) {
            result.intact = false;
            result.firstBrokenRow = id;
            result.message =
                tr("The audit log is broken at row %1: that row, or one before it, was changed, removed "
                   "or inserted afterwards.")
                    .arg(id);
            return result;
        }
        previousHash = query.value(10).toByteArray();
    }
    result.message = tr("The audit log is intact: %n row(s), every link checked.", nullptr, int(result.rows));
    return result;
}
