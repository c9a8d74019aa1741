#include "dashboard/Dashboard.h"

#include "store/AuditLog.h"

namespace {

// The audit chain's head as it stands now, for the exports made from these figures.
QString currentHead(const QSqlDatabase& database)
{
    const Result<AuditLog::Head> head = AuditLog(database).head();
    return head ? head->toText() : QString();
}

} // namespace

QString Dashboard::load(const QSqlDatabase& database, const QDate& today, const WorkingDays& calendar)
{
    Result<DashboardRows> rows = DashboardRows::read(database, today, calendar);
    if (!rows)
        return rows.errors().join(u' ');
    m_rows = std::move(rows).value();
    m_today = today;
    m_calendar = calendar;
    m_auditHead = currentHead(database);
    return {};
}

QString Dashboard::refresh(const QSqlDatabase& database, const QString& participantId)
{
    const Result<CaseloadRow> row =
        Caseload::loadRow(database, participantId, m_today, m_calendar, Caseload::Use::Figures);
    if (!row)
        return row.errors().join(u' ');
    m_rows.put(row.value());
    m_auditHead = currentHead(database);
    return {};
}
