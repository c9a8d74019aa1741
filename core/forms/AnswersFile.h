#pragma once

#include "common/Result.h"
#include "forms/FormAnswers.h"
#include "forms/FormDefinition.h"

#include <QByteArray>
#include <QCoreApplication>

// The answers of a file (`forms fill --answers`): {"veld": antwoord, ...}, or the skeleton of
// `forms template` with its "answer"s filled in (unanswered ones left null). Each answer is
// checked as the wizard checks it; a field not on the form, a key given twice or a bad value is
// refused with its name, and nothing is stored.
class AnswersFile
{
    Q_DECLARE_TR_FUNCTIONS(AnswersFile)

public:
    static Result<FormAnswers> read(const QByteArray& json, const FormDefinition& definition);
};
