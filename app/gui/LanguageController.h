#pragma once

#include "application/Settings.h"
#include "application/Translations.h"

#include <QStringList>

// Switches the running application between Dutch and English. `--lang` applies a language
// for one run; a choice in the menu or the preferences is also remembered in the settings.
class LanguageController
{
public:
    explicit LanguageController(Settings& settings);

    // Returns the problems met while loading translations (see Translations::install).
    [[nodiscard]] QStringList applyForThisRun(UiLanguage language);
    [[nodiscard]] QStringList chooseAndRemember(UiLanguage language);

    UiLanguage current() const { return m_translations.language(); }

    // The language's own name ("Nederlands", "English"): a language menu lists each language
    // in that language, so a user who landed in the wrong one can still find their own.
    [[nodiscard]] static QString nativeName(UiLanguage language);

private:
    Settings& m_settings;
    Translations m_translations;
};
