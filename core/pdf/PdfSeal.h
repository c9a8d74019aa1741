#pragma once

#include "common/Result.h"
#include "pdf/FormPdf.h"
#include "pdf/TrustStore.h"
#include "store/StoreKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The digital seal of an exported form (issue 7): the care provider's certificate (PKCS#12)
// signs the PDF in an incremental update, visible in the zorgaanbieder's block, as a PAdES
// baseline B-B signature (ETSI EN 319 142-1, issue 17): subfilter ETSI.CAdES.detached, a CMS
// detached signature over SHA-256 with the signing-certificate-v2 attribute. A certificate not
// valid at the signing time, or whose key usage excludes signatures, is refused. (OpenSSL 3.0
// always adds the CMS signing-time attribute, which the baseline leaves out in favour of the
// dictionary's /M; both carry the same moment. See docs/security.md.) The
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
    // Who seals, and when. Move-only: the certificate's passphrase is wiped when it goes
    // (what Qt copied on the way, a QLineEdit's text, cannot be wiped: docs/security.md).
    struct Request
    {
        QByteArray pkcs12;      // the .p12 file's bytes
        SecretBytes passphrase; // never stored
        QDateTime signingTime;  // UTC
    };
    // Where in the PDF.
    struct Placement
    {
        SignatureBlock block;              // where the seal is visible
        QList<SignatureBlock> emptyFields; // blocks that get an unsigned signature field
        QString reason;                    // "Supplement Wonen en Goed Huurderschap, formulier 12"
    };

    static Result<QByteArray> seal(const QByteArray& pdf, const Request& request, const Placement& placement);
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
    // The signer's certificate was not valid at the signing time (/M): invalid.
    bool certificateExpired = false;
    QString problem; // why it is invalid, in words

    // "PAdES B-B" (ETSI.CAdES.detached with a matching signing-certificate-v2), "PAdES B-T"
    // when it also has a valid time stamp, else the subfilter as found ("adbe.pkcs7.detached").
    QString level;
    SignerTrust trust = SignerTrust::NotChecked; // against the organisation's TrustStore
    QString trustProblem;

    // The time stamp (SignatureTimestamp), if any: when and by whom. A stamp that is not over
    // this signature, or does not verify, makes the signature invalid: it claims a proof it
    // does not have. The certificate is checked at /M all the same: only a stamp whose authority
    // the organisation trusts (timestampTrust) proves the signature existed by its moment.
    QDateTime timestampTime;
    QString timestampAuthority;
    bool timestampInvalid = false;
    SignerTrust timestampTrust = SignerTrust::NotChecked;
    QString timestampTrustProblem;

    bool valid() const
    {
        return digestValid && !changedAfterSigning && !certificateExpired && !timestampInvalid;
    }
};

class PdfSignatures
{
    Q_DECLARE_TR_FUNCTIONS(PdfSignatures)

public:
    // `trusted`: the organisation's trusted certificates; empty: trust is not checked.
    static Result<QList<PdfSignatureCheck>> check(const QByteArray& pdf, const TrustStore& trusted = {});
    static constexpr const char* padesBaselineB = "PAdES B-B";
    static constexpr const char* padesBaselineT = "PAdES B-T";
    // A PDF date ("D:20261130130646+01'00'") as UTC; invalid when it is not one.
    static QDateTime fromPdfDate(const QString& text);
};
