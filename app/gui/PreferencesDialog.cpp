#include "PreferencesDialog.h"

#include "LanguageController.h"

#include "pdf/TrustStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
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
    , m_trusted(new QLineEdit(this))
    , m_timestamp(new QLineEdit(this))
    , m_problem(new QLabel(this))
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

    // The organisation's signature settings (issue 17): what the export dialog checks against,
    // and where a seal gets its time stamp.
    auto* signatures = new QGroupBox(tr("Digital signatures (set by your organisation)"), this);
    auto* signatureForm = new QFormLayout(signatures);
    m_trusted->setObjectName(QStringLiteral("trustedCertificates"));
    m_trusted->setPlaceholderText(tr("none: signers are not checked"));
    m_trusted->setMinimumWidth(320);
    auto* chooseTrusted = new QPushButton(tr("C&hoose..."), signatures);
    chooseTrusted->setObjectName(QStringLiteral("chooseTrustedCertificates"));
    connect(chooseTrusted, &QPushButton::clicked, this, &PreferencesDialog::chooseTrustedCertificates);
    auto* trustedRow = new QHBoxLayout;
    trustedRow->addWidget(m_trusted, 1);
    trustedRow->addWidget(chooseTrusted);
    auto* trustedLabel = new QLabel(tr("&Trusted certificates (PEM):"), signatures);
    trustedLabel->setBuddy(m_trusted);
    signatureForm->addRow(trustedLabel, trustedRow);
    m_timestamp->setObjectName(QStringLiteral("timestampUrl"));
    m_timestamp->setPlaceholderText(tr("none: seals without a time stamp"));
    auto* timestampLabel = new QLabel(tr("Time-stamp a&uthority (URL):"), signatures);
    timestampLabel->setBuddy(m_timestamp);
    signatureForm->addRow(timestampLabel, m_timestamp);
    m_problem->setObjectName(QStringLiteral("preferencesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(signatures);
    layout->addWidget(m_problem);
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

void PreferencesDialog::setSignatureSettings(const QString& trustedCertificatesPath,
                                             const QString& timestampUrl)
{
    m_trusted->setText(trustedCertificatesPath);
    m_timestamp->setText(timestampUrl);
}

QString PreferencesDialog::trustedCertificatesPath() const
{
    return m_trusted->text().trimmed();
}

QString PreferencesDialog::timestampUrl() const
{
    return m_timestamp->text().trimmed();
}

void PreferencesDialog::chooseTrustedCertificates()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Your organisation's trusted certificates"),
                                                      QString(), tr("PEM certificates (*.pem *.crt)"));
    if (!path.isEmpty())
        m_trusted->setText(path);
}

void PreferencesDialog::accept()
{
    if (const QString path = trustedCertificatesPath(); !path.isEmpty()) {
        if (const Result<TrustStore> read = TrustStore::fromPemFile(path); !read) {
            m_problem->setText(read.errors().join(u' '));
            m_trusted->setFocus();
            return;
        }
    }
    if (const QString address = timestampUrl(); !address.isEmpty()) {
        const QUrl url(address, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            m_problem->setText(
                tr("%1 is not the address of a time-stamp authority: it begins with http:// or https://.")
                    .arg(address));
            m_timestamp->setFocus();
            return;
        }
    }
    QDialog::accept();
}

UserProfile PreferencesDialog::userProfile() const
{
    return {m_name->text().trimmed(), m_function->text().trimmed(), m_role->currentData().toString()};
}

UiLanguage PreferencesDialog::chosenLanguage() const
{
    return static_cast<UiLanguage>(m_language->currentData().toInt());
}
