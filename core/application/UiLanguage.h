#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The languages of the user interface. Dutch is the default: the users are Dutch caseworkers
// and the forms are Dutch. English exists for colleagues and auditors who read no Dutch.
enum class UiLanguage { Dutch, English };

inline constexpr UiLanguage defaultUiLanguage = UiLanguage::Dutch;

// "nl" / "en": the codes used by `--lang` and stored in the settings file.
inline QString uiLanguageCode(UiLanguage language)
{
    return language == UiLanguage::English ? QStringLiteral("en") : QStringLiteral("nl");
}

inline std::optional<UiLanguage> uiLanguageFromCode(QStringView code)
{
    if (code.compare(u"nl", Qt::CaseInsensitive) == 0)
        return UiLanguage::Dutch;
    if (code.compare(u"en", Qt::CaseInsensitive) == 0)
        return UiLanguage::English;
    return std::nullopt;
}
