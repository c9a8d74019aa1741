#pragma once

#include "pdf/PdfSeal.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `pdf export STORE --form ID --out FILE [--for PARTY] [--sign CERT.p12]`: a stored form as a PDF
// for one party, sealed with the care provider's certificate when asked (passphrase from
// THUIS_CERT_PASSPHRASE or standard input). `pdf blank --form F --edition E --out FILE [--store
// STORE --deelnemer ID]`: an empty form to fill in by hand. `pdf verify FILE`: every signature
// field, whether its digest is valid and whether it covers the whole document (issue 7).
class PdfCommands
{
    Q_DECLARE_TR_FUNCTIONS(PdfCommands)

public:
    PdfCommands(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {}

    int run(const QStringList& arguments);

private:
    int exportForm(const QStringList& arguments);
    int blank(const QStringList& arguments);
    int verify(const QStringList& arguments);
    // One signature in one line: signer, moment, level, verdict, trust, what it covers.
    static QString describe(const PdfSignatureCheck& check);
    int usage();
    [[nodiscard]] QString write(const QByteArray& pdf, const QString& path);

    QTextStream& m_out;
    QTextStream& m_err;
};
