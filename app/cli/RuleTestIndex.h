#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Which test cases check which rule of a profile, for `rules explain --tests DIR`: a Catch2
// TEST_CASE is taken to check a rule when its body names the rule's id as a string literal
// ("time_out") and it runs under that profile (its body or, failing any profile in the body,
// its file names the profile id). A reading aid for people checking the rules, not a proof.
namespace RuleTestIndex {
// Keys as RuleExplanation expects them ("deadlines.time_out"), each with the test names found.
QHash<QString, QStringList> scan(const QString& testsFolder, const QString& profileId,
                                 const QStringList& keys);
} // namespace RuleTestIndex
