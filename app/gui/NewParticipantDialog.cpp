#include "NewParticipantDialog.h"

#include "PageStyle.h"

#include "store/ParticipantRepository.h"
#include "store/StoreSession.h"
#include "trajectory/RuleProfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
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
QString usualProfile(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (query.exec(QStringLiteral(
            "SELECT profile FROM participant GROUP BY profile ORDER BY count(*) DESC LIMIT 1")) &&
        query.next())
        return query.value(0).toString();
    return QStringLiteral("amsterdam-2026");
}

} // namespace

NewParticipantDialog::NewParticipantDialog(StoreSession& session, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(std::move(actor))
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
    for (const QString& id : RuleProfile::builtInIds())
        m_profile->addItem(id, id);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(usualProfile(session.database()))));
    auto* profileLabel = new QLabel(tr("&Agreements:"), this);
    profileLabel->setBuddy(m_profile);
    form->addRow(profileLabel, m_profile);
    m_household->addItem(tr("single"), QStringLiteral("alleenstaand"));
    m_household->addItem(tr("family"), QStringLiteral("gezin"));
    m_household->addItem(tr("multi-problem family"), QStringLiteral("multiprobleemgezin"));
    auto* householdLabel = new QLabel(tr("&Household:"), this);
    householdLabel->setBuddy(m_household);
    form->addRow(householdLabel, m_household);
    m_birth->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
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
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 75);
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
    const QString error =
        ParticipantRepository(m_session.database()).create(details, m_actor, QDateTime::currentDateTimeUtc());
    if (!error.isEmpty()) {
        showWrapped(m_problem, error); // everything typed stays
        return;
    }
    accept();
}
