#pragma once

#include <QCoreApplication>
#include <QString>

// What a caseworker reads instead of a rule id: "Kennismakingsgesprek plannen", not
// "kennismakingsgesprek_plannen"; "4: voortduring en waarschuwingsbrief", not "4". The ids stay
// in the JSON outputs and the case file; every screen and the command line's text show these.
class RuleNames
{
    Q_DECLARE_TR_FUNCTIONS(RuleNames)

public:
    // The name of a deadline rule of any built-in profile; an unknown id (a profile of one's own)
    // is shown readably: underscores as spaces, a capital first.
    static QString deadline(const QString& ruleId);
    // With the melding or goal it concerns: "Overlast verholpen (m1)".
    static QString deadline(const QString& ruleId, const QString& ref);
    // Whether `ruleId` has a name of its own (a test holds every built-in rule to this).
    static bool knows(const QString& ruleId);
    // Bijlage 1's protocol actions 1-6 with their number: "3: herhaalde terechte klacht".
    static QString overlastAction(int action);
};
