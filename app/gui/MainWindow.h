#pragma once

#include "MessageBanner.h"

#include "application/UiLanguage.h"

#include <QMainWindow>

class Clock;
class InactivityMonitor;
class QLabel;
class QToolButton;
class TeamSyncController;
class LanguageController;
class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QTimer;
class Settings;
class CaseloadPage;
class DashboardPage;
class DossierPage;
class FormWizardPage;
class TodayPage;
class StoreSession;
class UnlockPage;
class WelcomePage;

// The application's main window: menus, the inline message banner and the current page
// (welcome, passphrase, the open case file). Thin by design: it shows what core computes and
// holds no business rule. It locks the case file on Ctrl+L and after inactivity, and asks
// the session for a backup every few minutes (the session decides whether one is due).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings& settings, LanguageController& languages, StoreSession& session, const Clock& clock,
               QWidget* parent = nullptr);

    MessageBanner* banner() const { return m_banner; }

    // Report problems (one sentence each) in the banner; nothing happens for an empty list.
    void reportProblems(MessageBanner::Severity severity, const QStringList& problems);

    // Switch the interface language and remember the choice.
    void chooseLanguage(UiLanguage language);

    // The first page: the passphrase of the case file used last, or the welcome page.
    void showStart();
    // The dossier of one participant (from the caseload, or --deelnemer).
    bool openDossier(const QString& participantId);
    // A form in the wizard (from the dossier's Forms tab).
    [[nodiscard]] bool openForm(qint64 formId);
    FormWizardPage* wizard() const { return m_wizard; }
    void showCaseload();
    void showToday();
    // The teamleider's dashboard (role in the user profile); false when not offered now.
    bool showDashboard();
    DashboardPage* dashboard() const { return m_dashboard; }
    void newParticipant();
    void importTrajectory();
    // --store FILE [--deelnemer ID]: that case file (and dossier). With THUIS_PASSPHRASE set it
    // opens at once (automation), otherwise the passphrase page asks.
    void openFromCommandLine(const QString& path, const QString& participantId);
    void lockNow();
    // What the inactivity timer and the backup timer call; public for tests with a clock.
    void checkInactivity();
    void backUpIfDue();
    TeamSyncController* teamSync() const { return m_teamSync; }
    // How long a lock or a close waits for what waits to reach the team (then as long for a
    // running sync to stop): short, since the user is leaving.
    static constexpr int closingSyncMilliseconds = 3000;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // Writes the answers typed last; false, with the reason in the banner and the answers kept in
    // the form, when that failed. `action` names what waits for it ("Closing the program").
    [[nodiscard]] bool pendingAnswersWritten(const QString& action);
    void saveSettings(); // a failure is shown in the banner
    void createActions();
    void createMenus();
    void retranslate();
    void restoreWindowLayout();
    void showAbout();
    void showPreferences();
    void toggleFullScreen(bool fullScreen);
    void newStore();
    void openStore();
    void askPassphrase(const QString& path);
    void storeOpened(const QString& warning);
    void openingBackupEnded(const QString& path, const QString& message, bool damaged);
    void restoreBackup(const QString& path);
    void changePassphrase();
    void showTeam();
    void showReview();
    void handOver(const QString& participantId);
    void closeStore();
    void updateForSession();
    void showTeamStatus();
    // Waits until no team sync runs (asking a running one to stop): before the case file is
    // replaced or closed.
    void teamSyncEnded();

    Settings& m_settings;
    LanguageController& m_languages;
    StoreSession& m_session;
    const Clock& m_clock;

    MessageBanner* m_banner = nullptr;
    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
    UnlockPage* m_unlock = nullptr;
    CaseloadPage* m_caseload = nullptr;
    DossierPage* m_dossier = nullptr;
    TodayPage* m_today = nullptr;
    FormWizardPage* m_wizard = nullptr;
    DashboardPage* m_dashboard = nullptr;
    bool m_dossierFromDashboard = false;
    QWidget* m_pageBeforeLock = nullptr;
    QString m_pendingParticipant; // --deelnemer, opened once the case file is
    InactivityMonitor* m_inactivity = nullptr;
    QTimer* m_backupTimer = nullptr;
    TeamSyncController* m_teamSync = nullptr;
    QLabel* m_teamStatus = nullptr;
    QToolButton* m_teamExplain = nullptr;
    QToolButton* m_teamStop = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_teamAction = nullptr;
    QAction* m_reviewAction = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_changePassphraseAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_closeStoreAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_fullScreenAction = nullptr;
    QAction* m_dashboardAction = nullptr;
    QAction* m_dutchAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};
