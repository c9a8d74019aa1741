#pragma once

#include "forms/DrawnSignature.h"
#include "forms/FormAnswers.h"
#include "forms/FormDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

// Where a party's signature block landed in the PDF: page (0-based) and the box for the
// signature itself, in PDF points from the page's top-left corner. The digital seal puts its
// visible appearance and the empty signature fields there.
struct SignatureBlock
{
    QString party;
    int page = 0;
    QRectF box;
};

struct FormPdfInput
{
    FormDefinition definition;
    FormAnswers answers;
    qint64 formId = 0;
    int version = 1;
    bool final = false;      // false: every page carries a CONCEPT watermark
    bool blank = false;      // an empty form to fill in by hand (pre-filled data only)
    QString participantName; // for the Goed huurderschap declaration
    QList<DrawnSignature> signatures;
    QString copyFor;   // deelnemer, zorgaanbieder, woningcorporatie: named in the footer
    QString auditHead; // the case file's audit chain head, in the XMP metadata (AuditAnchors)
};

// A form as an A4 PDF in the layout of the official form (issue 7): title and subtitle,
// numbered parts, question/answer rows that break cleanly across pages, the goals table, the
// Goed huurderschap declaration with the name, and the three signature blocks with the form's
// own captions. Fonts (DejaVu Sans, compiled in) are embedded, so Dutch diacritics survive; the
// footer carries the page number and the edition. Written to memory only: the caller decides
// where the bytes go (QSaveFile), so no plaintext lands anywhere else.
class FormPdf
{
public:
    struct Output
    {
        QByteArray pdf;
        QList<SignatureBlock> signatureBlocks;
        int pages = 0;
    };
    static Output render(const FormPdfInput& input);
    // DejaVu Sans, compiled in: the family every PDF of the program is set in.
    [[nodiscard]] static QString fontFamily();
    static constexpr double pageWidth = 595.28; // A4 in points
    static constexpr double pageHeight = 841.89;
};
