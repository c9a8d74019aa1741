#pragma once
// Shared by the GUI tests: a fresh settings file, a clock that only moves when told, a session
// with test-only key derivation, and screenshots to look at (build/*/tests/app/screenshots).
#include "QtCatch.h"

#include "LanguageController.h"

#include "application/Clock.h"
#include "application/Settings.h"
#include "store/StoreSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

inline QString screenshotPath(const char* name)
{
    return QStringLiteral(THUIS_TEST_OUTPUT_DIR "/screenshots/") + QString::fromUtf8(name);
}

inline void saveScreenshot(QWidget& window, const char* name)
{
    QDir().mkpath(QStringLiteral(THUIS_TEST_OUTPUT_DIR "/screenshots"));
    for (int pass = 0; pass < 3;
         ++pass) // pending layout requests (wrapped text takes two), as the event loop would
        QCoreApplication::processEvents();
    const QPixmap shot = window.grab();
    REQUIRE_FALSE(shot.isNull());
    CHECK(shot.save(screenshotPath(name)));
}

// QApplication posts LanguageChange to the windows; the event loop delivers it in the app.
inline void processLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

// A fresh settings file per test, so no test depends on the developer's own preferences.
struct WindowFixture
{
    QTemporaryDir folder;
    Settings settings{folder.filePath(QStringLiteral("instellingen.ini"))};
    LanguageController languages{settings};
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0))};
    StoreSession session{clock, KdfParameters::cheapForTestsOnly()}; // test-only key derivation

    WindowFixture() { REQUIRE(languages.applyForThisRun(settings.language()).isEmpty()); }
};

// Types the passphrase on the passphrase page and presses Enter, as a user does.
inline void typePassphraseAndEnter(QWidget& window, const char* passphrase)
{
    auto* field = window.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
    REQUIRE(field != nullptr);
    field->setText(QString::fromUtf8(passphrase));
    QTest::keyClick(field, Qt::Key_Return);
}
