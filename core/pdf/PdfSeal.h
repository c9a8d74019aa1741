#pragma once

#include "common/Result.h"
#include "pdf/FormPdf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The digital seal of an exported form (issue 7, PAdES): the care provider's certificate
// (PKCS#12) signs the PDF with a CMS detached signature (SHA-256, subfilter
// adbe.pkcs7.detached) in an incremental update, visible in the zorgaanbieder's block. The
// deelnemer's and the corporation's blocks get empty signature fields in the same update, so
// they can sign in their own PDF reader later; each later signature is another incremental
// update and leaves the earlier ones valid.
//
// Built on PoDoFo 0.9.8 (Debian libpodofo-dev) for the PDF structure and OpenSSL 3 for the
// CMS: a maintained library writes the incremental update, byte range and signature
// dictionary instead of hand-written PDF internals (README: "PDF signing").
class PdfSeal
{
    Q_DECLARE_TR_FUNCTIONS(PdfSeal)

public:
    struct Request
    {
        QByteArray pkcs12;                 // the .p12 file's bytes
        QByteArray passphrase;             // never stored by this class
        SignatureBlock block;              // where the seal is visible
        QList<SignatureBlock> emptyFields; // blocks that get an unsigned signature field
        QString reason;                    // "Supplement Wonen en Goed Huurderschap, formulier 12"
        QDateTime signingTime;             // UTC
    };

    static Result<QByteArray> seal(const QByteArray& pdf, const Request& request);
};

// Every signature field of a PDF, checked independently of who made it (`pdf verify`).
struct PdfSignatureCheck
{
    QString field;
    bool signedField = false; // false: an empty field waiting for a signature
    QString signer;           // the certificate's common name
    QDateTime signingTime;    // from the signature dictionary (/M)
    bool digestValid = false; // the CMS signature over the byte range verifies
    bool coversWholeDocument = false;
    // A later revision changes more than a later signer may (PdfRevisions): invalid, whatever
    // the digest says about the bytes the signature covers.
    bool changedAfterSigning = false;
    QString problem; // why it is invalid, in words

    bool valid() const { return digestValid && !changedAfterSigning; }
};

class PdfSignatures
{
    Q_DECLARE_TR_FUNCTIONS(PdfSignatures)

public:
    static Result<QList<PdfSignatureCheck>> check(const QByteArray& pdf);
};
