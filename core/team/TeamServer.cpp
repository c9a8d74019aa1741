#include "team/TeamServer.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <mutex>

namespace {

const QStringList tlsKeys{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                          QStringLiteral("sslkey")};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("thuis-team-%1").arg(counter.fetchAndAddRelaxed(1));
}

// libpq quoting for a value in a connect option: single quotes, backslash-escaped.
QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

// libpq asks OpenSSL for an encrypted key's passphrase; with no callback installed (no
// sslpassword given) OpenSSL prompts on the terminal, which would hang a sync's thread. Any hook
// makes libpq install its callback; this one answers with sslpassword or nothing, never asks.
int passphraseWithoutPrompt(char* buffer, int size, PGconn* connection)
{
    return PQdefaultSSLKeyPassHook_OpenSSL(buffer, size, connection);
}

} // namespace

Result<TeamServerAddress> TeamServerAddress::parse(const QString& text)
{
    TeamServerAddress address;
    QStringList problems;
    QSet<QString> seen;
    static const QRegularExpression pair(QStringLiteral(R"re(^([a-z]+)=(.+)$)re"));
    for (const QString& part : text.split(u' ', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = pair.match(part);
        if (!match.hasMatch()) {
            problems << tr("\"%1\" is not key=value.").arg(part);
            continue;
        }
        const QString key = match.captured(1);
        const QString value = match.captured(2);
        if (value.contains(u';')) { // Qt's PostgreSQL driver splits its options at every ';'
            problems << tr("\"%1\" may not contain a semicolon.").arg(key);
            continue;
        }
        if (seen.contains(key)) {
            problems << tr("\"%1\" is given twice.").arg(key);
            continue;
        }
        seen.insert(key);
        if (key == u"host") {
            address.host = value;
        } else if (key == u"port") {
            bool number = false;
            address.port = value.toInt(&number);
            if (!number || address.port < 1 || address.port > 65535)
                problems << tr("port \"%1\" is not a port number.").arg(value);
        } else if (key == u"dbname") {
            address.database = value;
        } else if (key == u"user") {
            address.user = value;
        } else if (tlsKeys.contains(key)) {
            address.tls.insert(key, value);
        } else {
            problems << tr("\"%1\" is not a key this program knows (host, port, dbname, user, sslmode, "
                           "sslrootcert, sslcert, sslkey).")
                            .arg(key);
        }
    }
    if (address.host.isEmpty())
        problems << tr("host is missing.");
    if (address.user.isEmpty())
        problems << tr("user is missing.");
    if (!problems.isEmpty())
        return Result<TeamServerAddress>::failure(
            tr("The team server's address is wrong: %1").arg(problems.join(u' ')));
    return address;
}

QString TeamServerAddress::toText() const
{
    QStringList parts{QStringLiteral("host=") + host, QStringLiteral("port=%1").arg(port),
                      QStringLiteral("dbname=") + database, QStringLiteral("user=") + user};
    for (const QString& key : tlsKeys) {
        if (tls.contains(key))
            parts << key + u'=' + tls.value(key);
    }
    return parts.join(u' ');
}

TeamConnection::TeamConnection(QString connectionName, QString user)
    : m_connectionName(std::move(connectionName))
    , m_user(std::move(user))
{}

TeamConnection::~TeamConnection()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase TeamConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<TeamConnection>> TeamConnection::open(const TeamServerAddress& address,
                                                             const SecretBytes& password,
                                                             const SecretBytes& keyPassphrase)
{
    using Opened = Result<std::unique_ptr<TeamConnection>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Opened::failure(tr("Qt's PostgreSQL driver is missing: install the Debian package "
                                  "libqt6sql6-psql."));
    static std::once_flag hookInstalled;
    std::call_once(hookInstalled, [] { PQsetSSLKeyPassHook_OpenSSL(passphraseWithoutPrompt); });
    std::unique_ptr<TeamConnection> connection(new TeamConnection(nextConnectionName(), address.user));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection->m_connectionName);
    database.setHostName(address.host);
    database.setPort(address.port);
    database.setDatabaseName(address.database);
    database.setUserName(address.user);
    // A connection that dies mid-sync (a laptop leaving the wifi) is noticed within ~30 s: a
    // lock or a close waits for the sync to end, and must not wait for TCP's hours.
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name='Thuis in de Wijk'"), QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=10"), QStringLiteral("keepalives_interval=5"),
                        QStringLiteral("keepalives_count=3"), QStringLiteral("tcp_user_timeout=30000"),
                        // A row or table another holds (a colleague's push, a handover) is waited for 15 s at
                        // most, so nothing the user waits for hangs on it.
                        QStringLiteral("options='-c lock_timeout=15s'")};
    for (auto option = address.tls.cbegin(); option != address.tls.cend(); ++option)
        options << option.key() + u'=' + quoted(option.value());
    // The client key's passphrase (libpq's sslpassword), from the case file. Like the password, QtSql
    // keeps a copy of the options we cannot wipe (docs/security.md).
    if (keyPassphrase.bytes().contains(';'))
        return Opened::failure(tr("The passphrase of the certificate's key contains a semicolon, which Qt's "
                                  "PostgreSQL driver cannot pass on; give the key another passphrase."));
    if (!keyPassphrase.bytes().isEmpty())
        options << QStringLiteral("sslpassword=") + quoted(QString::fromUtf8(keyPassphrase.bytes()));
    database.setConnectOptions(options.join(u';'));
    // QtSql keeps the password as a QString: a copy we cannot wipe (docs/security.md).
    const bool opened = database.open(address.user, QString::fromUtf8(password.bytes()));
    if (!opened)
        return Opened::failure(tr("No connection with the team server %1 as %2: %3")
                                   .arg(address.host, address.user, describe(database.lastError())));
    QSqlQuery(database).exec(QStringLiteral("SET application_name = 'Thuis in de Wijk'"));
    return connection;
}

QString TeamConnection::describe(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL's own sentence, its first line without the "ERROR:" libpq puts before it.
    QString detail =
        (error.databaseText().isEmpty() ? error.text() : error.databaseText()).section(u'\n', 0, 0);
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s*"));
    detail.remove(severity);
    QString words;
    if (code == QLatin1String(noPermission))
        words = tr("the team server refuses this: you have no permission for it");
    else if (code == u"23505" || code == u"42710") // unique violation, duplicate object (a role)
        words = tr("the team server already has this");
    else if (code == u"23503")
        words = tr("the team server does not know what this refers to");
    else if (code.startsWith(u"08") || error.type() == QSqlError::ConnectionError)
        words = tr("the connection to the team server failed");
    else
        words = tr("the team server refused it");
    return code.isEmpty() ? tr("%1 (%2)").arg(words, detail.trimmed())
                          : tr("%1 (SQLSTATE %2: %3)").arg(words, code, detail.trimmed());
}
