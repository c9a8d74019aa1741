#pragma once

#include "dashboard/DashboardFigures.h"
#include "dashboard/DashboardRows.h"

// The rows behind the dashboard, kept between refreshes: opening reads every participant (from
// the day's kept summaries, DashboardRows::read); after an edit only the edited participant is
// read again, so the figures follow an edit without reading 10,000 rows.
class Dashboard
{
public:
    // Empty on success, otherwise what went wrong (the rows are then unchanged).
    [[nodiscard]] QString load(const QSqlDatabase& database, const QDate& today,
                               const WorkingDays& calendar = WorkingDays());
    [[nodiscard]] QString refresh(const QSqlDatabase& database, const QString& participantId);

    const DashboardRows& rows() const { return m_rows; }
    QDate today() const { return m_today; }
    DashboardFigures figures(const DashboardFilter& filter) const
    {
        DashboardFigures figures = DashboardFigures::compute(m_rows, filter, m_today);
        figures.auditHead = m_auditHead;
        return figures;
    }

private:
    DashboardRows m_rows;
    QDate m_today;
    WorkingDays m_calendar;
    QString m_auditHead;
};
