#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"
#include "store/StoreKey.h"
#include "team/TeamServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <memory>
#include <optional>

// A case file's link to its team (issue 18): the server's address, the user and their password,
// kept inside the encrypted case file and nowhere else, the team, and how far the pull got.
class TeamLink
{
    Q_DECLARE_TR_FUNCTIONS(TeamLink)

public:
    struct Details
    {
        TeamServerAddress address; // with the user filled in
        QString team;
        qint64 cursor = 0; // the team position pulled up to
        QDateTime linkedAt;
        std::optional<QDateTime> lastSync;
    };

    // What a connection to the team server needs, read from the case file on its own thread and
    // handed to the thread that connects (a QSqlDatabase stays on the thread that opened it).
    struct Credentials
    {
        TeamServerAddress address;
        SecretBytes password;
        SecretBytes keyPassphrase;

        [[nodiscard]] Result<std::unique_ptr<TeamConnection>> connect() const;
    };
    // Fails with "not linked" for a file without a team.
    [[nodiscard]] static Result<std::shared_ptr<const Credentials>> credentials(const QSqlDatabase& caseFile);

    // nullopt when the file is not linked.
    [[nodiscard]] static Result<std::optional<Details>> read(const QSqlDatabase& caseFile);
    [[nodiscard]] static Result<SecretBytes> password(const QSqlDatabase& caseFile);
    // The passphrase of the client certificate's key; empty for a key without one.
    [[nodiscard]] static Result<SecretBytes> keyPassphrase(const QSqlDatabase& caseFile);
    // Links the file in one transaction and queues everything it holds already, so the team
    // gets what this laptop had before it joined. Refused when it is linked already.
    [[nodiscard]] static QString join(QSqlDatabase caseFile, const TeamServerAddress& address,
                                      const SecretBytes& password, const SecretBytes& keyPassphrase,
                                      const QString& team, const Actor& actor, const QDateTime& now);
    // Unlinks the file in one transaction: the link with its credentials and the outbox go, an
    // audit row says so; every participant, event, form and signature stays, as do the team's
    // numbers of what came from the team (a later join skips what the file knows). Items that
    // waited to be sent never reach the team: ask first (unsent()). Returns the address it was
    // linked with, so that the caller can remove the certificate files it names.
    [[nodiscard]] static Result<TeamServerAddress> leave(QSqlDatabase caseFile, const Actor& actor,
                                                         const QDateTime& now);
    // Items in the outbox, waiting or quarantined: what leaving would keep from the team.
    [[nodiscard]] static Result<int> unsent(const QSqlDatabase& caseFile);
    // The team this user belongs to, as the server says: empty with `error` when it says none.
    [[nodiscard]] static Result<QString> teamOnServer(const QSqlDatabase& server);
};
