#include "forms/FormOutcome.h"

#include "common/DateText.h"
#include "forms/FormCheck.h"
#include "trajectory/EventTypeRegistry.h"
#include "trajectory/IsoDate.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QJsonObject>
#include <QSet>

namespace {

TrajectoryEvent event(const QString& type, const QDate& date, const QJsonObject& fields = {})
{
    TrajectoryEvent made;
    made.type = type;
    made.typeId = EventTypeRegistry::idOf(type);
    made.date = date;
    made.fields = EventFields(fields);
    return made;
}

// The next free goal id ("g4" after g1..g3), also past ids given earlier in this form.
QString nextGoalId(QSet<QString>& taken)
{
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("g%1").arg(n);
        if (!taken.contains(id)) {
            taken.insert(id);
            return id;
        }
    }
}

// The overlastprotocol's letters (Bijlage 1, Categorie 2) and the action each one is: making the
// letter final records that action for the melding it was written about.
//   3: "De deelnemer krijgt een waarschuwingsbrief van de begeleider" (Actie 3)
//   4: "Bij voortduring van de overlast volgt een officiële waarschuwingsbrief" (Actie 4)
//   5: "stuurt de begeleider een aangetekende sommatiebrief" (Actie 5)
const QList<std::pair<int, QString>> lettersByAction{{3, QStringLiteral("waarschuwingsbrief")},
                                                     {4, QStringLiteral("officiele-waarschuwingsbrief")},
                                                     {5, QStringLiteral("sommatiebrief")}};

int letterAction(const QString& form)
{
    for (const auto& [action, letter] : lettersByAction) {
        if (letter == form)
            return action;
    }
    return 0;
}

using Events = Result<QList<TrajectoryEvent>>;

// Werkafspraak 8: the Voordracht voor Omklap, made final, is submitted; the engine refuses it
// unless the omklap check passes (every goal met, the year, the evaluation, no overlast). Its
// goals table reports the goals, it does not change them: that is the woonevaluatie's. The 2020
// edition carries the onafhankelijke derde's judgement (Stap 3: "Een onafhankelijke derde binnen
// de zorgaanbieder toetst deze voordracht"), read by position: first option akkoord.
Events voordrachtEvents(const FormDefinition& definition, const FormAnswers& answers, const QDate& date)
{
    QList<TrajectoryEvent> made{event(QStringLiteral("voordracht_omklap_ingediend"), date)};
    const FormField* judgement = definition.field(QStringLiteral("derde_oordeel"));
    if (judgement == nullptr)
        return made;
    const qsizetype position = judgement->optionIndex(answers.value(judgement->id));
    const QDate judged = FormCheck::parseDate(answers.value(QStringLiteral("derde_datum")));
    if (position < 0 || position > 1 || !judged.isValid())
        return Events::failure(FormOutcome::tr("The onafhankelijke derde's judgement and its date are needed "
                                               "before the voordracht can be made final."));
    if (position == 0)
        made << event(QStringLiteral("onafhankelijke_derde_akkoord"), judged);
    else
        made << event(
            QStringLiteral("onafhankelijke_derde_afgewezen"), judged,
            {{QStringLiteral("redenen"), answers.value(QStringLiteral("derde_redenen")).trimmed()}});
    return made;
}

// Bijlage 1: a letter of actie 3, 4 or 5 records that action for its melding on the letter's
// date; the written feedback of categorie 1 ("De zorgaanbieder koppelt de ondernomen acties en
// de gemaakte afspraken schriftelijk terug") records the judgement of actie 2 it reports, unless
// the dossier holds that very judgement already.
Events letterEvents(const FormDefinition& definition, const FormAnswers& answers, const QDate& date,
                    const Evaluation& before)
{
    const QString melding = answers.value(QStringLiteral("melding")).trimmed();
    const auto known = std::find_if(before.meldingen.cbegin(), before.meldingen.cend(),
                                    [&](const Melding& candidate) { return candidate.id == melding; });
    if (known == before.meldingen.cend())
        return Events::failure(
            FormOutcome::tr("The letter is about melding \"%1\", which the dossier does not "
                            "know. Start the letter from the melding in the Overlast tab.")
                .arg(melding));
    // The melding's facts as the dossier has them: a letter edited to name another complaint
    // would otherwise record a step of that one with the first one's date.
    const QDate reported = FormCheck::parseDate(answers.value(QStringLiteral("datum_melding")));
    if (reported != known->gemeldOp)
        return Events::failure(FormOutcome::tr("The letter gives %1 as the date of melding \"%2\", which was "
                                               "reported on %3. Start the letter from the melding in the "
                                               "Overlast tab.")
                                   .arg(DateText::date(reported), melding, DateText::date(known->gemeldOp)));
    if (letterAction(definition.form) == 0 && known->categorie != 1)
        return Events::failure(
            FormOutcome::tr("The written feedback is for a first complaint (categorie 1); "
                            "melding \"%1\" is a repeated one (categorie 2), whose steps are "
                            "the letters of actie 3 to 5.")
                .arg(melding));
    if (const int action = letterAction(definition.form); action > 0)
        return QList<TrajectoryEvent>{
            event(QStringLiteral("overlast_actie"), date,
                  {{QStringLiteral("id"), melding}, {QStringLiteral("actie"), action}})};
    const QString gedrag = answers.value(QStringLiteral("oordeel_gedrag"));
    const QString klacht = answers.value(QStringLiteral("oordeel_klacht"));
    const QString veroorzaker = answers.value(QStringLiteral("veroorzaker"));
    if (known->isBeoordeeld() && known->gedrag == gedrag && known->klacht == klacht &&
        known->veroorzaker == veroorzaker)
        return QList<TrajectoryEvent>{};
    const QDate talked = FormCheck::parseDate(answers.value(QStringLiteral("datum_gesprek")));
    return QList<TrajectoryEvent>{event(QStringLiteral("overlast_beoordeeld"),
                                        talked.isValid() ? talked : date,
                                        {{QStringLiteral("id"), melding},
                                         {QStringLiteral("gedrag"), gedrag},
                                         {QStringLiteral("klacht"), klacht},
                                         {QStringLiteral("veroorzaker"), veroorzaker}})};
}

} // namespace

