#pragma once

#include <QByteArray>
#include <QString>

// The XMP metadata packet of the program's PDFs: title, creating tool and, for an export from a
// case file, the audit chain's head at the moment of export ("auditketen <row> <link>", see
// store/AuditAnchors.h), so each exported PDF is an anchor `audit verify` can check against.
// QPdfWriter writes the packet uncompressed; a signature covers it.
class PdfMetadata
{
public:
    static QByteArray xmp(const QString& title, const QString& auditHead);
};
