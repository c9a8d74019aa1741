#include "store/AuditLog.h"

#include "store/AuditedRows.h"
#include "store/StoreError.h"
#include "store/TeamOutbox.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sodium.h>

namespace {

// chain 1: plain SHA-256 links (schema versions 1-5); chain 2: HMAC links with the data digest.
constexpr int legacyChain = 1;
constexpr int keyedChain = 2;
constexpr int maximumFindings = 50;

const char* const keyLabel = "Thuis in de Wijk: audit chain key, version 1";
const char* const chainIdLabel = "Thuis in de Wijk: audit chain id, version 1";

// Length-prefixed fields, so "ab"+"c" and "a"+"bc" never hash alike; NULL differs from "".
void appendField(QByteArray& out, const std::optional<QByteArray>& value)
{
    if (!value) {
        out.append(4, char(0xff));
        return;
    }
    char length[4];
    qToBigEndian(quint32(value->size()), length);
    out.append(length, 4);
    out.append(*value);
}

void appendField(QByteArray& out, const std::optional<QString>& value)
{
    appendField(out, value ? std::optional<QByteArray>(value->toUtf8()) : std::nullopt);
}

struct RowFields
{
    QString at;
    Actor actor;
    QString entity;
    QString entityId;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
};

QByteArray fieldsMessage(const RowFields& row)
{
    QByteArray message;
    for (const QString& field :
         {row.at, row.actor.name, row.actor.function, row.actor.role, row.entity, row.entityId})
        appendField(message, std::optional<QString>(field));
    appendField(message, row.oldValue);
    appendField(message, row.newValue);
    return message;
}

QByteArray legacyLink(const QByteArray& previousLink, const RowFields& row)
{
    QByteArray message;
    appendField(message, std::optional<QString>(QString::fromLatin1(previousLink.toHex())));
    message.append(fieldsMessage(row));
    QByteArray hash(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(hash.data()),
                       reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()));
    return hash;
}

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.constData()),
                                size_t(key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.constData()),
                                  quint64(message.size()));
    QByteArray mac(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(mac.data()));
    sodium_memzero(&state, sizeof state);
    return mac;
}

QByteArray keyedLink(const QByteArray& key, const QByteArray& previousLink, const RowFields& row,
                     const std::optional<QByteArray>& dataDigest)
{
    QByteArray message;
    appendField(message, std::optional<QByteArray>(previousLink));
    message.append(fieldsMessage(row));
    appendField(message, dataDigest);
    return hmac(key, message);
}

std::optional<QString> optionalText(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

QVariant nullable(const std::optional<QString>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableBytes(const std::optional<QByteArray>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QByteArray>());
}

QString entityKey(const QString& entity, const QString& id)
{
    return entity + QChar(0x1f) + id;
}

} // namespace

QString AuditLog::shownEntity(const QString& entity)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("participant"), QT_TR_NOOP("participant")},
        {QStringLiteral("contact"), QT_TR_NOOP("contact person")},
        {QStringLiteral("trajectory_event"), QT_TR_NOOP("event")},
        {QStringLiteral("form_instance"), QT_TR_NOOP("form")},
        {QStringLiteral("form_answer"), QT_TR_NOOP("answer")},
        {QStringLiteral("signature"), QT_TR_NOOP("signatures of form")},
    };
    const auto found = names.constFind(entity);
    return found == names.constEnd() ? entity : tr(*found);
}

void AuditLog::noteFinding(Verification& result, qint64 row, const QString& finding)
{
    if (result.intact) {
        result.intact = false;
        result.firstBrokenRow = row;
        result.message = finding;
    }
    if (result.findings.size() < maximumFindings)
        result.findings << finding;
}

Actor AuditLog::program()
{
    return {QStringLiteral("Thuis in de Wijk"), QString(), QStringLiteral("programma")};
}

QString AuditLog::Head::toText() const
{
    return QStringLiteral("auditketen %1 %2").arg(row).arg(QString::fromLatin1(link.toHex()));
}

