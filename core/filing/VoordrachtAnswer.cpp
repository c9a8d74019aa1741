#include "filing/VoordrachtAnswer.h"

#include "common/DateText.h"
#include "filing/FormFiling.h"
#include "store/FormAnswerRepository.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/EventTypeRegistry.h"
#include "trajectory/IsoDate.h"
#include "trajectory/TrajectoryEngine.h"

namespace {

const QString agreedType = QStringLiteral("woonzaken_akkoord");
const QString refusedType = QStringLiteral("woonzaken_afgewezen");
const QString voordrachtField = QStringLiteral("voordracht");
const QString motivationField = QStringLiteral("motivatie");

} // namespace

QString VoordrachtAnswer::record(qint64 formId, const Answer& answer)
{
    FormAnswerRepository forms(m_database);
    const Result<FormInstance> voordracht = forms.instance(formId);
    if (!voordracht)
        return voordracht.errors().join(u' ');
    if (voordracht->form != QLatin1String(form))
        return tr("Form %1 is not a Voordracht voor Omklap: Woonzaken answers only a voordracht.")
            .arg(formId);
    if (!voordracht->isFinal())
        return tr("Voordracht %1 is not final yet: Woonzaken answers the voordracht that was sent.")
            .arg(formId);
    const Result<QList<FormInstance>> all = forms.instances(voordracht->participantId);
    if (!all)
        return all.errors().join(u' ');
    for (const FormInstance& other : all.value()) {
        if (other.previousId == formId && other.isFinal()) // a correction still being written does not count
            return tr("Voordracht %1 was replaced by a correction (form %2): record the answer against that "
                      "one.")
                .arg(formId)
                .arg(other.id);
    }
    if (!answer.on.isValid())
        return tr("The date of Woonzaken's answer is missing.");
    if (answer.on > m_today)
        return tr("Woonzaken's answer is dated %1, after today: record it when it has come.")
            .arg(DateText::date(answer.on));
    if (!answer.agreed && answer.motivation.trimmed().isEmpty())
        return tr(
            "A refusal comes with its motivation (\"voorzien van motivatie\", Werkafspraak 8): write down "
            "why Woonzaken refused.");

    FormFiling filing(m_database, m_actor, m_now);
    const Result<FormDefinition> definition = FormFiling::definitionOf(voordracht.value());
    const Result<FormAnswers> given = filing.answers(formId);
    const Result<DossierFacts> facts = filing.facts(voordracht->participantId);
    if (!definition || !given || !facts)
        return (definition.errors() + given.errors() + facts.errors()).join(u' ');
    const QDate submitted = parseIsoDate(given->value(definition->conversationDateField));
    if (submitted.isValid() && answer.on < submitted)
        return tr("Woonzaken's answer (%1) cannot come before the voordracht it answers (%2).")
            .arg(DateText::date(answer.on), DateText::date(submitted));
    const Result<QList<TrajectoryEvent>> effective =
        TrajectoryEngine::effectiveEvents(facts->trajectory, m_today);
    if (!effective)
        return effective.errors().join(u' ');
    // Only the voordracht the trajectory waits on: the last one submitted, not refused by the
    // onafhankelijke derde since (an older voordracht's answer would take the newer one's place).
    // Whichever form an answer names (the demo's and a colleague's name none): one answer per
    // voordracht submitted, so a correction of the voordracht cannot be answered a second time.
    QDate current;
    std::optional<TrajectoryEvent> answered;
    for (const TrajectoryEvent& event : effective.value()) {
        if (event.type == u"voordracht_omklap_ingediend") {
            current = event.date;
            answered.reset();
        } else if (event.type == u"onafhankelijke_derde_afgewezen" || event.type == refusedType) {
            current = QDate();
        } else if (event.type == agreedType) {
            answered = event;
        }
    }
    if (answered)
        return tr("Woonzaken's answer to the voordracht of %1 is recorded already (akkoord on %2).")
            .arg(DateText::date(current), DateText::date(answered->date));
    if (!current.isValid() || current != submitted)
        return tr("Voordracht %1 (%2) is not the voordracht the trajectory waits on for Woonzaken's "
                  "answer%3.")
            .arg(formId)
            .arg(DateText::date(submitted),
                 current.isValid() ? tr(": that is the one of %1").arg(DateText::date(current)) : QString());
    if (const std::optional<Answer> earlier = of(formId, effective.value()))
        return tr("Woonzaken's answer to voordracht %1 is recorded already (%2 on %3).")
            .arg(formId)
            .arg(earlier->agreed ? tr("akkoord") : tr("afgewezen"), DateText::date(earlier->on));

    TrajectoryEvent event;
    event.type = answer.agreed ? agreedType : refusedType;
    event.typeId = EventTypeRegistry::idOf(event.type);
    event.date = answer.on;
    QJsonObject fields{{voordrachtField, QString::number(formId)}};
    if (!answer.motivation.trimmed().isEmpty())
        fields.insert(motivationField, answer.motivation.trimmed());
    event.fields = EventFields(fields);
    return TrajectoryRepository(m_database)
        .recordEvents(voordracht->participantId, {event}, m_actor, m_today, m_now);
}

std::optional<VoordrachtAnswer::Answer> VoordrachtAnswer::of(qint64 formId,
                                                             const QList<TrajectoryEvent>& events)
{
    for (const TrajectoryEvent& event : events) {
        if ((event.type != agreedType && event.type != refusedType) ||
            event.text(voordrachtField) != QString::number(formId))
            continue;
        return Answer{event.type == agreedType, event.date, event.text(motivationField)};
    }
    return std::nullopt;
}
