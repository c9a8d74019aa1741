#pragma once

#include "trajectory/RuleBook.h"
#include "trajectory/RuleProfile.h"

#include <QHash>
#include <QString>
#include <QStringList>

// A profile's rules for people who check them against the documents (docs/rules/<profile>.md,
// `thuisindewijk-cli rules explain`): every phase, transition, flag, deadline and omklap
// condition with the seed's own words, where they stand, the JSON key, and the tests that check
// it. Generated from the same data the engine runs on, so it cannot drift from the rules.
namespace RuleExplanation {
// `tests` maps a rule key ("deadlines.time_out", "events.huisbezoek", "omklap.minimum_duur",
// "phases.herstelfase", "flags.time_out") to the names of the test cases that check it.
QString markdown(const RuleProfile& profile, const RuleBook& region,
                 const QHash<QString, QStringList>& tests);
} // namespace RuleExplanation
