#include "application/Translations.h"

#include "common/DateText.h"

#include <QLibraryInfo>
#include <QLocale>

Translations::~Translations()
{
    removeInstalled();
}

QStringList Translations::install(UiLanguage language)
{
    removeInstalled();
    m_language = language;

    // English keeps the Netherlands' conventions for numbers and day-first dates (the work
    // happens there); dates are written as the interface's language writes them (DateText).
    const QLocale locale(language == UiLanguage::Dutch ? QLocale::Dutch : QLocale::English,
                         QLocale::Netherlands);
    QLocale::setDefault(locale);
    DateText::useEnglish(language == UiLanguage::English);

    if (language == UiLanguage::English)
        return {}; // the source texts are English

    QStringList problems;
    auto ownTexts = std::make_unique<QTranslator>();
    if (ownTexts->load(QStringLiteral(":/i18n/thuisindewijk_nl.qm"))) {
        QCoreApplication::installTranslator(ownTexts.get());
        m_ownTexts = std::move(ownTexts);
    } else {
        problems << tr("The Dutch translation of this application could not be loaded; texts are shown "
                       "in English.");
    }

    auto qtTexts = std::make_unique<QTranslator>();
    const QString qtTranslationsPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qtTexts->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslationsPath)) {
        QCoreApplication::installTranslator(qtTexts.get());
        m_qtTexts = std::move(qtTexts);
    } else {
        problems << tr("Qt's Dutch texts (standard buttons such as OK and Cancel) were not found in %1; "
                       "install the package qt6-translations-l10n. Those buttons stay in English.")
                        .arg(qtTranslationsPath);
    }
    return problems;
}

void Translations::removeInstalled()
{
    if (m_ownTexts)
        QCoreApplication::removeTranslator(m_ownTexts.get());
    if (m_qtTexts)
        QCoreApplication::removeTranslator(m_qtTexts.get());
    m_ownTexts.reset();
    m_qtTexts.reset();
}
