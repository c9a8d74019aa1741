#include "MainWindow.h"

#include "AboutDialog.h"
#include "CaseloadPage.h"
#include "ChangePassphraseDialog.h"
#include "DashboardPage.h"
#include "DossierPage.h"
#include "FormWizardPage.h"
#include "HandoverDialog.h"
#include "ImportTrajectoryDialog.h"
#include "InactivityMonitor.h"
#include "LanguageController.h"
#include "NewParticipantDialog.h"
#include "NewStoreDialog.h"
#include "PreferencesDialog.h"
#include "RestoreBackupDialog.h"
#include "ReviewDialog.h"
#include "TeamDialog.h"
#include "TeamSyncController.h"
#include "TodayPage.h"
#include "UnlockPage.h"
#include "WelcomePage.h"

#include "application/BuildInfo.h"
#include "application/Settings.h"
#include "store/StoreSession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Who the audit log names for changes made in this window: the user profile (Voorkeuren).
Actor actorOf(const UserProfile& profile)
{
    return {profile.name, profile.function, profile.role};
}

// An action owned by the window, named for tests and accessibility, triggering `slot`.
template <typename Receiver, typename Slot>
QAction* createAction(Receiver* receiver, const char* name, Slot slot)
{
    auto* action = new QAction(receiver);
    action->setObjectName(QString::fromLatin1(name));
    QObject::connect(action, &QAction::triggered, receiver, slot);
    return action;
}

} // namespace

MainWindow::MainWindow(Settings& settings, LanguageController& languages, StoreSession& session,
                       const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_session(session)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));

    auto* central = new QWidget(this);
    m_banner = new MessageBanner(central);
    m_pages = new QStackedWidget(central);
    m_welcome = new WelcomePage(m_pages);
    m_unlock = new UnlockPage(session, m_pages);
    m_caseload = new CaseloadPage(session, m_pages);
    m_dossier = new DossierPage(session, actorOf(settings.userProfile()), m_pages);
    m_today = new TodayPage(m_pages);
    m_wizard = new FormWizardPage(session, actorOf(settings.userProfile()), m_pages);
    m_wizard->setSettings(&settings);
    m_dashboard = new DashboardPage(session, settings, actorOf(settings.userProfile()), m_pages);
    for (QWidget* page :
         {static_cast<QWidget*>(m_welcome), static_cast<QWidget*>(m_unlock),
          static_cast<QWidget*>(m_caseload), static_cast<QWidget*>(m_dossier), static_cast<QWidget*>(m_today),
          static_cast<QWidget*>(m_wizard), static_cast<QWidget*>(m_dashboard)})
        m_pages->addWidget(page);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_inactivity = new InactivityMonitor(clock, this);
    m_inactivity->setTimeoutMinutes(settings.autoLockMinutes());
    connect(m_inactivity, &InactivityMonitor::idle, this, &MainWindow::lockNow);
    m_session.setBackupIntervalHours(settings.backupIntervalHours());
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(5 * 60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::backUpIfDue);
    m_backupTimer->start();

    m_teamSync = new TeamSyncController(session, this);
    m_teamStatus = new QLabel(this);
    m_teamStatus->setObjectName(QStringLiteral("teamStatus"));
    m_teamExplain = new QToolButton(this);
    m_teamExplain->setObjectName(QStringLiteral("teamExplain"));
    m_teamStop = new QToolButton(this);
    m_teamStop->setObjectName(QStringLiteral("teamStop"));
    statusBar()->addPermanentWidget(m_teamStatus);
    statusBar()->addPermanentWidget(m_teamExplain);
    statusBar()->addPermanentWidget(m_teamStop);
    connect(m_teamStop, &QToolButton::clicked, m_teamSync, &TeamSyncController::stop);
    connect(m_teamSync, &TeamSyncController::statusChanged, this, &MainWindow::showTeamStatus);
    connect(m_teamExplain, &QToolButton::clicked, this,
            [this] { QMessageBox::information(this, tr("Team sync"), m_teamSync->explanation()); });
    connect(m_teamSync, &TeamSyncController::synced, this, [this] {
        // What the sync brought shows in the caseload and the dashboard at once; other pages at
        // their next opening.
        if (m_session.state() != StoreSession::State::Unlocked)
            return;
        if (m_pages->currentWidget() == m_caseload)
            m_caseload->refresh(m_clock.now().date(), m_settings.autoLockMinutes());
        else if (m_pages->currentWidget() == m_dashboard)
            m_dashboard->reload();
    });

    connect(m_welcome, &WelcomePage::newStoreRequested, this, &MainWindow::newStore);
    connect(m_welcome, &WelcomePage::openStoreRequested, this, &MainWindow::openStore);
    connect(m_unlock, &UnlockPage::opened, this, &MainWindow::storeOpened);
    connect(m_unlock, &UnlockPage::restoreRequested, this, &MainWindow::restoreBackup);
    connect(m_unlock, &UnlockPage::otherFileRequested, this, &MainWindow::closeStore);
    connect(&m_session, &StoreSession::stateChanged, this, &MainWindow::updateForSession);
    connect(&m_session, &StoreSession::openingBackupEnded, this, &MainWindow::openingBackupEnded);
    connect(m_caseload, &CaseloadPage::participantActivated, this, &MainWindow::openDossier);
    connect(m_dossier, &DossierPage::backRequested, this, [this] {
        // Back where the dossier was opened from; the dashboard reads only this participant again.
        if (m_dossierFromDashboard) {
            m_dashboard->participantChanged(m_dossier->participantId());
            m_pages->setCurrentWidget(m_dashboard);
            m_dashboard->tabs()->setFocus();
        } else {
            showCaseload();
        }
    });
    connect(m_dashboard, &DashboardPage::participantActivated, this, &MainWindow::openDossier);
    connect(m_dashboard, &DashboardPage::backRequested, this, &MainWindow::showCaseload);
    connect(m_dashboard, &DashboardPage::problem, this, [this](const QString& message) {
        m_banner->showMessage(MessageBanner::Severity::Warning, message);
    });
    connect(m_dossier, &DossierPage::formRequested, this, &MainWindow::openForm);
    connect(m_dossier, &DossierPage::problem, this, [this](const QString& message) {
        m_banner->showMessage(MessageBanner::Severity::Warning, message);
    });
    connect(m_wizard, &FormWizardPage::backRequested, this, &MainWindow::openDossier);
    connect(m_caseload, &CaseloadPage::todayRequested, this, &MainWindow::showToday);
    connect(m_caseload, &CaseloadPage::newParticipantRequested, this, &MainWindow::newParticipant);
    connect(m_caseload, &CaseloadPage::importRequested, this, &MainWindow::importTrajectory);
    connect(m_caseload, &CaseloadPage::handoverRequested, this, &MainWindow::handOver);
    connect(m_dossier, &DossierPage::handoverRequested, this, &MainWindow::handOver);
    connect(m_today, &TodayPage::participantActivated, this, &MainWindow::openDossier);
    connect(m_today, &TodayPage::backRequested, this, &MainWindow::showCaseload);

    createActions();
    createMenus();
    retranslate();
    restoreWindowLayout();
    updateForSession();
}

