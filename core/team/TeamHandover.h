#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The teamleider hands a participant to a colleague (issue 19, Werkafspraak: one persoonlijk
// begeleider per deelnemer). The server decides who may (row-level security: a teamleider, within
// the team, to an active begeleider or teamleider of it); the new holder's laptop receives the
// whole history at its next sync, the old one removes the participant once nothing of it waits.
class TeamHandover
{
    Q_DECLARE_TR_FUNCTIONS(TeamHandover)

public:
    struct Colleague
    {
        QString user;
        QString function; // begeleider or teamleider
    };
    struct Situation
    {
        QString holder;              // who holds the participant now
        QList<Colleague> colleagues; // who in the team may take them, by name
    };

    // Read on the team server: fails when the participant is not in the team (not synced yet)
    // or the user may not see them.
    [[nodiscard]] static Result<Situation> situation(const QSqlDatabase& server,
                                                     const QString& participantId);
    // Only while `holder` still holds them (someone else may have handed them over since the
    // dialog asked); the server records the handover itself (thuis.overdracht, team schema 3).
    // Empty on success, else the server's refusal in words.
    [[nodiscard]] static QString handOver(const QSqlDatabase& server, const QString& participantId,
                                          const QString& holder, const QString& colleague);
};
