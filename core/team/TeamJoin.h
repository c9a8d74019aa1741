#pragma once

#include "store/StoreKey.h"
#include "team/TeamServer.h"

#include <QCoreApplication>
#include <QString>

// Joining a team from the app (issue 19): the connection is tried as a sync would make it, and
// the server asked for the user's team, before anything is saved. A failure is told in words
// the user can act on: the server cannot be reached, a certificate is refused, the password is
// wrong, or the server knows the user but grants no team.
class TeamJoin
{
    Q_DECLARE_TR_FUNCTIONS(TeamJoin)

public:
    enum class Problem { None, Unreachable, CertificateRefused, WrongPassword, NoPermission, Other };

    struct Outcome
    {
        Problem problem = Problem::Other;
        QString team;    // when there is no problem
        QString message; // when there is one: the words above, the server's own text after them
    };

    // Blocks for at most about ten seconds (libpq's connect_timeout): run it off the GUI thread.
    [[nodiscard]] static Outcome test(const TeamServerAddress& address, const SecretBytes& password,
                                      const SecretBytes& keyPassphrase);

    // Which problem libpq's text of a refused connection names. libpq and the server write English
    // unless installed with translations; the certificate and password failures are also matched
    // in Dutch. Anything not recognised is Other, shown with the server's own text.
    [[nodiscard]] static Problem classify(const QString& refusal);
};