void MainWindow::showStart()
{
    const QString last = m_settings.lastStorePath();
    if (!last.isEmpty() && QFileInfo::exists(last))
        askPassphrase(last);
    else
        m_pages->setCurrentWidget(m_welcome);
}

bool MainWindow::openDossier(const QString& participantId)
{
    if (m_session.state() != StoreSession::State::Unlocked ||
        !m_dossier->show(participantId, m_clock.now().date()))
        return false;
    if (m_pages->currentWidget() != m_wizard) // the wizard returns to the dossier it came from
        m_dossierFromDashboard = m_pages->currentWidget() == m_dashboard;
    m_pages->setCurrentWidget(m_dossier);
    m_dossier->tabs()->setFocus();
    return true;
}

void MainWindow::showCaseload()
{
    m_caseload->refresh(m_clock.now().date(), m_settings.autoLockMinutes());
    m_pages->setCurrentWidget(m_caseload);
    m_caseload->table()->setFocus();
}

void MainWindow::newParticipant()
{
    NewParticipantDialog dialog(m_session, actorOf(m_settings.userProfile()), m_clock.now().date(), this);
    if (dialog.exec() == QDialog::Accepted)
        openDossier(dialog.participantId()); // the Tijdlijn starts with the aanmelding
}

void MainWindow::importTrajectory()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import trajectory"), QString(),
                                                      tr("Trajectory files (*.json)"));
    if (path.isEmpty())
        return;
    ImportTrajectoryDialog dialog(m_session, actorOf(m_settings.userProfile()), path, m_clock.now().date(),
                                  this);
    if (dialog.exec() == QDialog::Accepted)
        openDossier(dialog.participantId());
}

