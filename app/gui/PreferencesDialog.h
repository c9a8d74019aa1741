#pragma once

#include "application/UiLanguage.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

// The user's preferences: interface language, locking after inactivity, backup interval.
// Later issues add the signing certificate and the organisation's holiday settings here.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(UiLanguage current, int autoLockMinutes, int backupIntervalHours,
                      QWidget* parent = nullptr);

    UiLanguage chosenLanguage() const;
    int autoLockMinutes() const;
    int backupIntervalHours() const;

private:
    QComboBox* m_language = nullptr;
    QSpinBox* m_autoLock = nullptr;
    QSpinBox* m_backupInterval = nullptr;
};
