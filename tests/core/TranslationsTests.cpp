#include "QtCatch.h"

#include "application/BuildInfo.h"
#include "application/Translations.h"

#include <QDate>
#include <QLocale>

TEST_CASE("Dutch loads the embedded translation, Qt's own texts and Dutch dates", "[translations]")
{
    Translations translations;
    const QStringList problems = translations.install(UiLanguage::Dutch);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    CHECK(translations.language() == UiLanguage::Dutch);

    CHECK(BuildInfo::purpose().startsWith(QStringLiteral("Dossiers, formulieren en termijnen")));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Annuleren"));
    CHECK(QLocale().toString(QDate(2026, 1, 1), QStringLiteral("dddd d MMMM yyyy")) ==
          QStringLiteral("donderdag 1 januari 2026"));
}

TEST_CASE("Switching to English removes the Dutch texts again", "[translations]")
{
    Translations translations;
    REQUIRE(translations.install(UiLanguage::Dutch).isEmpty());
    REQUIRE(translations.install(UiLanguage::English).isEmpty());
    CHECK(translations.language() == UiLanguage::English);
    CHECK(BuildInfo::purpose().startsWith(QStringLiteral("Case files, forms and deadlines")));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
}