bool MainWindow::showDashboard()
{
    if (m_session.state() != StoreSession::State::Unlocked || !m_settings.userProfile().isTeamleider() ||
        !m_dashboard->open(m_clock.now().date()))
        return false;
    m_pages->setCurrentWidget(m_dashboard);
    m_dashboard->tabs()->setFocus();
    return true;
}

void MainWindow::showToday()
{
    m_today->show(m_caseload->rows(), m_clock.now().date());
    m_pages->setCurrentWidget(m_today);
    m_today->table()->setFocus();
}

void MainWindow::openFromCommandLine(const QString& path, const QString& participantId)
{
    m_pendingParticipant = participantId;
    SecretBytes passphrase = SecretBytes::takeFromEnvironment("THUIS_PASSPHRASE");
    if (passphrase.bytes().isEmpty()) {
        askPassphrase(path);
        return;
    }
    const StoreSession::Outcome outcome = m_session.open(path, std::move(passphrase));
    if (outcome.ok) {
        storeOpened(outcome.message);
        return;
    }
    askPassphrase(path);
    m_banner->showMessage(MessageBanner::Severity::Error, outcome.message);
}

// The backup begun at the opening ended while the file was in use. A damaged file is closed
// here, after what works on it has ended: the form's answers written (or kept in memory when that
// fails), the team sync stopped. Then the passphrase page says so and offers the latest backup, as
// when the damage is found at the opening itself. While a dialog is open it waits for the dialog.
void MainWindow::openingBackupEnded(const QString& path, const QString& message, bool damaged)
{
    if (path != m_session.path() || m_session.state() != StoreSession::State::Unlocked)
        return; // another file by now
    if (!damaged) {
        if (!message.isEmpty())
            m_banner->showMessage(MessageBanner::Severity::Warning, message);
        return;
    }
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(250, this, [this, path, message] { openingBackupEnded(path, message, true); });
        return;
    }
    static_cast<void>(pendingAnswersWritten(tr("Closing the damaged case file")));
    teamSyncEnded();
    m_session.close();
    m_pageBeforeLock = nullptr;
    m_banner->dismiss();
    m_pages->setCurrentWidget(m_unlock); // shown first: the message is fitted to the page's width
    m_unlock->showDamaged(path, message);
}

void MainWindow::askPassphrase(const QString& path)
{
    // Another case file replaces this one: answers not written yet belong to this one.
    if (path != m_session.path() && !pendingAnswersWritten(tr("Opening another case file")))
        return;
    if (path != m_session.path())
        teamSyncEnded();
    m_unlock->showFor(path, UnlockPage::Mode::Open);
    m_pages->setCurrentWidget(m_unlock);
    m_unlock->setFocus();
    m_unlock->showFor(path, UnlockPage::Mode::Open); // puts the focus in the passphrase field
}

namespace {

// Where a case file is suggested. On Windows, Documents is often redirected to OneDrive (an
// Intune policy, "Known Folder Move"): a file of personal data does not belong in a folder that
// is copied to a cloud, so there the suggestion is the local application data folder
// (docs/packaging.md; not run here). Elsewhere Documents.
QString caseFileFolder()
{
#ifdef Q_OS_WIN
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/Dossiers");
    QDir().mkpath(folder);
    return folder;
#else
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
#endif
}

} // namespace

void MainWindow::newStore()
{
    if (!pendingAnswersWritten(tr("Making a new case file")))
        return;
    teamSyncEnded();
    const QString folder = caseFileFolder();
    NewStoreDialog dialog(m_session, QDir(folder).filePath(QStringLiteral("dossiers.thuis")), this);
    if (dialog.exec() == QDialog::Accepted)
        storeOpened(QString());
}

void MainWindow::openStore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open case file"), caseFileFolder(),
                                                      tr("Case files (*.thuis)"));
    if (!path.isEmpty())
        askPassphrase(path);
}

