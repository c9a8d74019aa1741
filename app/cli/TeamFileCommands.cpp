#include "TeamFileCommands.h"

#include "CliCommands.h"
#include "StoreCommands.h"

#include "common/DateText.h"
#include "store/TeamOutbox.h"
#include "team/TeamLink.h"
#include "team/TeamServer.h"
#include "team/TeamStatus.h"
#include "team/TeamSyncWorker.h"

int TeamFileCommands::run(const QStringList& arguments)
{
    QStringList positional;
    const QString command = arguments.value(0);
    const QStringList valued = command == u"join"
                                   ? QStringList{QStringLiteral("--server"), QStringLiteral("--user")}
                                   : QStringList{};
    const Result<QHash<QString, QString>> options =
        CliCommands::options(arguments.mid(1), valued, {}, &positional);
    if (!options || positional.size() != 1) {
        if (!options)
            m_err << options.errors().join(u' ') << Qt::endl;
        m_err << tr("Usage: thuisindewijk-cli team join FILE --server ADDRESS --user NAME | team sync FILE | "
                    "team status FILE | team requeue FILE")
              << Qt::endl;
        return CliCommands::UsageError;
    }
    if (command == u"join")
        return join(positional.first(), options.value());
    if (command == u"sync")
        return sync(positional.first());
    if (command == u"requeue")
        return requeue(positional.first());
    return status(positional.first());
}

int TeamFileCommands::join(const QString& path, const QHash<QString, QString>& options)
{
    if (!options.contains(QStringLiteral("--server")) || !options.contains(QStringLiteral("--user"))) {
        m_err << tr("team join needs --server \"host=...\" and --user NAME.") << Qt::endl;
        return CliCommands::UsageError;
    }
    // The user is named once, with --user (an address that names one too is refused as "given twice").
    Result<TeamServerAddress> parsed =
        TeamServerAddress::parse(options.value(QStringLiteral("--server")) + QStringLiteral(" user=") +
                                 options.value(QStringLiteral("--user")));
    if (!parsed) {
        m_err << parsed.errors().join(u' ') << Qt::endl;
        return CliCommands::UsageError;
    }
    const TeamServerAddress address = std::move(parsed).value();
    const SecretBytes password = SecretBytes::takeFromEnvironment("THUIS_TEAM_PASSWORD");
    const SecretBytes keyPassphrase = SecretBytes::takeFromEnvironment("THUIS_TEAM_KEY_PASSPHRASE");
    const auto store = StoreCommands::openStore(path, m_err);
    if (!store)
        return CliCommands::Failure;
    // Proven first: a link that cannot connect is never written into the case file.
    const Result<std::unique_ptr<TeamConnection>> server =
        TeamConnection::open(address, password, keyPassphrase);
    if (!server) {
        m_err << server.errors().join(u' ') << Qt::endl;
        return CliCommands::Failure;
    }
    const Result<QString> team = TeamLink::teamOnServer(server.value()->database());
    if (!team) {
        m_err << team.errors().join(u' ') << Qt::endl;
        return CliCommands::Failure;
    }
    if (const QString error =
            TeamLink::join(store->database(), address, password, keyPassphrase, team.value(),
                           StoreCommands::commandLineActor(), CliCommands::clock().now());
        !error.isEmpty()) {
        m_err << error << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << tr("%1 is linked to team %2 as %3; what it holds is sent at the next team sync.")
                 .arg(path, team.value(), address.user)
          << Qt::endl;
    return CliCommands::Success;
}

int TeamFileCommands::sync(const QString& path)
{
    const auto store = StoreCommands::openStore(path, m_err);
    if (!store)
        return CliCommands::Failure;
    const Result<TeamSync::Report> report = TeamSyncWorker::runAndWait(
        *store, CliCommands::clock(), [this](const QString& line) { m_err << line << Qt::endl; });
    if (!report) {
        m_err << tr("The sync stopped: %1 What was not acknowledged by the server waits for the next sync.")
                     .arg(report.errors().join(u' '))
              << Qt::endl;
        return CliCommands::Failure;
    }
    for (const QString& note : report->notes)
        m_out << note << Qt::endl;
    m_out << tr("sent %1, received %2, flagged %3, quarantined %4, not put in %5, taken off %6")
                 .arg(report->sent)
                 .arg(report->received)
                 .arg(report->flagged)
                 .arg(report->quarantined)
                 .arg(report->notApplied)
                 .arg(report->removed)
          << Qt::endl;
    return report->quarantined + report->notApplied > 0 ? CliCommands::Failure : CliCommands::Success;
}

int TeamFileCommands::requeue(const QString& path)
{
    const auto store = StoreCommands::openStore(path, m_err);
    if (!store)
        return CliCommands::Failure;
    const Result<int> requeued = TeamOutbox::requeue(store->database());
    if (!requeued) {
        m_err << requeued.errors().join(u' ') << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << tr("%n quarantined item(s) wait to be sent again at the next team sync.", nullptr,
                requeued.value())
          << Qt::endl;
    return CliCommands::Success;
}

int TeamFileCommands::status(const QString& path)
{
    const auto store = StoreCommands::openStore(path, m_err);
    if (!store)
        return CliCommands::Failure;
    const QSqlDatabase caseFile = store->database();
    const Result<std::optional<TeamLink::Details>> link = TeamLink::read(caseFile);
    if (!link) {
        m_err << link.errors().join(u' ') << Qt::endl;
        return CliCommands::Failure;
    }
    if (!link.value()) {
        m_out << tr("%1 is not linked to a team.").arg(path) << Qt::endl;
        return CliCommands::Success;
    }
    const TeamLink::Details& details = *link.value();
    m_out
        << tr("team: %1, user: %2, server: %3").arg(details.team, details.address.user, details.address.host)
        << Qt::endl
        << tr("last sync: %1")
               .arg(details.lastSync ? DateText::moment(details.lastSync->toLocalTime()) : tr("never"))
        << Qt::endl;
    const Result<TeamStatus> status = TeamStatus::read(caseFile);
    if (!status) {
        m_err << status.errors().join(u' ') << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << tr("waiting to be sent: %1, quarantined: %2, flagged for review: %3")
                 .arg(status->waiting)
                 .arg(status->quarantined)
                 .arg(status->forReview())
          << Qt::endl;
    for (const TeamStatus::Refused& refused : status->refused)
        m_out << tr("quarantined: %1, %n item(s): %2", nullptr, refused.items)
                     .arg(refused.participantId, refused.reason)
              << Qt::endl;
    for (const TeamStatus::Flag& flag : status->flags)
        m_out << tr("flagged: %1 item %2: %3").arg(flag.participantId).arg(flag.volgnummer).arg(flag.reason)
              << Qt::endl;
    for (const TeamStatus::Reported& reported : status->refusedElsewhere)
        m_out << tr("refused on %1's laptop: %2, %n item(s): %3", nullptr, reported.items)
                     .arg(reported.reporter, reported.participantId, reported.reason)
              << Qt::endl;
    return CliCommands::Success;
}
