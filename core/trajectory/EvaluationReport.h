#pragma once

#include "trajectory/Evaluation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The two faces of an evaluation on the command line: the fixed JSON of
// `thuisindewijk-cli trajectory evaluate --json` (docs/trajectory-format.md) and a readable
// summary in the user's language.
class EvaluationReport
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationReport)

public:
    static QJsonObject toJson(const Evaluation& evaluation);
    // toJson() as indented text with the keys in the documented order (QJsonDocument would
    // sort them alphabetically): profile, today, phase, flags, deadlines, omklap.
    static QByteArray toJsonText(const Evaluation& evaluation);
    [[nodiscard]] static QString toText(const Evaluation& evaluation);
};
