#include "team/TeamSync.h"

#include "store/AuditedRows.h"
#include "store/KeptSummaries.h"
#include "store/StoreError.h"
#include "store/TeamOutbox.h"
#include "store/TrajectoryRepository.h"
#include "team/ReceivedItems.h"
#include "team/TeamHolders.h"
#include "team/TeamLink.h"
#include "team/TeamServer.h"
#include "trajectory/Retractions.h"
#include "trajectory/TrajectoryEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace {

// Review requests are named after what they are about, so that two laptops finding the same
// conflict send the same item, which the server then keeps once.
const QUuid reviewNamespace(QStringLiteral("{6f1c2a44-3b0e-4c8e-9a57-2f61d0b7c9e1}"));

QString failed(const QSqlQuery& query)
{
    return TeamConnection::describe(query.lastError());
}

bool covered(const QString& entityKey)
{
    return AuditedRows::covers(entityKey.section(u':', 0, 0));
}

} // namespace

TeamSync::TeamSync(QSqlDatabase caseFile, QSqlDatabase server, const Clock& clock)
    : m_caseFile(std::move(caseFile))
    , m_server(std::move(server))
    , m_clock(clock)
{}

bool TeamSync::isRefusal(const QSqlError& error)
{
    // No permission or row-level security (42501), integrity (23), bad data (22), a raised
    // exception (P0). Not the rest of class 42 (an unknown table or column): that is a program
    // and a server out of step, for which the items wait rather than go to quarantine.
    const QString state = error.nativeErrorCode();
    return state == u"42501" || state.startsWith(u"23") || state.startsWith(u"22") || state.startsWith(u"P0");
}

bool TeamSync::isRetryable(const QSqlError& error)
{
    return error.nativeErrorCode() == u"40001" || error.nativeErrorCode() == u"40P01";
}

QString TeamSync::uncheckedParticipants(QStringList& participants) const
{
    QSqlQuery query(m_caseFile);
    if (!query.exec(
            QStringLiteral("SELECT DISTINCT participant_id FROM team_item WHERE checked = 0 ORDER BY 1")))
        return StoreError::describe(query.lastError());
    participants.clear();
    while (query.next())
        participants << query.value(0).toString();
    return {};
}

Result<TeamSync::Report> TeamSync::run(const Progress& progress)
{
    const Result<std::optional<TeamLink::Details>> link = TeamLink::read(m_caseFile);
    if (!link)
        return Result<Report>::failure(link.errors());
    if (!link.value())
        return Result<Report>::failure(tr("This case file is not linked to a team: use team join first."));
    m_team = link.value()->team;
    m_user = link.value()->address.user;
    // A writer waits at most 15 s for the team's lock instead of until the holder is gone.
    QSqlQuery session(m_server);
    if (!session.exec(QStringLiteral("SET lock_timeout = '15s'")))
        return Result<Report>::failure(failed(session));
    Report report;
    QString error = push(report, progress);
    if (error.isEmpty())
        error = pull(report, progress);
    // Checked from what the file says is unchecked, not from memory: a sync killed between a
    // page and its check checks it next time.
    QStringList unchecked;
    if (error.isEmpty())
        error = uncheckedParticipants(unchecked);
    for (const QString& participant : std::as_const(unchecked)) {
        if (error.isEmpty())
            error = flagConflicts(participant, report);
    }
    if (error.isEmpty())
        error = flagNotPutIn(report);
    if (error.isEmpty() && (report.flagged > 0 || report.requeued > 0))
        error = push(report, progress); // the review requests, and what was handed back
    // Best effort: what the team is told of refused items never fails the sync that sent and
    // received everything else.
    if (error.isEmpty()) {
        if (const QString refused = shareRefused(); !refused.isEmpty())
            report.notes << tr("The team server was not told what it refused here: %1").arg(refused);
    }
    if (!error.isEmpty())
        return Result<Report>::failure(error);
    QSqlQuery stamp(m_caseFile);
    stamp.prepare(QStringLiteral("UPDATE team_link SET last_sync = ?"));
    stamp.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    if (!stamp.exec())
        return Result<Report>::failure(StoreError::describe(stamp.lastError()));
    return report;
}

