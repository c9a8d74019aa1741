#include "team/TeamSchema.h"

#include "team/TeamServer.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString migrationPath(int version)
{
    return QStringLiteral(":/team-schema/%1.sql").arg(version);
}

} // namespace

int TeamSchema::latestVersion()
{
    int version = 0;
    while (QFile::exists(migrationPath(version + 1)))
        ++version;
    return version;
}

int TeamSchema::currentVersion(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT to_regclass('thuis.schema_versie') IS NOT NULL")) || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT versie FROM thuis.schema_versie")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString TeamSchema::migrate(QSqlDatabase database)
{
    const int current = currentVersion(database);
    if (current < 0)
        return tr("The team schema's version could not be read: %1")
            .arg(TeamConnection::describe(database.lastError()));
    if (current > latestVersion())
        return tr("The team server has schema version %1; this program knows up to %2. Nothing was changed: "
                  "use the newer program.")
            .arg(current)
            .arg(latestVersion());
    for (int version = current + 1; version <= latestVersion(); ++version) {
        QFile file(migrationPath(version));
        if (!file.open(QIODevice::ReadOnly))
            return tr("Migration %1 of the team schema is missing from this program.").arg(version);
        const QString script = QString::fromUtf8(file.readAll());
        if (!database.transaction())
            return TeamConnection::describe(database.lastError());
        QSqlQuery query(database);
        // One script of several statements: libpq runs them in order, within the transaction.
        const bool ran =
            query.exec(script) &&
            query.exec(QStringLiteral("UPDATE thuis.schema_versie SET versie = %1").arg(version));
        if (!ran || !database.commit()) {
            const QString error = TeamConnection::describe(
                query.lastError().isValid() ? query.lastError() : database.lastError());
            database.rollback();
            return tr("Updating the team schema to version %1 failed; it stays at version %2: %3")
                .arg(version)
                .arg(current)
                .arg(error);
        }
    }
    return {};
}
