#include "filing/FormPrefill.h"

#include "trajectory/IsoDate.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QJsonArray>

namespace {

QHash<QString, QString> participantParts(const ParticipantDetails& participant)
{
    const QString place = QStringList{participant.postcode, participant.woonplaats}.join(u' ').trimmed();
    QStringList address{participant.adres.trimmed()};
    if (!place.isEmpty())
        address << place;
    address.removeAll(QString());
    return {{QStringLiteral("naam"), participant.naam},
            {QStringLiteral("adres"), address.join(QStringLiteral(", "))},
            {QStringLiteral("telefoon"), participant.telefoon},
            {QStringLiteral("email"), participant.email}};
}

QHash<QString, QString> contactParts(const QList<ContactPerson>& contacts, const QString& party)
{
    for (const ContactPerson& contact : contacts) {
        if (contact.party == party)
            return {{QStringLiteral("naam"), contact.naam},
                    {QStringLiteral("functie"), contact.functie},
                    {QStringLiteral("telefoon"), contact.telefoon},
                    {QStringLiteral("email"), contact.email}};
    }
    return {};
}

// Only the parts this block of the form asks for.
QString contactAnswer(const FormField& field, const QHash<QString, QString>& known)
{
    QHash<QString, QString> parts;
    for (const QJsonValue& part : field.definition.value(QStringLiteral("parts")).toArray())
        parts.insert(part.toString(), known.value(part.toString()));
    return FormValues::contactToJson(parts);
}

QString firstDateOf(const QList<TrajectoryEvent>& events, const QString& type)
{
    for (const TrajectoryEvent& event : events) {
        if (event.type == type)
            return isoDate(event.date);
    }
    return {};
}

QString kennismakingsgesprek(const QList<TrajectoryEvent>& events)
{
    QString held;
    QString planned;
    for (const TrajectoryEvent& event : events) {
        if (event.type == u"kennismakingsgesprek_gehouden")
            held = isoDate(event.date);
        else if (event.type == u"kennismakingsgesprek_gepland")
            planned = event.text(u"gepland_op");
    }
    return held.isEmpty() ? planned : held;
}

QString goalsAnswer(const QList<Goal>& goals)
{
    QList<GoalRow> rows;
    for (const Goal& goal : goals)
        rows.append({goal.id, goal.leefdomein, goal.omschrijving, QString(),
                     goal.behaald ? QStringLiteral("ja") : QStringLiteral("nee")});
    return rows.isEmpty() ? QString() : FormValues::goalsToJson(rows);
}

} // namespace

FormAnswers FormPrefill::answers(const FormDefinition& definition, const DossierFacts& facts)
{
    const Result<QList<TrajectoryEvent>> effective =
        TrajectoryEngine::effectiveEvents(facts.trajectory, facts.evaluation.today);
    const QList<TrajectoryEvent> events = effective ? effective.value() : QList<TrajectoryEvent>();
    // The intermediaire verhuur starts when the home is handed over, whatever the omklap clock
    // counts from (2026: the begeleidingsovereenkomst); without a key handover it stays empty.
    const QString leaseStart = QStringLiteral("sleutel_overgedragen");

    FormAnswers answers;
    for (const FormSection& section : definition.sections) {
        for (const FormField& field : section.fields) {
            const QString source = field.definition.value(QStringLiteral("prefill")).toString();
            QString value;
            if (source == u"deelnemer")
                value = contactAnswer(field, participantParts(facts.participant));
            else if (source == u"deelnemer.geboortedatum")
                value = facts.participant.geboortedatum.isValid() ? isoDate(facts.participant.geboortedatum)
                                                                  : QString();
            else if (source.startsWith(u"deelnemer.")) // one part as plain text: naam, adres, telefoon, email
                value = participantParts(facts.participant).value(source.mid(10));
            else if (source.startsWith(u"contact."))
                value = contactAnswer(field, contactParts(facts.contacts, source.mid(8)));
            else if (source == u"startdatum_intermediaire_verhuur")
                value = firstDateOf(events, leaseStart);
            else if (source == u"datum_kennismakingsgesprek")
                value = kennismakingsgesprek(events);
            else if (source == u"doelen")
                value = goalsAnswer(facts.evaluation.goals);
            if (!value.isEmpty())
                answers.insert(field.id, value);
        }
    }
    return answers;
}
