#pragma once

#include "dashboard/DashboardFigures.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The dashboard as a PDF for the team meeting or the management report: A4 landscape, the
// counts with their bar charts, deadlines, omklap and the quality charts per quarter, painted
// by the same DashboardCharts as the window. Without names only counts are printed.
class DashboardPdf
{
    Q_DECLARE_TR_FUNCTIONS(DashboardPdf)

public:
    // `filterText`: what the figures are narrowed to, in words ("Begeleider: ..."), or empty.
    static QByteArray render(const DashboardFigures& figures, const QString& filterText, bool withNames);
};