// ---- push -----------------------------------------------------------------------------------

Result<QList<TeamSync::Waiting>> TeamSync::waitingBatch() const
{
    using Batch = Result<QList<Waiting>>;
    QSqlQuery query(m_caseFile);
    query.prepare(QStringLiteral("SELECT seq, uuid, participant_id, kind, payload, basis FROM outbox "
                                 "WHERE state = 'wachtend' ORDER BY seq LIMIT ?"));
    query.addBindValue(batchSize);
    if (!query.exec())
        return Batch::failure(StoreError::describe(query.lastError()));
    QList<Waiting> batch;
    while (query.next()) {
        TeamItem item;
        item.uuid = query.value(1).toString();
        item.participantId = query.value(2).toString();
        item.kind = query.value(3).toString();
        item.payload = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        item.basis = query.value(5).toLongLong();
        batch.append({query.value(0).toLongLong(), item});
    }
    return batch;
}

QString TeamSync::stopped() const
{
    // Between batches and pages only: each commits as a whole, so nothing is lost by stopping.
    return m_stop && m_stop->load() ? tr("The sync was stopped; what was not sent or received yet waits for "
                                         "the next one.")
                                    : QString();
}

QString TeamSync::push(Report& report, const Progress& progress)
{
    for (;;) {
        if (const QString stop = stopped(); !stop.isEmpty())
            return stop;
        const Result<QList<Waiting>> batch = waitingBatch();
        if (!batch)
            return batch.errors().join(u' ');
        if (batch->isEmpty())
            return {};
        Outcome outcome = send(batch.value());
        if (outcome.refusal) {
            // One item the server refuses fails the whole transaction: each alone, so that only
            // the refused ones wait in quarantine and the rest goes.
            outcome = {};
            for (const Waiting& waiting : batch.value()) {
                const Outcome alone = send({waiting});
                if (!alone.error.isEmpty() && !alone.refusal) {
                    outcome.error = alone.error;
                    break;
                }
                outcome.accepted << alone.accepted;
                outcome.refused << alone.refused;
            }
        }
        if (const QString error = recordOutcome(batch.value(), outcome); !error.isEmpty())
            return error;
        report.sent += int(outcome.accepted.size());
        report.quarantined += int(outcome.refused.size());
        if (!outcome.error.isEmpty())
            return outcome.error;
        if (progress)
            progress(tr("%n item(s) sent", nullptr, report.sent));
    }
}

TeamSync::Outcome TeamSync::send(const QList<Waiting>& batch)
{
    constexpr int attempts = 3;
    Outcome outcome;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        outcome = sendOnce(batch);
        if (!outcome.retry)
            break;
    }
    return outcome;
}

