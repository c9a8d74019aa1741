#include "PassphraseWidgets.h"

#include "store/PassphraseStrength.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

QLineEdit* createPassphraseEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setContextMenuPolicy(Qt::NoContextMenu); // no copying a passphrase out
    return edit;
}

SecretBytes takePassphrase(QLineEdit* edit)
{
    SecretBytes passphrase(edit->text().toUtf8());
    edit->clear();
    return passphrase;
}

PassphraseStrengthMeter::PassphraseStrengthMeter(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_advice(new QLabel(this))
{
    setObjectName(QStringLiteral("strengthMeter"));
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_advice->setObjectName(QStringLiteral("strengthAdvice"));
    m_advice->setWordWrap(true);
    // Room for two lines from the start: a form layout does not grow a row when wrapped text
    // appears later, and the advice would run over the next field.
    m_advice->setMinimumHeight(m_advice->fontMetrics().lineSpacing() * 2 + 2);
    m_advice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_advice);
    setPassphrase(QString());
}

void PassphraseStrengthMeter::setPassphrase(const QString& passphrase)
{
    const double bits =
        passphrase.isEmpty() ? 0.0 : PassphraseStrength::bits(SecretBytes(passphrase.toUtf8()));
    m_strongEnough = PassphraseStrength::strongEnough(bits);
    m_bar->setValue(std::clamp(int(100.0 * bits / PassphraseStrength::minimumBits), 0, 100));
    // Red until strong enough, then green: the colour repeats what the sentence says.
    m_bar->setStyleSheet(m_strongEnough ? QStringLiteral("QProgressBar::chunk { background: #2e7d32; }")
                                        : QStringLiteral("QProgressBar::chunk { background: #c62828; }"));
    m_advice->setText(passphrase.isEmpty() ? QString() : PassphraseStrength::describe(bits));
}

QString PassphraseStrengthMeter::advice() const
{
    return m_advice->text();
}
