#include "filing/FormSigning.h"

#include "filing/FormFiling.h"
#include "store/FormAnswerRepository.h"
#include "store/SignatureRepository.h"
#include "store/TrajectoryRepository.h"

namespace {

// The Toestemmingsverklaring's choice (forms/toestemmingsverklaring/2026.json, "keuze"): its
// first option gives consent, its second withdraws it.
const QString choiceField = QStringLiteral("keuze");

} // namespace

QString FormSigning::sign(qint64 formId, const DrawnSignature& signature)
{
    return store(formId, signature, How::Drawn);
}

QString FormSigning::recordOnPaper(qint64 formId, const DrawnSignature& signature)
{
    return store(formId, signature, How::OnPaper);
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
    const Result<FormAnswers> answers = FormFiling(m_database, m_actor, m_now).answers(formId);
    if (!answers)
        return answers.errors().join(u' ');
    const QString choice = answers->value(choiceField);
    TrajectoryEvent consent;
    consent.type = choice.startsWith(QStringLiteral("Ik trek")) ? QStringLiteral("toestemming_ingetrokken")
                                                                : QStringLiteral("toestemming_gegeven");
    consent.date = signature.signedOn;
    if (choice.isEmpty() || !consent.date.isValid())
        return tr(
            "The Toestemmingsverklaring says neither consent nor withdrawal, or the signature has no date.");
    return TrajectoryRepository(m_database)
        .recordEvents(instance->participantId, {consent}, m_actor, m_today, m_now, storeSignature);
}
