#include "ParticipantForm.h"

#include "PageStyle.h"
#include "common/DateText.h"

#include "store/ParticipantRepository.h"
#include "store/StoreSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const char* const contactParties[] = {"woningcorporatie", "zorgaanbieder"};

} // namespace

ParticipantForm::ParticipantForm(StoreSession& session, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_actor(std::move(actor))
    , m_birth(new QDateEdit(this))
    , m_household(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("participantForm"));
    auto* person = new QGroupBox(tr("Participant"), this);
    auto* form = new QFormLayout(person);
    addLine(QStringLiteral("naam"), tr("&Name:"), form);
    m_birth->setObjectName(QStringLiteral("geboortedatum"));
    m_birth->setDisplayFormat(DateText::dateFormat());
    m_birth->setCalendarPopup(true);
    m_birth->setMinimumDate(QDate(1900, 1, 1));
    m_birth->setSpecialValueText(tr("unknown"));
    form->addRow(tr("Date of &birth:"), m_birth);
    m_household->setObjectName(QStringLiteral("huishouden"));
    m_household->addItem(tr("single"), QStringLiteral("alleenstaand"));
    m_household->addItem(tr("family"), QStringLiteral("gezin"));
    m_household->addItem(tr("multi-problem family"), QStringLiteral("multiprobleemgezin"));
    form->addRow(tr("&Household:"), m_household);
    addLine(QStringLiteral("adres"), tr("&Address (woning):"), form);
    addLine(QStringLiteral("postcode"), tr("&Postcode:"), form);
    addLine(QStringLiteral("woonplaats"), tr("&Town:"), form);
    addLine(QStringLiteral("telefoon"), tr("&Telephone:"), form);
    addLine(QStringLiteral("email"), tr("&E-mail:"), form);
    addLine(QStringLiteral("woningcorporatie"), tr("Housing &corporation:"), form);
    addLine(QStringLiteral("begeleider"), tr("Be&geleider:"), form);
    addLine(QStringLiteral("team"), tr("Tea&m:"), form);
    addLine(QStringLiteral("stadsdeel"), tr("&District (stadsdeel):"), form);

    auto* contacts = new QHBoxLayout;
    for (const char* party : contactParties) {
        const QString key = QString::fromLatin1(party);
        auto* box = new QGroupBox(key == u"woningcorporatie" ? tr("Contact at the housing corporation")
                                                             : tr("Contact at the care provider"),
                                  this);
        auto* contactForm = new QFormLayout(box);
        addLine(key + QStringLiteral(".naam"), tr("Name:"), contactForm);
        addLine(key + QStringLiteral(".functie"), tr("Function:"), contactForm);
        addLine(key + QStringLiteral(".telefoon"), tr("Telephone:"), contactForm);
        addLine(key + QStringLiteral(".email"), tr("E-mail:"), contactForm);
        contacts->addWidget(box);
    }

    auto* saveButton = new QPushButton(tr("&Save details"), this);
    saveButton->setObjectName(QStringLiteral("saveDetails"));
    connect(saveButton, &QPushButton::clicked, this, &ParticipantForm::save);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(person);
    layout->addLayout(contacts);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

QLineEdit* ParticipantForm::addLine(const QString& key, const QString& label, QFormLayout* form)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(key);
    auto* problem = createProblemLabel(this);
    problem->setObjectName(key + QStringLiteral(".problem"));
    problem->hide();
    auto* column = new QVBoxLayout;
    column->setSpacing(0);
    column->addWidget(edit);
    column->addWidget(problem);
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, column);
    m_lines.insert(key, edit);
    m_problems.insert(key, problem);
    return edit;
}

