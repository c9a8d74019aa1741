#include "team/TeamCredentials.h"

#include "common/DateText.h"
#include "store/ExportFile.h"
#include "store/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <memory>
#include <vector>

namespace {

template <typename T, void (*Free)(T*)> struct Freer
{
    void operator()(T* pointer) const { Free(pointer); }
};
using Bio = std::unique_ptr<BIO, Freer<BIO, BIO_free_all>>;
using Certificate = std::unique_ptr<X509, Freer<X509, X509_free>>;
using Key = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY, EVP_PKEY_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, Freer<PKCS12, PKCS12_free>>;

void freeChain(STACK_OF(X509) * chain)
{
    sk_X509_pop_free(chain, X509_free);
}
using Chain = std::unique_ptr<STACK_OF(X509), Freer<STACK_OF(X509), freeChain>>;

// A file the user points at: bounded, since a certificate is a few kilobytes.
Result<QByteArray> readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(TeamCredentials::tr("Cannot read %1: %2")
                                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    constexpr qint64 limit = 1024 * 1024;
    if (file.size() > limit)
        return Result<QByteArray>::failure(
            TeamCredentials::tr("%1 is too large for a certificate.").arg(QDir::toNativeSeparators(path)));
    return file.readAll();
}

Bio memoryOf(const QByteArray& bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

QByteArray contentsOf(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QDateTime dateTimeOf(const ASN1_TIME* time)
{
    tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString commonNameOf(X509* certificate)
{
    const X509_NAME* subject = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index < 0)
        return {};
    unsigned char* text = nullptr;
    const int length =
        ASN1_STRING_to_UTF8(&text, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index)));
    if (length < 0)
        return {};
    const QString name = QString::fromUtf8(reinterpret_cast<const char*>(text), length);
    OPENSSL_free(text);
    return name;
}

// Every certificate in the CA file (PEM, the team's CA with any intermediate ones), or the one
// certificate of a DER file.
Result<std::vector<Certificate>> readAuthorities(const QString& path)
{
    using Read = Result<std::vector<Certificate>>;
    const Result<QByteArray> bytes = readSmallFile(path);
    if (!bytes)
        return Read::failure(bytes.errors());
    std::vector<Certificate> authorities;
    Bio pem = memoryOf(bytes.value());
    while (X509* next = PEM_read_bio_X509(pem.get(), nullptr, nullptr, nullptr))
        authorities.emplace_back(next);
    if (authorities.empty()) {
        const auto* der = reinterpret_cast<const unsigned char*>(bytes->constData());
        if (X509* single = d2i_X509(nullptr, &der, static_cast<long>(bytes->size())))
            authorities.emplace_back(single);
    }
    ERR_clear_error();
    if (authorities.empty())
        return Read::failure(
            TeamCredentials::tr("%1 is not a certificate (PEM or DER): choose the team's CA certificate.")
                .arg(QFileInfo(path).fileName()));
    return authorities;
}

// `bytes` random bytes as hex, written straight into wiped memory (the key's passphrase).
SecretBytes randomHex(int bytes)
{
    std::vector<unsigned char> random(static_cast<size_t>(bytes));
    if (RAND_bytes(random.data(), bytes) != 1)
        return {};
    SecretBytes hex(QByteArray(bytes * 2, '0'));
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < random.size(); ++i) {
        hex.data()[2 * i] = digits[random[i] >> 4];
        hex.data()[2 * i + 1] = digits[random[i] & 0x0f];
    }
    OPENSSL_cleanse(random.data(), random.size());
    return hex;
}

const QRegularExpression& folderShape()
{
    static const QRegularExpression shape(QStringLiteral("\\.team-[0-9a-f]{12}$"));
    return shape;
}

} // namespace

