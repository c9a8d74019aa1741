#pragma once

#include "forms/FormAnswers.h"
#include "forms/FormDefinition.h"
#include "store/ParticipantRepository.h"
#include "trajectory/Evaluation.h"
#include "trajectory/Trajectory.h"

// What the dossier already knows, for a new form (issue 6: pre-fill). The user may correct a
// pre-filled answer in this form; that changes the form only, never the dossier.
struct DossierFacts
{
    ParticipantDetails participant;
    QList<ContactPerson> contacts;
    Trajectory trajectory;
    Evaluation evaluation; // of `trajectory`, today
};

namespace FormPrefill {

// The answers the definition's `prefill` fields get from the dossier:
//   deelnemer, contact.<party>           contact blocks
//   startdatum_intermediaire_verhuur     the event the omklap clock starts at (the lease)
//   datum_kennismakingsgesprek           the last one held, else the one planned
//   doelen                               the goals with their last status
FormAnswers answers(const FormDefinition& definition, const DossierFacts& facts);

} // namespace FormPrefill
