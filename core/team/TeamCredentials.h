#pragma once

#include "common/Result.h"
#include "store/StoreKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The personal certificate a team hands each person as PKCS#12 (.p12/.pfx, issue 19), made
// usable for libpq, which reads only PEM files: the certificate and the team's CA copied as PEM,
// the private key re-encrypted (PKCS#8, AES-256) under a new random passphrase that is kept in
// the encrypted case file (team_link.key_passphrase) and nowhere else. So the files beside the
// case file are the user's alone (0600 in a 0700 folder) and the key in them is useless without
// the case file's passphrase. Each join makes a folder of its own; nothing is ever replaced.
class TeamCredentials
{
    Q_DECLARE_TR_FUNCTIONS(TeamCredentials)

public:
    struct Installed
    {
        QString folder;
        QString authority;   // the team's CA, PEM (libpq's sslrootcert)
        QString certificate; // the user's certificate, PEM (sslcert)
        QString key;         // the user's key, encrypted PKCS#8 PEM (sslkey)
        SecretBytes keyPassphrase;
        QString commonName; // the certificate's CN: the user name the server expects
        QDateTime validUntil;
    };

    // Reads the CA certificate (PEM or DER) and the PKCS#12 with its password, checks that the
    // certificate is valid at `now`, and writes the three files into a new folder beside
    // `caseFilePath` ("<file>.team-<random>"). Nothing is written when anything is wrong; the
    // error names what (a wrong password, not a certificate, expired).
    [[nodiscard]] static Result<Installed> install(const QString& caseFilePath, const QString& authorityPath,
                                                   const QString& pkcs12Path,
                                                   const SecretBytes& pkcs12Password, const QDateTime& now);
    // Removes a folder install() made (after a failed join, or when leaving the team). Only a
    // folder of that shape beside the case file is touched.
    static bool remove(const QString& caseFilePath, const QString& folder);
    // The folder of the credentials in a link's address (the folder of its sslkey), empty when
    // the link names none that install() made.
    [[nodiscard]] static QString folderOf(const QString& caseFilePath, const QString& keyPath);
};
