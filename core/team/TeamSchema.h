#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The team server's schema (issue 18), versioned like the case file's and only ever moved
// forward: core/team/schema/<n>.sql, compiled in as :/team-schema/<n>.sql, each run in one
// transaction with the version bump. Run by `thuisindewijk-cli team server init|upgrade` as a
// role that may create roles (a beheerder's, or postgres on a new server).
class TeamSchema
{
    Q_DECLARE_TR_FUNCTIONS(TeamSchema)

public:
    static int latestVersion();
    // 0 when the database has no team schema yet; -1 when it cannot be read.
    static int currentVersion(const QSqlDatabase& database);
    // Empty when the schema is at the latest version, else what went wrong (nothing changed).
    [[nodiscard]] static QString migrate(QSqlDatabase database);
};
