#pragma once

#include "store/StoreKey.h"

#include <QCoreApplication>
#include <QStringList>

// How hard a passphrase is to guess, estimated by zxcvbn (Debian libzxcvbn): the base-2
// logarithm of the number of guesses an attacker who knows common words, names, dates and
// keyboard patterns would need. A case file requires at least 10^10 guesses (zxcvbn's top
// score): with one Argon2id derivation taking ~0.6 s (docs/benchmarks.md), that is centuries
// of guessing on one core for someone who stole the laptop.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    static constexpr double minimumBits = 33.22; // log2(10^10)

    // `ownWords`: words an attacker would try first here (the program's name, the user's name).
    static double bits(const SecretBytes& passphrase, const QStringList& ownWords = {});
    [[nodiscard]] static bool strongEnough(double bits) { return bits >= minimumBits; }
    // One line for the user: how strong, and whether it is enough.
    [[nodiscard]] static QString describe(double bits);
};
