#include "pdf/SigningCertificate.h"

#include "pdf/OpenSslOwners.h"

#include "common/DateText.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

QString shownMoment(const QDateTime& at)
{
    return DateText::moment(at);
}

void freeStackOnly(STACK_OF(X509) * stack)
{
    sk_X509_free(stack); // the certificates in it belong to others
}

// RFC 5280 4.2.1.3: without a key usage extension a certificate is not limited.
bool meantForSignatures(X509* certificate)
{
    return (X509_get_extension_flags(certificate) & EXFLAG_KUSAGE) == 0 ||
           (X509_get_key_usage(certificate) & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) != 0;
}

// A certificate limited by extended key usage to other things (a TLS server's, a time-stamp
// authority's) signs no documents, even under a CA the organisation trusts for both (a vendor's
// root it added for its time-stamp authority). Without the extension it is not limited.
bool meantForDocuments(X509* certificate)
{
    if ((X509_get_extension_flags(certificate) & EXFLAG_XKUSAGE) == 0)
        return true;
    openssl::Owned<EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free> usages(
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(certificate, NID_ext_key_usage, nullptr, nullptr)));
    if (!usages)
        return false;
    // emailProtection, anyExtendedKeyUsage, documentSigning (RFC 9336), Microsoft's and Adobe's
    // document signing.
    static const char* const documentSigning[] = {"1.3.6.1.5.5.7.3.36", "1.3.6.1.4.1.311.10.3.12",
                                                  "1.2.840.113583.1.1.5"};
    for (int index = 0; index < sk_ASN1_OBJECT_num(usages.get()); ++index) {
        const ASN1_OBJECT* usage = sk_ASN1_OBJECT_value(usages.get(), index);
        const int nid = OBJ_obj2nid(usage);
        if (nid == NID_email_protect || nid == NID_anyExtendedKeyUsage)
            return true;
        char text[80] = {};
        OBJ_obj2txt(text, sizeof text, usage, 1);
        for (const char* oid : documentSigning) {
            if (qstrcmp(text, oid) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

QDateTime SigningCertificate::fromAsn1Time(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString SigningCertificate::commonName(X509* certificate)
{
    char name[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(certificate), NID_commonName, name, sizeof name);
    return QString::fromUtf8(name);
}

Result<TrustStore> TrustStore::fromPemFile(const QString& path)
{
    QFile file(path);
    if (file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return Result<TrustStore>::failure(tr("The trusted certificates file %1 cannot be read.").arg(path));
    const QByteArray pem = file.readAll();
    openssl::Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    TrustStore store;
    while (true) {
        openssl::Certificate certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!certificate)
            break;
        unsigned char* der = nullptr;
        const int length = i2d_X509(certificate.get(), &der);
        if (length > 0)
            store.m_certificates << QByteArray(reinterpret_cast<const char*>(der), length);
        OPENSSL_free(der);
    }
    ERR_clear_error();
    const qsizetype begins = pem.count("-----BEGIN CERTIFICATE-----");
    if (store.m_certificates.isEmpty() || begins != store.m_certificates.size())
        return Result<TrustStore>::failure(tr("%1 is not a PEM file of certificates (-----BEGIN "
                                              "CERTIFICATE-----), or one of them is damaged.")
                                               .arg(path));
    return store;
}

QString SigningCertificate::validityProblem(X509* certificate, const QDateTime& at)
{
    const QDateTime notBefore = fromAsn1Time(X509_get0_notBefore(certificate));
    const QDateTime notAfter = fromAsn1Time(X509_get0_notAfter(certificate));
    if (!notBefore.isValid() || !notAfter.isValid())
        return tr("the certificate's validity cannot be read");
    if (at < notBefore)
        return tr("the certificate is only valid from %1").arg(shownMoment(notBefore));
    if (at > notAfter)
        return tr("the certificate expired on %1").arg(shownMoment(notAfter));
    return {};
}

QString SigningCertificate::sealingProblem(X509* certificate, const QDateTime& at)
{
    if (const QString problem = validityProblem(certificate, at); !problem.isEmpty())
        return problem;
    if (!meantForSignatures(certificate))
        return tr(
            "the certificate may not be used for signatures (its key usage has neither digitalSignature "
            "nor nonRepudiation)");
    return {};
}

bool SigningCertificate::addSigningCertificateV2(CMS_SignerInfo* signer, X509* certificate)
{
    openssl::Owned<ESS_SIGNING_CERT_V2, ESS_SIGNING_CERT_V2_free> attribute(
        OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), certificate, nullptr, 0));
    if (!attribute)
        return false;
    unsigned char* der = nullptr;
    const int length = i2d_ESS_SIGNING_CERT_V2(attribute.get(), &der);
    const bool added = length > 0 && CMS_signed_add1_attr_by_NID(signer, NID_id_smime_aa_signingCertificateV2,
                                                                 V_ASN1_SEQUENCE, der, length) == 1;
    OPENSSL_free(der);
    return added;
}

bool SigningCertificate::hasSigningCertificateV2(CMS_ContentInfo* cms, X509* certificate)
{
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms);
    if (signers == nullptr || sk_CMS_SignerInfo_num(signers) < 1)
        return false;
    CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(signers, 0);
    const int index = CMS_signed_get_attr_by_NID(signer, NID_id_smime_aa_signingCertificateV2, -1);
    if (index < 0)
        return false;
    ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signer, index), 0);
    if (value == nullptr || value->type != V_ASN1_SEQUENCE)
        return false;
    const unsigned char* der = value->value.sequence->data;
    openssl::Owned<ESS_SIGNING_CERT_V2, ESS_SIGNING_CERT_V2_free> attribute(
        d2i_ESS_SIGNING_CERT_V2(nullptr, &der, value->value.sequence->length));
    if (!attribute)
        return false;
    openssl::Owned<STACK_OF(X509), freeStackOnly> chain(sk_X509_new_null());
    sk_X509_push(chain.get(), certificate);
    const bool matches = OSSL_ESS_check_signing_certs(nullptr, attribute.get(), chain.get(), 1) == 1;
    ERR_clear_error();
    return matches;
}

