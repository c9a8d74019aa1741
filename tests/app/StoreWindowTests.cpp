// The case file in the window: new, open, wrong passphrase, lock and unlock, damage and restore.
#include "GuiFixture.h"

#include "MainWindow.h"
#include "NewStoreDialog.h"
#include "PassphraseWidgets.h"
#include "UnlockPage.h"

#include "NextDialog.h"
#include "Questions.h"
#include "RestoreBackupDialog.h"
#include "store/StoreBackups.h"
#include "store/StoreFormat.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/Trajectory.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

namespace {

const char* const strongPassphrase = "kraanvogel zomer fietsbel lantaarn";

QByteArray sha256(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(found != nullptr);
    return found;
}

QWidget* currentPage(MainWindow& window)
{
    return window.findChild<QStackedWidget*>()->currentWidget();
}

// A case file made beforehand (with test-only key derivation), remembered as the last one used.
QString prepareStore(WindowFixture& fixture, bool withParticipant = false)
{
    const QString path = fixture.folder.filePath(QStringLiteral("dossiers.thuis"));
    REQUIRE(fixture.session.create(path, SecretBytes(QByteArray(strongPassphrase))).ok);
    if (withParticipant) {
        const auto trajectory = Trajectory::fromJson(
            R"({"profile": "amsterdam-2026", "deelnemer": {"id": "D-0001", "naam": "Fictief"}, "events": []})");
        REQUIRE(TrajectoryRepository(fixture.session.database())
                    .importTrajectory(trajectory.value(),
                                      {QStringLiteral("Test"), QString(), QStringLiteral("begeleider")},
                                      QDate(2026, 11, 23), fixture.clock.now())
                    .isEmpty());
        fixture.clock.advance(60); // a backup that holds the participant
        REQUIRE(StoreBackups(path).make(*fixture.session.store(), fixture.clock.now()).ok());
    }
    fixture.session.close();
    fixture.settings.setLastStorePath(path);
    return path;
}

} // namespace

TEST_CASE("New case file: strength shown while typing, weak refused, strong creates and backs up",
          "[gui][store]")
{
    WindowFixture fixture;
    const QString path = fixture.folder.filePath(QStringLiteral("nieuw.thuis"));
    NewStoreDialog dialog(fixture.session, path);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* create = child<QPushButton>(dialog, "createButton");
    auto* passphrase = child<QLineEdit>(dialog, "newPassphrase");
    auto* repeat = child<QLineEdit>(dialog, "repeatPassphrase");
    auto* meter = child<PassphraseStrengthMeter>(dialog, "strengthMeter");

    CHECK(passphrase->echoMode() == QLineEdit::Password);
    QTest::keyClicks(passphrase, QStringLiteral("welkom123"));
    QTest::keyClicks(repeat, QStringLiteral("welkom123"));
    CHECK_FALSE(meter->strongEnough());
    CHECK(meter->advice().contains(QStringLiteral("zwak")));
    CHECK_FALSE(create->isEnabled());
    saveScreenshot(dialog, "new-store-weak.png");

    passphrase->setText(QString::fromUtf8(strongPassphrase));
    repeat->setText(QStringLiteral("kraanvogel zomer fietsbel"));
    CHECK(meter->strongEnough());
    CHECK_FALSE(create->isEnabled()); // the two differ
    CHECK(child<QLabel>(dialog, "problem")->text().contains(QStringLiteral("verschillen")));
    repeat->setText(QString::fromUtf8(strongPassphrase));
    CHECK(create->isEnabled());
    saveScreenshot(dialog, "new-store-strong.png");

    create->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fixture.session.state() == StoreSession::State::Unlocked);
    CHECK(QFile::exists(path));
    CHECK(StoreBackups(path).list().size() == 1);
    CHECK(passphrase->text().isEmpty());
}

TEST_CASE("A wrong passphrase is said under the field, the focus stays there, the file is unchanged",
          "[gui][store]")
{
    WindowFixture fixture;
    const QString path = prepareStore(fixture);
    const QByteArray before = sha256(path);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.resize(900, 600);
    window.show();
    window.showStart();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(currentPage(window)->objectName() == QStringLiteral("unlockPage"));

    typePassphraseAndEnter(window, "kraanvogel winter fietsbel lantaarn");
    auto* field = child<QLineEdit>(window, "unlockPassphrase");
    CHECK(child<QLabel>(*child<QWidget>(window, "unlockPage"), "problem")
              ->text()
              .contains(QStringLiteral("opent dit dossierbestand niet")));
    CHECK(window.focusWidget() == field);
    CHECK(field->text().isEmpty());
    CHECK(fixture.session.state() == StoreSession::State::Closed);
    CHECK(sha256(path) == before);
    saveScreenshot(window, "unlock-wrong-passphrase.png");

    typePassphraseAndEnter(window, strongPassphrase);
    CHECK(fixture.session.state() == StoreSession::State::Unlocked);
    CHECK(currentPage(window)->objectName() == QStringLiteral("caseloadPage"));
    CHECK(window.windowTitle() == QStringLiteral("dossiers — Thuis in de Wijk"));
    saveScreenshot(window, "store-open.png");
}