bool FormOutcome::isOverlastLetter(const QString& form)
{
    return letterAction(form) > 0 || form == QLatin1String(feedbackLetter);
}

QString FormOutcome::letterForAction(int action)
{
    for (const auto& [letterAction, letter] : lettersByAction) {
        if (letterAction == action)
            return letter;
    }
    return {};
}

Result<QList<TrajectoryEvent>> FormOutcome::events(const FormDefinition& definition,
                                                   const FormAnswers& answers, const Evaluation& before)
{
    const FormCheck check(definition, answers);
    const QDate date = QDate::fromString(answers.value(definition.conversationDateField), Qt::ISODate);
    if (!date.isValid())
        return Result<QList<TrajectoryEvent>>::failure(
            tr("The form has no date of the conversation (%1).")
                .arg(definition.field(definition.conversationDateField)->label));

    // "Wat is een goed moment voor het volgende gesprek?": a date answered there brings the next
    // woonevaluatie forward (Bijlage 2a: "eens per jaar of vaker"), from the Supplement too.
    QJsonObject fields;
    const FormField* next = definition.field(QStringLiteral("volgend_gesprek"));
    if (next != nullptr && check.applies(*next)) {
        const QDate agreed = FormCheck::parseDate(answers.value(next->id));
        if (agreed.isValid())
            fields.insert(QStringLiteral("volgende_gesprek"), isoDate(agreed));
    }
    if (definition.form == u"voordracht-omklap")
        return voordrachtEvents(definition, answers, date);
    if (isOverlastLetter(definition.form))
        return letterEvents(definition, answers, date, before);
    QList<TrajectoryEvent> made;
    if (definition.form == u"supplement-wgh")
        made << event(QStringLiteral("kennismakingsgesprek_gehouden"), date, fields);
    else if (definition.form == u"woonevaluatie")
        made << event(QStringLiteral("woonevaluatie_gehouden"), date, fields);

    QHash<QString, Goal> known;
    QSet<QString> takenIds;
    for (const Goal& goal : before.goals) {
        known.insert(goal.id, goal);
        takenIds.insert(goal.id);
    }
    for (const FormSection& section : definition.sections) {
        for (const FormField& field : section.fields) {
            if (field.type != FieldType::GoalsTable || !check.applies(field))
                continue;
            QList<GoalRow> rows;
            if (!FormValues::parseGoals(answers.value(field.id), rows))
                return Result<QList<TrajectoryEvent>>::failure(check.problemOf(field));
            for (const GoalRow& row : std::as_const(rows)) {
                if (row.id.isEmpty() || !known.contains(row.id)) {
                    const QString id = row.id.isEmpty() ? nextGoalId(takenIds) : row.id;
                    takenIds.insert(id);
                    made << event(QStringLiteral("doel_vastgesteld"), date,
                                  {{QStringLiteral("id"), id},
                                   {QStringLiteral("leefdomein"), row.leefdomein},
                                   {QStringLiteral("omschrijving"), row.omschrijving.trimmed()}});
                    if (row.behaald == u"ja")
                        made << event(QStringLiteral("doel_behaald"), date, {{QStringLiteral("id"), id}});
                    continue;
                }
                const bool wasAchieved = known.value(row.id).behaald;
                if (row.behaald == u"ja" && !wasAchieved)
                    made << event(QStringLiteral("doel_behaald"), date, {{QStringLiteral("id"), row.id}});
                else if (row.behaald == u"nee" && wasAchieved)
                    made << event(QStringLiteral("doel_niet_behaald"), date,
                                  {{QStringLiteral("id"), row.id}});
            }
        }
    }
    return made;
}

QList<TrajectoryEvent> FormOutcome::beyond(const QList<TrajectoryEvent>& corrected,
                                           const QList<TrajectoryEvent>& previous)
{
    QList<TrajectoryEvent> remaining = previous;
    QList<TrajectoryEvent> result;
    for (const TrajectoryEvent& candidate : corrected) {
        const auto same =
            std::find_if(remaining.begin(), remaining.end(), [&](const TrajectoryEvent& earlier) {
                return earlier.type == candidate.type && earlier.date == candidate.date &&
                       earlier.fields.toJsonObject() == candidate.fields.toJsonObject();
            });
        if (same != remaining.end())
            remaining.erase(same);
        else
            result << candidate;
    }
    return result;
}

Result<Evaluation> FormOutcome::preview(const Trajectory& trajectory, const QList<TrajectoryEvent>& events,
                                        const QDate& today)
{
    Trajectory extended = trajectory;
    for (TrajectoryEvent added : events) {
        added.number = int(extended.events.size() + 1);
        extended.events.append(added);
    }
    const Result<TrajectoryEngine> engine = TrajectoryEngine::builtIn(extended.profileId);
    if (!engine)
        return Result<Evaluation>::failure(engine.errors());
    return engine->evaluate(extended, today);
}
