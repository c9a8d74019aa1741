#include "filing/FormFiling.h"

#include "filing/FormSigning.h"
#include "forms/FormOutcome.h"
#include "forms/FormSet.h"
#include "store/ParticipantRepository.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/IsoDate.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QSet>

#include <algorithm>

namespace {

FormAnswers present(const QHash<QString, std::optional<QString>>& stored)
{
    FormAnswers answers;
    for (auto answer = stored.begin(); answer != stored.end(); ++answer) {
        if (answer.value() && !answer.value()->isEmpty())
            answers.insert(answer.key(), *answer.value());
    }
    return answers;
}

} // namespace

Result<DossierFacts> FormFiling::facts(const QString& participantId) const
{
    const ParticipantRepository participants(m_database);
    const Result<ParticipantDetails> participant = participants.load(participantId);
    if (!participant)
        return Result<DossierFacts>::failure(participant.errors());
    const Result<QList<ContactPerson>> contacts = participants.contacts(participantId);
    if (!contacts)
        return Result<DossierFacts>::failure(contacts.errors());
    const Result<Trajectory> trajectory = TrajectoryRepository(m_database).load(participantId);
    if (!trajectory)
        return Result<DossierFacts>::failure(trajectory.errors());
    const Result<TrajectoryEngine> engine = TrajectoryEngine::builtIn(trajectory->profileId);
    if (!engine)
        return Result<DossierFacts>::failure(engine.errors());
    const Result<Evaluation> evaluation = engine->evaluate(trajectory.value(), m_today);
    if (!evaluation)
        return Result<DossierFacts>::failure(evaluation.errors());
    return DossierFacts{participant.value(), contacts.value(), trajectory.value(), evaluation.value()};
}

Result<qint64> FormFiling::start(const QString& participantId, const QString& form,
                                 const QDate& conversationDate, const QString& edition,
                                 const FormAnswers& given)
{
    const Result<DossierFacts> known = facts(participantId);
    if (!known)
        return Result<qint64>::failure(known.errors());
    // Only the forms of the agreements this participant's trajectory follows today (issue 20).
    const Result<FormSet> set = FormSet::forProfile(known->evaluation.profileId);
    if (!set)
        return Result<qint64>::failure(set.errors());
    if (!set->offers(form)) {
        QStringList offered;
        for (const FormSet::Offered& entry : set->forms)
            offered << entry.form;
        return Result<qint64>::failure(
            tr("Form %1 is not one of the forms of the agreements %2, which participant %3 follows (%4). "
               "Nothing was started.")
                .arg(form, known->evaluation.profileId, participantId,
                     offered.isEmpty() ? tr("these agreements have no forms of their own in the program")
                                       : tr("their forms: %1").arg(offered.join(QStringLiteral(", ")))));
    }
    const Result<std::optional<qint64>> open = unfinished(participantId, form);
    if (!open)
        return Result<qint64>::failure(open.errors());
    if (open.value())
        return Result<qint64>::failure(tr("Participant %1 already has an unfinished form %2 (number %3): "
                                          "continue that one; no second one "
                                          "was started.")
                                           .arg(participantId, form)
                                           .arg(*open.value()));
    const QDate date = conversationDate.isValid() ? conversationDate : m_today;
    const Result<FormDefinition> definition =
        edition.isEmpty() ? FormDefinition::editionFor(form, date) : FormDefinition::builtIn(form, edition);
    if (!definition)
        return Result<qint64>::failure(definition.errors());
    FormAnswers answers = FormPrefill::answers(definition.value(), known.value());
    if (conversationDate.isValid() || !answers.contains(definition->conversationDateField))
        answers.insert(definition->conversationDateField, isoDate(date));
    for (auto answer = given.begin(); answer != given.end(); ++answer) {
        const FormField* field = definition->field(answer.key());
        if (field == nullptr)
            return Result<qint64>::failure(tr("Form %1 (%2) has no field \"%3\".")
                                               .arg(definition->form, definition->edition, answer.key()));
        const QString withIds = withGoalIds(participantId, *field, answer.value());
        answers.insert(answer.key(), withIds.isNull() ? answer.value() : withIds);
    }
    return FormAnswerRepository(m_database)
        .createForm(participantId, definition->form, definition->edition, m_actor, m_now, answers);
}

Result<std::optional<qint64>> FormFiling::unfinished(const QString& participantId, const QString& form) const
{
    const Result<QList<FormInstance>> existing = FormAnswerRepository(m_database).instances(participantId);
    if (!existing)
        return Result<std::optional<qint64>>::failure(existing.errors());
    for (const FormInstance& instance : existing.value()) {
        if (instance.form == form && !instance.isFinal())
            return std::optional<qint64>(instance.id);
    }
    return std::optional<qint64>();
}

