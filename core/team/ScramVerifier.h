#pragma once

#include "store/StoreKey.h"

#include <QByteArray>
#include <QString>

// A PostgreSQL SCRAM-SHA-256 password verifier (RFC 5802/7677, as PostgreSQL stores it):
// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>", base64. Made on the laptop so
// that the password itself never reaches the server's logs or statement views (ALTER ROLE ...
// PASSWORD 'verifier' stores it as it is).
class ScramVerifier
{
public:
    static constexpr int iterations = 4096; // PostgreSQL's default (scram_iterations)

    static QString make(const SecretBytes& password);
    // With a given salt: for the test against a verifier PostgreSQL made itself.
    static QString make(const SecretBytes& password, const QByteArray& salt);
};
