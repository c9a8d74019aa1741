#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

// Who holds each participant in the team (issue 19): the begeleider the server has them assigned
// to (thuis.deelnemer.begeleider), as of the last sync, kept in the case file (table team_holder)
// so that the dossier and the caseload say it offline as well. A begeleider's file holds only
// their own participants; a teamleider's the whole team's.
class TeamHolders
{
    Q_DECLARE_TR_FUNCTIONS(TeamHolders)

public:
    // Participant id -> the holder's user name; empty for a file without a team.
    [[nodiscard]] static Result<QHash<QString, QString>> read(const QSqlDatabase& caseFile);
    // The holder of one participant; empty when the team has not said (not synced yet).
    [[nodiscard]] static Result<QString> of(const QSqlDatabase& caseFile, const QString& participantId);
    // What the server said at this sync, in place of what it said before (one transaction).
    [[nodiscard]] static QString replace(QSqlDatabase caseFile, const QHash<QString, QString>& holders);
    // One participant's holder, right after the teamleider handed them over.
    [[nodiscard]] static QString set(const QSqlDatabase& caseFile, const QString& participantId,
                                     const QString& holder);
};
