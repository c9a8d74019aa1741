#include "forms/AnswersFile.h"

#include "common/StrictJson.h"
#include "forms/FormCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

Result<FormAnswers> AnswersFile::read(const QByteArray& json, const FormDefinition& definition)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Result<FormAnswers>::failure(
            tr("not a JSON object (character %1: %2)").arg(parseError.offset).arg(parseError.errorString()));
    if (const auto problem = StrictJson::firstProblem(json))
        return Result<FormAnswers>::failure(
            tr("the answers are refused: \"%1\" %2").arg(problem->path.join(u'.'), problem->what));
    QJsonObject given = document.object();
    if (given.value(QStringLiteral("fields")).isArray()) {
        QJsonObject byId;
        for (const QJsonValue& field : given.value(QStringLiteral("fields")).toArray()) {
            const QString id = field[QStringLiteral("id")].toString();
            if (byId.contains(id))
                return Result<FormAnswers>::failure(tr("the answers give field \"%1\" twice").arg(id));
            byId.insert(id, field[QStringLiteral("answer")]);
        }
        given = byId;
    }
    FormAnswers answers;
    QStringList problems;
    for (auto entry = given.begin(); entry != given.end(); ++entry) {
        const FormField* field = definition.field(entry.key());
        if (field == nullptr) {
            problems << tr("field \"%1\" is not on form %2 (%3)")
                            .arg(entry.key(), definition.form, definition.edition);
            continue;
        }
        const Result<QString> value = FormCheck::storedValue(*field, entry.value());
        if (!value)
            problems << value.errors();
        else if (!value->isEmpty())
            answers.insert(field->id, value.value());
    }
    // The same checks as the wizard's, per answer; missing answers may wait for the concept.
    const FormCheck check(definition, answers);
    for (auto answer = answers.cbegin(); answer != answers.cend(); ++answer) {
        if (const QString problem = check.problemOf(*definition.field(answer.key())); !problem.isEmpty())
            problems << problem;
    }
    if (!problems.isEmpty())
        return Result<FormAnswers>::failure(problems);
    return answers;
}
