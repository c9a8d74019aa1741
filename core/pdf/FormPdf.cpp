#include "pdf/FormPdf.h"

#include "common/DateText.h"
#include "pdf/PdfMetadata.h"

#include "forms/FormCheck.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

// The PDF is the official Dutch document, whatever language the program's screens are in: its
// own few words (footer, "vervalt") are Dutch, like the form's questions.
namespace {

constexpr double margin = 56.7; // 2 cm, as the official forms
constexpr double footerSpace = 28;
constexpr double cellPadding = 4;
const QColor ruleColour(90, 90, 90);
const QColor quietColour(95, 95, 95);

// DejaVu Sans compiled in (resources/fonts): the same glyphs on every machine, all of Dutch.
QString embeddedFamily()
{
    static const QString family = [] {
        const int regular = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans-Bold.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(regular);
        return families.isEmpty() ? QStringLiteral("DejaVu Sans") : families.first();
    }();
    return family;
}

QFont font(double points, bool bold = false, bool italic = false)
{
    QFont made(embeddedFamily());
    made.setPointSizeF(points);
    made.setBold(bold);
    made.setItalic(italic);
    return made;
}

// One page-aware pass over the form. Run twice: once to count the pages, once to paint with
// "pagina x van n" in the footer.
class Pass
{
public:
    Pass(QPdfWriter& writer, const FormPdfInput& input, int totalPages)
        : m_writer(writer)
        , m_painter(&writer)
        , m_input(input)
        , m_totalPages(totalPages)
    {
        startPage();
    }

    int pages() const { return m_page + 1; }
    QList<SignatureBlock> blocks() const { return m_blocks; }

    void header()
    {
        const FormDefinition& definition = m_input.definition;
        paragraph(definition.title, font(17, true));
        paragraph(definition.subtitle, font(9.5));
        QString meta = QStringLiteral("Editie %1 · %2").arg(definition.edition, definition.source);
        if (m_input.blank)
            meta += QStringLiteral(" · ") + QStringLiteral("in te vullen met de hand");
        paragraph(meta, font(7.5), quietColour);
        m_y += 6;
    }

    void section(const FormSection& section, const FormCheck& check)
    {
        QList<const FormField*> signatures;
        QString group;
        bool headed = false;
        for (const FormField& field : section.fields) {
            if (field.type == FieldType::Signature) {
                signatures << &field;
                continue;
            }
            if (!headed) {
                heading(section);
                headed = true;
            }
            const QString fieldGroup = field.definition.value(QStringLiteral("group")).toString();
            if (!fieldGroup.isEmpty() && fieldGroup != group) {
                ensure(40);
                paragraph(fieldGroup, font(9.5, true));
            }
            group = fieldGroup;
            const bool applies = m_input.blank || check.applies(field); // on paper every question has room
            if (m_input.copyFor == u"woningcorporatie" && !field.forCorporation())
                row(field.label,
                    QStringLiteral("(niet in de kopie voor de woningcorporatie: Werkafspraak 10)"), true);
            else if (field.type == FieldType::Contact)
                contact(field);
            else if (field.type == FieldType::GoalsTable)
                goals(field, applies);
            else if (field.type == FieldType::Declaration)
                declaration(field);
            else
                row(field.label, answerText(field, applies), !applies);
        }
        if (!signatures.isEmpty())
            signatureBlocks(section, signatures);
    }

    void finish() { footer(); }

private:
    double width() const { return FormPdf::pageWidth - 2 * margin; }
    double bottom() const { return FormPdf::pageHeight - margin - footerSpace; }

    void startPage() {}

    void watermark()
    {
        if (m_input.final)
            return;
        // A concept says so across every page, over the text but see-through.
        m_painter.save();
        m_painter.translate(FormPdf::pageWidth / 2, FormPdf::pageHeight / 2);
        m_painter.rotate(-45);
        m_painter.setFont(font(96, true));
        m_painter.setPen(QColor(180, 30, 30, 60));
        m_painter.drawText(QRectF(-400, -80, 800, 160), Qt::AlignCenter, QStringLiteral("CONCEPT"));
        m_painter.restore();
    }

