#pragma once

#include "common/Result.h"
#include "pdf/TrustStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <openssl/cms.h>

#include <chrono>

// A time stamp on a seal (RFC 3161), which makes it PAdES baseline B-T (ETSI EN 319 142-1,
// 5.3; issue 17): a time-stamp authority the organisation chooses signs the moment together
// with a digest of the seal's signature value, so that the moment of signing is no longer only
// the signer's own claim. A certificate that expires or is revoked later leaves a stamped seal
// provably made while it was valid.
class SignatureTimestamp
{
    Q_DECLARE_TR_FUNCTIONS(SignatureTimestamp)

public:
    struct Stamped
    {
        QByteArray pdf;
        QDateTime time;    // as the authority stamped it (UTC)
        QString authority; // the authority's certificate's common name
    };

    // Asks the authority at `url` (RFC 3161 over HTTP or HTTPS) for a time stamp over the
    // signature that covers the whole of `pdf`: a seal this program has just made. The stamp
    // goes into that signature's CMS as the unsigned attribute signature-time-stamp
    // (id-aa-signatureTimeStampToken), in the space the seal reserved, outside its byte range: the
    // signed bytes stay as they are, so the seal and every earlier signature stay valid. Refused,
    // with nothing changed, when the authority cannot be reached within `timeout` (offline at a
    // home visit), refuses, answers something else than a stamp over this signature with this
    // request's nonce, a stamp whose moment is more than ten minutes from `now` (the clock's), a
    // stamp whose authority `trusted` does not hold (when the organisation set trusted
    // certificates: over http anyone in between could answer), or when the stamp does not fit.
    // `timeout` bounds the whole exchange, not only a silence.
    [[nodiscard]] static Result<Stamped> add(const QByteArray& pdf, const QUrl& url, const QDateTime& now,
                                             const TrustStore& trusted = {},
                                             std::chrono::milliseconds timeout = std::chrono::seconds(20));

    // The stamp among `signer`'s unsigned attributes, checked: over this signature value with
    // SHA-256, -384 or -512, signed by an authority certificate meant for time stamping, and
    // (when `trusted` is not empty) that certificate chaining to the organisation's trusted
    // certificates now.
    struct Check
    {
        bool present = false;
        bool valid = false;
        QDateTime time;
        QString authority;
        QString problem; // why it is not valid
        SignerTrust trust = SignerTrust::NotChecked;
        QString trustProblem;
    };
    static Check of(CMS_SignerInfo* signer, const TrustStore& trusted);
};