std::optional<AuditLog::Head> AuditLog::Head::fromText(QStringView text)
{
    const QList<QStringView> parts = text.trimmed().split(u' ');
    if (parts.size() != 3 || parts.at(0) != u"auditketen")
        return std::nullopt;
    bool isNumber = false;
    const qint64 row = parts.at(1).toLongLong(&isNumber);
    const QByteArray hex = parts.at(2).toLatin1();
    const QByteArray link = QByteArray::fromHex(hex);
    if (!isNumber || row < 0 || link.size() != crypto_auth_hmacsha256_BYTES || link.toHex() != hex.toLower())
        return std::nullopt;
    return Head{row, link};
}

Result<SecretBytes> AuditLog::chainKey() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT key FROM audit_chain_key WHERE id = 1")))
        return Result<SecretBytes>::failure(StoreError::describe(query.lastError()));
    if (!query.next())
        return Result<SecretBytes>::failure(tr("the key of the audit chain is missing from the case file"));
    SecretBytes key(query.value(0).toByteArray());
    if (key.bytes().size() != crypto_auth_hmacsha256_KEYBYTES)
        return Result<SecretBytes>::failure(tr("the key of the audit chain in the case file is damaged"));
    return key;
}

QString AuditLog::append(const Entry& entry)
{
    // The audit row and its outbox row are one transaction, never one without the other. Inside
    // the caller's transaction they are written in it, and a failure returns an error on which
    // every caller rolls the whole transaction back (each traced in issue 21's review). No
    // savepoint of its own: in SQLCipher every page written inside a savepoint is also encrypted
    // into the statement journal, and an audit row goes with every change (docs/benchmarks.md).
    // Outside a transaction (an export recorded on its own) a transaction of its own, begun
    // IMMEDIATE (the driver's): a deferred one could fail half-way when the sync thread writes
    // between this read and this write.
    if (StoreError::inTransaction(m_database))
        return appendRow(entry);
    if (!m_database.transaction())
        return tr("The change could not be recorded in the audit log: %1")
            .arg(m_database.lastError().driverText());
    const QString error = appendRow(entry);
    if (!error.isEmpty()) {
        m_database.rollback();
        return error;
    }
    return m_database.commit() ? QString()
                               : tr("The change could not be recorded in the audit log: %1")
                                     .arg(m_database.lastError().driverText());
}

QString AuditLog::appendRow(const Entry& entry)
{
    const Result<SecretBytes> key = chainKey();
    if (!key)
        return tr("The change could not be recorded in the audit log: %1").arg(key.errors().join(u' '));
    QSqlQuery query(m_database);
    QByteArray previousLink;
    if (!query.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return query.lastError().text();
    if (query.next())
        previousLink = query.value(0).toByteArray();

    std::optional<QByteArray> dataDigest;
    if (AuditedRows::covers(entry.entity)) {
        const Result<std::optional<QByteArray>> digest =
            AuditedRows::digest(m_database, entry.entity, entry.entityId);
        if (!digest)
            return tr("The change could not be recorded in the audit log: %1")
                .arg(digest.errors().join(u' '));
        dataDigest = digest.value().value_or(AuditedRows::absent());
    }
    const RowFields row{entry.at.toUTC().toString(Qt::ISODateWithMs),
                        entry.actor,
                        entry.entity,
                        entry.entityId,
                        entry.oldValue,
                        entry.newValue};
    const QByteArray link = keyedLink(key->bytes(), previousLink, row, dataDigest);
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, actor_name, actor_function, actor_role, entity, "
                                 "entity_id, old_value, new_value, previous_hash, hash, chain, data_digest) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(row.at), QVariant(entry.actor.name), QVariant(entry.actor.function),
          QVariant(entry.actor.role), QVariant(entry.entity), QVariant(entry.entityId),
          nullable(entry.oldValue), nullable(entry.newValue),
          nullableBytes(previousLink.isEmpty() ? std::nullopt : std::optional<QByteArray>(previousLink)),
          QVariant(link), QVariant(keyedChain), nullableBytes(dataDigest)})
        query.addBindValue(value);
    if (!query.exec())
        return tr("The change could not be recorded in the audit log: %1")
            .arg(query.lastError().driverText());
    if (entry.fromTeam)
        return {};
    if (const QString error = TeamOutbox::enqueue(m_database, entry, query.lastInsertId().toLongLong(), link,
                                                  [&key] { return chainIdOf(key.value()); });
        !error.isEmpty())
        return tr("The change could not be queued for the team: %1").arg(error);
    return {};
}

