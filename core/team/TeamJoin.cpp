#include "team/TeamJoin.h"

#include "team/ServerProbe.h"
#include "team/TeamLink.h"

namespace {

bool mentionsAny(const QString& text, std::initializer_list<const char*> words)
{
    return std::any_of(words.begin(), words.end(), [&text](const char* word) {
        return text.contains(QLatin1String(word), Qt::CaseInsensitive);
    });
}

// The server's or libpq's own sentence at the end of TeamConnection's message, without what
// the words before it already say.
QString serverWords(const QString& refusal)
{
    const qsizetype at = refusal.lastIndexOf(QLatin1String("failed: "));
    if (at < 0)
        return refusal;
    QString words = refusal.mid(at + 8).trimmed();
    while (words.endsWith(u')') && words.count(u')') > words.count(u'('))
        words.chop(1);
    return words;
}

} // namespace

TeamJoin::Problem TeamJoin::classify(const QString& refusal)
{
    // Order matters: "certificate authentication failed" (a colleague's certificate) names a
    // certificate, "password authentication failed" the password.
    if (mentionsAny(refusal,
                    {"password authentication failed", "wachtwoord-authenticatie", "no password supplied"}))
        return Problem::WrongPassword;
    if (mentionsAny(refusal, {"certificate", "certificaat", "SSL", "TLS", "private key", "sslpassword",
                              "no pg_hba.conf entry"}))
        return Problem::CertificateRefused;
    if (mentionsAny(refusal, {"not permitted to log in", "permission denied"}))
        return Problem::NoPermission;
    return Problem::Other;
}

TeamJoin::Outcome TeamJoin::test(const TeamServerAddress& address, const SecretBytes& password,
                                 const SecretBytes& keyPassphrase)
{
    Outcome outcome;
    const Result<std::unique_ptr<TeamConnection>> connection =
        TeamConnection::open(address, password, keyPassphrase);
    if (!connection) {
        const QString fullRefusal = connection.errors().join(u' ');
        const QString refusal = serverWords(fullRefusal);
        outcome.problem =
            ServerProbe::listening(address.host, address.port) ? classify(refusal) : Problem::Unreachable;
        switch (outcome.problem) {
        case Problem::Unreachable:
            outcome.message =
                tr("The team server %1 (port %2) cannot be reached: check the address and whether "
                   "this laptop is online.")
                    .arg(address.host)
                    .arg(address.port);
            return outcome;
        case Problem::CertificateRefused:
            outcome.message =
                tr("A certificate was refused: the server's certificate is not from the team's CA, "
                   "or the server does not accept your personal certificate for user %1. (%2)")
                    .arg(address.user, refusal);
            return outcome;
        case Problem::WrongPassword:
            // The server says the same when the certificate is a colleague's (pg_hba verify-full).
            outcome.message =
                tr("The team password of %1 is wrong, or the personal certificate is not %1's. (%2)")
                    .arg(address.user, refusal);
            return outcome;
        case Problem::NoPermission:
            outcome.message =
                tr("The team server does not let %1 in: ask the beheerder to add you to the team. (%2)")
                    .arg(address.user, refusal);
            return outcome;
        case Problem::None:
        case Problem::Other:
            outcome.problem = Problem::Other;
            outcome.message = fullRefusal;
            return outcome;
        }
    }
    const Result<QString> team = TeamLink::teamOnServer(connection.value()->database());
    if (!team) {
        outcome.problem = Problem::NoPermission;
        outcome.message = team.errors().join(u' ');
        return outcome;
    }
    outcome.problem = Problem::None;
    outcome.team = team.value();
    return outcome;
}
