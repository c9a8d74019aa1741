#include "ApplicationIcon.h"
#include "LanguageController.h"
#include "MainWindow.h"

#include "application/BuildInfo.h"
#include "application/Clock.h"
#include "application/CommandLineLanguage.h"
#include "application/Settings.h"
#include "store/StoreSession.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

namespace {

void printLine(std::FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    BuildInfo::identifyApplication();
    QApplication::setDesktopFileName(BuildInfo::applicationId());
    QApplication::setWindowIcon(applicationIcon());

    Settings settings;
    LanguageController languages(settings);

    // The language first, so that --help is printed in it.
    const CommandLineLanguage requested = CommandLineLanguage::scan(QApplication::arguments());
    const QStringList translationProblems =
        languages.applyForThisRun(requested.requested().value_or(settings.language()));
    if (!requested.error().isEmpty()) {
        printLine(stderr, requested.error());
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(BuildInfo::purpose());
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QApplication::translate("main", "Show version and licence."));
    parser.addOption(versionOption);
    parser.addOption({QStringLiteral("lang"), CommandLineLanguage::optionDescription(),
                      QApplication::translate("main", "nl|en")});
    const QCommandLineOption storeOption(
        QStringLiteral("store"), QApplication::translate("main", "Open this case file (dossierbestand)."),
        QApplication::translate("main", "file"));
    const QCommandLineOption participantOption(
        QStringLiteral("deelnemer"),
        QApplication::translate("main", "Open this participant's dossier (with --store)."),
        QApplication::translate("main", "id"));
    parser.addOption(storeOption);
    parser.addOption(participantOption);
    parser.process(application); // handles --help and unknown options (exit code 1)

    if (parser.isSet(versionOption)) {
        printLine(stdout, BuildInfo::versionReport());
        return 0;
    }

    SystemClock clock;
    StoreSession session(clock); // store format 1 key derivation: the app never uses test parameters
    MainWindow window(settings, languages, session, clock);
    QStringList startupProblems = translationProblems;
    if (!settings.problem().isEmpty())
        startupProblems << settings.problem();
    window.reportProblems(MessageBanner::Severity::Warning, startupProblems);
    window.show();
    if (parser.isSet(storeOption))
        window.openFromCommandLine(parser.value(storeOption), parser.value(participantOption));
    else
        window.showStart();
    return QApplication::exec();
}