SignerTrust SigningCertificate::verifyChain(const TrustStore& store, X509* signer,
                                            STACK_OF(X509) * intermediates, const QDateTime& at,
                                            QString& reason, Purpose purpose)
{
    if (store.isEmpty())
        return SignerTrust::NotChecked;
    openssl::Owned<X509_STORE, X509_STORE_free> trusted(X509_STORE_new());
    for (const QByteArray& der : store.certificates()) {
        const unsigned char* bytes = reinterpret_cast<const unsigned char*>(der.constData());
        openssl::Certificate certificate(d2i_X509(nullptr, &bytes, der.size()));
        if (certificate)
            X509_STORE_add_cert(trusted.get(), certificate.get());
    }
    openssl::Owned<X509_STORE_CTX, X509_STORE_CTX_free> context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), trusted.get(), signer, intermediates) != 1) {
        reason = tr("the chain could not be checked");
        return SignerTrust::NotTrusted;
    }
    // Valid when it was used: a signature made before the certificate expired stays trusted.
    // (The moment is the signer's own claim until a time stamp proves it: docs/security.md.)
    // Without a moment, now.
    if (at.isValid())
        X509_STORE_CTX_set_time(context.get(), 0, time_t(at.toSecsSinceEpoch()));
    // The organisation may trust an intermediate CA of its own without the root above it.
    X509_STORE_CTX_set_flags(context.get(), X509_V_FLAG_PARTIAL_CHAIN);
    const bool verified = X509_verify_cert(context.get()) == 1;
    const int error = X509_STORE_CTX_get_error(context.get());
    ERR_clear_error();
    if (verified) {
        // A certificate of that CA not meant for signatures (a server's, an encryption key's).
        if (!meantForSignatures(signer)) {
            reason = tr("the certificate is not meant for signatures (key usage)");
            return SignerTrust::NotTrusted;
        }
        if (purpose == Purpose::Documents && !meantForDocuments(signer)) {
            reason =
                tr("the certificate is meant for something else than signing documents (extended key usage)");
            return SignerTrust::NotTrusted;
        }
        return SignerTrust::Trusted;
    }
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        reason = tr("a certificate in the chain was not valid at the moment of signing");
        break;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        reason = tr("the certificate was not issued by an authority in the trusted certificates");
        break;
    default:
        reason = tr("the certificate chain does not verify (%1)")
                     .arg(QString::fromLatin1(X509_verify_cert_error_string(error)));
    }
    return SignerTrust::NotTrusted;
}
