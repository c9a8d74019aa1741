#pragma once

#include "application/Settings.h"
#include "application/UiLanguage.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

// The user's preferences: who they are (name, function and role: what the audit log records and
// whether the dashboard is offered), interface language, locking after inactivity, backups.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(UiLanguage current, int autoLockMinutes, int backupIntervalHours,
                      const UserProfile& profile = {}, QWidget* parent = nullptr);

    UserProfile userProfile() const;
    UiLanguage chosenLanguage() const;
    int autoLockMinutes() const;
    int backupIntervalHours() const;

private:
    QComboBox* m_language = nullptr;
    QSpinBox* m_autoLock = nullptr;
    QSpinBox* m_backupInterval = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_function = nullptr;
    QComboBox* m_role = nullptr;
};
