#pragma once

#include "application/UiLanguage.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTranslator>

#include <memory>

// Puts the running application in one UI language: our own texts (embedded as
// :/i18n/thuisindewijk_nl.qm, for core, the app and the CLI alike), Qt's own texts (the
// buttons of standard dialogs, from the system's qtbase_nl.qm) and the default locale.
// Installing again replaces the previous language; Qt then sends QEvent::LanguageChange to
// every widget so an open window can retranslate itself.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    Translations() = default;
    ~Translations();

    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Returns the problems met, each one sentence for the user; empty when everything loaded.
    // Whatever could not be loaded stays in English, the source language, so the application
    // remains usable.
    [[nodiscard]] QStringList install(UiLanguage language);

    UiLanguage language() const { return m_language; }

private:
    void removeInstalled();

    UiLanguage m_language = UiLanguage::English; // nothing installed: the source texts
    std::unique_ptr<QTranslator> m_ownTexts;
    std::unique_ptr<QTranslator> m_qtTexts;
};
