#include "PreferencesDialog.h"

#include "LanguageController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(UiLanguage current, QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("languageChoice"));
    for (UiLanguage language : {UiLanguage::Dutch, UiLanguage::English})
        m_language->addItem(LanguageController::nativeName(language), static_cast<int>(language));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(current)));

    auto* form = new QFormLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

UiLanguage PreferencesDialog::chosenLanguage() const
{
    return static_cast<UiLanguage>(m_language->currentData().toInt());
}
