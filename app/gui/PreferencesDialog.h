#pragma once

#include "application/Settings.h"
#include "application/UiLanguage.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The user's preferences: who they are (name, function and role: what the audit log records and
// whether the dashboard is offered), interface language, locking after inactivity, backups, and
// the organisation's signature settings: its trusted certificates and its time-stamp authority
// (issue 17). Refuses to close on a trusted-certificates file that does not read or an address
// that is not http(s), saying which.
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

    void setSignatureSettings(const QString& trustedCertificatesPath, const QString& timestampUrl);
    QString trustedCertificatesPath() const;
    QString timestampUrl() const;

    void accept() override;

private:
    void chooseTrustedCertificates();

    QComboBox* m_language = nullptr;
    QSpinBox* m_autoLock = nullptr;
    QSpinBox* m_backupInterval = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_function = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_trusted = nullptr;
    QLineEdit* m_timestamp = nullptr;
    QLabel* m_problem = nullptr;
};
