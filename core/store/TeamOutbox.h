#pragma once

#include <functional>

#include "common/Result.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// What a case file linked to a team sends (issue 18, docs/team-sync.md): every audit row about
// a participant becomes an item in the outbox, in the same transaction as the change, carrying
// the audit row and the rows of the data it records as they stand after the change. Local row
// ids (events, forms) differ between laptops, so items name them by a global id made here the
// first time one is sent (team_key) and taken over from the team when one arrives.
class TeamOutbox
{
    Q_DECLARE_TR_FUNCTIONS(TeamOutbox)

public:
    // Whether the case file is linked to a team (schema 7 and a team_link row).
    [[nodiscard]] static Result<bool> linked(const QSqlDatabase& database);
    // Called by AuditLog::append in the caller's transaction: queues `entry` when the file is
    // linked and the entry concerns a participant, with its audit row's place, link and chain id:
    // the server anchors the chain. The chain id is asked for only then, sparing an HMAC on every
    // audit row of a file in no team. Empty, or what went wrong (the caller then rolls back).
    [[nodiscard]] static QString enqueue(const QSqlDatabase& database, const AuditLog::Entry& entry,
                                         qint64 auditRow, const QByteArray& link,
                                         const std::function<QString()>& chainId);
    // Queues what the file holds now, one item per participant, contact, event, form, answer and
    // form's signatures: a file joining a team sends what it already has.
    [[nodiscard]] static QString enqueueEverything(const QSqlDatabase& database, const Actor& actor,
                                                   const QDateTime& now);
    // Queues an item made by the sync itself (a review request), with a given id so that two
    // laptops asking for the same review send the same item.
    enum class Duplicate { Refuse, Ignore };
    [[nodiscard]] static QString enqueueItem(const QSqlDatabase& database, const QString& uuid,
                                             const QString& participantId, const QString& kind,
                                             const QJsonObject& payload,
                                             Duplicate duplicate = Duplicate::Refuse);

    // Puts every quarantined item back in the queue, once its cause is gone (the participant
    // assigned back, the server upgraded): how many.
    [[nodiscard]] static Result<int> requeue(const QSqlDatabase& database);

    // The server's kind of item for an audited entity ("gebeurtenis", "formulier", ...).
    static QString kindOf(const QString& entity);
    // The participant an entity belongs to; empty when it concerns none (a dashboard export).
    [[nodiscard]] static Result<QString> participantOf(const QSqlDatabase& database, const QString& entity,
                                                       const QString& localId);
    // The entity's id as the team knows it; made (and kept) when `make` and not known yet.
    [[nodiscard]] static Result<QString> globalKey(const QSqlDatabase& database, const QString& entity,
                                                   const QString& localId, bool make = true);
    // A form's or an event's local row id for a global id; empty when this file has none.
    [[nodiscard]] static Result<QString> localId(const QSqlDatabase& database, const QString& entity,
                                                 const QString& uuid);
    // The entity's rows after the change, as the item carries them (global ids, blobs in base64).
    [[nodiscard]] static Result<QJsonArray> rowsOf(const QSqlDatabase& database, const QString& entity,
                                                   const QString& localId);
    // The server number up to which this file knows every item of the participant: an item's
    // `basis` (what its writer knew).
    [[nodiscard]] static Result<qint64> knownSequence(const QSqlDatabase& database,
                                                      const QString& participantId);
};