void MainWindow::storeOpened(const QString& warning)
{
    m_settings.setLastStorePath(m_session.path());
    saveSettings();
    m_inactivity->reset();
    m_banner->dismiss();
    if (!warning.isEmpty())
        m_banner->showMessage(MessageBanner::Severity::Warning, warning);
    // Answers a failed write kept in memory (before a lock) are written now the file is open again.
    if (m_wizard->hasUnsavedAnswers())
        static_cast<void>(pendingAnswersWritten(tr("Unlocking")));
    m_caseload->refresh(m_clock.now().date(), m_settings.autoLockMinutes());
    // After an unlock, back to where the user was; after an open, the caseload (a teamleider's
    // dashboard).
    QWidget* page = m_pageBeforeLock ? m_pageBeforeLock : m_caseload;
    m_pageBeforeLock = nullptr;
    m_pages->setCurrentWidget(page);
    if (page == m_caseload && m_pendingParticipant.isEmpty())
        showDashboard();
    if (!m_pendingParticipant.isEmpty()) {
        const QString participant = std::exchange(m_pendingParticipant, QString());
        if (!openDossier(participant))
            m_banner->showMessage(MessageBanner::Severity::Warning,
                                  tr("There is no participant %1 in this case file.").arg(participant));
    }
    // A linked case file catches up with the team at once (on its own thread).
    static_cast<void>(m_teamSync->syncNow());
}

bool MainWindow::openForm(qint64 formId)
{
    if (m_session.state() != StoreSession::State::Unlocked)
        return false;
    if (const QString error = m_wizard->open(formId, m_clock.now().date()); !error.isEmpty()) {
        // A form whose definition cannot be loaded: said plainly; the other forms still work.
        m_banner->showMessage(MessageBanner::Severity::Warning, error);
        return false;
    }
    m_banner->dismiss();
    m_pages->setCurrentWidget(m_wizard);
    return true;
}

void MainWindow::lockNow()
{
    if (m_session.state() != StoreSession::State::Unlocked)
        return;
    // A change typed just now goes into the case file before it closes. The screen locks even when
    // that write fails (an unattended laptop must not show a dossier); the answers stay in memory
    // and are written after the unlock.
    static_cast<void>(pendingAnswersWritten(tr("Locking")));
    m_pageBeforeLock = m_pages->currentWidget();
    m_unlock->showFor(m_session.path(), UnlockPage::Mode::Unlock);
    m_pages->setCurrentWidget(m_unlock); // nothing of a dossier on screen while the sync ends
    m_banner->dismiss();                 // a message may name a participant: not on a locked screen
    repaint();                           // now: the wait below takes no events
    // What waits goes to the team first, for a few seconds at most; the rest goes next time.
    static_cast<void>(m_teamSync->syncBeforeClosing(closingSyncMilliseconds));
    teamSyncEnded();
    m_session.lock();
    m_banner->dismiss(); // a message may name a participant: not on a locked screen
    m_unlock->showFor(m_session.path(), UnlockPage::Mode::Unlock);
    m_pages->setCurrentWidget(m_unlock);
    m_unlock->showFor(m_session.path(), UnlockPage::Mode::Unlock);
}

void MainWindow::checkInactivity()
{
    m_inactivity->check();
}

void MainWindow::backUpIfDue()
{
    if (const QString error = m_session.backupIfDue(); !error.isEmpty())
        m_banner->showMessage(MessageBanner::Severity::Warning, error);
}

