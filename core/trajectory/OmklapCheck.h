#pragma once

#include "trajectory/Evaluation.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryState.h"

// Werkafspraak 8: omklap is possible when all hold: at least one year since the
// begeleidingsovereenkomst (Bijlage 6: since the move after herijking van het perspectief); at
// least one woonevaluatie held; at least one personalised goal and all goals behaald; no
// justified overlast caused by the participant in the year before; no woonfraude; consent to
// share in force (Werkafspraak 10); not in duurzame intermediaire verhuur.
// The 2020 edition has no fixed overlast-free year: there only a justified complaint that is not
// solved yet blocks omklap (overlast_niet_opgelost); the parties judge the rest.
// `clockStart` is the day this edition's minimum duration counts from.
OmklapStatus checkOmklap(const RuleProfile& profile, const TrajectoryState& state, const QDate& clockStart,
                         const QDate& date);
