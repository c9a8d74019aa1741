#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// What a linked case file has waiting, refused and flagged (issue 18): what `team status`
// shows and the app's sync status will (issue 19). Read from the file, no server needed.
struct TeamStatus
{
    struct Refused
    {
        QString participantId;
        QString reason;
        int items = 0;
    };
    struct Flag
    {
        QString participantId;
        qint64 volgnummer = 0;
        QString reason;
    };

    struct Reported
    {
        QString reporter; // whose laptop holds them in quarantine
        QString participantId;
        QString reason;
        int items = 0;
    };

    int waiting = 0;
    int quarantined = 0;
    QList<Refused> refused; // per participant and reason: a refused number refuses all its items
    QList<Flag> flags;      // not settled by a decision (the review queue)
    // Refused on a colleague's laptop, as the server said at the last sync (a teamleider's
    // review queue), per laptop, participant and reason.
    QList<Reported> refusedElsewhere;

    // What waits in the review queue: flags and colleagues' refused items.
    [[nodiscard]] int forReview() const { return int(flags.size() + refusedElsewhere.size()); }

    [[nodiscard]] static Result<TeamStatus> read(const QSqlDatabase& caseFile);
};
