#include "team/ScramVerifier.h"

#include <QString>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace {

QByteArray hmacSha256(const QByteArray& key, const QByteArray& message)
{
    QByteArray mac(SHA256_DIGEST_LENGTH, '\0');
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()),
         reinterpret_cast<unsigned char*>(mac.data()), &length);
    return mac;
}

} // namespace

QString ScramVerifier::make(const SecretBytes& password)
{
    QByteArray salt(16, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), int(salt.size()));
    return make(password, salt);
}

QString ScramVerifier::make(const SecretBytes& password, const QByteArray& salt)
{
    // SASLprep, approximated by NFKC (PostgreSQL uses the bytes as they are when SASLprep fails).
    SecretBytes prepared(
        QString::fromUtf8(password.bytes()).normalized(QString::NormalizationForm_KC).toUtf8());
    SecretBytes salted(QByteArray(SHA256_DIGEST_LENGTH, '\0'));
    PKCS5_PBKDF2_HMAC(prepared.bytes().constData(), int(prepared.bytes().size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()), iterations,
                      EVP_sha256(), SHA256_DIGEST_LENGTH, reinterpret_cast<unsigned char*>(salted.data()));
    const QByteArray clientKey = hmacSha256(salted.bytes(), QByteArrayLiteral("Client Key"));
    QByteArray storedKey(SHA256_DIGEST_LENGTH, '\0');
    SHA256(reinterpret_cast<const unsigned char*>(clientKey.constData()), size_t(clientKey.size()),
           reinterpret_cast<unsigned char*>(storedKey.data()));
    const QByteArray serverKey = hmacSha256(salted.bytes(), QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}
