#pragma once

#include "trajectory/RuleProfile.h"

#include <QString>

// The transition table of a rule profile as a diagram (Graphviz dot or Mermaid), generated
// from the same data the engine runs on, so the picture cannot drift from the rules.
// Only phase-changing events are edges; events that keep the phase are listed per phase.
namespace RuleDiagram {
QString dot(const RuleProfile& profile);
QString mermaid(const RuleProfile& profile);
} // namespace RuleDiagram
