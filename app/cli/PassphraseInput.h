#pragma once

#include "store/StoreKey.h"

#include <QCoreApplication>
#include <QTextStream>

// Where the command line gets a passphrase: the THUIS_PASSPHRASE environment variable (for
// automation; documented in the README), else standard input. At a terminal it is asked for
// without echo, twice when a new case file is made; from a pipe the first line is used.
// The new passphrase of `store rekey` comes from THUIS_NEW_PASSPHRASE, else the next line; the
// seal certificate's (`pdf export --sign`) from THUIS_CERT_PASSPHRASE, else the next line.
class PassphraseInput
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseInput)

public:
    // NewTeamPassword: a person's password on the team server (THUIS_NEW_TEAM_PASSWORD).
    enum class Purpose { Open, Create, Change, Certificate, NewTeamPassword };

    // Empty bytes and a message in `error` when no usable passphrase was given.
    static SecretBytes read(Purpose purpose, QTextStream& err, QString& error);
};
