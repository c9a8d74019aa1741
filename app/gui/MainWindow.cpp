#include "MainWindow.h"

#include "AboutDialog.h"
#include "LanguageController.h"
#include "PreferencesDialog.h"
#include "WelcomePage.h"

#include "application/BuildInfo.h"
#include "application/Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QScreen>
#include <QVBoxLayout>

MainWindow::MainWindow(Settings& settings, LanguageController& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));

    auto* central = new QWidget(this);
    m_banner = new MessageBanner(central);
    m_welcome = new WelcomePage(central);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_welcome, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    retranslate();
    restoreWindowLayout();
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
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_preferencesAction = new QAction(this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcuts(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

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

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
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
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreenAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    //: Window title while no case file is open; %1 is the application name.
    setWindowTitle(tr("No case file open — %1").arg(BuildInfo::applicationName()));

    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Close the application"));
    m_preferencesAction->setText(tr("&Preferences..."));
    m_fullScreenAction->setText(tr("&Full Screen"));
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
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.save();
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
    PreferencesDialog dialog(m_languages.current(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenLanguage() != m_languages.current())
        chooseLanguage(dialog.chosenLanguage());
}

void MainWindow::toggleFullScreen(bool fullScreen)
{
    setWindowState(fullScreen ? (windowState() | Qt::WindowFullScreen)
                              : (windowState() & ~Qt::WindowFullScreen));
}
