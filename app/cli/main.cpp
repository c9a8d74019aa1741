#include "CliCommands.h"

#include "application/BuildInfo.h"
#include "application/CommandLineLanguage.h"
#include "application/Settings.h"
#include "application/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // Drawing a PDF needs fonts and a paint engine: a QGuiApplication, without a screen.
    // Every other command stays a plain QCoreApplication.
    const bool drawsPdf = std::any_of(argv + 1, argv + argc, [](const char* argument) {
        return std::strcmp(argument, "pdf") == 0 || std::strcmp(argument, "--pdf") == 0;
    });
    if (drawsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        drawsPdf ? std::make_unique<QGuiApplication>(argc, argv)
                 : std::make_unique<QCoreApplication>(argc, argv);
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
