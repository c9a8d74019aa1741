#include "GuiFixture.h"

#include "AboutDialog.h"
#include "ApplicationIcon.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"

#include "application/BuildInfo.h"
#include "application/Clock.h"
#include "application/Settings.h"
#include "store/StoreSession.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

TEST_CASE("The main window opens in Dutch and switches to English from the Beeld menu", "[gui][mainwindow]")
{
    WindowFixture fixture;
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.resize(900, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CHECK(window.windowTitle() == QStringLiteral("Geen dossierbestand geopend — Thuis in de Wijk"));
    CHECK(menuTitles(window) == QStringList{QStringLiteral("&Bestand"), QStringLiteral("Be&werken"),
                                            QStringLiteral("Bee&ld"), QStringLiteral("&Help")});
    saveScreenshot(window, "mainwindow-nl.png");

    auto* english = window.findChild<QAction*>(QStringLiteral("englishAction"));
    REQUIRE(english != nullptr);
    english->trigger();
    processLanguageChange();

    CHECK(window.windowTitle() == QStringLiteral("No case file open — Thuis in de Wijk"));
    CHECK(menuTitles(window) == QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                            QStringLiteral("&View"), QStringLiteral("&Help")});
    CHECK(english->isChecked());
    CHECK(fixture.settings.language() == UiLanguage::English);
    saveScreenshot(window, "mainwindow-en.png");

    // Back to Dutch so the choice is not only one-way.
    window.chooseLanguage(UiLanguage::Dutch);
    processLanguageChange();
    CHECK(window.windowTitle().startsWith(QStringLiteral("Geen dossierbestand")));
    CHECK(window.findChild<QAction*>(QStringLiteral("dutchAction"))->isChecked());
}

TEST_CASE("Every menu can be reached from the keyboard with a distinct Alt key", "[gui][mainwindow]")
{
    WindowFixture fixture;
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    QSet<QChar> mnemonics;
    for (const QString& title : menuTitles(window)) {
        const qsizetype ampersand = title.indexOf(u'&');
        REQUIRE(ampersand >= 0);
        REQUIRE(ampersand + 1 < title.size());
        mnemonics.insert(title.at(ampersand + 1).toLower());
    }
    CHECK(mnemonics.size() == menuTitles(window).size());

    auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
    REQUIRE(quit != nullptr);
    CHECK(quit->shortcut() == QKeySequence(QKeySequence::Quit));
}

TEST_CASE("Problems are shown in the inline banner, which stays hidden otherwise", "[gui][banner]")
{
    WindowFixture fixture;
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CHECK_FALSE(window.banner()->isVisible());
    window.reportProblems(MessageBanner::Severity::Warning, {});
    CHECK_FALSE(window.banner()->isVisible());

    window.reportProblems(
        MessageBanner::Severity::Error,
        {QStringLiteral("Het instellingenbestand is beschadigd."), QStringLiteral("Tweede.")});
    CHECK(window.banner()->isVisible());
    CHECK(window.banner()->severity() == MessageBanner::Severity::Error);
    CHECK(window.banner()->text() == QStringLiteral("Het instellingenbestand is beschadigd.\nTweede."));
    saveScreenshot(window, "mainwindow-banner.png");

    window.banner()->dismiss();
    CHECK_FALSE(window.banner()->isVisible());
}

TEST_CASE("Closing the window remembers its size for the next start", "[gui][mainwindow]")
{
    WindowFixture fixture;
    {
        MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
        window.resize(777, 555);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    CHECK_FALSE(fixture.settings.mainWindowGeometry().isEmpty());
    MainWindow reopened(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    CHECK(reopened.size() == QSize(777, 555));
}

TEST_CASE("The preferences dialog offers both languages by their own names", "[gui][preferences]")
{
    PreferencesDialog dialog(UiLanguage::Dutch, Settings::defaultAutoLockMinutes,
                             Settings::defaultBackupIntervalHours);
    auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("languageChoice"));
    REQUIRE(choice != nullptr);
    CHECK(choice->currentText() == QStringLiteral("Nederlands"));
    CHECK(dialog.chosenLanguage() == UiLanguage::Dutch);
    choice->setCurrentIndex(choice->findText(QStringLiteral("English")));
    CHECK(dialog.chosenLanguage() == UiLanguage::English);
}

TEST_CASE("The organisation's signature settings: a file that is no PEM of certificates or an address that "
          "is no http(s) keeps the dialog open and says which",
          "[gui][preferences][signature]")
{
    WindowFixture fixture;
    PreferencesDialog dialog(UiLanguage::Dutch, Settings::defaultAutoLockMinutes,
                             Settings::defaultBackupIntervalHours);
    dialog.setSignatureSettings(QString(), QString());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* trusted = dialog.findChild<QLineEdit*>(QStringLiteral("trustedCertificates"));
    auto* timestamp = dialog.findChild<QLineEdit*>(QStringLiteral("timestampUrl"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("preferencesProblem"));
    REQUIRE((trusted && timestamp && problem));

    const QString notPem = fixture.folder.filePath(QStringLiteral("geen-certificaat.pem"));
    QFile file(notPem);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Dit is geen certificaat.\n");
    file.close();
    trusted->setText(notPem);
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(problem->text().contains(QStringLiteral("is geen PEM-bestand met certificaten")));

    trusted->clear();
    timestamp->setText(QStringLiteral("ftp://tijdstempel.voorbeeld.nl"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(problem->text().contains(QStringLiteral("is geen adres van een tijdstempeldienst")));
    saveScreenshot(dialog, "preferences-signatures.png");

    timestamp->setText(QStringLiteral("http://tijdstempel.voorbeeld.nl/tsa"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.timestampUrl() == QStringLiteral("http://tijdstempel.voorbeeld.nl/tsa"));
}

TEST_CASE("The SVG application icon is embedded and renders", "[gui][resources]")
{
    const QIcon icon = applicationIcon();
    const QImage image = icon.pixmap(QSize(64, 64)).toImage();
    REQUIRE_FALSE(image.isNull());
    // The teal background at the centre-left proves the SVG was rendered, not a blank pixmap.
    CHECK(image.pixelColor(8, 32) == QColor(0x1d, 0x6f, 0x72));
}

TEST_CASE("The About dialog shows version and licence in Dutch", "[gui][about]")
{
    WindowFixture fixture;
    AboutDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* text = dialog.findChild<QLabel*>(QStringLiteral("aboutText"));
    REQUIRE(text != nullptr);
    CHECK(dialog.windowTitle() == QStringLiteral("Over Thuis in de Wijk"));
    CHECK(text->text().contains(QStringLiteral("Versie ") + BuildInfo::version()));
    CHECK(text->text().contains(QStringLiteral("GPL-3.0-or-later")));
    saveScreenshot(dialog, "about-nl.png");
}
