#pragma once

#include "dashboard/DashboardFigures.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

// The dashboard's charts drawn with QPainter: the same code paints the window and the PDF, so
// the exported charts are the ones on the screen. (Qt Charts would add a GPL-3-only module
// for two simple chart types.)
namespace DashboardCharts {

// A palette with enough contrast on white (and for colour-blind readers: blue, orange, green).
QColor seriesColor(int index);

// Horizontal bars with the key on the left and the count at the end of the bar.
void paintBars(QPainter& painter, const QRectF& area, const QList<DashboardCount>& counts,
               const QColor& color = seriesColor(0));
// The counts with phase and rule ids as words (DashboardFigures::readable), for a chart.
QList<DashboardCount> readable(QList<DashboardCount> counts);

struct Series
{
    QString name;
    QList<std::optional<double>> values; // one per label; a gap where nothing was due
    QColor color;
};

// Lines over the quarters with dots at the values, a legend and a y axis from 0 to `maximum`
// (`unit` after the axis labels: "%", " d").
void paintLines(QPainter& painter, const QRectF& area, const QStringList& labels, const QList<Series>& series,
                double maximum, const QString& unit);

// The quality figures as the two line charts shown on the dashboard: percentages on time, and
// the median days to omklap.
QList<Series> percentSeries(const QList<QuarterFigures>& quarters);
QList<Series> omklapSeries(const QList<QuarterFigures>& quarters);
QStringList quarterLabels(const QList<QuarterFigures>& quarters);
double niceMaximum(const QList<Series>& series);

} // namespace DashboardCharts
