#include "CliCommands.h"

#include "DashboardCommands.h"
#include "FormCommands.h"
#include "PdfCommands.h"
#include "StoreCommands.h"
#include "TeamCommands.h"
#include "TrajectoryCommands.h"

#include "application/BuildInfo.h"
#include "application/CommandLineLanguage.h"
#include "application/Settings.h"

namespace {
const QString programName = QStringLiteral("thuisindewijk-cli");
}

CliCommands::CliCommands(const Settings& settings, QTextStream& out, QTextStream& err)
    : m_settings(settings)
    , m_out(out)
    , m_err(err)
{
    m_commands = {
        {QStringLiteral("help"), tr("[command]"), tr("Show this help, or the help of one command."),
         [this](const QStringList& arguments) { return help(arguments); }},
        {QStringLiteral("version"), QString(), tr("Show version and licence."),
         [this](const QStringList& arguments) { return version(arguments); }},
        {QStringLiteral("store"),
         QStringLiteral("init FILE | check FILE | import FILE TRAJECTORY.json | event FILE DEELNEMER TYPE "
                        "YYYY-MM-DD | export FILE [--deelnemer ID] [--output OUT.json] | rekey FILE"),
         tr("Create a new encrypted case file, check one (integrity and audit chain), import a trajectory "
            "file into one, record one event (checked by the rules), export its contents as JSON (AVG "
            "inzage), or change its passphrase. The "
            "passphrase "
            "comes from THUIS_PASSPHRASE or standard input; a new one from THUIS_NEW_PASSPHRASE or the next "
            "line."),
         [this](const QStringList& arguments) { return StoreCommands(m_out, m_err).run(arguments); }},
        {QStringLiteral("audit"), QStringLiteral("verify FILE [BACKUP-OR-EXPORT ...]"),
         tr("Check the case file's audit chain (keyed links, the data it covers, the heads recorded in its "
            "backups, in the exports named and, for a file in a team, on the team server) and name what does "
            "not "
            "match."),
         [this](const QStringList& arguments) { return StoreCommands(m_out, m_err).audit(arguments); }},
        {QStringLiteral("trajectory"), QStringLiteral("evaluate FILE.json [--today YYYY-MM-DD] [--json]"),
         tr("Evaluate a trajectory file: phase, deadlines and omklap."),
         [this](const QStringList& arguments) {
             return TrajectoryCommands(m_settings.holidayPolicy(), m_out, m_err).trajectory(arguments);
         }},
        {QStringLiteral("forms"),
         QStringLiteral(
             "validate [DIR] | template --form FORM --edition EDITION | fill STORE --deelnemer ID "
             "--form FORM [--edition EDITION] --answers FILE [--finalise] | show STORE --form-id ID "
             "[--json]"),
         tr("Check every form definition (the ones in this program or those in DIR, FORM/EDITION.json) and "
            "name each problem, print a JSON skeleton of one form's fields, store a filled-in form (made "
            "final with its trajectory events on request), or show a stored form."),
         [this](const QStringList& arguments) { return FormCommands(m_out, m_err).run(arguments); }},
        {QStringLiteral("pdf"),
         QStringLiteral(
             "export STORE --form ID --out FILE [--for PARTY] [--sign CERT.p12] | blank --form FORM "
             "--edition EDITION --out FILE [--store STORE --deelnemer ID] | verify FILE"),
         tr("Export a stored form as a PDF for the deelnemer, the zorgaanbieder or the woningcorporatie, "
            "sealed with a certificate on request (passphrase from THUIS_CERT_PASSPHRASE or standard input); "
            "an empty form to fill in by hand; or check every signature in a PDF."),
         [this](const QStringList& arguments) { return PdfCommands(m_out, m_err).run(arguments); }},
        {QStringLiteral("demo"),
         QStringLiteral("generate STORE --count N --seed S [--begeleiders K] [--today YYYY-MM-DD]"),
         tr("Fill a new or empty case file with fictitious participants and realistic trajectories, each "
            "checked by the trajectory engine. The same seed gives the same data."),
         [this](const QStringList& arguments) {
             return DashboardCommands(m_settings.holidayPolicy(), m_out, m_err).demo(arguments);
         }},
        {QStringLiteral("dashboard"),
         QStringLiteral(
             "STORE [--today YYYY-MM-DD] [--json] [--zonder-namen] [--begeleider NAAM] [--team TEAM] "
             "[--corporatie NAAM] [--stadsdeel NAAM] [--profiel ID] [--van YYYY-MM-DD] [--tot YYYY-MM-DD] "
             "[--pdf FILE] [--csv FILE]"),
         tr("The teamleider's figures of a case file: counts per phase, begeleider and corporation, overdue "
            "deadlines, who can be put forward for omklap, and the quality figures per quarter."),
         [this](const QStringList& arguments) {
             return DashboardCommands(m_settings.holidayPolicy(), m_out, m_err).dashboard(arguments);
         }},
        {QStringLiteral("team"),
         QStringLiteral(
             "server init|upgrade | user add NAME --role ROLE --team TEAM | user remove NAME | user "
             "password NAME | assign DEELNEMER BEGELEIDER  (each with --server ADDRESS)"),
         tr("The team server (PostgreSQL): make or upgrade its schema, add or remove a person (begeleider, "
            "teamleider or beheerder), set a person's password (THUIS_NEW_TEAM_PASSWORD or standard input), "
            "hand a participant to a begeleider. The password to connect comes from THUIS_TEAM_PASSWORD."),
         [this](const QStringList& arguments) { return TeamCommands(m_out, m_err).run(arguments); }},
        {QStringLiteral("rules"),
         QStringLiteral(
             "diagram --profile PROFILE [--format dot|mermaid] | explain --profile PROFILE [--tests DIR]"),
         tr("Print the transition table of a rule profile as a diagram, or every rule of a profile with the "
            "words of the document it comes from and the tests in DIR that check it (Markdown)."),
         [this](const QStringList& arguments) {
             return TrajectoryCommands(m_settings.holidayPolicy(), m_out, m_err).rules(arguments);
         }},
    };
}

