#include "team/TeamHandover.h"

#include "team/TeamServer.h"

#include <QSqlQuery>

Result<TeamHandover::Situation> TeamHandover::situation(const QSqlDatabase& server,
                                                        const QString& participantId)
{
    using Read = Result<Situation>;
    QSqlQuery query(server);
    query.prepare(QStringLiteral("SELECT begeleider FROM thuis.deelnemer WHERE id = ?"));
    query.addBindValue(participantId);
    if (!query.exec())
        return Read::failure(TeamConnection::describe(query.lastError()));
    if (!query.next())
        return Read::failure(tr("The team server does not know %1 yet, or not for you: sync first, then hand "
                                "them over.")
                                 .arg(participantId));
    Situation situation;
    situation.holder = query.value(0).toString();
    if (!query.exec(
            QStringLiteral("SELECT rol, functie FROM thuis.medewerker WHERE actief AND functie IN "
                           "('begeleider', 'teamleider') AND team = (SELECT thuis.team_van(current_user)) "
                           "ORDER BY rol")))
        return Read::failure(TeamConnection::describe(query.lastError()));
    while (query.next())
        situation.colleagues.append({query.value(0).toString(), query.value(1).toString()});
    return situation;
}

QString TeamHandover::handOver(const QSqlDatabase& server, const QString& participantId,
                               const QString& holder, const QString& colleague)
{
    QSqlQuery query(server);
    query.prepare(
        QStringLiteral("UPDATE thuis.deelnemer SET begeleider = ? WHERE id = ? AND begeleider = ?"));
    query.addBindValue(colleague);
    query.addBindValue(participantId);
    query.addBindValue(holder);
    if (!query.exec())
        return tr("%1 was not handed over to %2: %3")
            .arg(participantId, colleague, TeamConnection::describe(query.lastError()));
    if (query.numRowsAffected() != 1)
        return tr("%1 was not handed over: %2 no longer holds them (someone handed them over meanwhile). "
                  "Close "
                  "this window and look again.")
            .arg(participantId, holder);
    return {};
}