TeamSync::Outcome TeamSync::sendOnce(const QList<Waiting>& batch)
{
    Outcome outcome;
    const auto fail = [&](const QSqlQuery& query) {
        outcome.accepted.clear();
        outcome.refused.clear();
        outcome.retry = isRetryable(query.lastError());
        outcome.refusal = isRefusal(query.lastError());
        outcome.error = failed(query);
        if (outcome.refusal && batch.size() == 1)
            outcome.refused.append({batch.first().seq, outcome.error});
        m_server.rollback();
        return outcome;
    };
    if (!m_server.transaction()) {
        outcome.error = TeamConnection::describe(m_server.lastError());
        return outcome;
    }
    QSqlQuery query(m_server);
    // A laptop that drops off mid-batch holds the team's lock: the server ends such a transaction
    // after a minute idle (TCP would notice after hours). Only here, where the lock is held: a
    // pull may well sit a minute applying a page.
    if (!query.exec(QStringLiteral("SET LOCAL idle_in_transaction_session_timeout = '60s'")))
        return fail(query);
    QSet<QString> registered;
    QHash<QString, QString> taken; // participant numbers the team already uses for someone else
    for (const Waiting& waiting : batch) {
        const TeamItem& item = waiting.item;
        if (!registered.contains(item.participantId) && item.basis == 0) {
            // New to the server, as far as this laptop knows: register it, assigned to the sender.
            // Already there and not registered by this user: another person under the same
            // number, whose file this must not join (a teamleider could write to it).
            query.prepare(QStringLiteral(
                "INSERT INTO thuis.deelnemer (id, team, begeleider) VALUES (?, ?, current_user) "
                "ON CONFLICT (id) DO NOTHING RETURNING id"));
            query.addBindValue(item.participantId);
            query.addBindValue(m_team);
            if (!query.exec())
                return fail(query);
            if (!query.next()) {
                query.prepare(QStringLiteral(
                    "SELECT aangemaakt_door = current_user FROM thuis.deelnemer WHERE id = ?"));
                query.addBindValue(item.participantId);
                if (!query.exec())
                    return fail(query);
                if (!query.next() || !query.value(0).toBool())
                    taken.insert(
                        item.participantId,
                        tr("participant number %1 is already used in the team for another participant; "
                           "nothing of this one was sent")
                            .arg(item.participantId));
            }
            registered.insert(item.participantId);
        }
        if (taken.contains(item.participantId)) {
            outcome.refused.append({waiting.seq, taken.value(item.participantId)});
            continue;
        }
        const QString content = QString::fromUtf8(QJsonDocument(item.payload).toJson(QJsonDocument::Compact));
        query.prepare(
            QStringLiteral("INSERT INTO thuis.item (uuid, deelnemer, soort, inhoud, basis) "
                           "VALUES (CAST(? AS uuid), ?, ?, CAST(? AS jsonb), ?) RETURNING volgnummer"));
        for (const QVariant& value : {QVariant(item.uuid), QVariant(item.participantId), QVariant(item.kind),
                                      QVariant(content), QVariant(item.basis)})
            query.addBindValue(value);
        if (!query.exec())
            return fail(query);
        if (query.next()) {
            outcome.accepted.append({waiting.seq, query.value(0).toLongLong()});
            continue;
        }
        // Already there: sent before and the acknowledgement lost (then it is the same item),
        // or another item under the same id (refused, never overwritten).
        query.prepare(
            QStringLiteral("SELECT inhoud = CAST(? AS jsonb) AND deelnemer = ? AND soort = ?, volgnummer "
                           "FROM thuis.item WHERE uuid = CAST(? AS uuid)"));
        for (const QVariant& value :
             {QVariant(content), QVariant(item.participantId), QVariant(item.kind), QVariant(item.uuid)})
            query.addBindValue(value);
        if (!query.exec())
            return fail(query);
        if (query.next() && query.value(0).toBool())
            outcome.accepted.append({waiting.seq, query.value(1).toLongLong()});
        else
            outcome.refused.append(
                {waiting.seq, tr("the team server already has another item with id %1; this one was not sent")
                                  .arg(item.uuid)});
    }
    if (m_hooks.beforeServerCommit)
        m_hooks.beforeServerCommit();
    if (!m_server.commit()) {
        outcome.accepted.clear();
        outcome.refused.clear();
        outcome.error = TeamConnection::describe(m_server.lastError());
        outcome.retry = isRetryable(m_server.lastError());
        return outcome;
    }
    if (m_hooks.afterServerCommit)
        m_hooks.afterServerCommit();
    return outcome;
}

QString TeamSync::recordOutcome(const QList<Waiting>& batch, const Outcome& outcome)
{
    if (outcome.accepted.isEmpty() && outcome.refused.isEmpty())
        return {};
    QHash<qint64, const TeamItem*> bySeq;
    for (const Waiting& waiting : batch)
        bySeq.insert(waiting.seq, &waiting.item);
    if (!m_caseFile.transaction())
        return StoreError::describe(m_caseFile.lastError());
    QSqlQuery query(m_caseFile);
    const auto fail = [&](const QSqlQuery& failedQuery) {
        const QString error = StoreError::describe(failedQuery.lastError());
        m_caseFile.rollback();
        return error;
    };
    for (const auto& [seq, volgnummer] : outcome.accepted) {
        const TeamItem& item = *bySeq.value(seq);
        query.prepare(
            QStringLiteral("INSERT OR IGNORE INTO team_item (uuid, participant_id, volgnummer, basis, "
                           "author, entity_key, content_digest, own) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"));
        for (const QVariant& value :
             {QVariant(item.uuid), QVariant(item.participantId), QVariant(volgnummer), QVariant(item.basis),
              QVariant(m_user), QVariant(item.entityKey()), QVariant(item.contentDigest())})
            query.addBindValue(value);
        if (!query.exec())
            return fail(query);
        query.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
        query.addBindValue(seq);
        if (!query.exec())
            return fail(query);
    }
    for (const auto& [seq, reason] : outcome.refused) {
        query.prepare(QStringLiteral(
            "UPDATE outbox SET state = 'quarantaine', reason = ?, tries = tries + 1 WHERE seq = ?"));
        query.addBindValue(reason);
        query.addBindValue(seq);
        if (!query.exec())
            return fail(query);
    }
    return m_caseFile.commit() ? QString() : StoreError::describe(m_caseFile.lastError());
}