int CliCommands::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        printUsage();
        return UsageError;
    }
    const QString& first = arguments.first();
    if (first == u"--help" || first == u"-h")
        return help(arguments.mid(1));
    if (first == u"--version" || first == u"-v")
        return version(arguments.mid(1));

    if (const Command* command = find(first))
        return command->run(arguments.mid(1));

    m_err << tr("Unknown command \"%1\". Run \"%2 help\" for the list of commands.").arg(first, programName)
          << Qt::endl;
    return UsageError;
}

int CliCommands::help(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        printUsage();
        return Success;
    }
    const Command* command = find(arguments.first());
    if (!command) {
        m_err << tr("There is no command \"%1\". Run \"%2 help\" for the list of commands.")
                     .arg(arguments.first(), programName)
              << Qt::endl;
        return UsageError;
    }
    m_out << tr("Usage: %1 %2 %3").arg(programName, command->name, command->argumentsSynopsis).trimmed()
          << Qt::endl
          << Qt::endl
          << command->summary << Qt::endl;
    return Success;
}

int CliCommands::version(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        m_err << tr("The command \"version\" takes no arguments.") << Qt::endl;
        return UsageError;
    }
    m_out << BuildInfo::versionReport() << Qt::endl;
    return Success;
}

void CliCommands::printUsage()
{
    m_out << BuildInfo::purpose() << Qt::endl
          << Qt::endl
          << tr("Usage: %1 [--lang nl|en] <command> [arguments]").arg(programName) << Qt::endl
          << Qt::endl
          << tr("Commands:") << Qt::endl;
    for (const Command& command : m_commands) {
        const QString synopsis = (command.name + u' ' + command.argumentsSynopsis).trimmed();
        m_out << QStringLiteral("  %1\n      %2").arg(synopsis).arg(command.summary) << Qt::endl;
    }
    m_out << Qt::endl
          << tr("Options:") << Qt::endl
          << QStringLiteral("  %1  %2")
                 .arg(QStringLiteral("--lang nl|en"), -20)
                 .arg(CommandLineLanguage::optionDescription())
          << Qt::endl
          << QStringLiteral("  %1  %2")
                 .arg(QStringLiteral("--version"), -20)
                 .arg(tr("Show version and licence."))
          << Qt::endl
          << QStringLiteral("  %1  %2").arg(QStringLiteral("--help"), -20).arg(tr("Show this help."))
          << Qt::endl
          << Qt::endl
          << tr("Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.") << Qt::endl;
}

const CliCommands::Command* CliCommands::find(const QString& name) const
{
    for (const Command& command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

const Clock& CliCommands::clock()
{
    static const SystemClock system;
    return system;
}

Result<QHash<QString, QString>> CliCommands::options(const QStringList& arguments, const QStringList& valued,
                                                     const QStringList& flags, QStringList* positional)
{
    using Options = Result<QHash<QString, QString>>;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(u"--")) {
            if (positional != nullptr) {
                positional->append(argument);
                continue;
            }
            return Options::failure(tr("\"%1\" is not an option (options start with --).").arg(argument));
        }
        // "--today=2026-11-23" is the same as "--today 2026-11-23"; a flag takes no value.
        const qsizetype equals = argument.indexOf(u'=');
        const bool valueInline = equals > 2;
        const QString name = valueInline ? argument.left(equals) : argument;
        if (found.contains(name))
            return Options::failure(tr("The option %1 is given twice.").arg(name));
        if (flags.contains(name)) {
            if (valueInline)
                return Options::failure(tr("The option %1 takes no value.").arg(name));
            found.insert(name, QStringLiteral("ja"));
            continue;
        }
        if (!valued.contains(name))
            return Options::failure(tr("Unknown option %1; this command knows %2.")
                                        .arg(name, (valued + flags).join(QStringLiteral(", "))));
        if (valueInline) {
            found.insert(name, argument.mid(equals + 1));
            continue;
        }
        if (i + 1 >= arguments.size())
            return Options::failure(tr("The option %1 needs a value.").arg(name));
        const QString& value = arguments.at(++i);
        if (value.startsWith(u"--") && (valued.contains(value) || flags.contains(value)))
            return Options::failure(tr("The option %1 needs a value, not the option %2.").arg(name, value));
        found.insert(name, value);
    }
    return found;
}
