#include "ChangePassphraseDialog.h"

#include "PageStyle.h"
#include "PassphraseWidgets.h"

#include "store/StoreSession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePassphraseDialog::ChangePassphraseDialog(StoreSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_current(createPassphraseEdit(QStringLiteral("currentPassphrase"), this))
    , m_new(createPassphraseEdit(QStringLiteral("newPassphrase"), this))
    , m_repeat(createPassphraseEdit(QStringLiteral("repeatPassphrase"), this))
    , m_strength(new PassphraseStrengthMeter(this))
    , m_problem(createProblemLabel(this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));

    auto* form = new QFormLayout;
    const auto addRow = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Current passphrase:"), m_current);
    addRow(tr("&New passphrase:"), m_new);
    form->addRow(QString(), m_strength);
    addRow(tr("&Repeat new passphrase:"), m_repeat);

    auto* note = new QLabel(tr("Backups made before keep the old passphrase."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_changeButton = buttons->addButton(tr("C&hange"), QDialogButtonBox::AcceptRole);
    m_changeButton->setObjectName(QStringLiteral("changeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::change);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_current, m_new, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    updateState();
}

void ChangePassphraseDialog::updateState()
{
    m_strength->setPassphrase(m_new->text());
    QString problem;
    if (!m_new->text().isEmpty() && !m_strength->strongEnough())
        problem = tr("The new passphrase is not strong enough yet.");
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_new->text())
        problem = tr("The two new passphrases differ.");
    m_problem->setText(problem);
    m_changeButton->setEnabled(problem.isEmpty() && !m_current->text().isEmpty() &&
                               m_strength->strongEnough() && m_repeat->text() == m_new->text());
}

void ChangePassphraseDialog::change()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const StoreSession::Outcome outcome =
        m_session.changePassphrase(takePassphrase(m_current), SecretBytes(m_new->text().toUtf8()));
    QApplication::restoreOverrideCursor();
    if (!outcome.ok) {
        m_problem->setText(outcome.message);
        m_current->setFocus();
        return;
    }
    m_new->clear();
    m_repeat->clear();
    accept();
}
