#include "LanguageController.h"

LanguageController::LanguageController(Settings& settings)
    : m_settings(settings)
{}

QStringList LanguageController::applyForThisRun(UiLanguage language)
{
    return m_translations.install(language);
}

QStringList LanguageController::chooseAndRemember(UiLanguage language)
{
    QStringList problems = m_translations.install(language);
    m_settings.setLanguage(language);
    if (!m_settings.save())
        problems << m_settings.problem();
    return problems;
}

QString LanguageController::nativeName(UiLanguage language)
{
    return language == UiLanguage::English ? QStringLiteral("English") : QStringLiteral("Nederlands");
}
