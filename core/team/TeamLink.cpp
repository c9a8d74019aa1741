#include "team/TeamLink.h"

#include "store/StoreError.h"
#include "store/TeamOutbox.h"

#include <QSqlError>
#include <QSqlQuery>

Result<std::optional<TeamLink::Details>> TeamLink::read(const QSqlDatabase& caseFile)
{
    using Found = Result<std::optional<Details>>;
    QSqlQuery query(caseFile);
    if (!query.exec(
            QStringLiteral("SELECT address, user, team, cursor, linked_at, last_sync FROM team_link")))
        return Found::failure(StoreError::describe(query.lastError()));
    if (!query.next())
        return Found(std::nullopt);
    const Result<TeamServerAddress> address = TeamServerAddress::parse(query.value(0).toString());
    if (!address)
        return Found::failure(address.errors());
    Details details{address.value(), query.value(2).toString(), query.value(3).toLongLong(),
                    QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs), std::nullopt};
    if (!query.value(5).isNull())
        details.lastSync = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    return Found(std::move(details));
}

namespace {

// A secret column of team_link, copied once into wiped memory.
Result<SecretBytes> secretColumn(const QSqlDatabase& caseFile, const QString& column)
{
    QSqlQuery query(caseFile);
    if (!query.exec(QStringLiteral("SELECT %1 FROM team_link").arg(column)))
        return Result<SecretBytes>::failure(StoreError::describe(query.lastError()));
    if (!query.next())
        return Result<SecretBytes>::failure(TeamLink::tr("This case file is not linked to a team."));
    QByteArray bytes = query.value(0).toByteArray();
    SecretBytes secret(QByteArray(bytes.constData(), bytes.size()));
    bytes.fill('\0');
    return secret;
}

} // namespace

Result<SecretBytes> TeamLink::password(const QSqlDatabase& caseFile)
{
    return secretColumn(caseFile, QStringLiteral("password"));
}

Result<SecretBytes> TeamLink::keyPassphrase(const QSqlDatabase& caseFile)
{
    return secretColumn(caseFile, QStringLiteral("key_passphrase"));
}

Result<std::shared_ptr<const TeamLink::Credentials>> TeamLink::credentials(const QSqlDatabase& caseFile)
{
    using Read = Result<std::shared_ptr<const Credentials>>;
    const Result<std::optional<Details>> link = read(caseFile);
    if (!link)
        return Read::failure(link.errors());
    if (!link.value())
        return Read::failure(tr("This case file is not linked to a team."));
    Result<SecretBytes> secret = password(caseFile);
    Result<SecretBytes> keySecret = keyPassphrase(caseFile);
    if (!secret || !keySecret)
        return Read::failure(!secret ? secret.errors() : keySecret.errors());
    auto credentials = std::make_shared<Credentials>();
    credentials->address = link.value()->address;
    credentials->password = std::move(secret).value();
    credentials->keyPassphrase = std::move(keySecret).value();
    return std::shared_ptr<const Credentials>(std::move(credentials));
}

Result<std::unique_ptr<TeamConnection>> TeamLink::Credentials::connect() const
{
    return TeamConnection::open(address, password, keyPassphrase);
}

QString TeamLink::join(QSqlDatabase caseFile, const TeamServerAddress& address, const SecretBytes& password,
                       const SecretBytes& keyPassphrase, const QString& team, const Actor& actor,
                       const QDateTime& now)
{
    const Result<std::optional<Details>> existing = read(caseFile);
    if (!existing)
        return existing.errors().join(u' ');
    if (existing.value())
        return tr("This case file is already linked to team %1 on %2; nothing was changed.")
            .arg(existing.value()->team, existing.value()->address.host);
    if (!caseFile.transaction())
        return StoreError::describe(caseFile.lastError());
    QSqlQuery query(caseFile);
    query.prepare(QStringLiteral("INSERT INTO team_link (id, address, user, team, password, key_passphrase, "
                                 "linked_at) VALUES (1, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(address.toText()), QVariant(address.user), QVariant(team), QVariant(password.bytes()),
          QVariant(keyPassphrase.bytes()), QVariant(now.toUTC().toString(Qt::ISODateWithMs))})
        query.addBindValue(value);
    QString error = query.exec() ? QString() : StoreError::describe(query.lastError());
    if (error.isEmpty())
        error = TeamOutbox::enqueueEverything(caseFile, actor, now);
    if (error.isEmpty())
        error = AuditLog(caseFile).append(
            {now, actor, QStringLiteral("team"), team, std::nullopt, address.user + u'@' + address.host});
    if (!error.isEmpty()) {
        caseFile.rollback();
        return tr("The case file was not linked to the team: %1").arg(error);
    }
    return caseFile.commit() ? QString() : StoreError::describe(caseFile.lastError());
}

Result<int> TeamLink::unsent(const QSqlDatabase& caseFile)
{
    QSqlQuery query(caseFile);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !query.next())
        return Result<int>::failure(StoreError::describe(query.lastError()));
    return query.value(0).toInt();
}

Result<TeamServerAddress> TeamLink::leave(QSqlDatabase caseFile, const Actor& actor, const QDateTime& now)
{
    using Left = Result<TeamServerAddress>;
    const Result<std::optional<Details>> existing = read(caseFile);
    if (!existing)
        return Left::failure(existing.errors());
    if (!existing.value())
        return Left::failure(tr("This case file is not linked to a team."));
    if (!caseFile.transaction())
        return Left::failure(StoreError::describe(caseFile.lastError()));
    QSqlQuery query(caseFile);
    // The audit row first, while the file is linked: it is about no participant, so it stays here.
    QString error = AuditLog(caseFile).append(
        {now, actor, QStringLiteral("team"), existing.value()->team,
         existing.value()->address.user + u'@' + existing.value()->address.host, std::nullopt});
    for (const QString& statement :
         {QStringLiteral("DELETE FROM outbox"), QStringLiteral("DELETE FROM team_holder"),
          QStringLiteral("DELETE FROM team_refused"), QStringLiteral("DELETE FROM team_link")}) {
        if (error.isEmpty() && !query.exec(statement))
            error = StoreError::describe(query.lastError());
    }
    if (!error.isEmpty() || !caseFile.commit()) {
        if (error.isEmpty())
            error = StoreError::describe(caseFile.lastError());
        caseFile.rollback();
        return Left::failure(tr("The case file still is linked to the team: %1").arg(error));
    }
    return existing.value()->address;
}

Result<QString> TeamLink::teamOnServer(const QSqlDatabase& server)
{
    QSqlQuery query(server);
    if (!query.exec(QStringLiteral("SELECT team FROM thuis.medewerker WHERE rol = current_user AND actief")))
        return Result<QString>::failure(TeamConnection::describe(query.lastError()));
    if (!query.next())
        return Result<QString>::failure(
            tr("The team server knows no active colleague by this name: ask the beheerder to add you."));
    return query.value(0).toString();
}
