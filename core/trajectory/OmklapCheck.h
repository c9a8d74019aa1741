#pragma once

#include "trajectory/Evaluation.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryState.h"

// Werkafspraak 8: omklap is possible when all hold: at least one year since the
// begeleidingsovereenkomst (Bijlage 6: since the move after herijking van het perspectief); at
// least one woonevaluatie held; at least one personalised goal and all goals behaald; no
// justified overlast caused by the participant in the year before; no woonfraude; consent to
// share in force (Werkafspraak 10); not in duurzame intermediaire verhuur.
OmklapStatus checkOmklap(const RuleProfile& profile, const TrajectoryState& state, const QDate& date);
