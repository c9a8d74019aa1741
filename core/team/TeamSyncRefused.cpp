// What the team server refused, beyond this laptop (docs/team-sync.md, "Refused items"). An item
// the server refuses waits in this laptop's quarantine; the server never had it. So each sync
// tells the server what waits in quarantine here (team schema 4, thuis.geweigerd: which item,
// about which participant number, what kind, why, how often tried; never its content), and keeps
// what the server says of the team's (a teamleider's) or the own (a begeleider's) in the case
// file (team_refused), for the review queue. The usual cause: written offline for a participant
// handed to a colleague meanwhile. The teamleider hands the participant back, and the next sync
// here sends them again by itself: the quarantined items about a participant held by someone else
// at the sync before and by this user now. Only those: an item refused for what it is (a decision
// from a begeleider) would be refused again at every sync.
#include "team/TeamSync.h"

#include "store/StoreError.h"
#include "team/TeamHolders.h"
#include "team/TeamServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

// Records without data (who opened the dossier after the handover) are on the local audit log
// and do not keep a participant on the laptop (section 5): not the teamleider's concern either.
const QString refusedData = QStringLiteral("state = 'quarantaine' AND kind <> 'audit'");

} // namespace

QString TeamSync::requeueHandedBack(Report& report)
{
    // Before this pull's holders replace the last one's (killed in between, the next sync finds
    // the same change and puts back what is still in quarantine).
    const Result<QHash<QString, QString>> before = TeamHolders::read(m_caseFile);
    if (!before)
        return before.errors().join(u' ');
    QStringList handedBack;
    for (auto holder = m_holders.cbegin(); holder != m_holders.cend(); ++holder) {
        if (holder.value() == m_user && before->value(holder.key()) != m_user)
            handedBack << holder.key();
    }
    if (handedBack.isEmpty())
        return {};
    handedBack.sort();
    QSqlQuery query(m_caseFile);
    query.prepare(QStringLiteral("UPDATE outbox SET state = 'wachtend' WHERE state = 'quarantaine' AND "
                                 "participant_id = ?"));
    QStringList requeued;
    for (const QString& participant : std::as_const(handedBack)) {
        query.addBindValue(participant);
        if (!query.exec())
            return StoreError::describe(query.lastError());
        if (const int items = query.numRowsAffected(); items > 0) {
            requeued << participant;
            report.requeued += items;
        }
    }
    if (!requeued.isEmpty())
        report.notes << tr("%n item(s) the team server refused before are sent again: %1 is assigned to you "
                           "again.",
                           nullptr, report.requeued)
                            .arg(requeued.join(QStringLiteral(", ")));
    return {};
}

QString TeamSync::shareRefused()
{
    // A server not upgraded yet (team schema 3) has no list: this program's other work goes on.
    QSqlQuery schema(m_server);
    if (!schema.exec(QStringLiteral("SELECT to_regclass('thuis.geweigerd') IS NOT NULL")) || !schema.next())
        return TeamConnection::describe(schema.lastError());
    if (!schema.value(0).toBool())
        return {};
    const QString reported = reportRefused();
    return reported.isEmpty() ? readRefused() : reported;
}

QString TeamSync::reportRefused()
{
    QSqlQuery local(m_caseFile);
    if (!local.exec(
            QStringLiteral("SELECT uuid, participant_id, kind, coalesce(reason, ''), tries FROM outbox "
                           "WHERE ") +
            refusedData + QStringLiteral(" ORDER BY seq")))
        return StoreError::describe(local.lastError());
    QJsonArray refused;
    while (local.next()) {
        refused.append(QJsonObject{{QStringLiteral("item"), local.value(0).toString()},
                                   {QStringLiteral("deelnemer"), local.value(1).toString()},
                                   {QStringLiteral("entiteit"), local.value(2).toString()},
                                   {QStringLiteral("reden"), local.value(3).toString().left(1000)},
                                   {QStringLiteral("pogingen"), local.value(4).toInt()}});
    }
    const QString rows = QString::fromUtf8(QJsonDocument(refused).toJson(QJsonDocument::Compact));
    if (!m_server.transaction())
        return TeamConnection::describe(m_server.lastError());
    QSqlQuery server(m_server);
    const auto fail = [&] {
        const QString error = TeamConnection::describe(server.lastError());
        m_server.rollback();
        return error;
    };
    // What no longer waits here (sent, or its participant gone from the laptop) leaves the list.
    server.prepare(
        QStringLiteral("DELETE FROM thuis.geweigerd WHERE melder = current_user AND item NOT IN "
                       "(SELECT CAST(r ->> 'item' AS uuid) FROM jsonb_array_elements(CAST(? AS jsonb)) r)"));
    server.addBindValue(rows);
    if (!server.exec())
        return fail();
    if (!refused.isEmpty()) {
        // One statement for them all; a row changes only when its reason or tries did, and
        // keeps the moment it was first reported (sinds).
        server.prepare(QStringLiteral(
            "INSERT INTO thuis.geweigerd AS g (team, item, deelnemer, entiteit, reden, pogingen) "
            "SELECT ?, r.item, r.deelnemer, r.entiteit, r.reden, r.pogingen "
            "FROM jsonb_to_recordset(CAST(? AS jsonb)) AS r(item uuid, deelnemer text, entiteit text, "
            "reden text, pogingen integer) "
            "ON CONFLICT (melder, item) DO UPDATE SET reden = EXCLUDED.reden, pogingen = EXCLUDED.pogingen "
            "WHERE (g.reden, g.pogingen) IS DISTINCT FROM (EXCLUDED.reden, EXCLUDED.pogingen)"));
        server.addBindValue(m_team);
        server.addBindValue(rows);
        if (!server.exec())
            return fail();
    }
    return m_server.commit() ? QString() : TeamConnection::describe(m_server.lastError());
}

QString TeamSync::readRefused()
{
    QSqlQuery server(m_server);
    server.setForwardOnly(true);
    if (!server.exec(QStringLiteral("SELECT melder::text, item::text, deelnemer, entiteit, reden, pogingen, "
                                    "sinds FROM thuis.geweigerd ORDER BY sinds, melder, item")))
        return TeamConnection::describe(server.lastError());
    if (!m_caseFile.transaction())
        return StoreError::describe(m_caseFile.lastError());
    QSqlQuery local(m_caseFile);
    const auto fail = [&] {
        const QString error = StoreError::describe(local.lastError());
        m_caseFile.rollback();
        return error;
    };
    if (!local.exec(QStringLiteral("DELETE FROM team_refused")))
        return fail();
    local.prepare(QStringLiteral("INSERT INTO team_refused (reporter, item, participant_id, entity, reason, "
                                 "tries, since) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    while (server.next()) {
        for (int column = 0; column < 6; ++column)
            local.addBindValue(server.value(column));
        local.addBindValue(server.value(6).toDateTime().toUTC().toString(Qt::ISODateWithMs));
        if (!local.exec())
            return fail();
    }
    return m_caseFile.commit() ? QString() : StoreError::describe(m_caseFile.lastError());
}
