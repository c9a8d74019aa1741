#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What a PDF's later revisions (incremental updates appended after a signature) change in the
// revision that was signed. A signature covers its own revision only; a forger appends an update
// that replaces a page's text and the signature still verifies over the bytes it covers. So each
// object of the latest revision is compared with the signed one, and only what a later signer
// may add passes: a signature in a field that was left empty for it (its value, appearance and
// fonts), a new signature field with its widget on a page, the form's list of fields and its
// signature flags, and the document information and XMP metadata. Anything else (page content,
// other annotations, form values, removed objects) is a change after signing.
namespace PoDoFo {
class PdfMemDocument;
}

class PdfRevisions
{
    Q_DECLARE_TR_FUNCTIONS(PdfRevisions)

public:
    // Empty when the revisions of `pdf` after its first `signedLength` bytes only add what a later
    // signer may; else one sentence naming the first object that changes more. `latest` is the
    // whole file, already read by the signature check (read once, not once per signature).
    // Throws nothing: a signed revision that cannot be read is such a sentence too.
    static QString changesAfter(const QByteArray& pdf, qint64 signedLength, PoDoFo::PdfMemDocument& latest);
};
