#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"
#include "team/TeamItem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The review queue (issue 19, docs/team-sync.md): every item a sync flagged (two people changed
// the same data at once, a merged history the engine refuses, an item this laptop could not put
// in), with the participant's history split by who recorded what, the engine's verdict, and the
// decision: keep, retract one event (gebeurtenis_herroepen), or ask the begeleider. A decision is
// an audit row about the participant ("besluit") that goes to the team like every other, so every
// laptop that holds the participant learns it and stops showing the item; a retraction and its
// decision are one transaction. A begeleider's file holds only their own participants, so they
// see the items that concern them; the teamleider's holds the team's.
class TeamReview
{
    Q_DECLARE_TR_FUNCTIONS(TeamReview)

public:
    enum class Decision { Keep, Retract, AskBegeleider };

    struct Item
    {
        QString participantId;
        QString participantName;
        qint64 volgnummer = 0; // the flagged item's number on the server
        QString about;         // "samenloop", "niet verwerkt" or "geweigerd" (refusedAbout)
        QString reason;
        QDateTime flaggedAt;
        QString author; // who wrote the flagged item (the server's user name)
        // "vraag begeleider": asked, not settled; the item stays in the queue.
        QString askedNote;
        // Refused (about == refusedAbout): the items of one participant waiting in the quarantine
        // of `author`'s laptop, which the server never had; who holds the participant now (empty:
        // not a participant of the team this file knows). Settled by handing the participant back
        // to `author`, whose next sync sends them; not by a decision.
        int refusedItems = 0;
        QString holder;
        // Refused because the author did not hold the participant (SQLSTATE 42501), every item
        // alike: only then does handing back help. Otherwise (a number in use for another
        // person, an id taken) holder and name are not shown: they may be another person's.
        bool notAssigned = false;

        // Whether handing the participant back to `author` would let the refused items go: they
        // were refused for who held the participant, and someone else holds them now.
        [[nodiscard]] bool handBackHelps() const
        {
            return about == refusedAbout && notAssigned && !holder.isEmpty() && holder != author;
        }
    };
    static inline const QString refusedAbout = QStringLiteral("geweigerd");

    struct Event
    {
        int place = 0; // in the order the events count (a retraction's `nummer`)
        qint64 row = 0;
        QDate date;
        QString type;
        QString author; // the server's user name; empty: recorded here, not sent yet
        bool retracted = false;
    };

    // The items without a settling decision (keep or retract), newest first; then what the
    // team server refused from a laptop (team_refused), per laptop and participant, oldest first.
    [[nodiscard]] static Result<QList<Item>> open(const QSqlDatabase& caseFile);
    // The participant's events in the order they count, each with who recorded it.
    [[nodiscard]] static Result<QList<Event>> events(const QSqlDatabase& caseFile,
                                                     const QString& participantId);
    // What the rules say of the participant's history as it stands: empty when they accept it.
    [[nodiscard]] static QString verdict(const QSqlDatabase& caseFile, const QString& participantId,
                                         const QDate& today);
    // Decides an item; for Retract, `eventRow` names the event (Event::row). Empty on success.
    [[nodiscard]] static QString decide(QSqlDatabase caseFile, const Item& item, Decision decision,
                                        const QString& note, std::optional<qint64> eventRow,
                                        const Actor& actor, const QDate& today, const QDateTime& now);
    // A colleague's review request or decision that arrived (ReceivedItems): noted here, so that
    // this laptop's queue shows the same; a decision with an audit row of its own. Only about the
    // item's own participant (the one the server checked); a decision comes from a teamleider
    // (the server refuses it from anyone else, team schema 3), and an open question never
    // replaces a decision that settled the item. `now`: when it arrived. Empty on success.
    [[nodiscard]] static QString received(const QSqlDatabase& caseFile, const TeamItem& item,
                                          const QDateTime& now);

    static QString decisionName(Decision decision); // "behouden", "herroepen", "vraag begeleider"

private:
    [[nodiscard]] static QString appendRefused(const QSqlDatabase& caseFile, QList<Item>& items);
};
