#include "filing/FormSigning.h"

#include "common/DateText.h"
#include "filing/FormFiling.h"
#include "forms/FormOutcome.h"
#include "store/FormAnswerRepository.h"
#include "store/SignatureRepository.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/IsoDate.h"

#include <QJsonArray>

namespace {

// The Toestemmingsverklaring's choice (forms/toestemmingsverklaring/<edition>.json, "keuze"):
// by position in that edition's options, never by wording, so a reworded later edition cannot
// turn a withdrawal into consent. The first option gives consent, the second withdraws it.
const QString choiceField = QStringLiteral("keuze");
const QString dateField = QStringLiteral("datum");

} // namespace

QString FormSigning::sign(qint64 formId, const DrawnSignature& signature)
{
    return store(formId, signature, How::Drawn);
}

QString FormSigning::recordOnPaper(qint64 formId, const DrawnSignature& signature)
{
    return store(formId, signature, How::OnPaper);
}

Result<TrajectoryEvent> FormSigning::consentEvent(const FormDefinition& definition,
                                                  const FormAnswers& answers, const QDate& on)
{
    const FormField* choice = definition.field(choiceField);
    const qsizetype position = choice != nullptr ? choice->optionIndex(answers.value(choiceField)) : -1;
    if (choice == nullptr || choice->definition.value(QStringLiteral("options")).toArray().size() != 2 ||
        position < 0)
        return Result<TrajectoryEvent>::failure(tr(
            "The Toestemmingsverklaring says neither consent nor withdrawal in the words of its edition."));
    TrajectoryEvent consent;
    consent.type =
        position == 0 ? QStringLiteral("toestemming_gegeven") : QStringLiteral("toestemming_ingetrokken");
    consent.date = on;
    return consent;
}

QString FormSigning::store(qint64 formId, const DrawnSignature& signature, How how)
{
    SignatureRepository signatures(m_database);
    const auto storeSignature = [&] {
        return how == How::Drawn ? signatures.sign(formId, signature, m_actor, m_now)
                                 : signatures.recordOnPaper(formId, signature, m_actor, m_today, m_now);
    };
    FormAnswerRepository forms(m_database);
    const Result<FormInstance> instance = forms.instance(formId);
    if (!instance)
        return instance.errors().join(u' ');
    if (instance->form != QLatin1String(consentForm) || signature.party != u"deelnemer")
        return storeSignature();

    // The deelnemer's signature on the Toestemmingsverklaring: the consent itself.
    if (!instance->isFinal())
        return tr("The participant signs the Toestemmingsverklaring once it is final: the signature records "
                  "the consent, so what it says must not change any more.");
    if (instance->signedParties.contains(QStringLiteral("deelnemer")))
        return tr("The participant signed this Toestemmingsverklaring already: a new decision is a new "
                  "Toestemmingsverklaring.");
    const Result<QList<FormInstance>> all = forms.instances(instance->participantId);
    if (!all)
        return all.errors().join(u' ');
    for (const FormInstance& other : all.value()) {
        if (other.previousId == formId)
            return tr("A later version replaces this Toestemmingsverklaring (form %1): sign that one.")
                .arg(other.id);
    }
    const Result<FormDefinition> definition = FormFiling::definitionOf(instance.value());
    const Result<FormAnswers> answers = FormFiling(m_database, m_actor, m_now).answers(formId);
    if (!definition || !answers)
        return (definition ? answers.errors() : definition.errors()).join(u' ');
    // Signed on the day of the verklaring or later, not before it was drawn up.
    const QDate drawnUp = parseIsoDate(answers->value(dateField));
    if (!signature.signedOn.isValid() || (drawnUp.isValid() && signature.signedOn < drawnUp))
        return tr("The participant's signature is dated before the Toestemmingsverklaring itself (%1).")
            .arg(DateText::date(drawnUp));
    const Result<TrajectoryEvent> consent =
        consentEvent(definition.value(), answers.value(), signature.signedOn);
    if (!consent)
        return consent.errors().join(u' ');
    return TrajectoryRepository(m_database)
        .recordEvents(instance->participantId, {consent.value()}, m_actor, m_today, m_now, storeSignature);
}