void ParticipantForm::load(const QString& participantId)
{
    m_participantId = participantId;
    ParticipantRepository repository(m_session.database());
    const Result<ParticipantDetails> details = repository.load(participantId);
    if (!details)
        return;
    m_profile = details->profile;
    m_lines.value(QStringLiteral("naam"))->setText(details->naam);
    m_lines.value(QStringLiteral("adres"))->setText(details->adres);
    m_lines.value(QStringLiteral("postcode"))->setText(details->postcode);
    m_lines.value(QStringLiteral("woonplaats"))->setText(details->woonplaats);
    m_lines.value(QStringLiteral("telefoon"))->setText(details->telefoon);
    m_lines.value(QStringLiteral("email"))->setText(details->email);
    m_lines.value(QStringLiteral("woningcorporatie"))->setText(details->woningcorporatie);
    m_lines.value(QStringLiteral("begeleider"))->setText(details->begeleider);
    m_lines.value(QStringLiteral("team"))->setText(details->team);
    m_lines.value(QStringLiteral("stadsdeel"))->setText(details->stadsdeel);
    m_birth->setDate(details->geboortedatum.isValid() ? details->geboortedatum : m_birth->minimumDate());
    m_household->setCurrentIndex(m_household->findData(householdCode(details->huishouden)));
    for (const char* party : contactParties) {
        for (const QString& field : {QStringLiteral("naam"), QStringLiteral("functie"),
                                     QStringLiteral("telefoon"), QStringLiteral("email")})
            m_lines.value(QString::fromLatin1(party) + u'.' + field)->clear();
    }
    const Result<QList<ContactPerson>> contacts = repository.contacts(participantId);
    for (const ContactPerson& contact : contacts ? contacts.value() : QList<ContactPerson>()) {
        const QString prefix = contact.party + u'.';
        if (!m_lines.contains(prefix + QStringLiteral("naam")))
            continue;
        m_lines.value(prefix + QStringLiteral("naam"))->setText(contact.naam);
        m_lines.value(prefix + QStringLiteral("functie"))->setText(contact.functie);
        m_lines.value(prefix + QStringLiteral("telefoon"))->setText(contact.telefoon);
        m_lines.value(prefix + QStringLiteral("email"))->setText(contact.email);
    }
    showProblems({});
    m_status->clear();
}

bool ParticipantForm::save()
{
    ParticipantDetails details;
    details.id = m_participantId;
    details.profile = m_profile;
    details.naam = m_lines.value(QStringLiteral("naam"))->text();
    details.adres = m_lines.value(QStringLiteral("adres"))->text().trimmed();
    details.postcode = m_lines.value(QStringLiteral("postcode"))->text();
    details.woonplaats = m_lines.value(QStringLiteral("woonplaats"))->text().trimmed();
    details.telefoon = m_lines.value(QStringLiteral("telefoon"))->text();
    details.email = m_lines.value(QStringLiteral("email"))->text();
    details.woningcorporatie = m_lines.value(QStringLiteral("woningcorporatie"))->text().trimmed();
    details.begeleider = m_lines.value(QStringLiteral("begeleider"))->text().trimmed();
    details.team = m_lines.value(QStringLiteral("team"))->text().trimmed();
    details.stadsdeel = m_lines.value(QStringLiteral("stadsdeel"))->text().trimmed();
    details.geboortedatum = m_birth->date() == m_birth->minimumDate() ? QDate() : m_birth->date();
    details.huishouden =
        householdFromCode(m_household->currentData().toString()).value_or(Household::Alleenstaand);

    QHash<QString, QString> problems =
        ParticipantRepository::validate(details, m_session.clock().now().date());
    QList<ContactPerson> contacts;
    for (const char* party : contactParties) {
        const QString prefix = QString::fromLatin1(party) + u'.';
        ContactPerson contact{QString::fromLatin1(party),
                              m_lines.value(prefix + QStringLiteral("naam"))->text().trimmed(),
                              m_lines.value(prefix + QStringLiteral("functie"))->text().trimmed(),
                              m_lines.value(prefix + QStringLiteral("telefoon"))->text(),
                              m_lines.value(prefix + QStringLiteral("email"))->text()};
        const QHash<QString, QString> contactProblems = ParticipantRepository::validate(contact);
        for (auto it = contactProblems.cbegin(); it != contactProblems.cend(); ++it)
            problems.insert(prefix + it.key(), it.value());
        if (!contact.naam.isEmpty() || !contact.telefoon.isEmpty() || !contact.email.isEmpty())
            contacts.append(contact);
    }
    showProblems(problems);
    if (!problems.isEmpty()) {
        m_status->setText(tr("Not saved: correct the marked fields."));
        return false;
    }
    ParticipantRepository repository(m_session.database());
    const QDateTime now = m_session.clock().now().toUTC();
    QString error = repository.update(details, m_actor, now);
    for (const ContactPerson& contact : contacts) {
        if (error.isEmpty())
            error = repository.setContact(m_participantId, contact, m_actor, now);
    }
    m_status->setText(error.isEmpty() ? tr("Saved.") : error);
    if (!error.isEmpty())
        return false;
    load(m_participantId); // shows the tidied values (+31 6 ..., 1234 AB)
    m_status->setText(tr("Saved."));
    emit saved();
    return true;
}

void ParticipantForm::showProblems(const QHash<QString, QString>& problems)
{
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QString text = problems.value(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
        m_lines.value(it.key())->setStyleSheet(text.isEmpty() ? QString()
                                                              : QStringLiteral("border: 1px solid #b71c1c;"));
    }
}

QString ParticipantForm::problemAt(const QString& field) const
{
    const QLabel* label = m_problems.value(field);
    return label ? label->text() : QString();
}

void ParticipantForm::setActor(const Actor& actor)
{
    m_actor = actor;
}
