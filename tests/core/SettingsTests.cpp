#include "QtCatch.h"

#include "application/Settings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

TEST_CASE("A new settings file starts in Dutch", "[settings]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const Settings settings(folder.filePath(QStringLiteral("nieuw.ini")));
    CHECK(settings.language() == UiLanguage::Dutch);
    CHECK(settings.problem().isEmpty());
}

TEST_CASE("A chosen language and window layout survive a restart", "[settings]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("instellingen.ini"));
    const QByteArray geometry("\x01\x02geometry\xff", 11);
    {
        Settings settings(path);
        settings.setLanguage(UiLanguage::English);
        settings.setMainWindowGeometry(geometry);
        REQUIRE(settings.save());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("language=en"));

    const Settings reopened(path);
    CHECK(reopened.language() == UiLanguage::English);
    CHECK(reopened.mainWindowGeometry() == geometry);
    CHECK(reopened.mainWindowState().isEmpty());
}

TEST_CASE("An unknown language in a hand-edited settings file falls back to Dutch", "[settings]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("instellingen.ini"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[interface]\nlanguage=fr\n");
    file.close();

    const Settings settings(path);
    CHECK(settings.language() == UiLanguage::Dutch);
}

TEST_CASE("A settings file that cannot be written is reported, not ignored", "[settings]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    // A folder where the file should be: unwritable even for root, unlike a chmod.
    const QString path = folder.filePath(QStringLiteral("bezet.ini"));
    REQUIRE(QDir().mkdir(path));

    Settings settings(path);
    settings.setLanguage(UiLanguage::English);
    CHECK_FALSE(settings.save());
    CHECK(settings.problem().contains(path));
}

TEST_CASE("The organisation's holiday setting is off by default and survives a restart",
          "[settings][werkdagen]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("instellingen.ini"));
    {
        Settings settings(path);
        CHECK_FALSE(settings.holidayPolicy().goedeVrijdagIsDayOff);
        CHECK_FALSE(settings.holidayPolicy().bevrijdingsdagIsDayOff);
        settings.setHolidayPolicy(HolidayPolicy{false, true});
        REQUIRE(settings.save());
    }
    const Settings reopened(path);
    CHECK_FALSE(reopened.holidayPolicy().goedeVrijdagIsDayOff);
    CHECK(reopened.holidayPolicy().bevrijdingsdagIsDayOff);
}

TEST_CASE("The user profile: a begeleider named after the account until filled in, a hand-edited role is not "
          "trusted",
          "[settings]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("profiel.ini"));
    {
        Settings settings(path);
        const UserProfile fresh = settings.userProfile();
        CHECK(fresh.role == u"begeleider");
        CHECK_FALSE(fresh.isTeamleider());
        CHECK_FALSE(fresh.name.isEmpty());
        CHECK_FALSE(settings.dashboardHidesNames());
        settings.setUserProfile(
            {QStringLiteral("  Tea Leider "), QStringLiteral("teamleider"), QStringLiteral("teamleider")});
        settings.setDashboardHidesNames(true);
        REQUIRE(settings.save());
    }
    Settings reopened(path);
    CHECK(reopened.userProfile().name == u"Tea Leider");
    CHECK(reopened.userProfile().isTeamleider());
    CHECK(reopened.dashboardHidesNames());
    QSettings raw(path, QSettings::IniFormat);
    raw.setValue(QStringLiteral("gebruiker/rol"), QStringLiteral("beheerder"));
    raw.sync();
    CHECK(Settings(path).userProfile().role == u"begeleider");
}
