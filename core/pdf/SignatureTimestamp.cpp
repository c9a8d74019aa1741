#include "pdf/SignatureTimestamp.h"

#include "pdf/OpenSslOwners.h"
#include "pdf/SigningCertificate.h"

#include "common/DateText.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <openssl/err.h>
#include <openssl/pkcs7.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509v3.h>

#include <cstdlib>
#include <memory>

namespace {

using Pkcs7 = openssl::Owned<PKCS7, PKCS7_free>;
using TimestampRequest = openssl::Owned<TS_REQ, TS_REQ_free>;
using TimestampResponse = openssl::Owned<TS_RESP, TS_RESP_free>;
using TimestampInfo = openssl::Owned<TS_TST_INFO, TS_TST_INFO_free>;
using VerifyContext = openssl::Owned<TS_VERIFY_CTX, TS_VERIFY_CTX_free>;

constexpr qint64 largestAnswer = 64 * 1024; // a stamp with its chain is a few KiB

QByteArray der(const unsigned char* bytes, int length)
{
    return QByteArray(reinterpret_cast<const char*>(bytes), length);
}

// The digest a stamp is over: the signature value of the seal's signer (ETSI EN 319 122-1, 5.3).
QByteArray digestOf(CMS_SignerInfo* signer, const EVP_MD* digest)
{
    const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(signer);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (value == nullptr || digest == nullptr ||
        EVP_Digest(ASN1_STRING_get0_data(value), size_t(ASN1_STRING_length(value)), out, &length, digest,
                   nullptr) != 1)
        return {};
    return der(out, int(length));
}

CMS_SignerInfo* firstSigner(CMS_ContentInfo* cms)
{
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms);
    return signers != nullptr && sk_CMS_SignerInfo_num(signers) > 0 ? sk_CMS_SignerInfo_value(signers, 0)
                                                                    : nullptr;
}

// The seal this program just made: the signature whose byte range reaches the end of the file.
// Its hex string lies between the two ranges: '<' at the first one's end, '>' before the second.
struct SealSpace
{
    qsizetype begin = 0; // the first hex digit
    qsizetype end = 0;   // one past the last
};

std::optional<SealSpace> sealSpace(const QByteArray& pdf)
{
    static const QRegularExpression byteRange(
        QStringLiteral(R"(/ByteRange\s*\[\s*0\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\])"));
    const QString text = QString::fromLatin1(pdf);
    std::optional<SealSpace> found;
    for (QRegularExpressionMatchIterator it = byteRange.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype firstEnd = match.captured(1).toLongLong();
        const qsizetype secondStart = match.captured(2).toLongLong();
        const qsizetype secondLength = match.captured(3).toLongLong();
        if (secondStart + secondLength == pdf.size() && firstEnd + 2 <= secondStart &&
            pdf.at(firstEnd) == '<' && pdf.at(secondStart - 1) == '>')
            found = SealSpace{firstEnd + 1, secondStart - 1};
    }
    return found;
}

Result<QByteArray> post(const QUrl& url, const QByteArray& query, std::chrono::milliseconds timeout)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/timestamp-query"));
    request.setTransferTimeout(int(timeout.count()));
    std::unique_ptr<QNetworkReply> reply(manager.post(request, query));
    reply->setReadBufferSize(largestAnswer + 1); // a larger answer stalls and times out
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The transfer timeout fires only after a silence: a server that trickles a byte now and
    // then would keep it alive. This bounds the whole exchange.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply.get(), &QNetworkReply::abort);
    deadline.start(timeout);
    if (!reply->isFinished())
        loop.exec();
    const QString host = url.host();
    if (reply->error() != QNetworkReply::NoError)
        return Result<QByteArray>::failure(SignatureTimestamp::tr("The time-stamp authority %1 could not be "
                                                                  "reached: %2")
                                               .arg(host, reply->errorString()));
    const QByteArray answer = reply->read(largestAnswer + 1);
    if (answer.size() > largestAnswer)
        return Result<QByteArray>::failure(
            SignatureTimestamp::tr("The time-stamp authority %1 answered with too much data.").arg(host));
    return answer;
}

// The request: SHA-256 over the signature value, a fresh nonce, and the authority's certificate
// in the answer (so a verifier needs nothing else).
struct Request
{
    TimestampRequest request;
    QByteArray bytes;
};