// ---- pull -----------------------------------------------------------------------------------

Result<QList<TeamItem>> TeamSync::fetch(const QString& where, const QVariantList& values)
{
    using Items = Result<QList<TeamItem>>;
    QSqlQuery query(m_server);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT uuid::text, deelnemer, soort, inhoud::text, basis, volgnummer, positie, "
                       "auteur::text FROM thuis.item WHERE ") +
        where);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Items::failure(failed(query));
    QList<TeamItem> items;
    while (query.next()) {
        items.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object(),
                      query.value(4).toLongLong(), query.value(5).toLongLong(), query.value(6).toLongLong(),
                      query.value(7).toString()});
    }
    return items;
}

QString TeamSync::pull(Report& report, const Progress& progress)
{
    // One snapshot for the list of participants and every page: a participant assigned between
    // the two reads would otherwise look unassigned while its newest items arrive.
    if (!m_server.transaction())
        return TeamConnection::describe(m_server.lastError());
    QSqlQuery snapshot(m_server);
    if (!snapshot.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))) {
        const QString error = failed(snapshot);
        m_server.rollback();
        return error;
    }
    QHash<QString, qint64> visible;
    const QString error = pullInSnapshot(visible, report, progress);
    if (!error.isEmpty()) {
        m_server.rollback();
        return error;
    }
    if (!m_server.commit())
        return TeamConnection::describe(m_server.lastError());
    // After the snapshot: taking a participant off the laptop is local work, however long.
    if (const QString removing = removeUnassigned(visible, report); !removing.isEmpty())
        return removing;
    if (const QString requeueing = requeueHandedBack(report); !requeueing.isEmpty())
        return requeueing;
    return TeamHolders::replace(m_caseFile, m_holders);
}

QString TeamSync::pullInSnapshot(QHash<QString, qint64>& visible, Report& report, const Progress& progress)
{
    // What this user may see now, and how far each participant's numbering has got: every item
    // up to that number has committed (the number moves in the item's own transaction).
    QSqlQuery query(m_server);
    if (!query.exec(QStringLiteral("SELECT id, laatste_volgnummer, begeleider FROM thuis.deelnemer")))
        return failed(query);
    m_holders.clear();
    while (query.next()) {
        visible.insert(query.value(0).toString(), query.value(1).toLongLong());
        m_holders.insert(query.value(0).toString(), query.value(2).toString());
    }
    Result<QHash<QString, qint64>> known = knownSequences();
    if (!known)
        return known.errors().join(u' ');
    if (const QString error = retryNotPutIn(report); !error.isEmpty())
        return error;

    const Result<std::optional<TeamLink::Details>> link = TeamLink::read(m_caseFile);
    if (!link || !link.value())
        return link ? tr("This case file is not linked to a team.") : link.errors().join(u' ');
    qint64 cursor = link.value()->cursor;

    // Newly assigned since the last pull: its whole history first, in its own order, since the
    // cursor has passed its older items (they were not this user's to see then).
    if (cursor > 0) {
        QStringList newlyAssigned;
        for (auto it = visible.constBegin(); it != visible.constEnd(); ++it) {
            if (!known->contains(it.key()))
                newlyAssigned << it.key();
        }
        newlyAssigned.sort();
        for (const QString& participant : std::as_const(newlyAssigned)) {
            if (const QString error = pullWhole(participant, report); !error.isEmpty())
                return error;
        }
    }

    for (;;) {
        if (const QString stop = stopped(); !stop.isEmpty())
            return stop;
        const Result<QList<TeamItem>> page =
            fetch(QStringLiteral("team = ? AND positie > ? ORDER BY positie LIMIT %1").arg(pageSize),
                  {m_team, cursor});
        if (!page)
            return page.errors().join(u' ');
        if (page->isEmpty())
            break;
        cursor = page->last().positie;
        if (const QString error = applyPage(page.value(), cursor, report); !error.isEmpty())
            return error;
        if (progress)
            progress(tr("%n item(s) received", nullptr, report.received));
    }

    // A participant seen before, out of sight for a while (handed away and back): the items the
    // cursor passed meanwhile. Counted, not the highest number: the newest may be here already.
    known = knownSequences();
    if (!known)
        return known.errors().join(u' ');
    for (auto it = visible.constBegin(); it != visible.constEnd(); ++it) {
        if (known->value(it.key()) < it.value()) {
            if (const QString error = pullWhole(it.key(), report); !error.isEmpty())
                return error;
        }
    }
    return {};
}

