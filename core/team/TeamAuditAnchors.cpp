#include "team/TeamAuditAnchors.h"

#include "common/DateText.h"
#include "store/AuditAnchors.h"
#include "store/StoreError.h"
#include "team/TeamServer.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <QHash>

#include <algorithm>

namespace {

struct ServerLink
{
    qint64 row = 0;
    QByteArray link;
    QDateTime sent; // the audit row's own moment, as the laptop sent it
};

} // namespace

Result<TeamAuditAnchors::Found> TeamAuditAnchors::fromServer(const QSqlDatabase& caseFile,
                                                             const QSqlDatabase& server)
{
    Found found;
    QSqlQuery query(server);
    if (!query.exec(QStringLiteral("SELECT to_regprocedure('thuis.eigen_schakels(text)') IS NOT NULL")) ||
        !query.next())
        return Result<Found>::failure(TeamConnection::describe(query.lastError()));
    if (!query.value(0).toBool()) {
        found.serverTooOld = true;
        return found;
    }
    const Result<QString> chain = AuditLog(caseFile).chainId();
    if (!chain)
        return Result<Found>::failure(chain.errors());
    query.prepare(QStringLiteral("SELECT auditrij, schakel, wanneer FROM thuis.eigen_schakels(?)"));
    query.addBindValue(chain.value());
    if (!query.exec())
        return Result<Found>::failure(TeamConnection::describe(query.lastError()));

    // A restore put an older chain in place on purpose: links the server got for rows from the
    // restore row on, written before the restore, were cut off by it. Every other link must fit
    // (a row written after the restore has a moment no earlier than the restore's).
    const AuditAnchors::Restore restore = AuditAnchors::lastRestore(caseFile);
    // In the row's order; one row can have two links (a chain rewritten and sent again).
    QList<ServerLink> links;
    while (query.next()) {
        ++found.linksOnServer;
        const qint64 row = query.value(0).toLongLong();
        const QDateTime sent = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        if (restore.row > 0 && row >= restore.row && (!sent.isValid() || sent < restore.at))
            continue;
        links.append({row, QByteArray::fromHex(query.value(1).toString().toLatin1()), sent});
    }
    found.linksCompared = int(links.size());
    if (links.isEmpty())
        return found;

    // The log's own links, from the first row the server holds: the chain check proves these
    // are what its rows give.
    QSqlQuery local(caseFile);
    local.setForwardOnly(true);
    local.prepare(QStringLiteral("SELECT id, hash FROM audit_log WHERE id >= ? ORDER BY id"));
    local.addBindValue(links.first().row);
    if (!local.exec())
        return Result<Found>::failure(StoreError::describe(local.lastError()));
    QHash<qint64, QByteArray> here;
    while (local.next())
        here.insert(local.value(0).toLongLong(), local.value(1).toByteArray());
    const auto anchor = [](const ServerLink& link) {
        return AuditLog::Anchor{
            tr("The team server (sent %1)").arg(DateText::moment(link.sent.toLocalTime())),
            AuditLog::Head{link.row, link.link}};
    };
    const auto fits = [&here](const ServerLink& link) {
        const auto ours = here.constFind(link.row);
        return ours != here.constEnd() && ours.value() == link.link;
    };
    const auto firstMisfit = std::find_if_not(links.cbegin(), links.cend(), fits);
    if (firstMisfit != links.cend())
        found.anchors << anchor(*firstMisfit); // the chain was rewritten or cut from here on
    if (firstMisfit != std::prev(links.cend()))
        found.anchors << anchor(links.last()); // the furthest the chain reached: nothing cut off
    return found;
}
