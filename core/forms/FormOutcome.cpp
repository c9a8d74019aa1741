#include "forms/FormOutcome.h"

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

} // namespace

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
