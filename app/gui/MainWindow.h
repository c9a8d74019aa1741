#pragma once

#include "MessageBanner.h"

#include "application/UiLanguage.h"

#include <QMainWindow>

class LanguageController;
class QAction;
class QActionGroup;
class QMenu;
class Settings;
class WelcomePage;

// The application's main window: menus, the inline message banner and the current page.
// Thin by design: it shows what core computes and holds no business rule.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings& settings, LanguageController& languages, QWidget* parent = nullptr);

    MessageBanner* banner() const { return m_banner; }

    // Report problems (one sentence each) in the banner; nothing happens for an empty list.
    void reportProblems(MessageBanner::Severity severity, const QStringList& problems);

    // Switch the interface language and remember the choice.
    void chooseLanguage(UiLanguage language);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void restoreWindowLayout();
    void showAbout();
    void showPreferences();
    void toggleFullScreen(bool fullScreen);

    Settings& m_settings;
    LanguageController& m_languages;

    MessageBanner* m_banner = nullptr;
    WelcomePage* m_welcome = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;

    QAction* m_quitAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_fullScreenAction = nullptr;
    QAction* m_dutchAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};