QString AuditLog::chainIdOf(const SecretBytes& key)
{
    // Not the key itself, nor anything a verifier could use to make links: one HMAC of a label.
    return QString::fromLatin1(hmac(key.bytes(), QByteArray(chainIdLabel)).left(16).toHex());
}

Result<QString> AuditLog::chainId() const
{
    const Result<SecretBytes> key = chainKey();
    if (!key)
        return Result<QString>::failure(key.errors());
    return chainIdOf(key.value());
}

Result<AuditLog::Head> AuditLog::head() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Result<Head>::failure(StoreError::describe(query.lastError()));
    if (!query.next())
        return Head{};
    return Head{query.value(0).toLongLong(), query.value(1).toByteArray()};
}

AuditLog::Verification AuditLog::verify(const QList<Anchor>& anchors) const
{
    Verification result;
    const auto broken = [&](qint64 row, const QString& finding) { noteFinding(result, row, finding); };
    const Result<SecretBytes> key = chainKey();
    if (!key) {
        broken(0, tr("The audit log cannot be checked: %1.").arg(key.errors().join(u' ')));
        return result;
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, at, actor_name, actor_function, actor_role, entity, entity_id, old_value, new_value, "
            "previous_hash, hash, chain, data_digest FROM audit_log ORDER BY id"))) {
        broken(0, tr("The audit log could not be read: %1").arg(query.lastError().driverText()));
        return result;
    }
    QByteArray previousLink;
    bool keyedBegun = false;
    QHash<QString, std::pair<qint64, QByteArray>> recorded; // entity + id -> last row, digest
    QHash<qint64, QByteArray> links;
    while (query.next()) {
        ++result.rows;
        const qint64 id = query.value(0).toLongLong();
        const RowFields row{query.value(1).toString(),
                            {query.value(2).toString(), query.value(3).toString(), query.value(4).toString()},
                            query.value(5).toString(),
                            query.value(6).toString(),
                            optionalText(query.value(7)),
                            optionalText(query.value(8))};
        const int chain = query.value(11).toInt();
        const std::optional<QByteArray> dataDigest =
            query.value(12).isNull() ? std::nullopt
                                     : std::optional<QByteArray>(query.value(12).toByteArray());
        // A legacy row after the keyed chain began would be one inserted around it.
        const bool knownChain = chain == keyedChain || (chain == legacyChain && !keyedBegun);
        const QByteArray expected = chain == keyedChain
                                        ? keyedLink(key->bytes(), previousLink, row, dataDigest)
                                        : legacyLink(previousLink, row);
        if (!knownChain || query.value(9).toByteArray() != previousLink ||
            query.value(10).toByteArray() != expected) {
            broken(id,
                   tr("The audit log is broken at row %1: that row, or one before it, was changed, removed "
                      "or inserted afterwards.")
                       .arg(id));
            return result;
        }
        keyedBegun = keyedBegun || chain == keyedChain;
        if (chain == keyedChain && dataDigest)
            recorded.insert(entityKey(row.entity, row.entityId), {id, *dataDigest});
        previousLink = expected;
        links.insert(id, expected);
    }
    verifyData(result, recorded);
    verifyAnchors(result, anchors, links);
    if (result.intact)
        result.message =
            tr("The audit log is intact: %n row(s), every link checked", nullptr, int(result.rows)) +
            tr(", the data of %n entity(ies) recomputed", nullptr, int(result.dataChecked)) +
            tr(", %n recorded head(s) found in the chain.", nullptr, result.anchorsChecked);
    return result;
}

