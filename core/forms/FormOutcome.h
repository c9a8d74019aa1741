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
// Fields that do not apply (skip logic) are left out.
class FormOutcome
{
    Q_DECLARE_TR_FUNCTIONS(FormOutcome)

public:
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