Result<TeamCredentials::Installed>
TeamCredentials::install(const QString& caseFilePath, const QString& authorityPath, const QString& pkcs12Path,
                         const SecretBytes& pkcs12Password, const QDateTime& now)
{
    using Made = Result<Installed>;
    const Result<std::vector<Certificate>> authorities = readAuthorities(authorityPath);
    if (!authorities)
        return Made::failure(authorities.errors());
    const Result<QByteArray> bundle = readSmallFile(pkcs12Path);
    if (!bundle)
        return Made::failure(bundle.errors());
    Bio input = memoryOf(bundle.value());
    Pkcs12 pkcs12(d2i_PKCS12_bio(input.get(), nullptr));
    if (!pkcs12) {
        ERR_clear_error();
        return Made::failure(tr("%1 is not a personal certificate (PKCS#12, .p12 or .pfx).")
                                 .arg(QFileInfo(pkcs12Path).fileName()));
    }
    // An empty password may be no password at all (NULL), as PKCS12_parse itself tries.
    const QByteArray& secret = pkcs12Password.bytes();
    const char* password = secret.constData();
    const bool macPresent = PKCS12_mac_present(pkcs12.get());
    if (secret.isEmpty() && macPresent && PKCS12_verify_mac(pkcs12.get(), password, 0) != 1 &&
        PKCS12_verify_mac(pkcs12.get(), nullptr, 0) == 1)
        password = nullptr;
    if (macPresent &&
        PKCS12_verify_mac(pkcs12.get(), password, password ? static_cast<int>(secret.size()) : 0) != 1) {
        ERR_clear_error();
        return Made::failure(tr("The password of the personal certificate %1 is wrong.")
                                 .arg(QFileInfo(pkcs12Path).fileName()));
    }
    EVP_PKEY* rawKey = nullptr;
    X509* rawCertificate = nullptr;
    STACK_OF(X509)* rawChain = nullptr;
    const int parsed = PKCS12_parse(pkcs12.get(), password, &rawKey, &rawCertificate, &rawChain);
    const Key key(rawKey);
    const Certificate certificate(rawCertificate);
    const Chain chain(rawChain);
    ERR_clear_error();
    if (parsed != 1 || !key || !certificate)
        return Made::failure(
            tr("The personal certificate %1 cannot be read: it holds no certificate with its key, "
               "or uses an old encryption (ask for a new one).")
                .arg(QFileInfo(pkcs12Path).fileName()));
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        return Made::failure(
            tr("In %1 the key does not belong to the certificate.").arg(QFileInfo(pkcs12Path).fileName()));
    }
    const QDateTime validFrom = dateTimeOf(X509_get0_notBefore(certificate.get()));
    const QDateTime validUntil = dateTimeOf(X509_get0_notAfter(certificate.get()));
    // A certificate made a moment ago on a machine whose clock runs a little ahead is not refused:
    // the server, not this laptop, judges it when it is used.
    constexpr qint64 clockSkewSeconds = 10 * 60;
    if (!validFrom.isValid() || !validUntil.isValid() || now.addSecs(clockSkewSeconds) < validFrom ||
        now > validUntil)
        return Made::failure(
            tr("The personal certificate is not valid now (valid from %1 to %2): ask the beheerder "
               "for a new one.")
                .arg(DateText::moment(validFrom), DateText::moment(validUntil)));

    Installed made;
    made.commonName = commonNameOf(certificate.get());
    made.validUntil = validUntil;
    made.keyPassphrase = randomHex(32);
    const SecretBytes folderName = randomHex(6); // not secret: apart from the passphrase
    if (made.keyPassphrase.bytes().isEmpty() || folderName.bytes().isEmpty())
        return Made::failure(tr("No random numbers for the key's passphrase (OpenSSL)."));

    Bio authorityPem(BIO_new(BIO_s_mem()));
    Bio certificatePem(BIO_new(BIO_s_mem()));
    Bio keyPem(BIO_new(BIO_s_mem()));
    const QByteArray& keySecret = made.keyPassphrase.bytes();
    // libpq reads sslrootcert and sslcert as chains: every CA certificate, and the personal
    // certificate followed by the intermediate ones the PKCS#12 brings.
    bool written = PEM_write_bio_X509(certificatePem.get(), certificate.get()) == 1;
    for (const Certificate& authority : authorities.value())
        written = written && PEM_write_bio_X509(authorityPem.get(), authority.get()) == 1;
    for (int i = 0; chain && i < sk_X509_num(chain.get()); ++i)
        written = written && PEM_write_bio_X509(certificatePem.get(), sk_X509_value(chain.get(), i)) == 1;
    if (!written ||
        PEM_write_bio_PKCS8PrivateKey(keyPem.get(), key.get(), EVP_aes_256_cbc(), keySecret.constData(),
                                      static_cast<int>(keySecret.size()), nullptr, nullptr) != 1) {
        ERR_clear_error();
        return Made::failure(tr("The certificate could not be converted for the connection (OpenSSL)."));
    }

    const QFileInfo caseFile(caseFilePath);
    made.folder = caseFile.absoluteDir().filePath(caseFile.fileName() + QStringLiteral(".team-") +
                                                  QString::fromLatin1(folderName.bytes()));
    if (QFileInfo::exists(made.folder) || !PrivateFiles::makeFolder(made.folder))
        return Made::failure(
            tr("Cannot make the folder %1 for the certificate.").arg(QDir::toNativeSeparators(made.folder)));
    made.authority = made.folder + QStringLiteral("/ca.pem");
    made.certificate = made.folder + QStringLiteral("/certificaat.pem");
    made.key = made.folder + QStringLiteral("/sleutel.pem");
    for (const auto& [bytes, path] : {std::pair{contentsOf(authorityPem.get()), made.authority},
                                      std::pair{contentsOf(certificatePem.get()), made.certificate},
                                      std::pair{contentsOf(keyPem.get()), made.key}}) {
        if (const QString error = ExportFile::writePrivate(bytes, path); !error.isEmpty()) {
            remove(caseFilePath, made.folder);
            return Made::failure(error);
        }
    }
    return made;
}

bool TeamCredentials::remove(const QString& caseFilePath, const QString& folder)
{
    if (folderOf(caseFilePath, folder + QStringLiteral("/sleutel.pem")) != folder)
        return false;
    return QDir(folder).removeRecursively();
}

QString TeamCredentials::folderOf(const QString& caseFilePath, const QString& keyPath)
{
    const QFileInfo key(keyPath);
    const QFileInfo caseFile(caseFilePath);
    const QString folder = key.absolutePath();
    const QFileInfo folderInfo(folder);
    const bool made = key.fileName() == u"sleutel.pem" &&
                      folderInfo.absolutePath() == caseFile.absolutePath() &&
                      folderInfo.fileName().startsWith(caseFile.fileName() + QStringLiteral(".team-")) &&
                      folderShape().match(folderInfo.fileName()).hasMatch();
    return made ? folder : QString();
}