void AuditLog::verifyData(Verification& result,
                          const QHash<QString, std::pair<qint64, QByteArray>>& recorded) const
{
    const auto broken = [&](qint64 row, const QString& finding) { noteFinding(result, row, finding); };
    QSet<QString> present;
    for (const QString& entity : AuditedRows::entities()) {
        const auto digests = AuditedRows::all(m_database, entity);
        if (!digests) {
            broken(0, tr("The data could not be read to check it: %1").arg(digests.errors().join(u' ')));
            return;
        }
        for (const auto& [id, digest] : digests.value()) {
            ++result.dataChecked;
            const QString key = entityKey(entity, id);
            present.insert(key);
            const auto found = recorded.constFind(key);
            if (found == recorded.constEnd())
                broken(0, tr("%1 %2 is in the case file without any audit row: it was added outside the "
                             "program.")
                              .arg(shownEntity(entity), id));
            else if (found->second != digest)
                broken(found->first, tr("%1 %2 does not match audit row %3, its last recorded change: it was "
                                        "changed outside the program.")
                                         .arg(shownEntity(entity), id)
                                         .arg(found->first));
        }
    }
    for (auto it = recorded.constBegin(); it != recorded.constEnd(); ++it) {
        if (it->second != AuditedRows::absent() && !present.contains(it.key())) {
            const QStringList parts = it.key().split(QChar(0x1f));
            broken(it->first,
                   tr("%1 %2 is recorded in audit row %3 but is no longer in the case file: it was "
                      "removed outside the program.")
                       .arg(shownEntity(parts.value(0)), parts.value(1))
                       .arg(it->first));
        }
    }
}

void AuditLog::verifyAnchors(Verification& result, const QList<Anchor>& anchors,
                             const QHash<qint64, QByteArray>& links)
{
    for (const Anchor& anchor : anchors) {
        if (anchor.head.row == 0)
            continue; // recorded when the log was still empty: nothing to find
        ++result.anchorsChecked;
        QString finding;
        if (!links.contains(anchor.head.row))
            finding = tr("%1 recorded the audit log up to row %2, but the log now ends at row %3: rows were "
                         "cut off.")
                          .arg(anchor.source)
                          .arg(anchor.head.row)
                          .arg(result.rows);
        else if (links.value(anchor.head.row) != anchor.head.link)
            finding =
                tr("%1 recorded another row %2 than the audit log now holds: the log was rewritten since.")
                    .arg(anchor.source)
                    .arg(anchor.head.row);
        if (!finding.isEmpty())
            noteFinding(result, anchor.head.row, finding);
    }
}

QString AuditLog::beginKeyedChain(QSqlDatabase database, const SecretBytes& storeKey, const QDateTime& now)
{
    SecretBytes chainKey(hmac(storeKey.bytes(), QByteArray(keyLabel)));
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO audit_chain_key (id, key) VALUES (1, ?)"));
    query.addBindValue(chainKey.bytes());
    if (!query.exec())
        return StoreError::describe(query.lastError());
    const Actor program = AuditLog::program();
    AuditLog log(database);
    const Result<Head> legacyHead = log.head();
    if (!legacyHead)
        return legacyHead.errors().join(u' ');
    // A new file has nothing to carry over; an older one says where its SHA-256 chain ended.
    if (legacyHead->row > 0) {
        if (const QString error =
                log.append({now, program, QStringLiteral("audit_chain"), QStringLiteral("1"),
                            legacyHead->toText(), tr("keyed chain (HMAC-SHA-256) over the data begins")});
            !error.isEmpty())
            return error;
    }
    for (const QString& entity : AuditedRows::entities()) {
        const auto digests = AuditedRows::all(database, entity);
        if (!digests)
            return digests.errors().join(u' ');
        for (const auto& entry : digests.value()) {
            if (const QString error = log.append({now, program, entity, entry.first, std::nullopt,
                                                  tr("as held when the keyed chain began")});
                !error.isEmpty())
                return error;
        }
    }
    return {};
}
