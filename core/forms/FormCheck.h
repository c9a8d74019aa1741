#pragma once

#include "forms/FormAnswers.h"
#include "forms/FormDefinition.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

// One thing that keeps a form from being made final: a required answer missing, a rule
// (`constraint`) broken, or an answer that is not what its type allows.
struct FormProblem
{
    QString sectionId;
    QString fieldId;
    QString message; // Dutch, for the user: the definition's message or the program's

    bool operator==(const FormProblem&) const = default;
};

// The rules of a form definition applied to a set of answers (docs/forms.md): which fields
// apply (`relevant`, the skip logic) and what is missing or wrong. Fields that do not apply
// are never required and never checked; their answers are kept but left out of the outcome.
class FormCheck
{
    Q_DECLARE_TR_FUNCTIONS(FormCheck)

public:
    FormCheck(const FormDefinition& definition, const FormAnswers& answers)
        : m_definition(definition)
        , m_answers(answers)
    {}

    [[nodiscard]] bool applies(const FormField& field) const;

    // How far the form is: the questions that apply now (not the declaration or the signature
    // blocks, which are not answered) and how many of those have an answer.
    struct Progress
    {
        int answered = 0;
        int total = 0;
    };
    [[nodiscard]] Progress progress() const;
    [[nodiscard]] static bool isQuestion(const FormField& field);
    // Every problem, in the order of the form.
    QList<FormProblem> problems() const;
    // What is wrong with one answer by its type and constraint (empty: nothing).
    [[nodiscard]] QString problemOf(const FormField& field) const;

    // "ja"/"nee" and dates as a Dutch reader writes them; unknown text stays as it is.
    // Where a value is shown: on screen in the interface's language, in a document (the form's
    // PDF) always as the Dutch form writes it.
    enum class Shown { OnScreen, InDocument };
    [[nodiscard]] static QString shownValue(const FormField& field, const QString& value,
                                            Shown where = Shown::OnScreen);
    // The label of a contact block's part as this edition has it ("Mailadres" in 2020).
    [[nodiscard]] static QString partLabel(const FormField& field, const QString& part);
    // An answer as a JSON file gives it (`forms fill`), in the form the store keeps: dates
    // dd-mm-jjjj or JJJJ-MM-DD to JJJJ-MM-DD, ja/nee (also true/false), a contact block as an
    // object of its parts, a goals table as an array of rows. Fails naming the field.
    static Result<QString> storedValue(const FormField& field, const QJsonValue& given);
    // The fields whose answers differ between two versions of a form, in the form's order.
    static QStringList changedFields(const FormDefinition& definition, const FormAnswers& before,
                                     const FormAnswers& after);
    // A date as the user may type it: dd-mm-jjjj (also d-m-jjjj) or JJJJ-MM-DD.
    // dd-mm-jjjj or jjjj-mm-dd, in the years a trajectory can have; invalid otherwise.
    static QDate parseDate(const QString& text);
    [[nodiscard]] static bool looksLikeDate(const QString& text);
    static constexpr int earliestYear = 1900;
    static constexpr int latestYear = 2100;

private:
    [[nodiscard]] QString answer(const QString& fieldId) const { return m_answers.value(fieldId).trimmed(); }
    [[nodiscard]] bool isRequired(const FormField& field) const;
    [[nodiscard]] QString requiredMessage(const FormField& field) const;

    const FormDefinition& m_definition;
    const FormAnswers& m_answers;
};
