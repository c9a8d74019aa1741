#include "store/AuditedRows.h"

#include "store/StoreError.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <sodium.h>

#include <functional>

namespace {

// How one entity's rows are found: by the key the audit log names them with, and, for a single
// entity, by an indexed WHERE clause with the id split into its parts.
struct Binding
{
    QString entity;
    QString table;
    QString key;     // SQL expression giving the entity id as the audit log writes it
    QString columns; // the covered columns
    QString where;   // finds one entity's rows, bound with split(id)
    QString order;   // rows of one entity in a stable order
    std::function<QVariantList(const QString& id)> split;
};

QVariantList whole(const QString& id)
{
    return {id};
}

// "<form id>/<field id>": form ids are numbers, so the first slash divides.
QVariantList atFirstSlash(const QString& id)
{
    const qsizetype slash = id.indexOf(u'/');
    return slash < 0 ? QVariantList{id, QString()} : QVariantList{id.left(slash), id.mid(slash + 1)};
}

// "<participant number>/<party>": a participant number may hold a slash, a party never does.
QVariantList atLastSlash(const QString& id)
{
    const qsizetype slash = id.lastIndexOf(u'/');
    return slash < 0 ? QVariantList{id, QString()} : QVariantList{id.left(slash), id.mid(slash + 1)};
}

const QList<Binding>& bindings()
{
    static const QList<Binding> all{
        {QStringLiteral("participant"), QStringLiteral("participant"), QStringLiteral("id"),
         QStringLiteral("naam, geboortedatum, huishouden, profile, created_at, adres, postcode, woonplaats, "
                        "telefoon, email, woningcorporatie, begeleider, stadsdeel, team"),
         QStringLiteral("id = ?"), QStringLiteral("id"), whole},
        {QStringLiteral("contact"), QStringLiteral("contact"),
         QStringLiteral("participant_id || '/' || party"),
         QStringLiteral("naam, functie, telefoon, email, adres"),
         QStringLiteral("participant_id = ? AND party = ?"), QStringLiteral("participant_id, party"),
         atLastSlash},
        {QStringLiteral("trajectory_event"), QStringLiteral("trajectory_event"), QStringLiteral("id"),
         QStringLiteral("participant_id, type, date, fields, recorded_at, recorded_by"),
         QStringLiteral("id = ?"), QStringLiteral("id"), whole},
        {QStringLiteral("form_instance"), QStringLiteral("form_instance"), QStringLiteral("id"),
         QStringLiteral(
             "participant_id, form, edition, status, created_at, version, previous_id, finalised_at"),
         QStringLiteral("id = ?"), QStringLiteral("id"), whole},
        {QStringLiteral("form_answer"), QStringLiteral("form_answer"),
         QStringLiteral("form_instance_id || '/' || field_id"), QStringLiteral("value, updated_at"),
         QStringLiteral("form_instance_id = ? AND field_id = ?"),
         QStringLiteral("form_instance_id, field_id"), atFirstSlash},
        // The signatures of one form together: the audit log names them by form.
        {QStringLiteral("signature"), QStringLiteral("signature"), QStringLiteral("form_instance_id"),
         QStringLiteral("id, party, signer_name, signer_function, signed_on, strokes, entered_by, valid"),
         QStringLiteral("form_instance_id = ?"), QStringLiteral("form_instance_id, id"), whole},
    };
    return all;
}

const Binding* bindingFor(const QString& entity)
{
    for (const Binding& binding : bindings()) {
        if (binding.entity == entity)
            return &binding;
    }
    return nullptr;
}

void appendLengthPrefixed(QByteArray& out, const QByteArray& bytes)
{
    char length[4];
    qToBigEndian(quint32(bytes.size()), length);
    out.append(length, 4);
    out.append(bytes);
}

// One row's covered columns, from `first` on in the query's record: name and value of each
// that is not NULL. Numbers as their text, so an integer column read back as text agrees.
void appendRow(QByteArray& out, const QSqlQuery& query, int first)
{
    const QSqlRecord record = query.record();
    out.append('R');
    for (int column = first; column < record.count(); ++column) {
        const QVariant value = query.value(column);
        if (value.isNull())
            continue;
        appendLengthPrefixed(out, record.fieldName(column).toUtf8());
        const bool blob = value.typeId() == QMetaType::QByteArray;
        out.append(blob ? 'B' : 'T');
        appendLengthPrefixed(out, blob ? value.toByteArray() : value.toString().toUtf8());
    }
}

QByteArray sha256(const QByteArray& message)
{
    QByteArray hash(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(hash.data()),
                       reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()));
    return hash;
}

