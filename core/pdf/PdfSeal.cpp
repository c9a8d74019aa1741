#include "pdf/PdfSeal.h"

#include "pdf/OpenSslOwners.h"

#include "common/DateText.h"
#include "pdf/PdfRevisions.h"
#include "pdf/SignatureTimestamp.h"
#include "pdf/SigningCertificate.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <podofo.h>

#include <QRegularExpression>
#include <QSet>

#include <memory>
#include <string>

using namespace PoDoFo;

namespace {

// Hex characters reserved for the CMS: the signature with its chain (some 6,000) and room for a
// time stamp with the authority's chain (SignatureTimestamp), added later in the same space.
constexpr size_t signatureSpace = 32768;

using openssl::Bio;
using openssl::Certificate;
using openssl::Cms;
using openssl::Key;
using Chain = openssl::Certificates;

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    if (code == 0)
        return QStringLiteral("OpenSSL");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

// PDF user space: origin at the bottom left; our blocks count from the top left.
PdfRect pdfRect(const SignatureBlock& block)
{
    return PdfRect(block.box.left(), FormPdf::pageHeight - block.box.bottom(), block.box.width(),
                   block.box.height());
}

PdfString utf8(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return PdfString(reinterpret_cast<const pdf_utf8*>(bytes.constData()), bytes.size());
}

// The widget of an unsigned signature field named after the block's party, if the PDF has one.
PdfAnnotation* emptyField(PdfMemDocument& document, const SignatureBlock& block)
{
    if (block.page < 0 || block.page >= document.GetPageCount())
        return nullptr;
    PdfPage* page = document.GetPage(block.page);
    for (int index = 0; index < page->GetNumAnnots(); ++index) {
        PdfAnnotation* annotation = page->GetAnnotation(index);
        PdfObject* object = annotation->GetObject();
        const PdfObject* name = object->GetIndirectKey(PdfName("T"));
        const PdfObject* type = object->GetIndirectKey(PdfName("FT"));
        if (name && type && type->IsName() && type->GetName() == PdfName("Sig") &&
            (name->IsString() || name->IsHexString()) &&
            QString::fromStdString(name->GetString().GetStringUtf8()) == block.party &&
            object->GetIndirectKey(PdfName("V")) == nullptr)
            return annotation;
    }
    return nullptr;
}

// Who signed, at what level, whether their certificate was valid when they signed and whether
// the organisation trusts it.
void describeSigner(PdfSignatureCheck& check, CMS_ContentInfo* cms, X509* signer, const QString& subFilter,
                    const TrustStore& trusted)
{
    check.signer = SigningCertificate::commonName(signer);
    const bool baselineB =
        subFilter == u"ETSI.CAdES.detached" && SigningCertificate::hasSigningCertificateV2(cms, signer);
    check.level = baselineB ? QString::fromLatin1(PdfSignatures::padesBaselineB) : subFilter;
    // The certificate is checked at /M, the signer's own claim, stamp or no stamp: a stamp is an
    // unsigned attribute anyone may add (a genuine later stamp grafted onto a good seal must not
    // make it invalid, a self-made one must not make an expired key valid). A stamp the
    // organisation trusts proves that the signature existed by its moment; that is reported.
    const QDateTime claimedMoment = check.signingTime;
    STACK_OF(CMS_SignerInfo)* signerInfos = CMS_get0_SignerInfos(cms);
    if (signerInfos != nullptr && sk_CMS_SignerInfo_num(signerInfos) > 0) {
        const SignatureTimestamp::Check stamp =
            SignatureTimestamp::of(sk_CMS_SignerInfo_value(signerInfos, 0), trusted);
        if (stamp.present) {
            check.timestampTime = stamp.time;
            check.timestampAuthority = stamp.authority;
            check.timestampTrust = stamp.trust;
            check.timestampTrustProblem = stamp.trustProblem;
            check.timestampInvalid = !stamp.valid;
            if (!stamp.valid && check.problem.isEmpty())
                check.problem = stamp.problem;
            if (stamp.valid && baselineB)
                check.level = QString::fromLatin1(PdfSignatures::padesBaselineT);
        }
    }
    if (const QString problem = SigningCertificate::validityProblem(signer, claimedMoment);
        !problem.isEmpty() && claimedMoment.isValid()) {
        check.certificateExpired = true;
        if (check.problem.isEmpty())
            check.problem = problem;
    }
    const Chain intermediates(CMS_get1_certs(cms));
    check.trust = SigningCertificate::verifyChain(trusted, signer, intermediates.get(), claimedMoment,
                                                  check.trustProblem);
}

} // namespace

