#include "NewStoreDialog.h"

#include "PageStyle.h"
#include "PassphraseWidgets.h"

#include "store/StoreSession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewStoreDialog::NewStoreDialog(StoreSession& session, const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_passphrase(createPassphraseEdit(QStringLiteral("newPassphrase"), this))
    , m_repeat(createPassphraseEdit(QStringLiteral("repeatPassphrase"), this))
    , m_strength(new PassphraseStrengthMeter(this))
    , m_problem(createProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newStoreDialog"));
    setWindowTitle(tr("New case file"));
    m_path->setObjectName(QStringLiteral("storePath"));
    auto* browse = new QPushButton(tr("&Choose..."), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* explanation = new QLabel(
        tr("Everything you record is kept in this one encrypted file. Without the passphrase nobody can read "
           "it, not even the helpdesk: write it down and keep it somewhere safe. Use four or more words that "
           "have nothing to do with each other."),
        this);
    explanation->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto* passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    form->addRow(passphraseLabel, m_passphrase);
    form->addRow(QString(), m_strength);
    auto* repeatLabel = new QLabel(tr("&Repeat passphrase:"), this);
    repeatLabel->setBuddy(m_repeat);
    form->addRow(repeatLabel, m_repeat);

    QPushButton* createButton = m_buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    createButton->setObjectName(QStringLiteral("createButton"));
    createButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    connect(browse, &QPushButton::clicked, this, &NewStoreDialog::choosePath);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewStoreDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_path, m_passphrase, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &NewStoreDialog::updateState);
    updateState();
    m_passphrase->setFocus();
}

void NewStoreDialog::choosePath()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New case file"), m_path->text(), tr("Case files (*.thuis)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".thuis");
    m_path->setText(path);
}

void NewStoreDialog::updateState()
{
    m_strength->setPassphrase(m_passphrase->text());
    QString problem;
    if (m_path->text().trimmed().isEmpty())
        problem = tr("Choose where to keep the case file.");
    else if (QFileInfo::exists(m_path->text()))
        problem = tr("That file already exists; a new case file never replaces a file. Choose another name.");
    else if (!m_passphrase->text().isEmpty() && !m_strength->strongEnough())
        problem = tr("The passphrase is not strong enough yet.");
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_passphrase->text())
        problem = tr("The two passphrases differ.");
    m_problem->setText(problem);
    const bool ready =
        problem.isEmpty() && m_strength->strongEnough() && m_repeat->text() == m_passphrase->text();
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(ready);
    }
}

void NewStoreDialog::create()
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // the key derivation takes about a second
    const StoreSession::Outcome outcome =
        m_session.create(m_path->text(), SecretBytes(m_passphrase->text().toUtf8()));
    QApplication::restoreOverrideCursor();
    if (!outcome.ok) {
        m_problem->setText(outcome.message); // everything typed stays, to try again
        return;
    }
    m_passphrase->clear();
    m_repeat->clear();
    accept();
}
