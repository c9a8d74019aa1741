#include "store/StoreKey.h"

#include <QFile>
#include <QtGlobal>

#include <cstdlib>
#include <cstring>

#include <sodium.h>

KdfParameters KdfParameters::storeFormat1()
{
    return {3, size_t(256) * 1024 * 1024}; // libsodium's MODERATE level
}

KdfParameters KdfParameters::cheapForTestsOnly()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

void SecretBytes::wipe()
{
    // Only bytes this object alone holds are wiped: writing through a shared QByteArray would
    // first detach, copy the secret once more and wipe only the copy.
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes.clear();
}

SecretBytes SecretBytes::joined(std::initializer_list<QByteArrayView> parts)
{
    qsizetype size = 0;
    for (const QByteArrayView part : parts)
        size += part.size();
    SecretBytes result(QByteArray(size, Qt::Uninitialized));
    char* at = result.data();
    for (const QByteArrayView part : parts) {
        std::memcpy(at, part.data(), size_t(part.size()));
        at += part.size();
    }
    return result;
}

SecretBytes SecretBytes::takeFromEnvironment(const char* name)
{
    char* value = std::getenv(name);
    if (value == nullptr)
        return {};
    const size_t length = std::strlen(value);
    SecretBytes taken(QByteArray(value, qsizetype(length)));
    sodium_memzero(value, length); // the environment block itself, before the name is dropped
    qunsetenv(name);
    return taken;
}

QByteArray StoreKey::newSalt()
{
    QByteArray salt(saltSize, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

Result<QByteArray> StoreKey::readSalt(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            tr("The case file %1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray salt = file.read(saltSize);
    if (salt.size() != saltSize)
        return Result<QByteArray>::failure(
            tr("%1 is too short to be a case file (it may be empty or cut off). It was not changed.")
                .arg(path));
    return salt;
}

Result<SecretBytes> StoreKey::derive(const SecretBytes& passphrase, const QByteArray& salt,
                                     const KdfParameters& parameters)
{
    if (sodium_init() < 0)
        return Result<SecretBytes>::failure(tr("The cryptography library could not be started."));
    if (salt.size() != saltSize)
        return Result<SecretBytes>::failure(tr("The salt of the case file has the wrong length."));

    SecretBytes key(QByteArray(keySize, '\0')); // wiped whatever happens below
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), size_t(keySize),
                      passphrase.bytes().constData(), size_t(passphrase.bytes().size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), parameters.opsLimit,
                      parameters.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Result<SecretBytes>::failure(
            tr("Not enough memory to derive the key of the case file; close other programs and try again."));

    SecretBytes hex(QByteArray(2 * (keySize + saltSize) + 1, '\0'));
    sodium_bin2hex(hex.data(), size_t(2 * keySize + 1),
                   reinterpret_cast<const unsigned char*>(key.bytes().constData()), size_t(keySize));
    sodium_bin2hex(hex.data() + 2 * keySize, size_t(2 * saltSize + 1),
                   reinterpret_cast<const unsigned char*>(salt.constData()), size_t(saltSize));
    return SecretBytes(hex.bytes().left(2 * (keySize + saltSize))); // without the terminating NUL
}