void MainWindow::restoreBackup(const QString& path)
{
    // A restore replaces the file under the form: its answers are written first, or nothing happens.
    if (!pendingAnswersWritten(tr("Restoring a backup")))
        return;
    teamSyncEnded();
    // The dialog lists the backups: the one the opening makes is done first (it may remove the
    // oldest). Damage it finds needs no word here: the user is restoring.
    static_cast<void>(m_session.waitForOpeningBackup());
    RestoreBackupDialog dialog(m_session, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_pageBeforeLock = nullptr;
    storeOpened(QString());
    m_banner->showMessage(MessageBanner::Severity::Information, dialog.outcomeMessage());
}

void MainWindow::changePassphrase()
{
    teamSyncEnded();
    ChangePassphraseDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        m_banner->showMessage(MessageBanner::Severity::Information,
                              tr("The passphrase was changed. Backups made before keep the old passphrase."));
}

void MainWindow::showTeam()
{
    // Leaving removes the link a running sync reads: the sync ends first.
    teamSyncEnded();
    TeamDialog dialog(m_session, actorOf(m_settings.userProfile()), this);
    const bool changed = dialog.exec() == QDialog::Accepted;
    m_teamSync->refreshStatus();
    if (!changed)
        return;
    m_banner->showMessage(MessageBanner::Severity::Information, dialog.outcomeMessage());
    static_cast<void>(m_teamSync->syncNow());
}

void MainWindow::showReview()
{
    // A retraction chosen in the dialog names places a sync could move: none runs meanwhile.
    teamSyncEnded();
    ReviewDialog dialog(m_session, actorOf(m_settings.userProfile()), m_settings.userProfile().isTeamleider(),
                        this);
    dialog.exec();
    if (m_session.state() != StoreSession::State::Unlocked)
        return;
    m_teamSync->refreshStatus();
    if (dialog.decisions() > 0)
        static_cast<void>(m_teamSync->syncNow()); // the decisions go to the team
}

void MainWindow::handOver(const QString& participantId)
{
    // A sync running now pulled before the handover and would note the old holder after it.
    teamSyncEnded();
    HandoverDialog dialog(m_session, actorOf(m_settings.userProfile()), participantId, this);
    if (dialog.exec() != QDialog::Accepted || m_session.state() != StoreSession::State::Unlocked)
        return;
    m_banner->showMessage(MessageBanner::Severity::Information, dialog.outcomeMessage());
    if (m_pages->currentWidget() == m_dossier)
        static_cast<void>(m_dossier->show(participantId, m_clock.now().date()));
    // The audit row of the handover goes to the team now, and the holders come back with it.
    static_cast<void>(m_teamSync->syncNow());
}

void MainWindow::closeStore()
{
    if (!pendingAnswersWritten(tr("Closing the case file")))
        return;
    static_cast<void>(m_teamSync->syncBeforeClosing(closingSyncMilliseconds));
    teamSyncEnded();
    m_session.close();
    m_pageBeforeLock = nullptr;
    m_pages->setCurrentWidget(m_welcome);
}

void MainWindow::updateForSession()
{
    const StoreSession::State state = m_session.state();
    m_dashboardAction->setEnabled(state == StoreSession::State::Unlocked &&
                                  m_settings.userProfile().isTeamleider());
    m_changePassphraseAction->setEnabled(state == StoreSession::State::Unlocked);
    m_teamAction->setEnabled(state == StoreSession::State::Unlocked);
    m_lockAction->setEnabled(state == StoreSession::State::Unlocked);
    m_closeStoreAction->setEnabled(state != StoreSession::State::Closed);
    m_restoreAction->setEnabled(state != StoreSession::State::Locked);
    retranslate();
    showTeamStatus();
}

void MainWindow::teamSyncEnded()
{
    // Locking, closing, a restore, a new passphrase or another file replace or close the case
    // file under a sync that writes to it through a connection of its own: it ends first. It
    // stops at its next batch or page, or when the server's and the network's timeouts end a
    // call (about half a minute at most: TeamConnection).
    if (!m_teamSync->isRunning())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    static_cast<void>(m_teamSync->stopAndWait(-1));
    QApplication::restoreOverrideCursor();
}

void MainWindow::showTeamStatus()
{
    const QString text = m_teamSync->statusText();
    m_teamStatus->setText(text);
    m_teamStatus->setVisible(!text.isEmpty());
    const TeamSyncController::State state = m_teamSync->state();
    m_teamExplain->setVisible(m_teamSync->hasExplanation());
    m_teamStop->setVisible(state == TeamSyncController::State::Syncing);
    const bool linked =
        m_session.state() == StoreSession::State::Unlocked && state != TeamSyncController::State::NotLinked;
    m_syncAction->setEnabled(linked && state != TeamSyncController::State::Syncing);
    m_reviewAction->setEnabled(linked);
    // The server decides who may hand over (a teamleider, within the team); the buttons are
    // offered to the teamleider's profile only.
    const bool handover = linked && m_settings.userProfile().isTeamleider();
    m_caseload->setHandoverAvailable(handover);
    m_dashboard->setTeamState(linked, m_teamSync->lastSync());
    m_dossier->setHandoverAvailable(handover);
}

void MainWindow::reportProblems(MessageBanner::Severity severity, const QStringList& problems)
{
    if (!problems.isEmpty())
        m_banner->showMessage(severity, problems.join(u'\n'));
}

void MainWindow::chooseLanguage(UiLanguage language)
{
    reportProblems(MessageBanner::Severity::Warning, m_languages.chooseAndRemember(language));
    // Translations::install makes Qt send LanguageChange; this keeps the radio items in step
    // when the language was chosen elsewhere (the preferences dialog).
    m_dutchAction->setChecked(language == UiLanguage::Dutch);
    m_englishAction->setChecked(language == UiLanguage::English);
}

void MainWindow::createActions()
{
    m_newAction = createAction(this, "newStoreAction", &MainWindow::newStore);
    m_newAction->setShortcuts(QKeySequence::New);

    m_openAction = createAction(this, "openStoreAction", &MainWindow::openStore);
    m_openAction->setShortcuts(QKeySequence::Open);

    m_changePassphraseAction = createAction(this, "changePassphraseAction", &MainWindow::changePassphrase);

    m_restoreAction = createAction(this, "restoreBackupAction", [this] {
        const QString path =
            m_session.state() == StoreSession::State::Closed ? m_unlock->path() : m_session.path();
        if (path.isEmpty())
            m_banner->showMessage(MessageBanner::Severity::Information,
                                  tr("Open a case file first, or choose it on the passphrase page."));
        else
            restoreBackup(path);
    });

    m_teamAction = createAction(this, "teamAction", &MainWindow::showTeam);
    m_reviewAction = createAction(this, "reviewAction", &MainWindow::showReview);

    m_syncAction = createAction(this, "syncAction", [this] { static_cast<void>(m_teamSync->syncNow()); });
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));

    m_lockAction = createAction(this, "lockAction", &MainWindow::lockNow);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    m_closeStoreAction = createAction(this, "closeStoreAction", &MainWindow::closeStore);
    m_closeStoreAction->setShortcuts(QKeySequence::Close);

    m_quitAction = createAction(this, "quitAction", &QWidget::close);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_preferencesAction = createAction(this, "preferencesAction", &MainWindow::showPreferences);
    m_preferencesAction->setShortcuts(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    m_dashboardAction = createAction(this, "dashboardAction", [this] {
        if (!showDashboard())
            m_banner->showMessage(
                MessageBanner::Severity::Information,
                tr("The dashboard is for the teamleider role (Edit > Preferences) with an open case file."));
    });
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcuts(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, &MainWindow::toggleFullScreen);

    auto* languageGroup = new QActionGroup(this);
    m_dutchAction = new QAction(LanguageController::nativeName(UiLanguage::Dutch), languageGroup);
    m_dutchAction->setObjectName(QStringLiteral("dutchAction"));
    m_englishAction = new QAction(LanguageController::nativeName(UiLanguage::English), languageGroup);
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    for (QAction* action : {m_dutchAction, m_englishAction})
        action->setCheckable(true);
    m_dutchAction->setChecked(m_languages.current() == UiLanguage::Dutch);
    m_englishAction->setChecked(m_languages.current() == UiLanguage::English);
    connect(m_dutchAction, &QAction::triggered, this, [this] { chooseLanguage(UiLanguage::Dutch); });
    connect(m_englishAction, &QAction::triggered, this, [this] { chooseLanguage(UiLanguage::English); });

    m_aboutAction = createAction(this, "aboutAction", &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    m_aboutQtAction = createAction(this, "aboutQtAction", [] { QApplication::aboutQt(); });
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_teamAction);
    m_fileMenu->addAction(m_reviewAction);
    m_fileMenu->addAction(m_syncAction);
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addAction(m_changePassphraseAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addAction(m_closeStoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_dutchAction);
    m_languageMenu->addAction(m_englishAction);
    m_viewMenu->addAction(m_dashboardAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreenAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    switch (m_session.state()) {
    case StoreSession::State::Closed:
        //: Window title while no case file is open; %1 is the application name.
        setWindowTitle(tr("No case file open — %1").arg(BuildInfo::applicationName()));
        break;
    case StoreSession::State::Locked:
        //: Window title while the case file is locked; %1 is the application name.
        setWindowTitle(tr("Locked — %1").arg(BuildInfo::applicationName()));
        break;
    case StoreSession::State::Unlocked:
        setWindowTitle(QFileInfo(m_session.path()).completeBaseName() + QStringLiteral(" — ") +
                       BuildInfo::applicationName());
        break;
    }

    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newAction->setText(tr("&New case file..."));
    m_openAction->setText(tr("&Open case file..."));
    m_lockAction->setText(tr("&Lock"));
    m_syncAction->setText(tr("&Sync now"));
    m_teamAction->setText(tr("&Team..."));
    m_reviewAction->setText(tr("For re&view..."));
    m_reviewAction->setStatusTip(
        tr("What a team sync flagged: two people at once, items not put in, items the server refused"));
    m_teamAction->setStatusTip(tr("Join a team, or see this case file's team and leave it"));
    m_teamExplain->setText(tr("Explain..."));
    m_teamStop->setText(tr("Stop sync"));
    m_lockAction->setStatusTip(
        tr("Close the case file and wipe its key until the passphrase is typed again"));
    m_changePassphraseAction->setText(tr("Change &passphrase..."));
    m_restoreAction->setText(tr("&Restore backup..."));
    m_closeStoreAction->setText(tr("&Close case file"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Close the application"));
    m_preferencesAction->setText(tr("&Preferences..."));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_dashboardAction->setText(tr("Team &dashboard"));
    m_dashboardAction->setStatusTip(
        tr("Phases, overdue deadlines, omklap and quality figures of the whole case file"));
    m_aboutAction->setText(tr("&About %1").arg(BuildInfo::applicationName()));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Every answer was saved within a fraction of a second of being given; the last one
    // typed just now is written before the case file closes. When that fails (a full disk), the
    // window stays open with the answers in it: quitting would lose them.
    if (!pendingAnswersWritten(tr("Closing the program"))) {
        event->ignore();
        return;
    }
    static_cast<void>(m_teamSync->syncBeforeClosing(closingSyncMilliseconds));
    teamSyncEnded();
    m_session.close();
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    saveSettings();
    event->accept();
}

void MainWindow::restoreWindowLayout()
{
    if (restoreGeometry(m_settings.mainWindowGeometry())) {
        restoreState(m_settings.mainWindowState());
        return;
    }
    // First start: two thirds of the screen, centred, whatever its pixel density.
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        resize(available.size() * 2 / 3);
        move(available.center() - rect().center());
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_languages.current(), m_settings.autoLockMinutes(),
                             m_settings.backupIntervalHours(), m_settings.userProfile(), this);
    dialog.setSignatureSettings(m_settings.trustedCertificatesPath(), m_settings.timestampUrl());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.setTrustedCertificatesPath(dialog.trustedCertificatesPath());
    m_settings.setTimestampUrl(dialog.timestampUrl());
    m_settings.setUserProfile(dialog.userProfile());
    const Actor actor = actorOf(m_settings.userProfile());
    m_dossier->setActor(actor);
    m_wizard->setActor(actor);
    m_dashboard->setActor(actor);
    updateForSession();
    m_settings.setAutoLockMinutes(dialog.autoLockMinutes());
    m_settings.setBackupIntervalHours(dialog.backupIntervalHours());
    saveSettings();
    m_inactivity->setTimeoutMinutes(m_settings.autoLockMinutes());
    m_session.setBackupIntervalHours(m_settings.backupIntervalHours());
    if (m_session.state() == StoreSession::State::Unlocked)
        m_caseload->refresh(m_clock.now().date(), m_settings.autoLockMinutes());
    if (dialog.chosenLanguage() != m_languages.current())
        chooseLanguage(dialog.chosenLanguage());
}

void MainWindow::toggleFullScreen(bool fullScreen)
{
    setWindowState(fullScreen ? (windowState() | Qt::WindowFullScreen)
                              : (windowState() & ~Qt::WindowFullScreen));
}

bool MainWindow::pendingAnswersWritten(const QString& action)
{
    const QString error = m_wizard->saveNow();
    if (error.isEmpty())
        return true;
    if (m_session.state() != StoreSession::State::Unlocked) {
        m_banner->showMessage(MessageBanner::Severity::Error,
                              tr("%1: the form has answers that are not written yet. Unlock the case file "
                                 "first; they are written then.")
                                  .arg(action));
        return false;
    }
    m_banner->showMessage(
        MessageBanner::Severity::Error,
        tr("%1: the last answers of the form could not be written (%2). They are kept in the form; "
           "make room on the disk or check the case file, then try again.")
            .arg(action, error));
    return false;
}

void MainWindow::saveSettings()
{
    if (!m_settings.save())
        m_banner->showMessage(MessageBanner::Severity::Warning,
                              tr("The settings could not be saved: %1").arg(m_settings.problem()));
}