    void footer()
    {
        watermark();
        m_painter.setFont(font(7.5));
        m_painter.setPen(quietColour);
        QString first =
            QStringLiteral("%1 · editie %2").arg(m_input.definition.title, m_input.definition.edition);
        if (m_input.formId > 0)
            first += QStringLiteral(" · formulier %1, versie %2").arg(m_input.formId).arg(m_input.version);
        QStringList second;
        if (!m_input.final)
            second << QStringLiteral("CONCEPT: nog niet definitief");
        if (!m_input.copyFor.isEmpty())
            second << QStringLiteral("kopie voor: %1").arg(m_input.copyFor);
        const QRectF top(margin, FormPdf::pageHeight - margin - 14, width(), 10);
        m_painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, first);
        m_painter.drawText(
            top, Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("pagina %1 van %2").arg(m_page + 1).arg(std::max(m_totalPages, m_page + 1)));
        m_painter.drawText(top.translated(0, 10), Qt::AlignLeft | Qt::AlignVCenter,
                           second.join(QStringLiteral(" · ")));
    }

    void nextPage()
    {
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = margin;
        startPage();
    }

    void ensure(double height)
    {
        if (m_y + height > bottom() && m_y > margin + 1)
            nextPage();
    }

    // Greedy word wrap into lines that fit `lineWidth`, keeping the answer's own line breaks.
    QStringList lines(const QFont& used, double lineWidth, const QString& text) const
    {
        const QFontMetricsF metrics(used, &m_writer);
        QStringList result;
        for (const QString& paragraphText : text.split(u'\n')) {
            QString current;
            for (const QString& word : paragraphText.split(u' ')) {
                const QString candidate = current.isEmpty() ? word : current + u' ' + word;
                if (metrics.horizontalAdvance(candidate) <= lineWidth || current.isEmpty()) {
                    current = candidate;
                } else {
                    result << current;
                    current = word;
                }
            }
            result << current;
        }
        return result;
    }

    double lineHeight(const QFont& used) const { return QFontMetricsF(used, &m_writer).lineSpacing(); }

    void paragraph(const QString& text, const QFont& used, const QColor& colour = Qt::black)
    {
        if (text.isEmpty())
            return;
        const QStringList wrapped = lines(used, width(), text);
        const double height = lineHeight(used);
        m_painter.setFont(used);
        m_painter.setPen(colour);
        for (const QString& line : wrapped) {
            ensure(height);
            m_painter.drawText(QRectF(margin, m_y, width(), height), Qt::AlignLeft | Qt::AlignVCenter, line);
            m_y += height;
        }
        m_y += 3;
    }

    void heading(const FormSection& section)
    {
        ensure(70); // a heading never stands alone at the foot of a page
        m_y += 8;
        const QString title =
            section.number.isEmpty() ? section.title : section.number + QStringLiteral(". ") + section.title;
        paragraph(title, font(12, true));
        m_painter.setPen(QPen(ruleColour, 0.8));
        m_painter.drawLine(QPointF(margin, m_y - 2), QPointF(margin + width(), m_y - 2));
        m_y += 3;
    }

    QString answerText(const FormField& field, bool applies) const
    {
        if (!applies)
            return QStringLiteral("(vervalt)");
        const QString value = m_input.answers.value(field.id);
        if (field.type == FieldType::YesNo && (value == u"ja" || value == u"nee"))
            return value == u"ja" ? QStringLiteral("Ja") : QStringLiteral("Nee");
        return FormCheck::shownValue(field, value, FormCheck::Shown::InDocument);
    }

    // A bordered row of cells, each a list of lines; split over pages when it is taller than
    // what is left, repeating nothing but continuing each column where it stopped.
    void cells(const QList<double>& widths, QList<QStringList> columns, const QList<QFont>& fonts,
               double minimumHeight = 0, const QList<QColor>& backgrounds = {})
    {
        QList<double> heights;
        for (const QFont& used : fonts)
            heights << lineHeight(used);
        while (true) {
            double needed = minimumHeight;
            for (int column = 0; column < columns.size(); ++column)
                needed = std::max(needed,
                                  double(columns.at(column).size()) * heights.at(column) + 2 * cellPadding);
            const double room = bottom() - m_y;
            if (needed > room && needed <= bottom() - margin) {
                nextPage(); // fits whole on a fresh page: never split a row that need not be
                continue;
            }
            const double height = std::min(needed, room);
            double x = margin;
            bool more = false;
            for (int column = 0; column < columns.size(); ++column) {
                if (column < backgrounds.size() && backgrounds.at(column).isValid())
                    m_painter.fillRect(QRectF(x, m_y, widths.at(column), height), backgrounds.at(column));
                const int fitting = int((height - 2 * cellPadding) / heights.at(column));
                QStringList& text = columns[column];
                m_painter.setFont(fonts.at(column));
                m_painter.setPen(fonts.at(column).italic() ? quietColour : QColor(Qt::black));
                for (int i = 0; i < std::min(fitting, int(text.size())); ++i)
                    m_painter.drawText(QRectF(x + cellPadding, m_y + cellPadding + i * heights.at(column),
                                              widths.at(column) - 2 * cellPadding, heights.at(column)),
                                       Qt::AlignLeft | Qt::AlignVCenter, text.at(i));
                text = text.mid(std::min(fitting, int(text.size())));
                more = more || !text.isEmpty();
                m_painter.setPen(QPen(ruleColour, 0.5));
                m_painter.drawRect(QRectF(x, m_y, widths.at(column), height));
                x += widths.at(column);
            }
            m_y += height;
            if (!more)
                return;
            nextPage();
        }
    }

