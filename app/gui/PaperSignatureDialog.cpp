#include "PaperSignatureDialog.h"

#include "filing/FormSigning.h"

#include "DateChoice.h"
#include "PageStyle.h"
#include "common/DateText.h"

#include "store/SignatureRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PaperSignatureDialog::PaperSignatureDialog(StoreSession& session, qint64 formId,
                                           const QStringList& missingParties, Actor actor, const QDate& today,
                                           QWidget* parent)
    : QDialog(parent)
    , m_database(session.database())
    , m_clock(session.clock())
    , m_formId(formId)
    , m_actor(std::move(actor))
    , m_today(today)
    , m_party(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_function(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_problem(createProblemLabel(this))
{
    setObjectName(QStringLiteral("paperSignatureDialog"));
    setWindowTitle(tr("Signature on paper"));
    for (const QString& party : missingParties)
        m_party->addItem(party, party);
    m_party->setObjectName(QStringLiteral("party"));
    m_name->setObjectName(QStringLiteral("name"));
    m_function->setObjectName(QStringLiteral("function"));
    m_date->setObjectName(QStringLiteral("date"));
    prepareDateChoice(m_date, today, tr("date?"));

    auto* form = new QFormLayout;
    const auto addRow = [&](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    addRow(tr("&Party:"), m_party);
    addRow(tr("&Name of the signer:"), m_name);
    addRow(tr("&Function:"), m_function);
    addRow(tr("Signed &on:"), m_date);
    auto* explanation =
        new QLabel(tr("Record a signature put by hand on the printed final form. Keep the paper as the "
                      "agreements ask: each party keeps a copy."),
                   this);
    explanation->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaperSignatureDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString PaperSignatureDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void PaperSignatureDialog::record()
{
    const QDate signedOn = chosenDate(m_date);
    DrawnSignature signature{m_party->currentData().toString(),
                             m_name->text().trimmed(),
                             m_function->text().trimmed(),
                             signedOn,
                             {}};
    const QString error =
        FormSigning(m_database, m_actor, m_today, m_clock.now().toUTC()).recordOnPaper(m_formId, signature);
    if (!error.isEmpty()) {
        showWrapped(m_problem, error); // everything typed stays
        return;
    }
    accept();
}
