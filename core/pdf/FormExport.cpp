#include "pdf/FormExport.h"

#include "common/DateText.h"
#include "filing/FormFiling.h"
#include "store/ExportFile.h"
#include "store/SignatureRepository.h"
#include "store/StoreError.h"
#include "trajectory/Consent.h"
#include "trajectory/TrajectoryEngine.h"

const QStringList& FormExport::recipients()
{
    static const QStringList all{QStringLiteral("deelnemer"), QStringLiteral("zorgaanbieder"),
                                 QStringLiteral("woningcorporatie")};
    return all;
}

QString FormExport::leftOutFor(const QString& recipient)
{
    if (recipient == u"woningcorporatie")
        return tr("This copy holds only this form about wonen. Left out: the begeleidingsplan, care and "
                  "health details, other forms, notes and the trajectory (Werkafspraak 10).");
    return tr("This copy holds only this form; other forms and notes are not in it.");
}

Result<FormPdf::Output> FormExport::render(qint64 formId, const QString& recipient,
                                           const PdfSeal::Request* seal) const
{
    using Output = FormPdf::Output;
    if (!recipients().contains(recipient))
        return Result<Output>::failure(
            tr("Export for whom? One of %1.").arg(recipients().join(QStringLiteral(", "))));
    FormFiling filing(m_database, m_actor, m_today.startOfDay()); // reads only: no moment is recorded
    const Result<FormInstance> instance = filing.instance(formId);
    if (!instance)
        return Result<Output>::failure(instance.errors());
    const Result<DossierFacts> facts = filing.facts(instance->participantId);
    if (!facts)
        return Result<Output>::failure(facts.errors());
    if (recipient == u"woningcorporatie") {
        const Result<QList<TrajectoryEvent>> effective =
            TrajectoryEngine::effectiveEvents(facts->trajectory, m_today);
        const Consent consent = effective ? Consent::fromEvents(effective.value()) : Consent();
        if (!consent.shared)
            return Result<Output>::failure(
                consent.withdrawn.isValid()
                    ? tr("Not exported for the woningcorporatie: the participant withdrew consent to share "
                         "data on %1 (Werkafspraak 10).")
                          .arg(DateText::date(consent.withdrawn))
                    : tr("Not exported for the woningcorporatie: the participant has not given consent to "
                         "share data (Werkafspraak 10)."));
    }
    const Result<FormDefinition> definition = FormFiling::definitionOf(instance.value());
    const Result<FormAnswers> answers = filing.answers(formId);
    const Result<QList<DrawnSignature>> signatures = SignatureRepository(m_database).valid(formId);
    if (!definition || !answers || !signatures)
        return Result<Output>::failure(definition.errors() + answers.errors() + signatures.errors());

    FormPdfInput input;
    input.definition = definition.value();
    input.answers = answers.value();
    input.formId = formId;
    input.version = instance->version;
    input.final = instance->isFinal();
    input.participantName = facts->participant.naam;
    input.signatures = signatures.value();
    input.copyFor = recipient;
    const Result<AuditLog::Head> head = AuditLog(m_database).head();
    if (!head)
        return Result<Output>::failure(head.errors());
    input.auditHead = head->toText();
    FormPdf::Output rendered = FormPdf::render(input);
    if (!seal)
        return rendered;

    PdfSeal::Placement placement;
    bool providerBlock = false;
    for (const SignatureBlock& block : std::as_const(rendered.signatureBlocks)) {
        if (block.party == u"zorgaanbieder") {
            placement.block = block;
            providerBlock = true;
        } else {
            placement.emptyFields << block;
        }
    }
    // The seal stands in the care provider's block; a form without one (the Zuidoost-Utrecht
    // documents have no signature lines) gets no invisible, nameless seal.
    if (!providerBlock)
        return Result<Output>::failure(
            tr("%1 has no signature block for the care provider, so it cannot be sealed; export it without "
               "the seal.")
                .arg(input.definition.title));
    placement.reason =
        tr("%1, form %2, version %3").arg(input.definition.title).arg(formId).arg(input.version);
    const Result<QByteArray> sealed = PdfSeal::seal(rendered.pdf, *seal, placement);
    if (!sealed)
        return Result<Output>::failure(sealed.errors());
    rendered.pdf = sealed.value();
    return rendered;
}

QString FormExport::save(const QByteArray& pdf, const QString& path, qint64 formId, const QString& recipient,
                         const QDateTime& now)
{
    return ExportFile::save(m_database, m_actor, now, pdf, path, QString::number(formId),
                            [&recipient](const QString& fileName, const QString& digest) {
                                return tr("PDF for %1: %2, sha256 %3").arg(recipient, fileName, digest);
                            });
}

Result<FormPdf::Output> FormExport::blank(const FormDefinition& definition, const FormAnswers& prefilled,
                                          const QString& participantName)
{
    FormPdfInput input;
    input.definition = definition;
    input.answers = prefilled;
    input.final = true; // nothing to mark as a concept: it is a paper form
    input.blank = true;
    input.participantName = participantName;
    return FormPdf::render(input);
}
