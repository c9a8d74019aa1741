#include "CliCommands.h"

#include "application/BuildInfo.h"
#include "application/CommandLineLanguage.h"
#include "application/Settings.h"
#include "application/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    BuildInfo::identifyApplication();

    QTextStream out(stdout);
    QTextStream err(stderr);

    const CommandLineLanguage requested = CommandLineLanguage::scan(QCoreApplication::arguments());
    const Settings settings;
    Translations translations;
    // A translation that fails to load leaves English texts: worth a line on stderr, not a failure.
    for (const QString& problem : translations.install(requested.requested().value_or(settings.language())))
        err << problem << Qt::endl;
    if (!requested.error().isEmpty()) {
        err << requested.error() << Qt::endl;
        return CliCommands::UsageError;
    }

    CliCommands commands(settings, out, err);
    return commands.run(requested.remainingArguments());
}
