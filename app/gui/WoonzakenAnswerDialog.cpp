#include "WoonzakenAnswerDialog.h"

#include "DateChoice.h"
#include "PageStyle.h"
#include "common/DateText.h"
#include "filing/VoordrachtAnswer.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

WoonzakenAnswerDialog::WoonzakenAnswerDialog(StoreSession& session, qint64 voordrachtId, Actor actor,
                                             const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_database(session.database())
    , m_clock(session.clock())
    , m_voordrachtId(voordrachtId)
    , m_actor(std::move(actor))
    , m_agreed(new QRadioButton(tr("&Agreed: the lease can be put in the participant's name"), this))
    , m_refused(new QRadioButton(tr("&Refused, with motivation"), this))
    , m_date(new QDateEdit(this))
    , m_motivation(new QPlainTextEdit(this))
    , m_problem(createProblemLabel(this))
{
    setObjectName(QStringLiteral("woonzakenAnswerDialog"));
    setWindowTitle(tr("Woonzaken's answer"));
    m_agreed->setObjectName(QStringLiteral("agreed"));
    m_refused->setObjectName(QStringLiteral("refused"));
    auto* choice = new QButtonGroup(this); // neither is checked until the caseworker chooses
    choice->addButton(m_agreed);
    choice->addButton(m_refused);
    m_date->setObjectName(QStringLiteral("date"));
    prepareDateChoice(m_date, today, tr("date?"));
    m_motivation->setObjectName(QStringLiteral("motivation"));
    m_motivation->setTabChangesFocus(true);

    auto* explanation = new QLabel(
        tr("Voordracht %1: \"Woonzaken informeert de zorgaanbieder en de woningcorporatie binnen 5 werkdagen "
           "na ontvangst van het formulier of de gemeente akkoord gaat met de omklap\" (Werkafspraak 8).")
            .arg(voordrachtId),
        this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* dateLabel = new QLabel(tr("Answer &dated:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    auto* motivationLabel = new QLabel(tr("&Motivation:"), this);
    motivationLabel->setBuddy(m_motivation);
    form->addRow(motivationLabel, m_motivation);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("R&ecord"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WoonzakenAnswerDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_agreed);
    layout->addWidget(m_refused);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString WoonzakenAnswerDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void WoonzakenAnswerDialog::record()
{
    if (!m_agreed->isChecked() && !m_refused->isChecked()) {
        showWrapped(m_problem, tr("Choose whether Woonzaken agreed or refused."));
        return;
    }
    const QDate on = chosenDate(m_date);
    const VoordrachtAnswer::Answer answer{m_agreed->isChecked(), on, m_motivation->toPlainText()};
    const QString error = VoordrachtAnswer(m_database, m_actor, m_clock.now()).record(m_voordrachtId, answer);
    if (!error.isEmpty()) {
        showWrapped(m_problem, error); // everything typed stays
        return;
    }
    accept();
}