    void row(const QString& question, const QString& answer, bool skipped)
    {
        const double questionWidth = width() * 0.42;
        const double answerWidth = width() - questionWidth;
        const QFont questionFont = font(9);
        const QFont answerFont = font(9.5, false, skipped);
        // A paper form leaves room to write; so does the blank one, for long answers.
        const double minimum = m_input.blank ? 34 : 0;
        cells({questionWidth, answerWidth},
              {lines(questionFont, questionWidth - 2 * cellPadding, question),
               lines(answerFont, answerWidth - 2 * cellPadding, answer)},
              {questionFont, answerFont}, minimum,
              {QColor(244, 244, 244)}); // the question shaded, as on paper
    }

    void contact(const FormField& field)
    {
        ensure(60);
        paragraph(field.label, font(9.5, true));
        const QHash<QString, QString> parts = FormValues::parseContact(m_input.answers.value(field.id));
        for (const QJsonValue& part : field.definition.value(QStringLiteral("parts")).toArray())
            row(FormCheck::partLabel(field, part.toString()), parts.value(part.toString()), false);
        m_y += 4;
    }

    void goals(const FormField& field, bool applies)
    {
        ensure(80);
        paragraph(field.label, font(9.5, true));
        const QJsonArray titles = field.definition.value(QStringLiteral("columns")).toArray();
        const QStringList headers{
            titles.isEmpty() ? QStringLiteral("Doel") : titles.at(0).toString(),
            titles.size() > 1 ? titles.at(1).toString() : QStringLiteral("Stand van zaken"),
            titles.size() > 2 ? titles.at(2).toString() : QStringLiteral("Is het doel behaald?")};
        const QList<double> widths{width() * 0.42, width() * 0.38, width() * 0.20};
        const QFont headerFont = font(8.5, true);
        const QFont body = font(9.5);
        QList<QStringList> headerCells;
        for (int column = 0; column < 3; ++column)
            headerCells << lines(headerFont, widths.at(column) - 2 * cellPadding, headers.at(column));
        const QColor shade(232, 232, 232);
        cells(widths, headerCells, {headerFont, headerFont, headerFont}, 0, {shade, shade, shade});
        QList<GoalRow> rows;
        FormValues::parseGoals(applies ? m_input.answers.value(field.id) : QString(), rows);
        if (m_input.blank)
            rows.resize(std::max<qsizetype>(rows.size(), 4));
        for (const GoalRow& goal : std::as_const(rows)) {
            const QString achieved = goal.behaald == u"ja"    ? QStringLiteral("Ja")
                                     : goal.behaald == u"nee" ? QStringLiteral("Nee")
                                                              : QString();
            cells(widths,
                  {lines(body, widths.at(0) - 2 * cellPadding, goal.omschrijving),
                   lines(body, widths.at(1) - 2 * cellPadding, goal.stand),
                   lines(body, widths.at(2) - 2 * cellPadding, achieved)},
                  {body, body, body}, m_input.blank ? 30 : 0);
        }
        m_y += 4;
    }

    void declaration(const FormField& field)
    {
        const QString naam = FormValues::parseContact(m_input.answers.value(QStringLiteral("deelnemer")))
                                 .value(QStringLiteral("naam"), m_input.participantName);
        const QString shownName = naam.isEmpty() ? QStringLiteral("……………………………………") : naam;
        const QString text = field.definition.value(QStringLiteral("text"))
                                 .toString()
                                 .replace(QStringLiteral("{naam}"), shownName);
        ensure(70);
        paragraph(field.label, font(9.5, true));
        const QFont body = font(9.5);
        cells({width()}, {lines(body, width() - 2 * cellPadding, text)}, {body}, 0);
        m_y += 4;
    }

