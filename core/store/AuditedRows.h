#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <utility>

// The data the audit chain vouches for (issue 17): participants, their contact persons,
// trajectory events, form versions, form answers and signatures. Each audit row about one of
// these entities carries the digest of what the entity's rows held right after the change, so
// `audit verify` can recompute every digest from the data itself and find a row changed, added
// or removed outside the program (with the passphrase and a SQLite shell).
//
// A digest covers the entity's name and, per row, the name and value of every covered column
// that is not NULL. So a later migration that adds a nullable column leaves every digest as it
// was; a value set to NULL or to '' still changes the digest. Covered: every column the program
// writes together with an audit row, the moments the AVG export shows included (created_at,
// an answer's updated_at). Not covered: what the program changes without an audit row
// (form_instance.updated_at on every keystroke, the wizard's resume position).
class AuditedRows
{
public:
    // Entities as AuditLog::Entry::entity names them.
    static const QStringList& entities();
    static bool covers(const QString& entity);

    // The digest of what `entity` `id` holds now; nullopt when it holds no rows.
    [[nodiscard]] static Result<std::optional<QByteArray>> digest(const QSqlDatabase& database,
                                                                  const QString& entity, const QString& id);
    // Every id of `entity` present now, with its digest: one pass over the table.
    [[nodiscard]] static Result<QList<std::pair<QString, QByteArray>>> all(const QSqlDatabase& database,
                                                                           const QString& entity);
    // The columns covered for `entity` (empty for an entity not covered): what a team item may
    // carry for it, and all it may set when it arrives.
    static QStringList columns(const QString& entity);
    // The covered columns of `entity` `id` now, one map per row in the digest's order (a team
    // item carries them, issue 18); NULL values are null variants. Empty when it holds no rows.
    [[nodiscard]] static Result<QList<QVariantMap>> rows(const QSqlDatabase& database, const QString& entity,
                                                         const QString& id);
    // What the audit row stores when the entity holds no rows (never a real digest's length).
    static QByteArray absent();
};
