#pragma once

#include "common/Result.h"
#include "store/StoreKey.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

// Where the team server is (issue 18): PostgreSQL 15 through Qt's QPSQL driver, no layer of
// ours in between. Written as libpq's "key=value" connection string, strictly: only the keys
// below, each once. host may be a socket folder (the tests' throwaway server).
struct TeamServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(TeamServerAddress)

public:
    QString host;
    int port = 5432;
    QString database = QStringLiteral("thuisindewijk");
    QString user;
    // libpq's TLS options, passed through: sslmode (verify-full for a real server),
    // sslrootcert (the team's CA), sslcert and sslkey (the user's client certificate).
    QHash<QString, QString> tls;

    // "host=... port=... dbname=... user=... sslmode=verify-full sslrootcert=..."
    [[nodiscard]] static Result<TeamServerAddress> parse(const QString& text);
    [[nodiscard]] QString toText() const;
};

// One open connection to the team server, closed when it goes. Each thread opens its own.
class TeamConnection
{
    Q_DECLARE_TR_FUNCTIONS(TeamConnection)

public:
    // `keyPassphrase` opens an encrypted client key (sslkey); none for a key without one.
    [[nodiscard]] static Result<std::unique_ptr<TeamConnection>> open(const TeamServerAddress& address,
                                                                      const SecretBytes& password,
                                                                      const SecretBytes& keyPassphrase = {});
    ~TeamConnection();
    TeamConnection(const TeamConnection&) = delete;
    TeamConnection& operator=(const TeamConnection&) = delete;

    QSqlDatabase database() const;
    [[nodiscard]] QString user() const { return m_user; }

    // The server's refusal in words for the user: no permission (42501), a duplicate, the
    // server gone; SQLSTATE and PostgreSQL's own text follow in brackets.
    [[nodiscard]] static QString describe(const QSqlError& error);
    static constexpr const char* noPermission = "42501";

private:
    TeamConnection(QString connectionName, QString user);
    QString m_connectionName;
    QString m_user;
};