    void signatureBlocks(const FormSection& section, const QList<const FormField*>& fields)
    {
        const double gap = 10;
        const double blockWidth = (width() - gap * double(fields.size() - 1)) / double(fields.size());
        const double boxHeight = 72;
        ensure(40 + boxHeight + 60);
        m_y += 10;
        paragraph(section.title, font(12, true));
        const double top = m_y;
        double x = margin;
        double lowest = top;
        for (const FormField* field : fields) {
            const QString party = field->definition.value(QStringLiteral("party")).toString();
            const QFont labelFont = font(9, true);
            m_painter.setFont(labelFont);
            m_painter.setPen(Qt::black);
            const QStringList label = lines(labelFont, blockWidth, field->label).mid(0, 2);
            for (int i = 0; i < label.size(); ++i)
                m_painter.drawText(
                    QRectF(x, top + i * lineHeight(labelFont), blockWidth, lineHeight(labelFont)),
                    Qt::AlignLeft | Qt::AlignVCenter, label.at(i));
            const QRectF box(x, top + 2 * lineHeight(labelFont) + 2, blockWidth, boxHeight);
            m_painter.setPen(QPen(ruleColour, 0.6));
            m_painter.drawRect(box);
            const DrawnSignature* drawn = nullptr;
            for (const DrawnSignature& signature : m_input.signatures) {
                if (signature.party == party)
                    drawn = &signature;
            }
            QString filled;
            if (drawn != nullptr) {
                m_painter.save();
                m_painter.setPen(QPen(QColor(20, 30, 90), 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                const QRectF inner = box.adjusted(6, 6, -6, -6);
                for (const QPolygonF& stroke : drawn->strokes) {
                    QPolygonF placed;
                    for (const QPointF& point : stroke)
                        placed << QPointF(inner.left() + point.x() * inner.width(),
                                          inner.top() + point.y() * inner.height());
                    m_painter.drawPolyline(placed);
                }
                m_painter.restore();
                QStringList parts{drawn->signerName};
                if (!drawn->signerFunction.isEmpty())
                    parts << drawn->signerFunction;
                parts << DateText::documentDate(drawn->signedOn);
                if (drawn->strokes.isEmpty())
                    parts << QStringLiteral("op papier ondertekend"); // the official text is Dutch
                filled = parts.join(QStringLiteral(", "));
            }
            const QString caption = field->definition.value(QStringLiteral("caption")).toString();
            const QFont captionFont = font(8.5);
            m_painter.setFont(captionFont);
            m_painter.setPen(Qt::black);
            double y = box.bottom() + 4;
            QStringList captionLines = lines(captionFont, blockWidth, caption + u':');
            if (!filled.isEmpty())
                captionLines += lines(font(8.5, true), blockWidth, filled);
            for (const QString& line : std::as_const(captionLines)) {
                m_painter.drawText(QRectF(x, y, blockWidth, lineHeight(captionFont)),
                                   Qt::AlignLeft | Qt::AlignVCenter, line);
                y += lineHeight(captionFont);
            }
            if (filled.isEmpty()) { // lines to write on, as on paper
                m_painter.setPen(QPen(ruleColour, 0.5));
                m_painter.drawLine(QPointF(x, y + 14), QPointF(x + blockWidth, y + 14));
                y += 18;
            }
            m_blocks.append({party, m_page, box});
            lowest = std::max(lowest, y);
            x += blockWidth + gap;
        }
        m_y = lowest + 6;
    }

    QPdfWriter& m_writer;
    QPainter m_painter;
    const FormPdfInput& m_input;
    int m_totalPages = 0;
    int m_page = 0;
    double m_y = margin;
    QList<SignatureBlock> m_blocks;
};

struct Painted
{
    QByteArray pdf;
    int pages = 0;
    QList<SignatureBlock> blocks;
};

Painted paint(const FormPdfInput& input, int totalPages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Painted result;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72); // one unit is one PDF point
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(input.definition.title);
        writer.setCreator(QStringLiteral("Thuis in de Wijk"));
        writer.setDocumentXmpMetadata(PdfMetadata::xmp(input.definition.title, input.auditHead));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        Pass pass(writer, input, totalPages);
        pass.header();
        const FormCheck check(input.definition, input.answers);
        for (const FormSection& section : input.definition.sections)
            pass.section(section, check);
        pass.finish();
        result.pages = pass.pages();
        result.blocks = pass.blocks();
    } // the writer finishes the file when it goes
    result.pdf = buffer.data();
    return result;
}

} // namespace

QString FormPdf::fontFamily()
{
    return embeddedFamily();
}

FormPdf::Output FormPdf::render(const FormPdfInput& input)
{
    const Painted counted = paint(input, 0);
    const Painted final = paint(input, counted.pages);
    return {final.pdf, final.blocks, final.pages};
}
