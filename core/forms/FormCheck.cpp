#include "forms/FormCheck.h"

#include "common/DateText.h"

#include <QRegularExpression>

#include "forms/FormExpression.h"
#include "trajectory/TrajectoryEngine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

bool hasContent(const FormField& field, const QString& value)
{
    if (field.type == FieldType::Contact)
        return !FormValues::parseContact(value).isEmpty();
    if (field.type == FieldType::GoalsTable) {
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
    if (field.type == FieldType::Date && !parseDate(value).isValid())
        return tr("\"%1\": \"%2\" is not a date (dd-mm-jjjj).").arg(field.label, value);
    if (field.type != FieldType::Date && looksLikeDate(value) && !parseDate(value).isValid())
        return tr("\"%1\": \"%2\" is not an existing date.").arg(field.label, value);
    if (field.type == FieldType::YesNo && value != u"ja" && value != u"nee")
        return tr("\"%1\": answer ja or nee.").arg(field.label);
    if (field.type == FieldType::SingleChoice) {
        QStringList options;
        for (const QJsonValue& option : field.definition.value(QStringLiteral("options")).toArray())
            options << option.toString();
        if (!options.contains(value))
            return tr("\"%1\": choose one of %2.").arg(field.label, options.join(QStringLiteral(", ")));
    }
    if (field.type == FieldType::GoalsTable) {
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

QString FormCheck::partLabel(const FormField& field, const QString& part)
{
    const QString own =
        field.definition.value(QStringLiteral("partLabels")).toObject().value(part).toString();
    if (!own.isEmpty())
        return own;
    static const QHash<QString, QString> labels{
        {QStringLiteral("naam"), QStringLiteral("Naam")},
        {QStringLiteral("functie"), QStringLiteral("Functie")},
        {QStringLiteral("adres"), QStringLiteral("Adres")},
        {QStringLiteral("telefoon"), QStringLiteral("Telefoonnummer")},
        {QStringLiteral("email"), QStringLiteral("E-mailadres")}};
    return labels.value(part, part);
}

bool FormCheck::isQuestion(const FormField& field)
{
    return field.type != FieldType::Declaration && field.type != FieldType::Signature;
}

FormCheck::Progress FormCheck::progress() const
{
    Progress progress;
    for (const FormSection& section : m_definition.sections) {
        for (const FormField& field : section.fields) {
            if (!isQuestion(field) || !applies(field))
                continue;
            ++progress.total;
            if (!m_answers.value(field.id).trimmed().isEmpty())
                ++progress.answered;
        }
    }
    return progress;
}

QString FormCheck::shownValue(const FormField& field, const QString& value, Shown where)
{
    if (field.type == FieldType::Date) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return value;
        return where == Shown::InDocument ? DateText::documentDate(date) : DateText::date(date);
    }
    if (field.type == FieldType::Contact) {
        const QHash<QString, QString> parts = FormValues::parseContact(value);
        QStringList shown;
        for (const QJsonValue& part : field.definition.value(QStringLiteral("parts")).toArray()) {
            if (!parts.value(part.toString()).isEmpty())
                shown << partLabel(field, part.toString()) + QStringLiteral(": ") +
                             parts.value(part.toString());
        }
        return shown.join(QStringLiteral("; "));
    }
    if (field.type == FieldType::GoalsTable) {
        QList<GoalRow> rows;
        if (!FormValues::parseGoals(value, rows))
            return value;
        QStringList shown;
        for (const GoalRow& row : std::as_const(rows)) {
            QStringList parts{row.omschrijving};
            if (!row.stand.isEmpty())
                parts << row.stand;
            if (!row.behaald.isEmpty())
                parts << tr("achieved: %1").arg(row.behaald);
            shown << parts.join(QStringLiteral(" | "));
        }
        return shown.join(u'\n');
    }
    return value;
}

QDate FormCheck::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    // Dutch d-m-jjjj, the English interface's d/m/yyyy (DateText), and ISO.
    for (const QString& format :
         {QStringLiteral("d-M-yyyy"), QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(trimmed, format);
        // 01-01-0001 is a typing slip, not a date in a participant's trajectory.
        if (date.isValid() && date.year() >= earliestYear && date.year() <= latestYear)
            return date;
    }
    return {};
}

bool FormCheck::looksLikeDate(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"re(^\s*(\d{1,2}-\d{1,2}-\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})\s*$)re"));
    return shape.match(text).hasMatch();
}

Result<QString> FormCheck::storedValue(const FormField& field, const QJsonValue& given)
{
    const auto wrong = [&field](const QString& what) {
        return Result<QString>::failure(tr("field \"%1\": %2").arg(field.id, what));
    };
    if (given.isNull() || given.isUndefined())
        return QString();
    if (field.type == FieldType::Contact) {
        if (!given.isObject())
            return wrong(tr("a contact block is an object of its parts (naam, telefoon, ...)"));
        QHash<QString, QString> parts;
        const QJsonObject object = given.toObject();
        for (auto part = object.begin(); part != object.end(); ++part)
            parts.insert(part.key(), part.value().toString());
        return FormValues::contactToJson(parts);
    }
    if (field.type == FieldType::GoalsTable) {
        if (!given.isArray())
            return wrong(tr("a goals table is a list of rows"));
        QList<GoalRow> rows;
        for (const QJsonValue& value : given.toArray()) {
            const QJsonObject row = value.toObject();
            const QJsonValue achieved = row.value(QStringLiteral("behaald"));
            rows.append({row.value(QStringLiteral("id")).toString(),
                         row.value(QStringLiteral("leefdomein")).toString(),
                         row.value(QStringLiteral("omschrijving")).toString(),
                         row.value(QStringLiteral("stand")).toString(),
                         achieved.isBool()
                             ? (achieved.toBool() ? QStringLiteral("ja") : QStringLiteral("nee"))
                             : achieved.toString().toLower()});
        }
        return FormValues::goalsToJson(rows);
    }
    if (field.type == FieldType::YesNo && given.isBool())
        return given.toBool() ? QStringLiteral("ja") : QStringLiteral("nee");
    if (!given.isString())
        return wrong(tr("give the answer as text"));
    const QString text = given.toString().trimmed();
    if (field.type == FieldType::YesNo)
        return text.toLower();
    if (field.type == FieldType::Date && !text.isEmpty()) {
        const QDate date = parseDate(text);
        if (!date.isValid())
            return wrong(tr("\"%1\" is not a date between %2 and %3 (dd-mm-jjjj)")
                             .arg(text)
                             .arg(earliestYear)
                             .arg(latestYear));
        return date.toString(Qt::ISODate);
    }
    // Free text that has the shape of a date must be one: "30-02-2027" as the next meeting
    // would otherwise be kept as text and silently not count.
    if (looksLikeDate(text) && !parseDate(text).isValid())
        return wrong(tr("\"%1\" is not an existing date between %2 and %3")
                         .arg(text)
                         .arg(earliestYear)
                         .arg(latestYear));
    return text;
}

QStringList FormCheck::changedFields(const FormDefinition& definition, const FormAnswers& before,
                                     const FormAnswers& after)
{
    QStringList changed;
    for (const FormSection& section : definition.sections) {
        for (const FormField& field : section.fields) {
            if (before.value(field.id) != after.value(field.id))
                changed << field.id;
        }
    }
    return changed;
}
