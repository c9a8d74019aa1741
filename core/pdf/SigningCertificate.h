#pragma once

#include "pdf/TrustStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <openssl/cms.h>
#include <openssl/x509.h>

// What the program checks of a signing certificate, for sealing and for `pdf verify`
// (issue 17), and the PAdES attribute that ties a CMS signature to it. Inside core/pdf only:
// the OpenSSL types stay out of the rest of the program.
class SigningCertificate
{
    Q_DECLARE_TR_FUNCTIONS(SigningCertificate)

public:
    // Why `certificate` may not seal at `at`: not yet or no longer valid, or a key usage
    // extension without digitalSignature and nonRepudiation (RFC 5280: a certificate without
    // the extension is not limited). Empty when it may.
    static QString sealingProblem(X509* certificate, const QDateTime& at);
    // Whether `at` lies within the certificate's validity; else the sentence why not.
    static QString validityProblem(X509* certificate, const QDateTime& at);

    // ESS signing-certificate-v2 (RFC 5035; SHA-256 of the certificate) as a signed attribute:
    // what ETSI EN 319 142-1 asks of a PAdES baseline B-B signature.
    static bool addSigningCertificateV2(CMS_SignerInfo* signer, X509* certificate);
    // Whether the first signer carries that attribute and it names `certificate`.
    static bool hasSigningCertificateV2(CMS_ContentInfo* cms, X509* certificate);

    // The chain from `signer` (with the CMS's own certificates as intermediates) to one of
    // `store`'s certificates, every link valid at `at`. `reason` says why not.
    // `Documents`: a signer, whose extended key usage (if it has one) must allow signing
    // documents; `TimeStamps`: a time-stamp authority (SignatureTimestamp checks its usage).
    enum class Purpose { Documents, TimeStamps };
    static SignerTrust verifyChain(const TrustStore& store, X509* signer, STACK_OF(X509) * intermediates,
                                   const QDateTime& at, QString& reason,
                                   Purpose purpose = Purpose::Documents);

    static QDateTime fromAsn1Time(const ASN1_TIME* time); // UTC; invalid when unreadable
    static QString commonName(X509* certificate);
};
