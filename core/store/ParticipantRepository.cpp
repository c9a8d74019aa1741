#include "store/ParticipantRepository.h"

#include "people/ContactValidation.h"
#include "people/ParticipantNumber.h"
#include "store/StoreError.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/IsoDate.h"
#include "trajectory/RuleBook.h"
#include "trajectory/TrajectoryEngine.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// The stored fields of a participant by column name, as text, for comparing and auditing.
QList<std::pair<QString, QString>> columns(const ParticipantDetails& details)
{
    return {{QStringLiteral("naam"), details.naam},
            {QStringLiteral("geboortedatum"),
             details.geboortedatum.isValid() ? isoDate(details.geboortedatum) : QString()},
            {QStringLiteral("huishouden"), householdCode(details.huishouden)},
            {QStringLiteral("adres"), details.adres},
            {QStringLiteral("postcode"), details.postcode},
            {QStringLiteral("woonplaats"), details.woonplaats},
            {QStringLiteral("telefoon"), details.telefoon},
            {QStringLiteral("email"), details.email},
            {QStringLiteral("woningcorporatie"), details.woningcorporatie},
            {QStringLiteral("begeleider"), details.begeleider},
            {QStringLiteral("stadsdeel"), details.stadsdeel},
            {QStringLiteral("team"), details.team}};
}

void check(QHash<QString, QString>& problems, const QString& field, QString& value,
           Result<QString> (*validator)(const QString&))
{
    const Result<QString> checked = validator(value);
    if (checked)
        value = checked.value();
    else
        problems.insert(field, checked.errors().first());
}

} // namespace

QHash<QString, QString> ParticipantRepository::validate(ParticipantDetails& details, const QDate& today)
{
    QHash<QString, QString> problems;
    details.naam = details.naam.trimmed();
    if (details.naam.isEmpty())
        problems.insert(QStringLiteral("naam"), tr("A name is needed."));
    // The number's form is checked when a participant is registered (registerNew): files made
    // before that check keep their numbers, and editing them must go on working.
    if (details.id.trimmed().isEmpty())
        problems.insert(QStringLiteral("id"), tr("A participant number is needed."));
    if (!RuleBook::builtIn(details.profile))
        problems.insert(QStringLiteral("profile"), tr("Choose the agreement (rule profile) that applies."));
    if (details.geboortedatum.isValid() && details.geboortedatum > today)
        problems.insert(QStringLiteral("geboortedatum"), tr("The date of birth lies in the future."));
    check(problems, QStringLiteral("postcode"), details.postcode, &ContactValidation::postcode);
    check(problems, QStringLiteral("telefoon"), details.telefoon, &ContactValidation::phone);
    check(problems, QStringLiteral("email"), details.email, &ContactValidation::email);
    return problems;
}

QString ParticipantRepository::numberTaken(const QSqlDatabase& database, const QString& number)
{
    // upper() in SQLite folds ASCII only, which is all a participant number may hold.
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT id FROM participant WHERE upper(id) = ?"));
    query.addBindValue(ParticipantNumber::key(number));
    if (!query.exec())
        return StoreError::describe(query.lastError());
    if (!query.next())
        return {};
    const QString existing = query.value(0).toString();
    if (existing == number)
        return tr("participant number %1 is already in use; record new events in that file instead")
            .arg(number);
    return tr("participant number %1 differs from the existing %2 only in capitals; they would be two files "
              "for one number")
        .arg(number, existing);
}

QHash<QString, QString> ParticipantRepository::validate(ContactPerson& contact)
{
    QHash<QString, QString> problems;
    check(problems, QStringLiteral("telefoon"), contact.telefoon, &ContactValidation::phone);
    check(problems, QStringLiteral("email"), contact.email, &ContactValidation::email);
    return problems;
}

QString ParticipantRepository::create(ParticipantDetails details, const Actor& actor, const QDateTime& now)
{
    NewParticipant registration;
    registration.details = std::move(details);
    return registerNew(std::move(registration), actor, QDate(), now);
}