std::optional<Request> timestampQuery(const QByteArray& digest)
{
    Request made{TimestampRequest(TS_REQ_new()), {}};
    openssl::Owned<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free> imprint(TS_MSG_IMPRINT_new());
    openssl::Owned<X509_ALGOR, X509_ALGOR_free> algorithm(X509_ALGOR_new());
    unsigned char random[8];
    if (!made.request || !imprint || !algorithm || RAND_bytes(random, sizeof random) != 1)
        return std::nullopt;
    openssl::Owned<BIGNUM, BN_free> number(BN_bin2bn(random, sizeof random, nullptr));
    if (!number)
        return std::nullopt;
    openssl::Owned<ASN1_INTEGER, ASN1_INTEGER_free> nonce(BN_to_ASN1_INTEGER(number.get(), nullptr));
    X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    if (!nonce || TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) != 1 ||
        TS_MSG_IMPRINT_set_msg(
            imprint.get(),
            const_cast<unsigned char*>(reinterpret_cast<const unsigned char*>(digest.constData())),
            int(digest.size())) != 1 ||
        TS_REQ_set_version(made.request.get(), 1) != 1 ||
        TS_REQ_set_msg_imprint(made.request.get(), imprint.get()) != 1 ||
        TS_REQ_set_nonce(made.request.get(), nonce.get()) != 1 ||
        TS_REQ_set_cert_req(made.request.get(), 1) != 1)
        return std::nullopt;
    unsigned char* bytes = nullptr;
    const int length = i2d_TS_REQ(made.request.get(), &bytes);
    if (length <= 0)
        return std::nullopt;
    made.bytes = der(bytes, length);
    OPENSSL_free(bytes);
    return made;
}

QString statusText(TS_RESP* response)
{
    TS_STATUS_INFO* status = TS_RESP_get_status_info(response);
    const long code = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status));
    QStringList words;
    if (const STACK_OF(ASN1_UTF8STRING)* text = TS_STATUS_INFO_get0_text(status)) {
        for (int index = 0; index < sk_ASN1_UTF8STRING_num(text); ++index) {
            const ASN1_UTF8STRING* part = sk_ASN1_UTF8STRING_value(text, index);
            words << QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(part)),
                                       ASN1_STRING_length(part));
        }
    }
    return QStringLiteral("status %1%2").arg(code).arg(words.isEmpty() ? QString() : u' ' + words.join(u' '));
}

} // namespace

Result<SignatureTimestamp::Stamped> SignatureTimestamp::add(const QByteArray& pdf, const QUrl& url,
                                                            const QDateTime& now, const TrustStore& trusted,
                                                            std::chrono::milliseconds timeout)
{
    using Failure = Result<Stamped>;
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return Failure::failure(
            tr("%1 is not the address of a time-stamp authority (http:// or https://).").arg(url.toString()));
    const std::optional<SealSpace> space = sealSpace(pdf);
    if (!space)
        return Failure::failure(tr("The PDF has no seal over the whole document to put a time stamp on."));
    const QByteArray contents = QByteArray::fromHex(pdf.mid(space->begin, space->end - space->begin));
    const unsigned char* cmsBytes = reinterpret_cast<const unsigned char*>(contents.constData());
    openssl::Cms cms(d2i_CMS_ContentInfo(nullptr, &cmsBytes, long(contents.size())));
    CMS_SignerInfo* signer = cms ? firstSigner(cms.get()) : nullptr;
    if (signer == nullptr) {
        ERR_clear_error();
        return Failure::failure(tr("The seal's signature cannot be read."));
    }
    if (CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1) >= 0)
        return Failure::failure(tr("The seal has a time stamp already."));

    std::optional<Request> query = timestampQuery(digestOf(signer, EVP_sha256()));
    if (!query)
        return Failure::failure(tr("The time-stamp request could not be made."));
    const Result<QByteArray> answer = post(url, query->bytes, timeout);
    if (!answer)
        return Failure::failure(answer.errors());

    // The answer must be a granted stamp over exactly this request (imprint, nonce, version).
    const unsigned char* answerBytes = reinterpret_cast<const unsigned char*>(answer->constData());
    TimestampResponse response(d2i_TS_RESP(nullptr, &answerBytes, long(answer->size())));
    if (!response) {
        ERR_clear_error();
        return Failure::failure(
            tr("The time-stamp authority %1 did not answer with a time stamp.").arg(url.host()));
    }
    VerifyContext matching(TS_REQ_to_TS_VERIFY_CTX(query->request.get(), nullptr));
    if (!matching || TS_RESP_verify_response(matching.get(), response.get()) != 1) {
        ERR_clear_error();
        return Failure::failure(
            tr("The time-stamp authority %1 refused, or its stamp is not over this seal (%2).")
                .arg(url.host(), statusText(response.get())));
    }
    PKCS7* token = TS_RESP_get_token(response.get());
    unsigned char* tokenBytes = nullptr;
    const int tokenLength = token != nullptr ? i2d_PKCS7(token, &tokenBytes) : 0;
    const bool added =
        tokenLength > 0 && CMS_unsigned_add1_attr_by_NID(signer, NID_id_smime_aa_timeStampToken,
                                                         V_ASN1_SEQUENCE, tokenBytes, tokenLength) == 1;
    OPENSSL_free(tokenBytes);
    if (!added)
        return Failure::failure(tr("The time stamp could not be added to the seal."));
    const Check check = of(signer, trusted);
    if (!check.valid)
        return Failure::failure(tr("The time stamp of %1 does not hold: %2").arg(url.host(), check.problem));
    if (std::abs(check.time.secsTo(now)) > 10 * 60)
        return Failure::failure(tr("The time stamp of %1 says %2, which is not now: its clock is wrong, or "
                                   "someone else answered.")
                                    .arg(url.host(), DateText::momentWithSeconds(check.time)));
    if (check.trust == SignerTrust::NotTrusted)
        return Failure::failure(tr("The time-stamp authority %1 is not among your organisation's trusted "
                                   "certificates: %2")
                                    .arg(check.authority, check.trustProblem));

    unsigned char* sealBytes = nullptr;
    const int sealLength = i2d_CMS_ContentInfo(cms.get(), &sealBytes);
    const QByteArray hex = sealLength > 0 ? der(sealBytes, sealLength).toHex() : QByteArray();
    OPENSSL_free(sealBytes);
    if (hex.isEmpty() || hex.size() > space->end - space->begin)
        return Failure::failure(tr("The time stamp does not fit in the space the seal reserved."));
    Stamped stamped{pdf, check.time, check.authority};
    stamped.pdf.replace(space->begin, space->end - space->begin,
                        hex + QByteArray(space->end - space->begin - hex.size(), '0'));
    return stamped;
}

