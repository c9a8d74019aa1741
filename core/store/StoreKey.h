#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <initializer_list>

// From passphrase to SQLCipher key. Store formats 1 and 2: Argon2id (libsodium crypto_pwhash, opslimit 3,
// memlimit 256 MiB) with the parameters below, over the passphrase's UTF-8 bytes and a random 16-byte salt;
// the 256-bit result is given to SQLCipher as a raw key together with that salt, and SQLCipher writes the
// salt as the first 16 bytes of the file. So everything needed to derive the key again is in the file itself,
// and a lost side file can never make a store unreadable. A later format with other parameters gets its own
// version here, tried in turn on open.
struct KdfParameters
{
    quint64 opsLimit = 0;
    size_t memLimit = 0;

    // Store formats 1 and 2 (StoreFormat.h): about 0.5-1 s per derivation on the project's machines
    // (docs/benchmarks.md).
    static KdfParameters storeFormat1();
    // Cheap parameters so tests can create many stores quickly. Never used by the app or the CLI.
    static KdfParameters cheapForTestsOnly();
};

// Bytes wiped (sodium_memzero) when they go: passphrases and keys.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    SecretBytes(SecretBytes&& other) noexcept
        : m_bytes(std::move(other.m_bytes))
    {}
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    ~SecretBytes() { wipe(); }

    const QByteArray& bytes() const { return m_bytes; }
    char* data() { return m_bytes.data(); }
    void wipe();

    // The parts one after the other in one buffer allocated once: no temporary copies of a key
    // left behind, as `"PRAGMA key = " + key + ...` would leave in freed memory.
    static SecretBytes joined(std::initializer_list<QByteArrayView> parts);
    // The value of environment variable `name`, taken out: copied once into wiped memory, the
    // environment's own copy overwritten and the variable removed, so a child process or a
    // crash dump does not find it there. Empty when unset.
    static SecretBytes takeFromEnvironment(const char* name);

private:
    QByteArray m_bytes;
};

class StoreKey
{
    Q_DECLARE_TR_FUNCTIONS(StoreKey)

public:
    static constexpr qsizetype saltSize = 16;
    static constexpr qsizetype keySize = 32;

    static QByteArray newSalt();
    // The salt of an existing store: its first 16 bytes.
    [[nodiscard]] static Result<QByteArray> readSalt(const QString& path);
    // The hex text SQLCipher takes as a raw key with salt: 64 hex digits of key, 32 of salt.
    [[nodiscard]] static Result<SecretBytes> derive(const SecretBytes& passphrase, const QByteArray& salt,
                                                    const KdfParameters& parameters);
};
