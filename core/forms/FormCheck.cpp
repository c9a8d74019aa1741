#include "forms/FormCheck.h"

#include "forms/FormExpression.h"
#include "trajectory/TrajectoryEngine.h"

#include <QJsonArray>

namespace {

bool hasContent(const FormField& field, const QString& value)
{
    if (field.type == u"contact")
        return !FormValues::parseContact(value).isEmpty();
    if (field.type == u"goals_table") {
        QList<GoalRow> rows;
        return FormValues::parseGoals(value, rows) && !rows.isEmpty();
    }
    return !value.isEmpty();
}

} // namespace

bool FormCheck::applies(const FormField& field) const
{
    const QString rule = field.definition.value(QStringLiteral("relevant")).toString();
    if (rule.isEmpty())
        return true;
    const Result<FormExpression> expression = FormExpression::parse(rule);
    // The loader refuses a definition with a rule that does not parse, so this holds.
    return !expression || expression->isTrue([this](const QString& id) { return answer(id); });
}

bool FormCheck::isRequired(const FormField& field) const
{
    const QJsonValue required = field.definition.value(QStringLiteral("required"));
    return required.isObject() || required.toBool();
}

QString FormCheck::requiredMessage(const FormField& field) const
{
    const QString own = field.definition.value(QStringLiteral("required"))
                            .toObject()
                            .value(QStringLiteral("message"))
                            .toString();
    return own.isEmpty() ? tr("\"%1\" has no answer yet.").arg(field.label) : own;
}

QString FormCheck::problemOf(const FormField& field) const
{
    const QString value = answer(field.id);
    if (value.isEmpty())
        return {};
    if (field.type == u"date" && !QDate::fromString(value, Qt::ISODate).isValid())
        return tr("\"%1\": \"%2\" is not a date (dd-mm-jjjj).").arg(field.label, value);
    if (field.type == u"yes_no" && value != u"ja" && value != u"nee")
        return tr("\"%1\": answer ja or nee.").arg(field.label);
    if (field.type == u"single_choice") {
        QStringList options;
        for (const QJsonValue& option : field.definition.value(QStringLiteral("options")).toArray())
            options << option.toString();
        if (!options.contains(value))
            return tr("\"%1\": choose one of %2.").arg(field.label, options.join(QStringLiteral(", ")));
    }
    if (field.type == u"goals_table") {
        QList<GoalRow> rows;
        if (!FormValues::parseGoals(value, rows))
            return tr("\"%1\": the goals table could not be read.").arg(field.label);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const GoalRow& row = rows.at(i);
            if (row.omschrijving.trimmed().isEmpty())
                return tr("\"%1\", row %2: describe the goal.").arg(field.label).arg(i + 1);
            if (row.id.isEmpty() && !TrajectoryEngine::leefdomeinen().contains(row.leefdomein))
                return tr("\"%1\", row %2: choose the life domain of the new goal.")
                    .arg(field.label)
                    .arg(i + 1);
            if (!row.behaald.isEmpty() && row.behaald != u"ja" && row.behaald != u"nee")
                return tr("\"%1\", row %2: achieved is ja or nee.").arg(field.label).arg(i + 1);
        }
    }
    const QString constraint = field.definition.value(QStringLiteral("constraint")).toString();
    if (!constraint.isEmpty()) {
        const Result<FormExpression> expression = FormExpression::parse(constraint);
        if (expression && !expression->isTrue([this](const QString& id) { return answer(id); }, value))
            return field.definition.value(QStringLiteral("constraintMessage")).toString();
    }
    return {};
}

QList<FormProblem> FormCheck::problems() const
{
    QList<FormProblem> found;
    for (const FormSection& section : m_definition.sections) {
        for (const FormField& field : section.fields) {
            if (!applies(field))
                continue;
            if (isRequired(field) && !hasContent(field, answer(field.id)))
                found.append({section.id, field.id, requiredMessage(field)});
            else if (const QString problem = problemOf(field); !problem.isEmpty())
                found.append({section.id, field.id, problem});
        }
    }
    return found;
}

QString FormCheck::shownValue(const FormField& field, const QString& value)
{
    if (field.type == u"date") {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : value;
    }
    return value;
}

QDate FormCheck::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const QString& format : {QStringLiteral("d-M-yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return {};
}
