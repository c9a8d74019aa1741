// The main() of every Catch2 test executable. Qt needs its application object before any
// translator, settings or widget is used; GUI tests need a QApplication on a display.
//
// catch_discover_tests runs these binaries at build time to list the tests (PLATFORM-NOTES):
// without a display a QApplication would abort there and silently register no tests, so the
// offscreen platform is chosen here unless the caller asked for another one (xvfb-run).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

#ifdef THUIS_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#elif defined(THUIS_TEST_PAINT) // PDFs: fonts and a paint engine, no widgets
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // Qt warns when XDG_RUNTIME_DIR is missing; a private 0700 folder keeps test output clean
    // and keeps the tests away from the real user's runtime files.
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtimeDir.isValid()) {
        QFile::setPermissions(runtimeDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    }

    TestApplication application(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("ThuisInDeWijkTests"));
    return Catch::Session().run(argc, argv);
}
