#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

class SecretBytes;

// The case file's schema, versioned in PRAGMA user_version and only ever moved forward.
// Each migration runs in its own transaction together with the version bump, so a crash or a
// full disk leaves the file at the previous version, never in between. A file whose version is
// newer than this program knows is refused and left untouched.
class SchemaMigrations
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrations)

public:
    static int latestVersion();
    static int currentVersion(const QSqlDatabase& database);
    // What a migration may need beyond SQL: version 6 derives the audit chain key from the store
    // key and records the moment the keyed chain began.
    struct Context
    {
        const SecretBytes* storeKey = nullptr;
        QDateTime now;
    };

    // Returns an empty string when the schema is at `target` (the latest unless a test asks
    // for an earlier one to build old files), else what went wrong.
    [[nodiscard]] static QString migrate(QSqlDatabase database, const Context& context, int target = -1);
};
