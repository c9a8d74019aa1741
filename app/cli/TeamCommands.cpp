#include "TeamCommands.h"

#include "CliCommands.h"
#include "PassphraseInput.h"
#include "TeamFileCommands.h"

#include "team/TeamAdministration.h"
#include "team/TeamSchema.h"

int TeamCommands::usage()
{
    m_err << tr("Usage: thuisindewijk-cli team server init|upgrade --server ADDRESS |\n"
                "  join FILE --server ADDRESS --user NAME | sync FILE | status FILE | requeue FILE |\n"
                "  user add NAME --role begeleider|teamleider|beheerder --team TEAM --server ADDRESS |\n"
                "  user remove NAME --server ADDRESS | user password NAME --server ADDRESS |\n"
                "  assign DEELNEMER BEGELEIDER --server ADDRESS\n"
                "ADDRESS: \"host=... port=... dbname=... user=... sslmode=verify-full sslrootcert=... "
                "sslcert=... sslkey=...\"")
          << Qt::endl;
    return CliCommands::UsageError;
}

int TeamCommands::run(const QStringList& arguments)
{
    const QString first = arguments.value(0);
    if (first == u"join" || first == u"sync" || first == u"status" || first == u"requeue")
        return TeamFileCommands(m_out, m_err).run(arguments);
    QStringList positional;
    const Result<QHash<QString, QString>> options = CliCommands::options(
        arguments, {QStringLiteral("--server"), QStringLiteral("--role"), QStringLiteral("--team")}, {},
        &positional);
    if (!options) {
        m_err << options.errors().join(u' ') << Qt::endl;
        return usage();
    }
    if (!options->contains(QStringLiteral("--server"))) {
        m_err << tr("Which team server? Give --server \"host=... user=...\".") << Qt::endl;
        return usage();
    }
    const QString command = positional.value(0);
    if (command == u"server" && positional.size() == 2 &&
        (positional.at(1) == u"init" || positional.at(1) == u"upgrade"))
        return server(positional.at(1), options.value());
    if (command == u"user")
        return user(positional.mid(1), options.value());
    if (command == u"assign")
        return assign(positional.mid(1), options.value());
    return usage();
}

std::unique_ptr<TeamConnection> TeamCommands::connect(const QHash<QString, QString>& options)
{
    const Result<TeamServerAddress> address =
        TeamServerAddress::parse(options.value(QStringLiteral("--server")));
    if (!address) {
        m_err << address.errors().join(u' ') << Qt::endl;
        return nullptr;
    }
    Result<std::unique_ptr<TeamConnection>> connection =
        TeamConnection::open(address.value(), SecretBytes::takeFromEnvironment("THUIS_TEAM_PASSWORD"),
                             SecretBytes::takeFromEnvironment("THUIS_TEAM_KEY_PASSPHRASE"));
    if (!connection) {
        m_err << connection.errors().join(u' ') << Qt::endl;
        return nullptr;
    }
    return std::move(connection).value();
}

int TeamCommands::server(const QString& action, const QHash<QString, QString>& options)
{
    for (const char* option : {"--role", "--team"}) {
        if (options.contains(QString::fromLatin1(option))) {
            m_err << tr("team server %1 takes no %2.").arg(action, QString::fromLatin1(option)) << Qt::endl;
            return usage();
        }
    }
    const auto connection = connect(options);
    if (!connection)
        return CliCommands::Failure;
    const int before = TeamSchema::currentVersion(connection->database());
    if (action == u"init" && before > 0) {
        m_err << tr("The team server already has the team schema (version %1): use team server upgrade.")
                     .arg(before)
              << Qt::endl;
        return CliCommands::Failure;
    }
    if (const QString error = TeamSchema::migrate(connection->database()); !error.isEmpty()) {
        m_err << error << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << (before == TeamSchema::latestVersion()
                  ? tr("The team schema is at version %1 already; nothing changed.").arg(before)
                  : tr("The team schema is at version %1 (was %2).")
                        .arg(TeamSchema::latestVersion())
                        .arg(before))
          << Qt::endl;
    return CliCommands::Success;
}

int TeamCommands::user(const QStringList& positional, const QHash<QString, QString>& options)
{
    const QString action = positional.value(0);
    const QString name = positional.value(1);
    if (positional.size() != 2 || (action != u"add" && action != u"remove" && action != u"password"))
        return usage();
    const bool adding = action == u"add";
    if (adding != options.contains(QStringLiteral("--role")) ||
        adding != options.contains(QStringLiteral("--team"))) {
        m_err << (adding ? tr("team user add needs --role and --team.")
                         : tr("team user %1 takes no --role or --team.").arg(action))
              << Qt::endl;
        return usage();
    }
    if (const QString problem = TeamAdministration::nameProblem(name); !problem.isEmpty()) {
        m_err << problem << Qt::endl;
        return CliCommands::UsageError;
    }
    SecretBytes password;
    if (action == u"password") {
        QString error;
        password = PassphraseInput::read(PassphraseInput::Purpose::NewTeamPassword, m_err, error);
        if (password.bytes().isEmpty()) {
            m_err << error << Qt::endl;
            return CliCommands::Failure;
        }
    }
    const auto connection = connect(options);
    if (!connection)
        return CliCommands::Failure;
    TeamAdministration administration(connection->database());
    const QString error = adding ? administration.addUser(name, options.value(QStringLiteral("--role")),
                                                          options.value(QStringLiteral("--team")))
                          : action == u"remove" ? administration.removeUser(name)
                                                : administration.setPassword(name, password);
    if (!error.isEmpty()) {
        m_err << error << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << (adding ? tr("%1 is %2 in team %3.")
                           .arg(name, options.value(QStringLiteral("--role")),
                                options.value(QStringLiteral("--team")))
              : action == u"remove" ? tr("%1 can no longer log in; what they wrote stays theirs.").arg(name)
                                    : tr("The password of %1 is set.").arg(name))
          << Qt::endl;
    return CliCommands::Success;
}

int TeamCommands::assign(const QStringList& positional, const QHash<QString, QString>& options)
{
    if (positional.size() != 2 || options.contains(QStringLiteral("--role")) ||
        options.contains(QStringLiteral("--team")))
        return usage();
    const auto connection = connect(options);
    if (!connection)
        return CliCommands::Failure;
    if (const QString error =
            TeamAdministration(connection->database()).assign(positional.at(0), positional.at(1));
        !error.isEmpty()) {
        m_err << error << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << tr("%1 is assigned to %2.").arg(positional.at(0), positional.at(1)) << Qt::endl;
    return CliCommands::Success;
}