QByteArray startMessage(const QString& entity)
{
    QByteArray message;
    appendLengthPrefixed(message, entity.toUtf8());
    return message;
}

} // namespace

const QStringList& AuditedRows::entities()
{
    static const QStringList names = [] {
        QStringList found;
        for (const Binding& binding : bindings())
            found << binding.entity;
        return found;
    }();
    return names;
}

bool AuditedRows::covers(const QString& entity)
{
    return bindingFor(entity) != nullptr;
}

QByteArray AuditedRows::absent()
{
    return QByteArrayLiteral("absent");
}

namespace {

// Selects one entity's rows in their stable order; empty, or what went wrong.
QString selectEntity(QSqlQuery& query, const Binding& binding, const QString& id)
{
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                           .arg(binding.columns, binding.table, binding.where, binding.order)))
        return StoreError::describe(query.lastError());
    for (const QVariant& part : binding.split(id))
        query.addBindValue(part);
    return query.exec() ? QString() : StoreError::describe(query.lastError());
}

} // namespace

Result<std::optional<QByteArray>> AuditedRows::digest(const QSqlDatabase& database, const QString& entity,
                                                      const QString& id)
{
    using Digest = Result<std::optional<QByteArray>>;
    const Binding* binding = bindingFor(entity);
    if (!binding)
        return Digest(std::nullopt);
    QSqlQuery query(database);
    if (const QString error = selectEntity(query, *binding, id); !error.isEmpty())
        return Digest::failure(error);
    QByteArray message = startMessage(entity);
    bool any = false;
    while (query.next()) {
        appendRow(message, query, 0);
        any = true;
    }
    return Digest(any ? std::optional<QByteArray>(sha256(message)) : std::nullopt);
}

QStringList AuditedRows::columns(const QString& entity)
{
    const Binding* binding = bindingFor(entity);
    if (!binding)
        return {};
    QStringList names = binding->columns.split(u',');
    for (QString& name : names)
        name = name.trimmed();
    return names;
}

Result<QList<QVariantMap>> AuditedRows::rows(const QSqlDatabase& database, const QString& entity,
                                             const QString& id)
{
    using Rows = Result<QList<QVariantMap>>;
    const Binding* binding = bindingFor(entity);
    if (!binding)
        return Rows::failure(QStringLiteral("not an audited entity: %1").arg(entity));
    QSqlQuery query(database);
    if (const QString error = selectEntity(query, *binding, id); !error.isEmpty())
        return Rows::failure(error);
    QList<QVariantMap> found;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QVariantMap row;
        for (int column = 0; column < record.count(); ++column)
            row.insert(record.fieldName(column), query.value(column));
        found << row;
    }
    return found;
}

Result<QList<std::pair<QString, QByteArray>>> AuditedRows::all(const QSqlDatabase& database,
                                                               const QString& entity)
{
    using Digests = Result<QList<std::pair<QString, QByteArray>>>;
    const Binding* binding = bindingFor(entity);
    if (!binding)
        return Digests::failure(QStringLiteral("not an audited entity: %1").arg(entity));
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %4")
                        .arg(binding->key, binding->columns, binding->table, binding->order)))
        return Digests::failure(StoreError::describe(query.lastError()));
    QList<std::pair<QString, QByteArray>> found;
    QString currentId;
    QByteArray message;
    const auto finish = [&] {
        if (!message.isEmpty())
            found.append({currentId, sha256(message)});
    };
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (message.isEmpty() || id != currentId) {
            finish();
            currentId = id;
            message = startMessage(entity);
        }
        appendRow(message, query, 1);
    }
    finish();
    return found;
}
