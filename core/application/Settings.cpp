#include "application/Settings.h"

#include <QFileInfo>

#include <algorithm>

namespace {
namespace Key {
const QString language = QStringLiteral("interface/language");
const QString mainWindowGeometry = QStringLiteral("mainWindow/geometry");
const QString mainWindowState = QStringLiteral("mainWindow/state");
const QString goedeVrijdagIsDayOff = QStringLiteral("organisatie/goedeVrijdagVrij");
const QString bevrijdingsdagIsDayOff = QStringLiteral("organisatie/bevrijdingsdagVrij");
const QString autoLockMinutes = QStringLiteral("beveiliging/vergrendelenNaMinuten");
const QString backupIntervalHours = QStringLiteral("backups/elkeUren");
const QString lastStorePath = QStringLiteral("dossierbestand/laatste");
const QString sealCertificatePath = QStringLiteral("pdf/certificaat");
const QString trustedCertificatesPath = QStringLiteral("pdf/vertrouwd");
const QString timestampUrl = QStringLiteral("pdf/tijdstempeldienst");
const QString userName = QStringLiteral("gebruiker/naam");
const QString userFunction = QStringLiteral("gebruiker/functie");
const QString userRole = QStringLiteral("gebruiker/rol");
const QString dashboardHidesNames = QStringLiteral("dashboard/namenVerbergen");
} // namespace Key
} // namespace

// INI everywhere (not the registry on Windows), so a settings file can be read and repaired
// by hand and looks the same on every platform.
Settings::Settings()
    : Settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                           QStringLiteral("ThuisInDeWijk"), QStringLiteral("thuisindewijk")))
{}

Settings::Settings(const QString& iniFilePath)
    : Settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{}

Settings::Settings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{
    m_problem = describeStatus();
}

Settings::~Settings()
{
    // The last chance to write; a failure was already reported by the save() that the program's
    // own actions call, and a destructor has no one left to tell.
    static_cast<void>(save());
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

UiLanguage Settings::language() const
{
    const QString code = m_settings->value(Key::language).toString();
    return uiLanguageFromCode(code).value_or(defaultUiLanguage);
}

void Settings::setLanguage(UiLanguage language)
{
    m_settings->setValue(Key::language, uiLanguageCode(language));
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(Key::mainWindowGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(Key::mainWindowGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings->value(Key::mainWindowState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray& state)
{
    m_settings->setValue(Key::mainWindowState, state);
}

HolidayPolicy Settings::holidayPolicy() const
{
    return HolidayPolicy{m_settings->value(Key::goedeVrijdagIsDayOff, false).toBool(),
                         m_settings->value(Key::bevrijdingsdagIsDayOff, false).toBool()};
}

void Settings::setHolidayPolicy(const HolidayPolicy& policy)
{
    m_settings->setValue(Key::goedeVrijdagIsDayOff, policy.goedeVrijdagIsDayOff);
    m_settings->setValue(Key::bevrijdingsdagIsDayOff, policy.bevrijdingsdagIsDayOff);
}

int Settings::autoLockMinutes() const
{
    return std::clamp(m_settings->value(Key::autoLockMinutes, defaultAutoLockMinutes).toInt(), 1, 60);
}

void Settings::setAutoLockMinutes(int minutes)
{
    m_settings->setValue(Key::autoLockMinutes, std::clamp(minutes, 1, 60));
}

int Settings::backupIntervalHours() const
{
    return std::clamp(m_settings->value(Key::backupIntervalHours, defaultBackupIntervalHours).toInt(), 1, 24);
}

void Settings::setBackupIntervalHours(int hours)
{
    m_settings->setValue(Key::backupIntervalHours, std::clamp(hours, 1, 24));
}

QString Settings::lastStorePath() const
{
    return m_settings->value(Key::lastStorePath).toString();
}

void Settings::setLastStorePath(const QString& path)
{
    m_settings->setValue(Key::lastStorePath, path);
}

QString Settings::sealCertificatePath() const
{
    return m_settings->value(Key::sealCertificatePath).toString();
}

void Settings::setSealCertificatePath(const QString& path)
{
    m_settings->setValue(Key::sealCertificatePath, path);
}

QString Settings::trustedCertificatesPath() const
{
    return m_settings->value(Key::trustedCertificatesPath).toString();
}

void Settings::setTrustedCertificatesPath(const QString& path)
{
    m_settings->setValue(Key::trustedCertificatesPath, path);
}

QString Settings::timestampUrl() const
{
    return m_settings->value(Key::timestampUrl).toString();
}

void Settings::setTimestampUrl(const QString& url)
{
    m_settings->setValue(Key::timestampUrl, url);
}

UserProfile Settings::userProfile() const
{
    // Until the user fills in the profile: the operating-system account, as a begeleider.
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    UserProfile profile;
    profile.name = m_settings->value(Key::userName).toString();
    if (profile.name.isEmpty())
        profile.name = account.isEmpty() ? QStringLiteral("onbekend") : account;
    profile.function =
        m_settings->value(Key::userFunction, QStringLiteral("persoonlijk begeleider")).toString();
    const QString role = m_settings->value(Key::userRole).toString();
    profile.role = role == u"teamleider" ? role : QStringLiteral("begeleider");
    return profile;
}

void Settings::setUserProfile(const UserProfile& profile)
{
    m_settings->setValue(Key::userName, profile.name.trimmed());
    m_settings->setValue(Key::userFunction, profile.function.trimmed());
    m_settings->setValue(Key::userRole, profile.isTeamleider() ? QStringLiteral("teamleider")
                                                               : QStringLiteral("begeleider"));
}

bool Settings::dashboardHidesNames() const
{
    return m_settings->value(Key::dashboardHidesNames, false).toBool();
}

void Settings::setDashboardHidesNames(bool hide)
{
    m_settings->setValue(Key::dashboardHidesNames, hide);
}

bool Settings::save()
{
    m_settings->sync();
    m_problem = describeStatus();
    return m_problem.isEmpty();
}

QString Settings::problem() const
{
    return m_problem;
}

QString Settings::describeStatus() const
{
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return tr("The settings file %1 cannot be read or written. The application uses its default "
                  "settings; changed preferences are not remembered. Your case files are not affected.")
            .arg(QFileInfo(m_settings->fileName()).absoluteFilePath());
    case QSettings::FormatError:
        return tr("The settings file %1 is damaged. The application uses its default settings. Your case "
                  "files are not affected.")
            .arg(QFileInfo(m_settings->fileName()).absoluteFilePath());
    }
    return {};
}
