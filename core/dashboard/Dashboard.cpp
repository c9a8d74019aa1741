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
    Result<QList<CaseloadRow>> rows = Caseload::load(database, today, calendar, Caseload::Use::Figures);
    if (!rows)
        return rows.errors().join(u' ');
    m_rows = std::move(rows).value();
    m_today = today;
    m_calendar = calendar;
    m_auditHead = currentHead(database);
    m_indexOf.clear(); // made at the first refresh: an opening needs none
    return {};
}

QString Dashboard::refresh(const QSqlDatabase& database, const QString& participantId)
{
    Result<CaseloadRow> row =
        Caseload::loadRow(database, participantId, m_today, m_calendar, Caseload::Use::Figures);
    if (!row)
        return row.errors().join(u' ');
    if (m_indexOf.isEmpty()) {
        m_indexOf.reserve(m_rows.size());
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_indexOf.insert(m_rows.at(i).id, i);
    }
    const auto found = m_indexOf.constFind(participantId);
    if (found != m_indexOf.cend()) {
        m_rows[*found] = std::move(row).value();
    } else {
        m_indexOf.insert(participantId, m_rows.size());
        m_rows.append(std::move(row).value());
    }
    m_auditHead = currentHead(database);
    return {};
}