QString FormFiling::saveAnswers(qint64 formId, const FormAnswers& given)
{
    QStringList fields = given.keys();
    fields.sort(); // the audit log's order, as when a form is started
    for (const QString& field : std::as_const(fields)) {
        if (const QString error = saveAnswer(formId, field, given.value(field)); !error.isEmpty())
            return error;
    }
    return {};
}

Result<FormInstance> FormFiling::instance(qint64 formId) const
{
    return FormAnswerRepository(m_database).instance(formId);
}

Result<FormDefinition> FormFiling::definitionOf(const FormInstance& instance)
{
    return FormDefinition::builtIn(instance.form, instance.edition);
}

Result<std::optional<qint64>> FormFiling::finalWithAnswers(const QString& participantId, const QString& form,
                                                           const QString& edition,
                                                           const FormAnswers& answers) const
{
    using Found = Result<std::optional<qint64>>;
    const Result<QList<FormInstance>> instances = FormAnswerRepository(m_database).instances(participantId);
    if (!instances)
        return Found::failure(instances.errors());
    const auto withoutIds = [](const QString& value) {
        QList<GoalRow> rows;
        if (!value.startsWith(u'[') || !FormValues::parseGoals(value, rows))
            return value;
        for (GoalRow& row : rows)
            row.id.clear();
        return FormValues::goalsToJson(rows);
    };
    for (const FormInstance& instance : instances.value()) {
        if (!instance.isFinal() || instance.form != form || instance.edition != edition)
            continue;
        const Result<FormAnswers> stored = this->answers(instance.id);
        if (!stored)
            return Found::failure(stored.errors());
        const bool same =
            std::all_of(answers.keyValueBegin(), answers.keyValueEnd(), [&](const auto& answer) {
                return withoutIds(stored->value(answer.first)) == withoutIds(answer.second);
            });
        if (same)
            return std::optional<qint64>(instance.id);
    }
    return std::optional<qint64>();
}

Result<FormAnswers> FormFiling::answers(qint64 formId) const
{
    const Result<QHash<QString, std::optional<QString>>> stored =
        FormAnswerRepository(m_database).answers(formId);
    if (!stored)
        return Result<FormAnswers>::failure(stored.errors());
    return present(stored.value());
}

QString FormFiling::saveAnswer(qint64 formId, const QString& fieldId, const QString& value)
{
    QString stored = value;
    // Only a goals table (a JSON array) may need ids for new goals: the autosave of plain text
    // reads nothing besides the answer itself.
    if (value.startsWith(u'[')) {
        const Result<FormInstance> found = instance(formId);
        const Result<FormDefinition> definition =
            found ? definitionOf(found.value()) : Result<FormDefinition>::failure(found.errors());
        if (const FormField* field = definition ? definition->field(fieldId) : nullptr) {
            if (const QString withIds = withGoalIds(found->participantId, *field, value); !withIds.isNull())
                stored = withIds;
        }
    }
    return FormAnswerRepository(m_database)
        .saveAnswer(formId, fieldId, stored.isEmpty() ? std::nullopt : std::optional<QString>(stored),
                    m_actor, m_now);
}

QString FormFiling::withGoalIds(const QString& participantId, const FormField& field,
                                const QString& value) const
{
    // A new goal gets its id when it is first saved, so that a correction of the form later
    // still knows it is the same goal (and does not set it a second time).
    QList<GoalRow> rows;
    if (field.type != FieldType::GoalsTable || !FormValues::parseGoals(value, rows) ||
        std::none_of(rows.cbegin(), rows.cend(), [](const GoalRow& row) { return row.id.isEmpty(); }))
        return {};
    const Result<Trajectory> trajectory = TrajectoryRepository(m_database).load(participantId);
    if (!trajectory)
        return {};
    QSet<QString> taken;
    for (const TrajectoryEvent& event : trajectory->events) {
        if (event.type == u"doel_vastgesteld")
            taken.insert(event.text(u"id"));
    }
    for (const GoalRow& row : std::as_const(rows))
        taken.insert(row.id);
    for (GoalRow& row : rows) {
        for (int n = 1; row.id.isEmpty(); ++n) {
            if (const QString id = QStringLiteral("g%1").arg(n); !taken.contains(id)) {
                row.id = id;
                taken.insert(id);
            }
        }
    }
    return FormValues::goalsToJson(rows);
}

Result<FormFiling::Loaded> FormFiling::load(qint64 formId) const
{
    const Result<FormInstance> found = instance(formId);
    if (!found)
        return Result<Loaded>::failure(found.errors());
    const Result<FormDefinition> definition = definitionOf(found.value());
    if (!definition)
        return Result<Loaded>::failure(definition.errors());
    const Result<FormAnswers> stored = answers(formId);
    if (!stored)
        return Result<Loaded>::failure(stored.errors());
    return Loaded{found.value(), definition.value(), stored.value()};
}

