#pragma once

#include "forms/FormAnswers.h"
#include "forms/FormDefinition.h"
#include "trajectory/Evaluation.h"
#include "trajectory/Trajectory.h"

#include <QCoreApplication>

// What a form made final says to the trajectory engine (issue 6):
//   Supplement Wonen en Goed Huurderschap -> kennismakingsgesprek_gehouden on its date, and
//       doel_vastgesteld for every new woondoel (a row not bound to a goal yet);
//   Woonevaluatieformulier -> woonevaluatie_gehouden on its date, with volgende_gesprek when
//       "Wat is een goed moment voor het volgende gesprek?" is a date; doel_behaald /
//       doel_niet_behaald where a goal's status differs from what the dossier knows; and
//       doel_vastgesteld for new goals agreed at the evaluation.
//   Voordracht voor Omklap -> voordracht_omklap_ingediend on its date; the 2020 edition also the
//       onafhankelijke derde's judgement (onafhankelijke_derde_akkoord / _afgewezen) on its date;
//   the overlast letters (Bijlage 1) -> overlast_actie 3, 4 or 5 for their melding; the written
//       feedback of categorie 1 -> overlast_beoordeeld with the judgement it reports.
// Fields that do not apply (skip logic) are left out.
class FormOutcome
{
    Q_DECLARE_TR_FUNCTIONS(FormOutcome)

public:
    // The written feedback of categorie 1 to the woningcorporatie and the MZWO.
    static constexpr const char* feedbackLetter = "terugkoppeling-overlast";
    // A letter of the overlastprotocol: started from its melding, which it records a step of.
    [[nodiscard]] static bool isOverlastLetter(const QString& form);
    // The letter of protocol action 3, 4 or 5; empty for the others.
    [[nodiscard]] static QString letterForAction(int action);
    // `before` is the engine's evaluation of the trajectory without these events.
    static Result<QList<TrajectoryEvent>> events(const FormDefinition& definition, const FormAnswers& answers,
                                                 const Evaluation& before);
    // For a correction of a form made final earlier: only what the new version says beyond
    // what the previous one already recorded.
    static QList<TrajectoryEvent> beyond(const QList<TrajectoryEvent>& corrected,
                                         const QList<TrajectoryEvent>& previous);
    // The trajectory with the events added, as the engine would judge it on `today`
    // (the omklap check shown at question 6).
    static Result<Evaluation> preview(const Trajectory& trajectory, const QList<TrajectoryEvent>& events,
                                      const QDate& today);
};
