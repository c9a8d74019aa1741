#pragma once

#include "forms/FormAnswers.h"
#include "forms/FormSet.h"
#include "trajectory/Evaluation.h"
#include "trajectory/TrajectoryEngine.h"

#include <QStringList>

// Which letters of the overlastprotocol (Bijlage 1) a complaint asks for now (issue 20): a
// letter is written at the step that requires it, from the melding it is about, never as a
// free-standing form. The waarschuwingsbrief when the protocol allows actie 3 for the melding,
// the officiële waarschuwingsbrief for actie 4, the sommatiebrief for actie 5; the written
// feedback to the woningcorporatie and the MZWO ("De zorgaanbieder koppelt de ondernomen acties
// en de gemaakte afspraken schriftelijk terug", Algemene acties in categorie 1) while a
// complaint of categorie 1 is open. Only letters of the participant's form set.
namespace OverlastLetters {

// `steps`: the engine's overlastSteps for this melding, as of today.
[[nodiscard]] QStringList forMelding(const FormSet& set, const Melding& melding,
                                     const QList<EventOption>& steps);
// What a letter starts with: the melding's number and the day it was reported.
[[nodiscard]] FormAnswers startingAnswers(const Melding& melding);

} // namespace OverlastLetters
