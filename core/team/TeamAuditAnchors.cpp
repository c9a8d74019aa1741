#include "team/TeamAuditAnchors.h"

#include "common/DateText.h"
#include "store/AuditAnchors.h"
#include "store/StoreError.h"
#include "team/TeamLink.h"
#include "team/TeamServer.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

struct ServerLink
{
    qint64 row = 0;
    QByteArray link;
    QDateTime written; // the audit row's own moment, as the laptop sent it
};

// A laptop's clock may be a few minutes off the verifier's.
constexpr qint64 clockSlackSeconds = 5 * 60;

} // namespace

Result<TeamAuditAnchors::Found> TeamAuditAnchors::fromServer(const QSqlDatabase& caseFile,
                                                             const QSqlDatabase& server, const QDateTime& now)
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

    // A restore puts an older chain in place on purpose: the links of rows from its restore
    // row on, written before it, were cut off by it. The restore row is the file's own word,
    // so one whose moment cannot be (later than now, earlier than the row before it) excuses
    // nothing, and what a restore excuses is said.
    QList<AuditAnchors::Restore> restores;
    for (const AuditAnchors::RecordedRestore& recorded : AuditAnchors::restores(caseFile)) {
        const AuditAnchors::Restore& restore = recorded.restore;
        if (!restore.at.isValid() || restore.at > now.addSecs(clockSlackSeconds) ||
            (recorded.rowBefore.isValid() && restore.at < recorded.rowBefore)) {
            found.problem =
                tr("Audit row %1 records a restore at a moment that cannot be (%2): it is not taken "
                   "as a restore, and the rows the team server holds from there on are compared.")
                    .arg(restore.row)
                    .arg(restore.at.isValid() ? DateText::moment(restore.at) : tr("no moment"));
            continue;
        }
        restores.append(restore);
    }
    const auto cutOffBy = [&restores](const ServerLink& link) -> const AuditAnchors::Restore* {
        for (const AuditAnchors::Restore& restore : restores) {
            if (link.row >= restore.row && link.written.isValid() && link.written < restore.at)
                return &restore;
        }
        return nullptr;
    };

    query.prepare(QStringLiteral("SELECT auditrij, schakel, wanneer FROM thuis.eigen_schakels(?)"));
    query.addBindValue(chain.value());
    if (!query.exec())
        return Result<Found>::failure(TeamConnection::describe(query.lastError()));
    QList<ServerLink> links; // in the row's order; one row may have two links (rewritten, sent again)
    QHash<qint64, std::pair<int, std::pair<qint64, qint64>>> excused; // restore row -> count, rows
    while (query.next()) {
        ++found.linksOnServer;
        const ServerLink link{query.value(0).toLongLong(),
                              QByteArray::fromHex(query.value(1).toString().toLatin1()),
                              QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)};
        if (const AuditAnchors::Restore* restore = cutOffBy(link)) {
            auto& [count, rows] = excused[restore->row];
            rows = count++ == 0 ? std::pair(link.row, link.row)
                                : std::pair(std::min(rows.first, link.row), std::max(rows.second, link.row));
            continue;
        }
        links.append(link);
    }
    found.linksCompared = int(links.size());
    for (const AuditAnchors::Restore& restore : restores) {
        if (const auto it = excused.constFind(restore.row); it != excused.constEnd())
            found.notes
                << tr("A restore (audit row %1, %2) cut off %n link(s) the team server holds, of rows %3 "
                      "to %4: not compared.",
                      nullptr, it->first)
                       .arg(restore.row)
                       .arg(DateText::moment(restore.at))
                       .arg(it->second.first)
                       .arg(it->second.second);
    }

    // Other chains of this user: another laptop, or this file's chain key replaced so that its
    // rewritten log has no links on the server at all.
    if (!query.exec(QStringLiteral("SELECT keten, schakels, laatst FROM thuis.eigen_ketens()")))
        return Result<Found>::failure(TeamConnection::describe(query.lastError()));
    const Result<std::optional<TeamLink::Details>> link = TeamLink::read(caseFile);
    const QDateTime joined = link && link.value() ? link.value()->linkedAt : QDateTime();
    while (query.next()) {
        if (query.value(0).toString() == chain.value())
            continue;
        const QDateTime last = query.value(2).toDateTime().toUTC();
        found.notes << tr("The team server also holds %n link(s) of another audit chain of yours, the last "
                          "received %1 (another laptop of yours, or this file's chain replaced).",
                          nullptr, query.value(1).toInt())
                           .arg(DateText::moment(last));
        if (found.linksOnServer == 0 && joined.isValid() && last > joined && found.problem.isEmpty())
            found.problem =
                tr("The team server holds no link of this file's audit chain, but links of another "
                   "chain of yours received after this file joined the team: this file's chain was "
                   "replaced, or another laptop sends under your name.");
    }
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
    const auto anchor = [](const ServerLink& serverLink) {
        return AuditLog::Anchor{tr("The team server (sent %1)").arg(DateText::moment(serverLink.written)),
                                AuditLog::Head{serverLink.row, serverLink.link}};
    };
    const auto fits = [&here](const ServerLink& serverLink) {
        const auto ours = here.constFind(serverLink.row);
        return ours != here.constEnd() && ours.value() == serverLink.link;
    };
    const auto firstMisfit = std::find_if_not(links.cbegin(), links.cend(), fits);
    if (firstMisfit != links.cend())
        found.anchors << anchor(*firstMisfit); // the chain was rewritten or cut from here on
    if (firstMisfit != std::prev(links.cend()))
        found.anchors << anchor(links.last()); // the furthest the chain reached: nothing cut off
    return found;
}