QString ParticipantRepository::registerNew(NewParticipant registration, const Actor& actor,
                                           const QDate& today, const QDateTime& now)
{
    // Everything is checked before anything is written, so a typing mistake never leaves a
    // participant half made.
    registration.details.id = registration.details.id.trimmed();
    QStringList problems = validate(registration.details, now.toLocalTime().date()).values();
    if (const QString problem = ParticipantNumber::problem(registration.details.id.trimmed());
        !problem.isEmpty())
        problems << problem;
    for (ContactPerson& contact : registration.contacts)
        problems << validate(contact).values();
    QList<TrajectoryEvent> consent;
    if (registration.consentGiven) {
        TrajectoryEvent given;
        given.number = 1;
        given.type = QStringLiteral("toestemming_gegeven");
        given.date = *registration.consentGiven;
        consent << given;
        if (problems.isEmpty())
            problems << acceptedAsFirstEvents(registration.details, consent, today);
    }
    problems.removeAll(QString());
    if (!problems.isEmpty())
        return StoreError::notSaved(problems.join(u' '));

    // One transaction: the participant, their contact persons and their consent, or nothing.
    if (!m_database.transaction())
        return StoreError::notSaved(StoreError::describe(m_database.lastError()));
    const ParticipantDetails& details = registration.details;
    QString error = numberTaken(m_database, details.id);
    if (error.isEmpty())
        error = insertParticipant(details, actor, now);
    for (const ContactPerson& contact : std::as_const(registration.contacts)) {
        if (error.isEmpty())
            error = writeContact(details.id, contact, actor, now);
    }
    if (error.isEmpty() && !consent.isEmpty())
        error = TrajectoryRepository(m_database).insertEvents(details.id, consent, actor, now);
    return StoreError::commitOrRollBack(m_database, error);
}

QString ParticipantRepository::acceptedAsFirstEvents(const ParticipantDetails& details,
                                                     const QList<TrajectoryEvent>& events, const QDate& today)
{
    Trajectory trajectory;
    trajectory.profileId = details.profile;
    trajectory.deelnemer.id = details.id;
    trajectory.events = events;
    const Result<TrajectoryEngine> engine = TrajectoryEngine::builtIn(details.profile);
    if (!engine)
        return engine.errors().join(u' ');
    const Result<Evaluation> evaluation = engine->evaluate(trajectory, today);
    return evaluation ? QString() : evaluation.errors().join(u' ');
}

QString ParticipantRepository::insertParticipant(const ParticipantDetails& details, const Actor& actor,
                                                 const QDateTime& now)
{
    QSqlQuery query(m_database);
    const auto fields = columns(details);
    QStringList names{QStringLiteral("id"), QStringLiteral("profile"), QStringLiteral("created_at")};
    for (const auto& [name, value] : fields)
        names << name;
    query.prepare(QStringLiteral("INSERT INTO participant (%1) VALUES (%2)")
                      .arg(names.join(QStringLiteral(", ")),
                           QStringList(names.size(), QStringLiteral("?")).join(u',')));
    query.addBindValue(details.id);
    query.addBindValue(details.profile);
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    for (const auto& [name, value] : fields)
        query.addBindValue(textOrNull(value));
    if (!query.exec())
        return StoreError::describe(query.lastError());
    return AuditLog(m_database)
        .append({now, actor, QStringLiteral("participant"), details.id, std::nullopt, details.naam});
}

QString ParticipantRepository::update(ParticipantDetails details, const Actor& actor, const QDateTime& now)
{
    if (const QHash<QString, QString> problems = validate(details, now.toLocalTime().date());
        !problems.isEmpty())
        return StoreError::notSaved(problems.values().join(u' '));
    const Result<ParticipantDetails> before = load(details.id);
    if (!before)
        return StoreError::notSaved(before.errors().join(u' '));
    if (!m_database.transaction())
        return StoreError::notSaved(StoreError::describe(m_database.lastError()));
    QSqlQuery query(m_database);
    AuditLog audit(m_database);
    const auto oldColumns = columns(before.value());
    const auto newColumns = columns(details);
    for (qsizetype i = 0; i < newColumns.size(); ++i) {
        const auto& [name, value] = newColumns.at(i);
        const QString& old = oldColumns.at(i).second;
        if (old == value)
            continue;
        query.prepare(QStringLiteral("UPDATE participant SET %1 = ? WHERE id = ?").arg(name));
        query.addBindValue(textOrNull(value));
        query.addBindValue(details.id);
        QString error = query.exec() ? QString() : StoreError::describe(query.lastError());
        if (error.isEmpty())
            error = audit.append({now, actor, QStringLiteral("participant"), details.id, name + u'=' + old,
                                  name + u'=' + value});
        if (!error.isEmpty()) {
            m_database.rollback();
            return StoreError::notSaved(error);
        }
    }
    if (!m_database.commit()) {
        const QString error = StoreError::describe(m_database.lastError());
        m_database.rollback();
        return StoreError::notSaved(error);
    }
    return {};
}