QString TeamSync::pullWhole(const QString& participantId, Report& report)
{
    const Result<QList<TeamItem>> history =
        fetch(QStringLiteral("deelnemer = ? ORDER BY volgnummer"), {participantId});
    if (!history)
        return history.errors().join(u' ');
    return applyPage(history.value(), std::nullopt, report);
}

Result<QHash<QString, qint64>> TeamSync::knownSequences() const
{
    QSqlQuery query(m_caseFile);
    if (!query.exec(QStringLiteral("SELECT participant_id, count(*) FROM team_item GROUP BY participant_id")))
        return Result<QHash<QString, qint64>>::failure(StoreError::describe(query.lastError()));
    QHash<QString, qint64> known;
    while (query.next())
        known.insert(query.value(0).toString(), query.value(1).toLongLong());
    return known;
}

QString TeamSync::applyPage(const QList<TeamItem>& items, std::optional<qint64> cursor, Report& report)
{
    if (!m_caseFile.transaction())
        return StoreError::describe(m_caseFile.lastError());
    const auto fail = [&](const QString& error) {
        m_caseFile.rollback();
        return error;
    };
    // Prepared once per page, run per item: parsing SQL again for each of thousands of items
    // was a good part of a first pull.
    QSqlQuery known(m_caseFile);
    QSqlQuery newer(m_caseFile);
    QSqlQuery acknowledged(m_caseFile);
    QSqlQuery record(m_caseFile);
    if (!known.prepare(
            QStringLiteral("SELECT (SELECT count(*) FROM team_item WHERE uuid = ?), "
                           "(SELECT count(*) FROM outbox WHERE uuid = ? AND state = 'wachtend')")) ||
        !prepareSuperseded(newer) ||
        !acknowledged.prepare(QStringLiteral("DELETE FROM outbox WHERE uuid = ?")) ||
        !record.prepare(
            QStringLiteral("INSERT INTO team_item (uuid, participant_id, volgnummer, basis, author, "
                           "entity_key, content_digest, own, problem, checked) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(StoreError::describe(known.lastError()));
    const auto run = [](QSqlQuery& query, const QVariantList& values) {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        return query.exec();
    };
    ReceivedItems received(m_caseFile, m_clock.now());
    // A numbered item can move a participant's events into the server's order: what the caseload
    // kept for them is forgotten (KeptSummaries). An own item numbered on sending moves nothing:
    // it follows everything received before, and what it precedes arrives by this page.
    QSet<QString> reordered;
    for (const TeamItem& item : items) {
        if (!run(known, {item.uuid, item.uuid}) || !known.next())
            return fail(StoreError::describe(known.lastError()));
        const bool isKnown = known.value(0).toInt() > 0;
        const bool ownUnacknowledged = known.value(1).toInt() > 0;
        known.finish();
        if (isKnown)
            continue; // sent from here, or received before
        reordered.insert(item.participantId);
        QString problem;
        if (ownUnacknowledged) {
            // This laptop's own item, committed on the server but its acknowledgement lost.
            if (!run(acknowledged, {item.uuid}))
                return fail(StoreError::describe(acknowledged.lastError()));
        } else {
            const Result<bool> superseded = isSuperseded(newer, item);
            if (!superseded)
                return fail(superseded.errors().join(u' '));
            problem = superseded.value() ? QString() : received.apply(item);
            // A file that lost its transaction (disk full, I/O) must not go on item by item.
            if (!problem.isEmpty() && !StoreError::inTransaction(m_caseFile))
                return fail(tr("The case file stopped taking changes: %1").arg(problem));
            if (problem.isEmpty()) {
                ++report.received;
            } else {
                ++report.notApplied;
                report.notes << tr("Item %1 of %2 was not put in this case file: %3")
                                    .arg(item.uuid, item.participantId, problem);
            }
        }
        if (!run(record, {item.uuid, item.participantId, item.volgnummer, item.basis, item.author,
                          item.entityKey(), item.contentDigest(), ownUnacknowledged ? 1 : 0,
                          problem.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(problem),
                          ownUnacknowledged ? 1 : 0})) // a colleague's item waits for the conflict check
            return fail(StoreError::describe(record.lastError()));
    }
    if (cursor) {
        QSqlQuery moved(m_caseFile);
        moved.prepare(QStringLiteral("UPDATE team_link SET cursor = ?"));
        moved.addBindValue(*cursor);
        if (!moved.exec())
            return fail(StoreError::describe(moved.lastError()));
    }
    if (const QString error = KeptSummaries::forget(m_caseFile, reordered); !error.isEmpty())
        return fail(error);
    return m_caseFile.commit() ? QString() : StoreError::describe(m_caseFile.lastError());
}

bool TeamSync::prepareSuperseded(QSqlQuery& query)
{
    return query.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM team_item WHERE entity_key = ? AND participant_id "
                       "= ? AND volgnummer > ?) + (SELECT count(*) FROM outbox WHERE entity_key = ? AND "
                       "participant_id = ? AND state = 'wachtend')"));
}

Result<bool> TeamSync::isSuperseded(QSqlQuery& prepared, const TeamItem& item)
{
    // Something newer about the same data is here already (numbered after it, or written here
    // and waiting): the item stays on record, the newer data stays in the file.
    const QString entityKey = item.entityKey();
    const QVariantList values{entityKey, item.participantId, item.volgnummer, entityKey, item.participantId};
    for (int i = 0; i < values.size(); ++i)
        prepared.bindValue(i, values.at(i));
    if (!prepared.exec() || !prepared.next())
        return Result<bool>::failure(StoreError::describe(prepared.lastError()));
    const bool superseded = prepared.value(0).toInt() > 0;
    prepared.finish();
    return superseded;
}

QString TeamSync::removeUnassigned(const QHash<QString, qint64>& visible, Report& report)
{
    QSqlQuery query(m_caseFile);
    if (!query.exec(QStringLiteral("SELECT DISTINCT participant_id FROM team_item")))
        return StoreError::describe(query.lastError());
    QStringList candidates;
    while (query.next()) {
        if (!visible.contains(query.value(0).toString()))
            candidates << query.value(0).toString();
    }
    for (const QString& participant : std::as_const(candidates)) {
        // Counted inside the transaction that removes: a change made meanwhile keeps it here. A
        // refused record that carries no data (who opened the dossier, after the handover) keeps
        // nothing here: the local audit log has it.
        if (!m_caseFile.transaction())
            return StoreError::describe(m_caseFile.lastError());
        query.prepare(
            QStringLiteral("SELECT (SELECT count(*) FROM outbox WHERE participant_id = ? AND state = "
                           "'wachtend'), (SELECT count(*) FROM outbox WHERE participant_id = ? AND state = "
                           "'quarantaine' AND kind <> 'audit')"));
        query.addBindValue(participant);
        query.addBindValue(participant);
        if (!query.exec() || !query.next()) {
            const QString error = StoreError::describe(query.lastError());
            m_caseFile.rollback();
            return error;
        }
        const int waiting = query.value(0).toInt();
        const int refused = query.value(1).toInt();
        if (waiting + refused > 0) {
            m_caseFile.rollback();
            report.notes << (waiting > 0
                                 ? tr("%1 is no longer assigned to you; it stays on this laptop until its %n "
                                      "waiting item(s) are sent.",
                                      nullptr, waiting)
                                       .arg(participant)
                                 : tr("%1 is no longer assigned to you; it stays on this laptop while %n "
                                      "item(s) the server refused wait for a decision (team status).",
                                      nullptr, refused)
                                       .arg(participant));
            continue;
        }
        if (const QString error = ReceivedItems(m_caseFile).release(participant, m_clock.now());
            !error.isEmpty()) {
            m_caseFile.rollback();
            return error;
        }
        if (!m_caseFile.commit())
            return StoreError::describe(m_caseFile.lastError());
        ++report.removed;
        report.notes << tr("%1 is no longer assigned to you and was taken off this laptop.").arg(participant);
    }
    return {};
}

// ---- conflicts ------------------------------------------------------------------------------

QString TeamSync::flagConflicts(const QString& participantId, Report& report)
{
    struct Known
    {
        QString uuid;
        qint64 volgnummer = 0;
        qint64 basis = 0;
        QString author;
        QString key;
        QByteArray digest;
        bool event() const { return key.startsWith(u"trajectory_event:"); }
    };
    QSqlQuery query(m_caseFile);
    query.prepare(
        QStringLiteral("SELECT uuid, volgnummer, basis, author, entity_key, content_digest FROM team_item "
                       "WHERE participant_id = ? ORDER BY volgnummer"));
    query.addBindValue(participantId);
    if (!query.exec())
        return StoreError::describe(query.lastError());
    QList<Known> items;
    while (query.next()) {
        if (covered(query.value(4).toString())) // exports, review requests: no data to conflict over
            items.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                          query.value(3).toString(), query.value(4).toString(),
                          query.value(5).toByteArray()});
    }
    std::optional<QString> refusal; // the engine's verdict, asked once
    // An event's type and date as recorded here ("type date"), by its global id; empty when this
    // file lacks it or it is a retraction (two people undoing is no double recording).
    QSqlQuery eventQuery(m_caseFile);
    eventQuery.prepare(
        QStringLiteral("SELECT e.type, e.date FROM trajectory_event e JOIN team_key k ON "
                       "k.entity = 'trajectory_event' AND k.local_id = e.id WHERE k.uuid = ?"));
    const auto recordedEvent = [&eventQuery](const Known& item) {
        if (!item.event())
            return QString();
        eventQuery.addBindValue(item.key.section(u':', 1));
        if (!eventQuery.exec() || !eventQuery.next() || eventQuery.value(0).toString() == Retractions::type)
            return QString();
        return eventQuery.value(0).toString() + u' ' + eventQuery.value(1).toString();
    };
    for (const Known& later : std::as_const(items)) {
        // Written by someone who knew the participant up to `basis`: what others wrote after that
        // and before it was numbered, they did not know.
        QStringList concurrent;
        QList<const Known*> concurrentItems;
        bool sameEntity = false;
        bool events = later.event();
        for (const Known& other : std::as_const(items)) {
            if (other.volgnummer <= later.basis || other.volgnummer >= later.volgnummer ||
                other.author == later.author)
                continue;
            concurrent << other.uuid;
            concurrentItems << &other;
            sameEntity = sameEntity || (other.key == later.key && other.digest != later.digest);
            events = events || other.event();
        }
        if (concurrent.isEmpty() || (!sameEntity && !events))
            continue;
        QString kind = QStringLiteral("zelfde gegeven");
        QString reason =
            tr("two people changed the same data at the same time (%1); both are kept, the later "
               "one counts")
                .arg(later.key);
        if (!sameEntity) {
            if (!refusal)
                refusal = engineRefusal(participantId);
            if (!refusal->isEmpty()) {
                kind = QStringLiteral("regels");
                reason =
                    tr("events recorded at the same time by two people make a history the rules refuse: %1")
                        .arg(*refusal);
            } else {
                // The rules accept it, but two people recorded the same event on the same day
                // without knowing of each other: a huisbezoek written up twice, or two? A person
                // decides (retract one, or keep both).
                const QString mine = recordedEvent(later);
                const bool twice =
                    !mine.isEmpty() &&
                    std::any_of(concurrentItems.cbegin(), concurrentItems.cend(),
                                [&](const Known* other) { return recordedEvent(*other) == mine; });
                if (!twice)
                    continue;
                kind = QStringLiteral("dubbel");
                reason =
                    tr("two people recorded %1 at the same time: both are kept; retract one if it happened "
                       "once")
                        .arg(mine);
            }
        }
        if (const QString error =
                flag({participantId, later.uuid, later.volgnummer, concurrent, kind, reason},
                     participantId + u'/' + QString::number(later.volgnummer), report);
            !error.isEmpty())
            return error;
    }
    QSqlQuery checked(m_caseFile);
    checked.prepare(
        QStringLiteral("UPDATE team_item SET checked = 1 WHERE participant_id = ? AND checked = 0"));
    checked.addBindValue(participantId);
    return checked.exec() ? QString() : StoreError::describe(checked.lastError());
}

