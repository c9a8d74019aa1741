#include "dashboard/DashboardCharts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace DashboardCharts {

QColor seriesColor(int index)
{
    static const QList<QColor> colors{QColor(0x1f, 0x5f, 0xa8), QColor(0xd9, 0x6c, 0x06),
                                      QColor(0x2e, 0x7d, 0x32), QColor(0x7b, 0x1f, 0xa2)};
    return colors.at(index % colors.size());
}

void paintBars(QPainter& painter, const QRectF& area, const QList<DashboardCount>& counts,
               const QColor& color)
{
    painter.save();
    const QFontMetricsF metrics(painter.font());
    qreal labelWidth = 0;
    int maximum = 1;
    for (const DashboardCount& count : counts) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(count.key));
        maximum = std::max(maximum, count.count);
    }
    labelWidth = std::min(labelWidth + 8, area.width() * 0.45);
    const qreal numberWidth = metrics.horizontalAdvance(QStringLiteral("00000"));
    const qreal rowHeight =
        counts.isEmpty() ? 0 : std::min(area.height() / qreal(counts.size()), metrics.height() * 2.0);
    const qreal barSpace = std::max<qreal>(1, area.width() - labelWidth - numberWidth);
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const DashboardCount& count = counts.at(i);
        const QRectF row(area.left(), area.top() + qreal(i) * rowHeight, area.width(), rowHeight);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRectF(row.left(), row.top(), labelWidth - 8, row.height()),
                         Qt::AlignVCenter | Qt::AlignRight,
                         metrics.elidedText(count.key, Qt::ElideRight, labelWidth - 8));
        const qreal length = barSpace * count.count / maximum;
        const QRectF bar(row.left() + labelWidth, row.top() + row.height() * 0.2, length, row.height() * 0.6);
        painter.fillRect(bar, color);
        painter.drawText(QRectF(bar.right() + 4, row.top(), numberWidth, row.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, QString::number(count.count));
    }
    painter.restore();
}

void paintLines(QPainter& painter, const QRectF& area, const QStringList& labels, const QList<Series>& series,
                double maximum, const QString& unit)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(painter.font());
    const qreal axisWidth = metrics.horizontalAdvance(QStringLiteral("0000") + unit) + 6;
    const qreal legendHeight = metrics.height() * 1.6;
    const qreal labelHeight = metrics.height() * 1.4;
    // Room on the right for half of the last quarter's label, centred under its point.
    const qreal halfLabel = metrics.horizontalAdvance(QStringLiteral("0000 K0")) / 2 + 4;
    const QRectF plot(area.left() + axisWidth, area.top() + legendHeight,
                      area.width() - axisWidth - halfLabel, area.height() - legendHeight - labelHeight);
    if (plot.width() < 20 || plot.height() < 20) {
        painter.restore();
        return;
    }

    // Grid and y axis: five steps from 0 to the maximum.
    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    for (int step = 0; step <= 4; ++step) {
        const qreal y = plot.bottom() - plot.height() * step / 4;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        // The 0 sits just above the axis, clear of the quarter labels under it.
        const qreal top = step == 0 ? y - metrics.height() : y - metrics.height() / 2;
        painter.drawText(QRectF(area.left(), top, axisWidth - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(maximum * step / 4, 'f', 0) + unit);
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    }

    // Quarter labels, thinned out so they do not overlap.
    const qsizetype count = labels.size();
    const auto xOf = [&](qsizetype index) {
        return count <= 1 ? plot.center().x() : plot.left() + plot.width() * qreal(index) / qreal(count - 1);
    };
    const qreal widest = metrics.horizontalAdvance(QStringLiteral("0000 K0")) + 8;
    const qsizetype every =
        std::max<qsizetype>(1, qsizetype(std::ceil(widest * qreal(count) / plot.width())));
    painter.setPen(QColor(0x44, 0x44, 0x44));
    for (qsizetype i = 0; i < count; i += every)
        painter.drawText(QRectF(xOf(i) - widest / 2, plot.bottom() + 2, widest, labelHeight),
                         Qt::AlignHCenter | Qt::AlignTop, labels.at(i));

    // Legend on top, then the lines: a gap (nothing due that quarter) breaks a line.
    qreal legendX = plot.left();
    for (const Series& line : series) {
        painter.fillRect(QRectF(legendX, area.top() + metrics.height() * 0.3, 14, metrics.height() * 0.6),
                         line.color);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QPointF(legendX + 18, area.top() + metrics.ascent()), line.name);
        legendX += 18 + metrics.horizontalAdvance(line.name) + 16;

        painter.setPen(QPen(line.color, 2));
        QPainterPath path;
        bool drawing = false;
        for (qsizetype i = 0; i < line.values.size() && i < count; ++i) {
            if (!line.values.at(i)) {
                drawing = false;
                continue;
            }
            const QPointF point(xOf(i), plot.bottom() -
                                            plot.height() * std::min(*line.values.at(i), maximum) / maximum);
            if (drawing)
                path.lineTo(point);
            else
                path.moveTo(point);
            drawing = true;
        }
        painter.drawPath(path);
        painter.setBrush(line.color);
        for (qsizetype i = 0; i < line.values.size() && i < count; ++i) {
            if (line.values.at(i))
                painter.drawEllipse(
                    QPointF(xOf(i),
                            plot.bottom() - plot.height() * std::min(*line.values.at(i), maximum) / maximum),
                    2.5, 2.5);
        }
        painter.setBrush(Qt::NoBrush);
    }
    painter.restore();
}

QList<DashboardCount> readable(QList<DashboardCount> counts)
{
    for (DashboardCount& count : counts)
        count.key = DashboardFigures::readable(count.key);
    return counts;
}

QStringList quarterLabels(const QList<QuarterFigures>& quarters)
{
    QStringList labels;
    for (const QuarterFigures& quarter : quarters)
        labels << quarter.label();
    return labels;
}

QList<Series> percentSeries(const QList<QuarterFigures>& quarters)
{
    QList<Series> series{{DashboardFigures::tr("Kennismakingsgesprek within 3 months"), {}, seriesColor(0)},
                         {DashboardFigures::tr("Woonevaluatie on time"), {}, seriesColor(1)},
                         {DashboardFigures::tr("Overlast answered within 2 werkdagen"), {}, seriesColor(2)}};
    for (const QuarterFigures& quarter : quarters) {
        series[0].values << quarter.kennismakingsgesprek.percent();
        series[1].values << quarter.woonevaluatie.percent();
        series[2].values << quarter.overlastReactie.percent();
    }
    return series;
}

QList<Series> omklapSeries(const QList<QuarterFigures>& quarters)
{
    Series median{DashboardFigures::tr("Median days from overeenkomst to omklap"), {}, seriesColor(3)};
    for (const QuarterFigures& quarter : quarters)
        median.values << quarter.medianDaysToOmklap;
    return {median};
}

double niceMaximum(const QList<Series>& series)
{
    double highest = 0;
    for (const Series& line : series) {
        for (const auto& value : line.values)
            highest = std::max(highest, value.value_or(0));
    }
    if (highest <= 0)
        return 100;
    const double magnitude = std::pow(10.0, std::floor(std::log10(highest)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= highest)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace DashboardCharts