QString ParticipantRepository::setContact(const QString& participantId, ContactPerson contact,
                                          const Actor& actor, const QDateTime& now)
{
    if (const QHash<QString, QString> problems = validate(contact); !problems.isEmpty())
        return StoreError::notSaved(problems.values().join(u' '));
    if (!m_database.transaction())
        return StoreError::notSaved(StoreError::describe(m_database.lastError()));
    QString error = writeContact(participantId, contact, actor, now);
    return StoreError::commitOrRollBack(m_database, error);
}

QString ParticipantRepository::writeContact(const QString& participantId, const ContactPerson& contact,
                                            const Actor& actor, const QDateTime& now)
{
    QSqlQuery query(m_database);
    // One contact person per party (unique index): replace the row, keep what it was in the audit log.
    query.prepare(QStringLiteral(
        "SELECT naam, functie, telefoon, email FROM contact WHERE participant_id = ? AND party = ?"));
    query.addBindValue(participantId);
    query.addBindValue(contact.party);
    if (!query.exec())
        return StoreError::describe(query.lastError());
    std::optional<QString> old;
    if (query.next())
        old = QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString()}
                  .join(QStringLiteral(" | "));
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO contact (participant_id, party, naam, functie, telefoon, email) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(participantId), QVariant(contact.party), QVariant(contact.naam),
          textOrNull(contact.functie), textOrNull(contact.telefoon), textOrNull(contact.email)})
        query.addBindValue(value);
    if (!query.exec())
        return StoreError::describe(query.lastError());
    const QString contactText =
        QStringList{contact.naam, contact.functie, contact.telefoon, contact.email}.join(
            QStringLiteral(" | "));
    return AuditLog(m_database)
        .append(
            {now, actor, QStringLiteral("contact"), participantId + u'/' + contact.party, old, contactText});
}

Result<ParticipantDetails> ParticipantRepository::load(const QString& participantId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT naam, geboortedatum, huishouden, profile, adres, postcode, woonplaats, telefoon, "
        "email, woningcorporatie, begeleider, stadsdeel, team FROM participant WHERE id = ?"));
    query.addBindValue(participantId);
    if (!query.exec())
        return Result<ParticipantDetails>::failure(StoreError::describe(query.lastError()));
    if (!query.next())
        return Result<ParticipantDetails>::failure(
            tr("There is no participant %1 in this case file.").arg(participantId));
    ParticipantDetails details;
    details.id = participantId;
    details.naam = query.value(0).toString();
    details.geboortedatum = parseIsoDate(query.value(1).toString());
    details.huishouden = householdFromCode(query.value(2).toString()).value_or(Household::Alleenstaand);
    details.profile = query.value(3).toString();
    details.adres = query.value(4).toString();
    details.postcode = query.value(5).toString();
    details.woonplaats = query.value(6).toString();
    details.telefoon = query.value(7).toString();
    details.email = query.value(8).toString();
    details.woningcorporatie = query.value(9).toString();
    details.begeleider = query.value(10).toString();
    details.stadsdeel = query.value(11).toString();
    details.team = query.value(12).toString();
    return details;
}

Result<QList<ContactPerson>> ParticipantRepository::contacts(const QString& participantId) const
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT party, naam, functie, telefoon, email FROM contact WHERE participant_id = ? "
                       "ORDER BY party"));
    query.addBindValue(participantId);
    if (!query.exec())
        return Result<QList<ContactPerson>>::failure(StoreError::describe(query.lastError()));
    QList<ContactPerson> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString()});
    return result;
}