QString TeamSync::engineRefusal(const QString& participantId) const
{
    const Result<Trajectory> trajectory = TrajectoryRepository(m_caseFile).load(participantId);
    if (!trajectory)
        return trajectory.errors().join(u' ');
    const Result<TrajectoryEngine> engine = TrajectoryEngine::builtIn(trajectory->profileId);
    if (!engine)
        return engine.errors().join(u' ');
    const Result<Evaluation> evaluation = engine->evaluate(trajectory.value(), m_clock.now().date());
    return evaluation ? QString() : evaluation.errors().join(u' ');
}

QString TeamSync::flag(const Review& review, const QString& reviewName, Report& report)
{
    const auto& [participantId, laterUuid, laterNumber, concurrent, kind, reason] = review;
    if (!m_caseFile.transaction())
        return StoreError::describe(m_caseFile.lastError());
    QSqlQuery query(m_caseFile);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO team_flag (participant_id, volgnummer, about, reason, flagged_at) "
        "VALUES (?, ?, ?, ?, ?)"));
    const QString about = kind == notPutIn ? kind : QStringLiteral("samenloop");
    for (const QVariant& value :
         {QVariant(participantId), QVariant(laterNumber), QVariant(about), QVariant(reason),
          QVariant(m_clock.now().toUTC().toString(Qt::ISODateWithMs))})
        query.addBindValue(value);
    if (!query.exec()) {
        m_caseFile.rollback();
        return StoreError::describe(query.lastError());
    }
    if (query.numRowsAffected() == 0) {
        m_caseFile.rollback();
        return {}; // flagged before
    }
    QStringList sorted = concurrent;
    sorted.sort();
    // Only what every laptop sees alike: the same conflict gives the same item everywhere.
    QJsonObject payload{{QStringLiteral("entiteit"), QStringLiteral("beoordeling")},
                        {QStringLiteral("sleutel"), participantId},
                        {QStringLiteral("volgnummer"), QString::number(laterNumber)},
                        {QStringLiteral("item"), laterUuid},
                        {QStringLiteral("gelijktijdig"), QJsonArray::fromStringList(sorted)},
                        {QStringLiteral("soort"), kind}};
    if (review.concurrent.isEmpty()) // nothing to compare: one laptop's finding, with its reason
        payload.insert(QStringLiteral("reden"), reason);
    const QString uuid = QUuid::createUuidV5(reviewNamespace, reviewName).toString(QUuid::WithoutBraces);
    if (const QString error = TeamOutbox::enqueueItem(
            m_caseFile, uuid, participantId, QStringLiteral("audit"), payload, TeamOutbox::Duplicate::Ignore);
        !error.isEmpty()) {
        m_caseFile.rollback();
        return error;
    }
    if (!m_caseFile.commit())
        return StoreError::describe(m_caseFile.lastError());
    ++report.flagged;
    return {};
}