SignatureTimestamp::Check SignatureTimestamp::of(CMS_SignerInfo* signer, const TrustStore& trusted)
{
    Check check;
    const int index = CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1);
    if (index < 0)
        return check;
    check.present = true;
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(signer, index), 0);
    const unsigned char* bytes =
        value != nullptr && value->type == V_ASN1_SEQUENCE ? value->value.sequence->data : nullptr;
    Pkcs7 token(bytes ? d2i_PKCS7(nullptr, &bytes, value->value.sequence->length) : nullptr);
    TimestampInfo info(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    if (!info) {
        ERR_clear_error();
        check.problem = tr("the time stamp cannot be read");
        return check;
    }
    check.time = SigningCertificate::fromAsn1Time(TS_TST_INFO_get_time(info.get()));

    // Over this signature value, with the digest the stamp names.
    TS_MSG_IMPRINT* imprint = TS_TST_INFO_get_msg_imprint(info.get());
    // Only digests that still resist collisions: an MD5 or SHA-1 imprint proves nothing.
    const int digestId = OBJ_obj2nid(TS_MSG_IMPRINT_get_algo(imprint)->algorithm);
    if (digestId != NID_sha256 && digestId != NID_sha384 && digestId != NID_sha512) {
        check.problem = tr("the time stamp uses a digest that is not accepted (only SHA-256, -384, -512)");
        return check;
    }
    const EVP_MD* digest = EVP_get_digestbynid(digestId);
    const ASN1_OCTET_STRING* stamped = TS_MSG_IMPRINT_get_msg(imprint);
    const QByteArray expected = digestOf(signer, digest);
    if (expected.isEmpty() || expected != der(ASN1_STRING_get0_data(stamped), ASN1_STRING_length(stamped))) {
        check.problem = tr("the time stamp is not over this signature");
        return check;
    }

    // Signed by the authority whose certificate it carries, a certificate meant for time
    // stamping (RFC 3161 2.3: extended key usage timeStamping, critical).
    STACK_OF(X509)* signers = PKCS7_get0_signers(token.get(), nullptr, 0);
    X509* authority = signers != nullptr && sk_X509_num(signers) == 1 ? sk_X509_value(signers, 0) : nullptr;
    const bool signatureHolds = authority != nullptr && PKCS7_verify(token.get(), nullptr, nullptr, nullptr,
                                                                     nullptr, PKCS7_NOVERIFY) == 1;
    sk_X509_free(signers);
    ERR_clear_error();
    if (!signatureHolds) {
        check.problem = tr("the time stamp's own signature does not verify");
        return check;
    }
    check.authority = SigningCertificate::commonName(authority);
    if (X509_check_purpose(authority, X509_PURPOSE_TIMESTAMP_SIGN, 0) != 1) {
        check.problem = tr("the certificate of %1 is not meant for time stamps").arg(check.authority);
        return check;
    }
    check.valid = check.time.isValid();
    if (!check.valid)
        check.problem = tr("the time stamp has no readable time");
    // Trusted now: a time-stamp authority whose certificate has expired or was replaced is no
    // proof any more, or its old key could stamp any moment of its former validity.
    check.trust =
        SigningCertificate::verifyChain(trusted, authority, token->d.sign->cert, QDateTime(),
                                        check.trustProblem, SigningCertificate::Purpose::TimeStamps);
    return check;
}
