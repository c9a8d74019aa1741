#pragma once

#include "application/UiLanguage.h"
#include "calendar/WorkingDays.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>

#include <memory>

// Typed access to the user's preferences, so no caller spells a QSettings key or converts a
// QVariant itself. Preferences only: a participant's data never goes here (it is plaintext
// on disk); that belongs in the encrypted store.
struct UserProfile
{
    QString name;
    QString function; // "persoonlijk begeleider"
    QString role;     // "begeleider" or "teamleider"

    [[nodiscard]] bool isTeamleider() const { return role == u"teamleider"; }
};

class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    // The current user's settings file in the platform's standard configuration folder.
    Settings();
    // A settings file at an explicit path (tests, portable installs).
    explicit Settings(const QString& iniFilePath);
    ~Settings();

    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    [[nodiscard]] QString filePath() const;

    UiLanguage language() const;
    void setLanguage(UiLanguage language);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);

    // Organisation setting: whether Goede Vrijdag and Bevrijdingsdag are days off when
    // werkdagen are counted (DOMAIN: "a setting of the organisation"). Both off by default.
    HolidayPolicy holidayPolicy() const;
    void setHolidayPolicy(const HolidayPolicy& policy);

    // Lock the case file after this many minutes without keyboard or mouse input (1-60).
    static constexpr int defaultAutoLockMinutes = 5;
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    // A backup of the open case file at open and then every this many hours (1-24).
    static constexpr int defaultBackupIntervalHours = 4;
    int backupIntervalHours() const;
    void setBackupIntervalHours(int hours);
    // The case file opened last, offered again at the next start (a path, no data).
    [[nodiscard]] QString lastStorePath() const;
    void setLastStorePath(const QString& path);
    // The care provider's certificate (PKCS#12) for sealing exported PDFs: its path only; the
    // passphrase is asked each time and never stored here.
    [[nodiscard]] QString sealCertificatePath() const;
    void setSealCertificatePath(const QString& path);
    // The organisation's trusted certificates (one PEM file: its CA, or the PKIoverheid roots it
    // chooses) against which signatures and time stamps are checked; empty: not checked.
    [[nodiscard]] QString trustedCertificatesPath() const;
    void setTrustedCertificatesPath(const QString& path);
    // The organisation's time-stamp authority (RFC 3161 over http or https): a seal made online
    // gets its time stamp (PAdES B-T). Empty: none.
    [[nodiscard]] QString timestampUrl() const;
    void setTimestampUrl(const QString& url);

    // Who works with this copy of the program: named in the audit log ("Vastgelegd door") and
    // deciding what the window offers (a teamleider gets the dashboard). No participant data.
    UserProfile userProfile() const;
    void setUserProfile(const UserProfile& profile);
    // The dashboard shows counts only, no participant's name (a presentation on a projector).
    [[nodiscard]] bool dashboardHidesNames() const;
    void setDashboardHidesNames(bool hide);

    // Writes pending changes to disk. Returns false when that failed; problem() then says why.
    [[nodiscard]] bool save();

    // Empty while all is well; otherwise one sentence for the user saying what went wrong
    // with the settings file and what the application does about it.
    [[nodiscard]] QString problem() const;

private:
    explicit Settings(std::unique_ptr<QSettings> settings);
    [[nodiscard]] QString describeStatus() const;

    std::unique_ptr<QSettings> m_settings;
    QString m_problem;
};