Result<QByteArray> PdfSeal::seal(const QByteArray& pdf, const Request& request, const Placement& placement)
{
    // The certificate first: a wrong passphrase must not cost a half-written PDF.
    Bio p12Bio(BIO_new_mem_buf(request.pkcs12.constData(), int(request.pkcs12.size())));
    openssl::Owned<PKCS12, PKCS12_free> p12(d2i_PKCS12_bio(p12Bio.get(), nullptr));
    if (!p12)
        return Result<QByteArray>::failure(tr("The certificate file is not a PKCS#12 (.p12) file."));
    EVP_PKEY* rawKey = nullptr;
    X509* rawCertificate = nullptr;
    STACK_OF(X509)* rawChain = nullptr;
    if (PKCS12_parse(p12.get(), request.passphrase.bytes().constData(), &rawKey, &rawCertificate,
                     &rawChain) != 1) {
        ERR_clear_error();
        return Result<QByteArray>::failure(tr("The passphrase of the certificate is wrong."));
    }
    const Key key(rawKey);
    const Certificate certificate(rawCertificate);
    const Chain chain(rawChain);
    if (!key || !certificate)
        return Result<QByteArray>::failure(tr("The certificate file holds no key and certificate."));
    if (const QString problem = SigningCertificate::sealingProblem(certificate.get(), request.signingTime);
        !problem.isEmpty())
        return Result<QByteArray>::failure(tr("This certificate cannot seal the PDF: %1.").arg(problem));
    const QString signer = SigningCertificate::commonName(certificate.get());

    try {
        PdfError::EnableDebug(false);
        PdfError::EnableLogging(false);
        PdfMemDocument document;
        document.LoadFromBuffer(pdf.constData(), long(pdf.size()), true);
        PdfAcroForm* acroForm = document.GetAcroForm(true, ePdfAcroFormDefaultAppearance_None);
        acroForm->GetObject()->GetDictionary().AddKey(PdfName("SigFlags"),
                                                      PdfObject(static_cast<pdf_int64>(3)));
        acroForm->SetNeedAppearances(false);

        PdfAnnotation* existing = emptyField(document, placement.block);
        for (const SignatureBlock& empty : placement.emptyFields) {
            if (emptyField(document, empty) != nullptr)
                continue; // there already, from an earlier seal
            PdfSignatureField field(document.GetPage(empty.page), pdfRect(empty), &document);
            field.SetFieldName(PdfString(empty.party.toStdString()));
            // Empty: no signature dictionary yet, so readers offer the field to sign.
            field.GetFieldObject()->GetDictionary().RemoveKey(PdfName("V"));
        }

        // Signing again: into the empty field an earlier seal left for this party, in a new
        // incremental update, so every earlier signature keeps covering its own revision.
        const PdfRect rect = existing ? existing->GetRect() : pdfRect(placement.block);
        std::unique_ptr<PdfSignatureField> created;
        if (existing != nullptr)
            created = std::make_unique<PdfSignatureField>(existing, acroForm, &document, false);
        else
            created =
                std::make_unique<PdfSignatureField>(document.GetPage(placement.block.page), rect, &document);
        PdfSignatureField& field = *created;
        field.SetFieldName(PdfString(placement.block.party.toStdString()));
        field.EnsureSignatureObject(); // a field made from an existing widget has no /V yet
        field.SetSignatureReason(utf8(placement.reason));
        field.SetSignatureDate(PdfDate(time_t(request.signingTime.toSecsSinceEpoch())));
        field.SetSignatureCreator(PdfName("ThuisInDeWijk"));

        // The visible seal: who, when, in the zorgaanbieder's block.
        PdfXObject appearance(PdfRect(0, 0, rect.GetWidth(), rect.GetHeight()), &document);
        PdfPainter painter;
        painter.SetPage(&appearance);
        // One of the 14 standard fonts: every reader has it, nothing to embed for three lines.
        PdfFont* font = document.CreateFont("Helvetica", false, false, false,
                                            PdfEncodingFactory::GlobalWinAnsiEncodingInstance(),
                                            PdfFontCache::eFontCreationFlags_AutoSelectBase14, false);
        font->SetFontSize(7);
        painter.SetFont(font);
        painter.SetColor(0.05, 0.2, 0.45);
        const QStringList lines{QStringLiteral("Digitaal ondertekend door"),
                                signer, // Dutch, as the whole PDF
                                DateText::documentMoment(request.signingTime)};
        double y = rect.GetHeight() - 12;
        for (const QString& line : lines) {
            painter.DrawText(
                4, y,
                PdfString(line.toLatin1().constData(), PdfEncodingFactory::GlobalWinAnsiEncodingInstance()));
            y -= 9;
        }
        painter.FinishPage();
        field.SetAppearanceStream(&appearance);

        // PAdES (ETSI EN 319 142-1) instead of PoDoFo's adbe.pkcs7.detached.
        field.GetSignatureObject()->GetDictionary().AddKey(PdfName("SubFilter"),
                                                           PdfName("ETSI.CAdES.detached"));

        PdfRefCountedBuffer buffer;
        PdfOutputDevice output(&buffer);
        PdfSignOutputDevice signing(&output);
        signing.SetSignatureSize(signatureSpace);
        field.SetSignature(*signing.GetSignatureBeacon());
        document.WriteUpdate(&signing, true);
        if (!signing.HasSignaturePosition())
            return Result<QByteArray>::failure(tr("The PDF could not be prepared for signing."));
        signing.AdjustByteRange();
        signing.Seek(0);
        std::string signedBytes;
        char chunk[65536];
        for (size_t read = 0; (read = signing.ReadForSignature(chunk, sizeof chunk)) > 0;)
            signedBytes.append(chunk, read);

        Bio data(BIO_new_mem_buf(signedBytes.data(), int(signedBytes.size())));
        const unsigned int flags = CMS_PARTIAL | CMS_DETACHED | CMS_BINARY;
        Cms cms(CMS_sign(nullptr, nullptr, chain.get(), nullptr, flags));
        CMS_SignerInfo* signerInfo =
            cms ? CMS_add1_signer(cms.get(), certificate.get(), key.get(), EVP_sha256(), CMS_BINARY)
                : nullptr;
        if (!signerInfo || !SigningCertificate::addSigningCertificateV2(signerInfo, certificate.get()) ||
            CMS_final(cms.get(), data.get(), nullptr, CMS_DETACHED | CMS_BINARY) != 1)
            return Result<QByteArray>::failure(tr("Signing failed: %1").arg(openSslError()));
        unsigned char* der = nullptr;
        const int derLength = i2d_CMS_ContentInfo(cms.get(), &der);
        if (derLength <= 0 || size_t(derLength) * 2 > signatureSpace) {
            OPENSSL_free(der);
            return Result<QByteArray>::failure(tr("Signing failed: the signature does not fit."));
        }
        signing.SetSignature(PdfData(reinterpret_cast<const char*>(der), size_t(derLength)));
        OPENSSL_free(der);
        signing.Flush();
        return QByteArray(buffer.GetBuffer(), qsizetype(output.GetLength()));
    } catch (const PdfError& error) {
        return Result<QByteArray>::failure(
            tr("The PDF could not be signed: %1")
                .arg(QString::fromLatin1(PdfError::ErrorName(error.GetError()))));
    }
}