TEST_CASE("Ctrl+L locks: database closed, lock screen, unlocking returns to where the user was",
          "[gui][store]")
{
    WindowFixture fixture;
    prepareStore(fixture);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.resize(900, 600);
    window.show();
    window.showStart();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    typePassphraseAndEnter(window, strongPassphrase);
    REQUIRE(currentPage(window)->objectName() == QStringLiteral("caseloadPage"));

    CHECK(child<QAction>(window, "lockAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    CHECK(fixture.session.state() == StoreSession::State::Locked);
    CHECK_FALSE(fixture.session.database().isOpen());
    CHECK(currentPage(window)->objectName() == QStringLiteral("unlockPage"));
    CHECK(window.windowTitle() == QStringLiteral("Vergrendeld — Thuis in de Wijk"));
    saveScreenshot(window, "locked.png");

    typePassphraseAndEnter(window, strongPassphrase);
    CHECK(fixture.session.state() == StoreSession::State::Unlocked);
    CHECK(currentPage(window)->objectName() == QStringLiteral("caseloadPage"));
}

TEST_CASE("After five minutes without input the case file locks itself (injected clock)", "[gui][store]")
{
    WindowFixture fixture;
    prepareStore(fixture);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.show();
    window.showStart();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    typePassphraseAndEnter(window, strongPassphrase);
    REQUIRE(fixture.session.state() == StoreSession::State::Unlocked);

    fixture.clock.advance(4 * 60);
    window.checkInactivity();
    CHECK(fixture.session.state() == StoreSession::State::Unlocked);
    QTest::keyClick(&window, Qt::Key_Shift); // any input starts the count again
    fixture.clock.advance(4 * 60);
    window.checkInactivity();
    CHECK(fixture.session.state() == StoreSession::State::Unlocked);
    fixture.clock.advance(60);
    window.checkInactivity();
    CHECK(fixture.session.state() == StoreSession::State::Locked);
    CHECK(currentPage(window)->objectName() == QStringLiteral("unlockPage"));
}

TEST_CASE("A damaged case file offers the latest backup, restored after confirmation", "[gui][store]")
{
    WindowFixture fixture;
    const QString path = prepareStore(fixture, true);
    qint64 offset = 200;
    const char* screenshot = "damaged-offer-restore.png";
    bool foundAtOpening = true;
    SECTION("its first page: the opening finds it") {}
    SECTION("its last page: found by the check of the backup the opening makes")
    {
        offset = QFileInfo(path).size() - StoreFormat::cipherPageSize(StoreFormat::current) + 200;
        screenshot = "damaged-found-by-backup.png";
        foundAtOpening = false;
    }
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(offset));
        file.write(QByteArray(64, '\x5a'));
    }
    const QByteArray damaged = sha256(path);
    const QStringList backups = QDir(StoreBackups(path).folder()).entryList(QDir::Files);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.resize(900, 600);
    window.show();
    window.showStart();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    typePassphraseAndEnter(window, strongPassphrase);
    // The first page: the opening refuses the file. The last: the file opens, and the backup the
    // opening starts on another thread finds the page, closes the file and says so.
    auto* problem = child<QLabel>(*child<QWidget>(window, "unlockPage"), "problem");
    CHECK(QTest::qWaitFor([&] { return problem->text().contains(QStringLiteral("is beschadigd")); }, 20000));
    CHECK(problem->isVisible());
    CHECK(fixture.session.state() == StoreSession::State::Closed);
    if (foundAtOpening) {
        CHECK(sha256(path) == damaged);
    } else {
        // The file was in use until the backup found the page: what was written then is in it,
        // and the damaged page is as it was, neither repaired nor overwritten.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        REQUIRE(file.seek(offset));
        CHECK(file.read(64) == QByteArray(64, '\x5a'));
    }
    auto* restore = child<QPushButton>(*child<QWidget>(window, "unlockPage"), "restoreButton");
    REQUIRE(restore->isVisible());
    CHECK(QDir(StoreBackups(path).folder()).entryList(QDir::Files) == backups); // none made, none gone
    saveScreenshot(window, screenshot);

    // The restore dialog is answered when it shows, its confirmation in advance (Questions).
    const NextDialog<RestoreBackupDialog> restoring([](RestoreBackupDialog& dialog) {
        saveScreenshot(dialog, "restore-dialog.png");
        child<QLineEdit>(dialog, "backupPassphrase")->setText(QString::fromUtf8(strongPassphrase));
        Questions::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(dialog, "restoreButton")->click();
    });
    restore->click();
    CHECK(restoring.answered());
    CHECK(Questions::lastText().startsWith(QStringLiteral("De back-up van ")));
    CHECK(fixture.session.state() == StoreSession::State::Unlocked);
    CHECK(TrajectoryRepository(fixture.session.database()).load(QStringLiteral("D-0001")).ok());
    CHECK(window.banner()->text().contains(QStringLiteral("voor-herstel")));
    saveScreenshot(window, "restored.png");
}
