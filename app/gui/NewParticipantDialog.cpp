#include "NewParticipantDialog.h"

#include "ContactBox.h"
#include "PageStyle.h"
#include "common/DateText.h"

#include "store/ParticipantRepository.h"
#include "store/StoreError.h"
#include "store/StoreSession.h"
#include "trajectory/RuleBook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace {

// The next free number of the form D-0001, so the caseworker need not look it up.
QString nextParticipantId(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    int highest = 0;
    if (query.exec(QStringLiteral("SELECT id FROM participant WHERE id LIKE 'D-%'"))) {
        while (query.next())
            highest = std::max(highest, query.value(0).toString().mid(2).toInt());
    }
    return QStringLiteral("D-%1").arg(highest + 1, 4, 10, QLatin1Char('0'));
}

// The agreements most participants in this case file follow (a team works under one region's
// agreements); for an empty file the current Amsterdam edition.
// The region this case file mostly works in (a team works in one region). Not an edition: a
// new participant runs under the region's editions by date (RuleBook), never an old one.
QString usualRegion(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (query.exec(QStringLiteral(
            "SELECT profile FROM participant GROUP BY profile ORDER BY count(*) DESC LIMIT 1")) &&
        query.next()) {
        if (const Result<RuleBook> book = RuleBook::builtIn(query.value(0).toString()))
            return book->region();
    }
    return QStringLiteral("amsterdam");
}

} // namespace

NewParticipantDialog::NewParticipantDialog(StoreSession& session, Actor actor, const QDate& today,
                                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(std::move(actor))
    , m_today(today)
    , m_profile(new QComboBox(this))
    , m_household(new QComboBox(this))
    , m_birth(new QDateEdit(this))
    , m_problem(createProblemLabel(this))
{
    setObjectName(QStringLiteral("newParticipantDialog"));
    setWindowTitle(tr("New participant"));
    auto* form = new QFormLayout;
    const auto addLine = [&](const QString& key, const QString& label, const QString& text = QString()) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(key);
        auto* labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(edit);
        form->addRow(labelWidget, edit);
        m_lines.insert(key, edit);
    };
    addLine(QStringLiteral("id"), tr("Participant &number:"), nextParticipantId(session.database()));
    addLine(QStringLiteral("naam"), tr("&Name:"));
    m_profile->setObjectName(QStringLiteral("profile"));
    for (const QString& region : RuleBook::builtInRegions()) {
        if (const Result<RuleBook> book = RuleBook::builtIn(region))
            m_profile->addItem(book->title(), region);
    }
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(usualRegion(session.database()))));
    auto* profileLabel = new QLabel(tr("&Agreements:"), this);
    profileLabel->setBuddy(m_profile);
    form->addRow(profileLabel, m_profile);
    m_household->addItem(tr("single"), QStringLiteral("alleenstaand"));
    m_household->addItem(tr("family"), QStringLiteral("gezin"));
    m_household->addItem(tr("multi-problem family"), QStringLiteral("multiprobleemgezin"));
    auto* householdLabel = new QLabel(tr("&Household:"), this);
    householdLabel->setBuddy(m_household);
    form->addRow(householdLabel, m_household);
    m_birth->setDisplayFormat(DateText::dateFormat());
    m_birth->setCalendarPopup(true);
    m_birth->setMinimumDate(QDate(1900, 1, 1));
    m_birth->setSpecialValueText(tr("unknown"));
    m_birth->setDate(m_birth->minimumDate());
    auto* birthLabel = new QLabel(tr("Date of &birth:"), this);
    birthLabel->setBuddy(m_birth);
    form->addRow(birthLabel, m_birth);
    addLine(QStringLiteral("adres"), tr("&Address (woning):"));
    addLine(QStringLiteral("postcode"), tr("&Postcode:"));
    addLine(QStringLiteral("woonplaats"), tr("&Town:"));
    addLine(QStringLiteral("telefoon"), tr("&Telephone:"));
    addLine(QStringLiteral("begeleider"), tr("Be&geleider:"), m_actor.name);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewParticipantDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Consent to share (Werkafspraak 10) is written consent with a date of its own: nothing is
    // ticked or dated for the caseworker; recording it is a deliberate act.
    m_consentGiven = new QCheckBox(tr("Written &consent to share given on"), this);
    m_consentGiven->setObjectName(QStringLiteral("consentGiven"));
    m_consentGiven->setChecked(false);
    m_consentDate = new QDateEdit(this);
    m_consentDate->setObjectName(QStringLiteral("consentDate"));
    m_consentDate->setDisplayFormat(DateText::dateFormat());
    m_consentDate->setCalendarPopup(true);
    m_consentDate->setMinimumDate(QDate(1900, 1, 1));
    m_consentDate->setMaximumDate(today);
    m_consentDate->setSpecialValueText(tr("date?"));
    m_consentDate->setDate(m_consentDate->minimumDate());
    m_consentDate->setEnabled(false);
    connect(m_consentGiven, &QCheckBox::toggled, m_consentDate, &QWidget::setEnabled);
    auto* consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consentGiven);
    consentRow->addWidget(m_consentDate);
    consentRow->addStretch(1);

    auto* contacts = new QHBoxLayout;
    m_contacts << new ContactBox(QStringLiteral("woningcorporatie"), tr("Contact at the housing corporation"),
                                 this)
               << new ContactBox(QStringLiteral("zorgaanbieder"), tr("Contact at the care provider"), this);
    for (ContactBox* box : std::as_const(m_contacts))
        contacts->addWidget(box);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(contacts);
    layout->addLayout(consentRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 100);
    m_lines.value(QStringLiteral("naam"))->setFocus();
}

