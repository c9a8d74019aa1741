#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class EncryptedStore;

// Where the audit chain's head is recorded outside the live case file (issue 17; the team
// server's links are team/TeamAuditAnchors): every backup holds the chain up to its moment, and every export
// (form PDF, dashboard PDF, JSON export) carries the line "auditketen <row> <link>" of the moment it was
// made. `audit verify` checks that the chain still passes through each of these heads, so cutting rows off
// its end, or rewriting it from some row on, shows.
class AuditAnchors
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchors)

public:
    // The last restore the audit log records: its row and moment (UTC); row 0 if never.
    struct Restore
    {
        qint64 row = 0;
        QDateTime at;
    };
    static Restore lastRestore(const QSqlDatabase& caseFile);
    // Every restore the log records, oldest first, with the moment of the row before it.
    struct RecordedRestore
    {
        Restore restore;
        QDateTime rowBefore;
    };
    static QList<RecordedRestore> restores(const QSqlDatabase& caseFile);

    // The head recorded in an export's bytes; nullopt when it carries none.
    static std::optional<AuditLog::Head> inExport(const QByteArray& bytes);

    // The heads of the case file's backups that its key opens (a backup made before a passphrase
    // change has another key and is skipped), newer than the last restore: a restore puts an
    // older chain in place on purpose, and says so in the audit log ("restore").
    // `skipped` counts the backups that could not be read.
    [[nodiscard]] static Result<QList<AuditLog::Anchor>> ofBackups(const EncryptedStore& store, int* skipped);

    // A file named on the command line: a backup (opened with the store's key) or an export.
    [[nodiscard]] static Result<AuditLog::Anchor> ofFile(const EncryptedStore& store, const QString& path);
};
