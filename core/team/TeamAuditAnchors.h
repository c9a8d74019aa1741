#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The team server as the anchor of this laptop's audit chain (issue 17, docs/audit.md §3).
// Every item a laptop sends carries its audit row's place and link; the server keeps them
// append-only, out of reach of whoever holds the case file's passphrase. `audit verify` asks
// the server (team schema 5, thuis.eigen_schakels) for the links this file's chain sent and
// turns them into anchors: the first link the log no longer has (rewritten from there on) and
// the last one (rows cut off behind it). The chain's own check then names what is wrong.
class TeamAuditAnchors
{
    Q_DECLARE_TR_FUNCTIONS(TeamAuditAnchors)

public:
    struct Found
    {
        QList<AuditLog::Anchor> anchors; // at most two, see above
        int linksOnServer = 0;           // this chain's links the server holds
        int linksCompared = 0;           // of those, compared (not those a restore cut off)
        bool serverTooOld = false;       // team schema < 5: it keeps no links to ask for
        QStringList notes;               // what was not compared and why, other chains of this user
        QString problem;                 // a finding beyond the anchors (a chain replaced, a restore
                                         // that cannot be), empty when none
    };

    // `caseFile`: the linked case file; `server`: a connection as its user; `now`: the clock's.
    [[nodiscard]] static Result<Found> fromServer(const QSqlDatabase& caseFile, const QSqlDatabase& server,
                                                  const QDateTime& now);
};
