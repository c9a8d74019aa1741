#include "dashboard/DashboardPdf.h"

#include "common/DateText.h"
#include "pdf/PdfMetadata.h"

#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardReport.h"
#include "pdf/FormPdf.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace {

constexpr double margin = 36; // points: half an inch
const QColor textColour(0x22, 0x22, 0x22);
const QColor quietColour(0x5f, 0x5f, 0x5f);

QFont font(double points, bool bold = false)
{
    QFont made(FormPdf::fontFamily());
    made.setPointSizeF(points);
    made.setBold(bold);
    return made;
}

// Paints one page after the other with a header and footer on each.
class DashboardPages
{
    Q_DECLARE_TR_FUNCTIONS(DashboardPdf)

public:
    DashboardPages(QPdfWriter& writer, const DashboardFigures& figures, const QString& filterText)
        : m_writer(writer)
        , m_painter(&writer)
        , m_figures(figures)
        , m_filterText(filterText)
    {
        m_width = writer.width();
        m_height = writer.height();
        header();
    }

    void newPage(const QString& title)
    {
        footer();
        m_writer.newPage();
        ++m_page;
        header();
        heading(title);
    }

    void heading(const QString& title)
    {
        m_painter.setFont(font(13, true));
        m_painter.setPen(textColour);
        m_painter.drawText(QRectF(margin, m_y, m_width - 2 * margin, 20), Qt::AlignLeft | Qt::AlignVCenter,
                           title);
        m_y += 24;
    }

    // A chart of counts with its title in a box of the given width at column x.
    void bars(double x, double width, const QString& title, const QList<DashboardCount>& counts,
              double height)
    {
        m_painter.setFont(font(10, true));
        m_painter.setPen(textColour);
        m_painter.drawText(QRectF(x, m_y, width, 16), Qt::AlignLeft | Qt::AlignVCenter, title);
        m_painter.setFont(font(8));
        DashboardCharts::paintBars(m_painter, QRectF(x, m_y + 18, width, height - 18), counts);
    }

    void lines(const QString& title, const QList<DashboardCharts::Series>& series, const QString& unit,
               double height)
    {
        m_painter.setFont(font(10, true));
        m_painter.setPen(textColour);
        m_painter.drawText(QRectF(margin, m_y, m_width - 2 * margin, 16), Qt::AlignLeft | Qt::AlignVCenter,
                           title);
        m_painter.setFont(font(8));
        const double maximum = unit == u"%" ? 100 : DashboardCharts::niceMaximum(series);
        DashboardCharts::paintLines(m_painter, QRectF(margin, m_y + 18, m_width - 2 * margin, height - 18),
                                    DashboardCharts::quarterLabels(m_figures.quarters), series, maximum,
                                    unit);
        m_y += height + 8;
    }

    void text(const QString& line, bool bold = false)
    {
        m_painter.setFont(font(9, bold));
        m_painter.setPen(textColour);
        const QRectF box(margin, m_y, m_width - 2 * margin, 1000);
        const QRectF used = m_painter.boundingRect(box, Qt::TextWordWrap, line);
        if (m_y + used.height() > m_height - margin - 20)
            newPage(tr("Continued"));
        m_painter.drawText(QRectF(margin, m_y, m_width - 2 * margin, used.height()), Qt::TextWordWrap, line);
        m_y += used.height() + 2;
    }

    void skip(double points) { m_y += points; }
    double y() const { return m_y; }
    double width() const { return m_width; }

    void finish() { footer(); }

private:
    void header()
    {
        m_y = margin;
        m_painter.setFont(font(16, true));
        m_painter.setPen(textColour);
        m_painter.drawText(QRectF(margin, m_y, m_width - 2 * margin, 22), Qt::AlignLeft | Qt::AlignVCenter,
                           tr("Thuis in de Wijk: team dashboard"));
        m_painter.setFont(font(9));
        m_painter.setPen(quietColour);
        m_painter.drawText(QRectF(margin, m_y, m_width - 2 * margin, 22), Qt::AlignRight | Qt::AlignVCenter,
                           tr("Reference date %1").arg(DateText::date(m_figures.today)));
        m_y += 24;
        const QString filter =
            m_filterText.isEmpty() ? tr("All participants in the case file") : m_filterText;
        m_painter.drawText(QRectF(margin, m_y, m_width - 2 * margin, 14), Qt::AlignLeft | Qt::AlignVCenter,
                           filter);
        m_y += 22;
    }