QString NewParticipantDialog::participantId() const
{
    return m_lines.value(QStringLiteral("id"))->text().trimmed();
}

QString NewParticipantDialog::problem() const
{
    return m_problem->text();
}

ContactBox* NewParticipantDialog::contactBox(const QString& party) const
{
    for (ContactBox* box : m_contacts) {
        if (box->contact().party == party)
            return box;
    }
    return nullptr;
}

void NewParticipantDialog::create()
{
    ParticipantDetails details;
    details.id = participantId();
    details.naam = m_lines.value(QStringLiteral("naam"))->text();
    details.profile = m_profile->currentData().toString();
    details.huishouden =
        householdFromCode(m_household->currentData().toString()).value_or(Household::Alleenstaand);
    details.geboortedatum = m_birth->date() == m_birth->minimumDate() ? QDate() : m_birth->date();
    details.adres = m_lines.value(QStringLiteral("adres"))->text().trimmed();
    details.postcode = m_lines.value(QStringLiteral("postcode"))->text();
    details.woonplaats = m_lines.value(QStringLiteral("woonplaats"))->text().trimmed();
    details.telefoon = m_lines.value(QStringLiteral("telefoon"))->text();
    details.begeleider = m_lines.value(QStringLiteral("begeleider"))->text().trimmed();

    NewParticipant registration;
    registration.details = details;
    for (const ContactBox* box : std::as_const(m_contacts)) {
        if (!box->isEmpty())
            registration.contacts << box->contact();
    }
    if (m_consentGiven->isChecked()) {
        if (m_consentDate->date() == m_consentDate->minimumDate()) {
            showWrapped(m_problem,
                        StoreError::notSaved(tr("Enter the date on which the written consent was given.")));
            return;
        }
        registration.consentGiven = m_consentDate->date();
    }
    // One core operation, one transaction: the participant, the contact persons and the consent
    // are all written or none is; on a refusal everything typed stays in the dialog.
    if (const QString error =
            ParticipantRepository(m_session.database())
                .registerNew(std::move(registration), m_actor, m_today, m_session.clock().now().toUTC());
        !error.isEmpty()) {
        showWrapped(m_problem, error);
        return;
    }
    accept();
}
