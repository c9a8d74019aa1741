#include "team/TeamStatus.h"

#include "store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

Result<TeamStatus> TeamStatus::read(const QSqlDatabase& caseFile)
{
    using Read = Result<TeamStatus>;
    TeamStatus status;
    QSqlQuery query(caseFile);
    if (!query.exec(QStringLiteral("SELECT participant_id, reason, count(*), state FROM outbox "
                                   "GROUP BY participant_id, reason, state ORDER BY min(seq)")))
        return Read::failure(StoreError::describe(query.lastError()));
    while (query.next()) {
        if (query.value(3).toString() == u"wachtend") {
            status.waiting += query.value(2).toInt();
            continue;
        }
        status.quarantined += query.value(2).toInt();
        status.refused.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    }
    if (!query.exec(QStringLiteral(
            "SELECT f.participant_id, f.volgnummer, f.reason FROM team_flag f LEFT JOIN team_decision d ON "
            "d.participant_id = f.participant_id AND d.volgnummer = f.volgnummer AND d.about = f.about "
            "WHERE coalesce(d.decision, '') NOT IN ('behouden', 'herroepen') "
            "ORDER BY f.participant_id, f.volgnummer")))
        return Read::failure(StoreError::describe(query.lastError()));
    while (query.next())
        status.flags.append(
            {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString()});
    if (!query.exec(QStringLiteral(
            "SELECT reporter, participant_id, reason, count(*) FROM team_refused WHERE reporter <> "
            "(SELECT user FROM team_link) GROUP BY reporter, participant_id, reason ORDER BY min(since)")))
        return Read::failure(StoreError::describe(query.lastError()));
    while (query.next())
        status.refusedElsewhere.append({query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString(), query.value(3).toInt()});
    return status;
}