QDateTime PdfSignatures::fromPdfDate(const QString& text)
{
    // ISO 32000-1, 7.9.4: D:YYYYMMDDHHmmSSOHH'mm, every part after the year optional; O is
    // Z, + or -, the offset of the local time written from UT (PoDoFo writes local time).
    static const QRegularExpression shape(QStringLiteral(
        R"re(^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(?:(\d{2})'?)?)?$)re"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const auto part = [&match](int index, int absent) {
        return match.captured(index).isEmpty() ? absent : match.captured(index).toInt();
    };
    const QDate date(part(1, 0), part(2, 1), part(3, 1));
    const QTime time(part(4, 0), part(5, 0), part(6, 0));
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime at(date, time, Qt::UTC);
    if (!match.captured(8).isEmpty()) {
        const int offsetSeconds = (part(9, 0) * 60 + part(10, 0)) * 60;
        // Local time is UT plus the offset: UT is local time minus it.
        at = at.addSecs(match.captured(8) == u"+" ? -offsetSeconds : offsetSeconds);
    }
    return at;
}

Result<QList<PdfSignatureCheck>> PdfSignatures::check(const QByteArray& pdf, const TrustStore& trusted)
{
    QList<PdfSignatureCheck> checks;
    try {
        PdfError::EnableDebug(false);
        PdfError::EnableLogging(false);
        PdfMemDocument document;
        document.LoadFromBuffer(pdf.constData(), long(pdf.size()));
        PdfAcroForm* acroForm = document.GetAcroForm(false);
        PdfObject* fields = acroForm ? acroForm->GetObject()->GetIndirectKey(PdfName("Fields")) : nullptr;
        QSet<quint32> seen; // an incremental update may list a field a second time
        const PdfArray noFields;
        for (const PdfObject& reference :
             fields != nullptr && fields->IsArray() ? fields->GetArray() : noFields) {
            PdfObject* field =
                reference.IsReference() ? document.GetObjects().GetObject(reference.GetReference()) : nullptr;
            if (field == nullptr || !field->IsDictionary() ||
                seen.contains(reference.GetReference().ObjectNumber()))
                continue;
            seen.insert(reference.GetReference().ObjectNumber());
            const PdfObject* type = field->GetIndirectKey(PdfName("FT"));
            if (type == nullptr || !type->IsName() || type->GetName() != PdfName("Sig"))
                continue;
            PdfSignatureCheck check;
            if (const PdfObject* name = field->GetIndirectKey(PdfName("T"));
                name && (name->IsString() || name->IsHexString()))
                check.field = QString::fromStdString(name->GetString().GetStringUtf8());
            PdfObject* value = field->GetIndirectKey(PdfName("V"));
            if (value == nullptr || !value->IsDictionary()) {
                checks << check; // an empty field, waiting for its signer
                continue;
            }
            check.signedField = true;
            if (const PdfObject* when = value->GetIndirectKey(PdfName("M"));
                when && (when->IsString() || when->IsHexString()))
                check.signingTime =
                    PdfSignatures::fromPdfDate(QString::fromStdString(when->GetString().GetStringUtf8()));
            const PdfObject* range = value->GetIndirectKey(PdfName("ByteRange"));
            const PdfObject* contents = value->GetIndirectKey(PdfName("Contents"));
            if (range == nullptr || !range->IsArray() || range->GetArray().size() != 4 ||
                contents == nullptr || !(contents->IsString() || contents->IsHexString())) {
                check.problem = tr("the signature has no byte range or contents");
                checks << check;
                continue;
            }
            const PdfArray& offsets = range->GetArray();
            const qint64 start1 = offsets[0].GetNumber(), length1 = offsets[1].GetNumber();
            const qint64 start2 = offsets[2].GetNumber(), length2 = offsets[3].GetNumber();
            if (start1 != 0 || length1 < 0 || length2 < 0 || start2 < start1 + length1 ||
                start2 + length2 > pdf.size()) {
                check.problem = tr("the byte range lies outside the file");
                checks << check;
                continue;
            }
            check.coversWholeDocument = start2 + length2 == pdf.size();
            const QByteArray covered = pdf.mid(start1, length1) + pdf.mid(start2, length2);
            const PdfString& cmsString = contents->GetString();
            Bio cmsBio(BIO_new_mem_buf(cmsString.GetString(), int(cmsString.GetLength())));
            Cms cms(d2i_CMS_bio(cmsBio.get(), nullptr));
            if (!cms) {
                check.problem = tr("the signature is not a CMS signature");
                checks << check;
                continue;
            }
            Bio data(BIO_new_mem_buf(covered.constData(), int(covered.size())));
            // The digest and the signature over it; whether the certificate is trusted is a
            // separate question (pdfsig -nssdir), not answered here.
            check.digestValid = CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                                           CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
            if (!check.digestValid)
                check.problem = tr("the document was changed after signing (digest mismatch)");
            else if (!check.coversWholeDocument) {
                // Bytes after the signed revision: only what a later signer may add passes.
                check.problem = PdfRevisions::changesAfter(pdf, start2 + length2, document);
                check.changedAfterSigning = !check.problem.isEmpty();
            }
            ERR_clear_error();
            QString subFilter;
            if (const PdfObject* filter = value->GetIndirectKey(PdfName("SubFilter"));
                filter && filter->IsName())
                subFilter = QString::fromStdString(filter->GetName().GetName());
            if (STACK_OF(X509)* signers = CMS_get0_signers(cms.get()); signers && sk_X509_num(signers) > 0) {
                describeSigner(check, cms.get(), sk_X509_value(signers, 0), subFilter, trusted);
                sk_X509_free(signers);
            } else {
                check.level = subFilter;
            }
            checks << check;
        }
    } catch (const PdfError& error) {
        return Result<QList<PdfSignatureCheck>>::failure(
            tr("The PDF could not be read: %1")
                .arg(QString::fromLatin1(PdfError::ErrorName(error.GetError()))));
    }
    // A signature in the bytes that the structure does not lead to: a damaged file, never "no
    // signatures".
    const bool anySigned = std::any_of(checks.cbegin(), checks.cend(),
                                       [](const PdfSignatureCheck& check) { return check.signedField; });
    if (!anySigned && pdf.contains("/ByteRange"))
        return Result<QList<PdfSignatureCheck>>::failure(
            tr("The PDF holds a signature, but its structure cannot be read, so it cannot be checked: the "
               "file is damaged or was changed."));
    return checks;
}