    void footer()
    {
        m_painter.setFont(font(8));
        m_painter.setPen(quietColour);
        m_painter.drawText(QRectF(margin, m_height - margin, m_width - 2 * margin, 14),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           tr("Figures computed by the trajectory engine from the encrypted case file."));
        m_painter.drawText(QRectF(margin, m_height - margin, m_width - 2 * margin, 14),
                           Qt::AlignRight | Qt::AlignVCenter, tr("page %1").arg(m_page));
    }

    QPdfWriter& m_writer;
    QPainter m_painter;
    const DashboardFigures& m_figures;
    QString m_filterText;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_page = 1;
};

} // namespace

QByteArray DashboardPdf::render(const DashboardFigures& figures, const QString& filterText, bool withNames)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
        writer.setTitle(tr("Team dashboard %1").arg(DateText::date(figures.today)));
        writer.setCreator(QStringLiteral("Thuis in de Wijk"));
        writer.setDocumentXmpMetadata(
            PdfMetadata::xmp(tr("Team dashboard %1").arg(DateText::date(figures.today)), figures.auditHead));
        DashboardPages pages(writer, figures, filterText);

        pages.heading(tr("Caseload: %n participant(s)", nullptr, figures.participants));
        if (figures.brokenHistories > 0)
            pages.text(tr("%n participant(s) whose history breaks a rule are left out of the figures.",
                          nullptr, figures.brokenHistories));
        const double column = (pages.width() - 2 * margin - 24) / 3;
        const double chartHeight = 360;
        pages.bars(margin, column, tr("Per phase"), DashboardCharts::readable(figures.perPhase), chartHeight);
        pages.bars(margin + column + 12, column, tr("Per begeleider"), figures.perBegeleider, chartHeight);
        pages.bars(margin + 2 * (column + 12), column, tr("Per housing corporation"), figures.perCorporation,
                   chartHeight);

        pages.newPage(tr("Deadlines and omklap"));
        const double half = (pages.width() - 2 * margin - 12) / 2;
        pages.bars(margin, half, tr("Overdue by rule (%1)").arg(figures.overdue.size()),
                   DashboardCharts::readable(figures.overdueByRule), 200);
        pages.bars(margin + half + 12, half, tr("Overdue by begeleider"), figures.overdueByBegeleider, 200);
        pages.skip(210);
        pages.text(tr("Due in the next %1 days: %2; in the next %3 days: %4.")
                       .arg(DashboardFigures::soonDays)
                       .arg(figures.dueWithinSoon)
                       .arg(DashboardFigures::laterDays)
                       .arg(figures.dueWithin.size()));
        pages.text(tr("Omklap (Werkafspraak 8): can be put forward now: %1; within %2 days: %3; not yet: %4.")
                       .arg(figures.omklapNow.size())
                       .arg(DashboardFigures::laterDays)
                       .arg(figures.omklapSoon.size())
                       .arg(figures.omklapLater.size()),
                   true);
        if (withNames) {
            for (const OmklapCandidate& candidate : figures.omklapNow)
                pages.text(
                    QStringLiteral("  %1  %2 (%3): %4")
                        .arg(candidate.participantId, candidate.naam, candidate.begeleider, tr("now")));
            for (const OmklapCandidate& candidate : figures.omklapSoon)
                pages.text(QStringLiteral("  %1  %2 (%3): %4")
                               .arg(candidate.participantId, candidate.naam, candidate.begeleider,
                                    tr("from %1").arg(DateText::date(candidate.eligibleOn))));
        }
        QStringList unmet;
        for (const DashboardCount& count : figures.omklapUnmet)
            unmet << QStringLiteral("%1: %2").arg(count.key).arg(count.count);
        if (!unmet.isEmpty())
            pages.text(tr("Unmet conditions of the others: %1.").arg(unmet.join(QStringLiteral("; "))));

        pages.newPage(tr("Quality per quarter"));
        pages.lines(tr("Terms kept (%)"), DashboardCharts::percentSeries(figures.quarters),
                    QStringLiteral("%"), 230);
        pages.lines(tr("Time to omklap"), DashboardCharts::omklapSeries(figures.quarters), tr(" d"), 170);
        pages.finish();
    }
    return buffer.data();
}
