#include "PreferencesDialog.h"

#include "LanguageController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(UiLanguage current, int autoLockMinutes, int backupIntervalHours,
                                     const UserProfile& profile, QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_autoLock(new QSpinBox(this))
    , m_backupInterval(new QSpinBox(this))
    , m_name(new QLineEdit(profile.name, this))
    , m_function(new QLineEdit(profile.function, this))
    , m_role(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("languageChoice"));
    for (UiLanguage language : {UiLanguage::Dutch, UiLanguage::English})
        m_language->addItem(LanguageController::nativeName(language), static_cast<int>(language));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(current)));

    auto* form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("userName"));
    m_function->setObjectName(QStringLiteral("userFunction"));
    m_role->setObjectName(QStringLiteral("userRole"));
    m_role->addItem(tr("Persoonlijk begeleider"), QStringLiteral("begeleider"));
    m_role->addItem(tr("Teamleider (dashboard)"), QStringLiteral("teamleider"));
    m_role->setCurrentIndex(profile.isTeamleider() ? 1 : 0);
    const QList<std::pair<QString, QWidget*>> profileRows{
        {tr("Your &name:"), m_name}, {tr("&Function:"), m_function}, {tr("&Role:"), m_role}};
    for (const auto& [text, field] : profileRows) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    }
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setRange(1, 60);
    m_autoLock->setValue(autoLockMinutes);
    m_autoLock->setSuffix(tr(" min"));
    auto* autoLockLabel = new QLabel(tr("Lock &after inactivity:"), this);
    autoLockLabel->setBuddy(m_autoLock);
    form->addRow(autoLockLabel, m_autoLock);

    m_backupInterval->setObjectName(QStringLiteral("backupIntervalHours"));
    m_backupInterval->setRange(1, 24);
    m_backupInterval->setValue(backupIntervalHours);
    m_backupInterval->setSuffix(tr(" h"));
    auto* backupLabel = new QLabel(tr("&Backup every:"), this);
    backupLabel->setBuddy(m_backupInterval);
    form->addRow(backupLabel, m_backupInterval);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int PreferencesDialog::autoLockMinutes() const
{
    return m_autoLock->value();
}

int PreferencesDialog::backupIntervalHours() const
{
    return m_backupInterval->value();
}

UserProfile PreferencesDialog::userProfile() const
{
    return {m_name->text().trimmed(), m_function->text().trimmed(), m_role->currentData().toString()};
}

UiLanguage PreferencesDialog::chosenLanguage() const
{
    return static_cast<UiLanguage>(m_language->currentData().toInt());
}