Result<QList<TrajectoryEvent>> FormFiling::outcome(qint64 formId, Completeness completeness) const
{
    using Events = QList<TrajectoryEvent>;
    const Result<Loaded> form = load(formId);
    if (!form)
        return Result<Events>::failure(form.errors());
    const QList<FormProblem> problems = FormCheck(form->definition, form->answers).problems();
    if (completeness == Completeness::Required && !problems.isEmpty()) {
        QStringList messages;
        for (const FormProblem& problem : problems)
            messages << problem.message;
        return Result<Events>::failure(tr("The form is not complete yet: %1").arg(messages.join(u' ')));
    }
    const Result<DossierFacts> known = facts(form->instance.participantId);
    if (!known)
        return Result<Events>::failure(known.errors());
    const Result<Events> events = FormOutcome::events(form->definition, form->answers, known->evaluation);
    if (!events || !form->instance.previousId)
        return events;

    // A correction records only what is new beyond the version it corrects, judged against the
    // trajectory as it was before that version's events.
    const Result<FormAnswers> previousAnswers = answers(*form->instance.previousId);
    if (!previousAnswers)
        return Result<Events>::failure(previousAnswers.errors());
    const Result<Events> previous =
        FormOutcome::events(form->definition, previousAnswers.value(), known->evaluation);
    return FormOutcome::beyond(events.value(), previous ? previous.value() : Events());
}

Result<Evaluation> FormFiling::preview(qint64 formId) const
{
    const Result<FormInstance> found = instance(formId);
    if (!found)
        return Result<Evaluation>::failure(found.errors());
    const Result<DossierFacts> known = facts(found->participantId);
    if (!known)
        return Result<Evaluation>::failure(known.errors());
    const Result<QList<TrajectoryEvent>> events = outcome(formId, Completeness::AsFarAsAnswered);
    if (!events)
        return Result<Evaluation>::failure(events.errors());
    return FormOutcome::preview(known->trajectory, events.value(), m_today);
}

QString FormFiling::finalise(qint64 formId)
{
    const Result<FormInstance> found = instance(formId);
    if (!found)
        return found.errors().join(u' ');
    if (found->isFinal())
        return tr("Form %1 is already final; correct it in a new version.").arg(formId);
    const Result<QList<TrajectoryEvent>> events = outcome(formId);
    if (!events)
        return events.errors().join(u' ');
    if (const QString refused = consentCanBeSigned(found.value()); !refused.isEmpty())
        return refused;
    const QDateTime at = m_now;
    return TrajectoryRepository(m_database)
        .recordEvents(found->participantId, events.value(), m_actor, m_today, at,
                      [&] { return FormAnswerRepository(m_database).markFinal(formId, m_actor, at); });
}

QString FormFiling::consentCanBeSigned(const FormInstance& instance) const
{
    // A Toestemmingsverklaring is final only if the participant's signature can then record what
    // it declares: the engine must accept that event on the verklaring's date (not after the
    // omklap, say), or the form would wait for a signature for good.
    if (instance.form != QLatin1String(FormSigning::consentForm))
        return {};
    const Result<DossierFacts> known = facts(instance.participantId);
    const Result<FormDefinition> definition = definitionOf(instance);
    const Result<FormAnswers> given = answers(instance.id);
    if (!known || !definition || !given)
        return (!known ? known.errors() : !definition ? definition.errors() : given.errors()).join(u' ');
    QDate on = parseIsoDate(given->value(definition->conversationDateField));
    if (!on.isValid())
        on = m_today;
    const Result<TrajectoryEvent> consent = FormSigning::consentEvent(definition.value(), given.value(), on);
    if (!consent)
        return consent.errors().join(u' ');
    const Result<Evaluation> after = FormOutcome::preview(known->trajectory, {consent.value()}, m_today);
    return after ? QString()
                 : tr("This Toestemmingsverklaring cannot be signed in this trajectory: %1")
                       .arg(after.errors().join(u' '));
}

Result<qint64> FormFiling::startCorrection(qint64 formId)
{
    // A correction is a new version: only of a form the participant's agreements still use.
    const Result<FormInstance> corrected = instance(formId);
    if (!corrected)
        return Result<qint64>::failure(corrected.errors());
    const Result<DossierFacts> known = facts(corrected->participantId);
    const Result<FormSet> set =
        known ? FormSet::forProfile(known->evaluation.profileId) : Result<FormSet>::failure(known.errors());
    if (!set)
        return Result<qint64>::failure(set.errors());
    if (!set->offers(corrected->form))
        return Result<qint64>::failure(
            tr("Form %1 is not one of the forms of the agreements %2, which participant "
               "%3 follows now: it is kept as it is and not corrected.")
                .arg(corrected->form, known->evaluation.profileId, corrected->participantId));
    return FormAnswerRepository(m_database).startCorrection(formId, m_actor, m_now);
}
