#include "forms/FormDefinition.h"

#include "common/DateText.h"
#include "forms/FormExpression.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <optional>

const QStringList FormDefinition::fieldTypes{
    QStringLiteral("short_text"), QStringLiteral("long_text"),     QStringLiteral("date"),
    QStringLiteral("yes_no"),     QStringLiteral("single_choice"), QStringLiteral("goals_table"),
    QStringLiteral("contact"),    QStringLiteral("declaration"),   QStringLiteral("signature"),
};

// fieldTypes in the order of FieldType after Unknown.
qsizetype FormField::optionIndex(const QString& answer) const
{
    const QJsonArray options = definition.value(QStringLiteral("options")).toArray();
    for (qsizetype index = 0; index < options.size(); ++index) {
        if (options.at(index).toString() == answer)
            return index;
    }
    return -1;
}

bool FormField::forCorporation() const
{
    return definition.value(QStringLiteral("forCorporation")).toBool(true);
}

QString FormField::typeName(FieldType type)
{
    const int index = int(type) - 1;
    return index >= 0 && index < FormDefinition::fieldTypes.size() ? FormDefinition::fieldTypes.at(index)
                                                                   : QString();
}

FieldType FormField::typeFromName(QStringView name)
{
    const qsizetype index = FormDefinition::fieldTypes.indexOf(name);
    return index < 0 ? FieldType::Unknown : FieldType(index + 1);
}

namespace {

const QStringList parties{QStringLiteral("deelnemer"), QStringLiteral("zorgaanbieder"),
                          QStringLiteral("woningcorporatie")};
const QStringList contactParts{QStringLiteral("naam"), QStringLiteral("functie"), QStringLiteral("adres"),
                               QStringLiteral("telefoon"), QStringLiteral("email")};
const QStringList ruleKeys{QStringLiteral("relevant"), QStringLiteral("constraint")};

// What the dossier can fill in (core/filing/FormPrefill), and for which kind of field: a
// misspelt source ("deelnemer.telefoonnummer") would otherwise silently fill in nothing.
std::optional<FieldType> prefillFieldType(const QString& source)
{
    if (source == u"deelnemer" || (source.startsWith(u"contact.") && parties.contains(source.mid(8))))
        return FieldType::Contact;
    if (source == u"deelnemer.naam" || source == u"deelnemer.adres" || source == u"deelnemer.telefoon" ||
        source == u"deelnemer.email")
        return FieldType::ShortText;
    if (source == u"deelnemer.geboortedatum" || source == u"startdatum_intermediaire_verhuur" ||
        source == u"datum_kennismakingsgesprek")
        return FieldType::Date;
    if (source == u"doelen")
        return FieldType::GoalsTable;
    return std::nullopt;
}

} // namespace

// Problems of one field that need only the field itself.
static QStringList problemsOf(const FormField& field, const QString& typeName)
{
    QStringList problems;
    const QJsonObject& definition = field.definition;
    if (field.type == FieldType::Unknown)
        problems << FormDefinition::tr("unknown field type \"%1\" (known: %2)")
                        .arg(typeName, FormDefinition::fieldTypes.join(QStringLiteral(", ")));
    if (field.label.trimmed().isEmpty())
        problems << FormDefinition::tr("the field has no label (question text)");
    if (field.type == FieldType::SingleChoice &&
        definition.value(QStringLiteral("options")).toArray().isEmpty())
        problems << FormDefinition::tr("a single choice needs \"options\"");
    if (field.type == FieldType::Signature &&
        !parties.contains(definition.value(QStringLiteral("party")).toString()))
        problems << FormDefinition::tr("a signature needs \"party\": one of %1")
                        .arg(parties.join(QStringLiteral(", ")));
    if (field.type == FieldType::Declaration &&
        !definition.value(QStringLiteral("text")).toString().contains(u"{naam}"))
        problems << FormDefinition::tr("a declaration needs \"text\" with {naam} for the participant's name");
    if (field.type == FieldType::Contact) {
        const QJsonArray parts = definition.value(QStringLiteral("parts")).toArray();
        if (parts.isEmpty())
            problems << FormDefinition::tr("a contact block needs \"parts\"");
        for (const QJsonValue& part : parts) {
            if (!contactParts.contains(part.toString()))
                problems << FormDefinition::tr("unknown contact part \"%1\" (known: %2)")
                                .arg(part.toString(), contactParts.join(QStringLiteral(", ")));
        }
    }
    const QJsonObject partLabels = definition.value(QStringLiteral("partLabels")).toObject();
    for (auto part = partLabels.begin(); part != partLabels.end(); ++part) {
        if (!contactParts.contains(part.key()) || part.value().toString().isEmpty())
            problems << FormDefinition::tr("\"partLabels\" names a contact part (%1) with its label")
                            .arg(contactParts.join(QStringLiteral(", ")));
    }
    if (const QJsonValue shared = definition.value(QStringLiteral("forCorporation"));
        !shared.isUndefined() && !shared.isBool())
        problems << FormDefinition::tr("\"forCorporation\" is true or false (false: left out of the "
                                       "woningcorporatie's copy)");
    if (definition.contains(QStringLiteral("constraint")) &&
        definition.value(QStringLiteral("constraintMessage")).toString().isEmpty())
        problems << FormDefinition::tr("a \"constraint\" needs a \"constraintMessage\" that tells the user "
                                       "what is wrong");
    if (const QJsonValue prefill = definition.value(QStringLiteral("prefill")); !prefill.isUndefined()) {
        const std::optional<FieldType> fits = prefillFieldType(prefill.toString());
        if (!fits)
            problems << FormDefinition::tr(
                            "unknown \"prefill\" \"%1\" (known: deelnemer, deelnemer.naam, "
                            "deelnemer.adres, deelnemer.telefoon, deelnemer.email, "
                            "deelnemer.geboortedatum, contact.<party>, "
                            "startdatum_intermediaire_verhuur, datum_kennismakingsgesprek, doelen)")
                            .arg(prefill.toString());
        else if (*fits != field.type)
            problems << FormDefinition::tr("\"prefill\" \"%1\" fills a field of type %2, not %3")
                            .arg(prefill.toString(), FormField::typeName(*fits),
                                 FormField::typeName(field.type));
    }
    const QJsonValue required = definition.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isBool() &&
        required.toObject().value(QStringLiteral("message")).toString().isEmpty())
        problems << FormDefinition::tr("\"required\" is true, false or {\"message\": \"...\"}");
    return problems;
}

Result<FormDefinition> FormDefinition::fromJson(const QByteArray& json, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<FormDefinition>::failure(tr("%1: not valid JSON at character %2: %3")
                                                   .arg(origin)
                                                   .arg(parseError.offset)
                                                   .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    FormDefinition definition;
    definition.form = root.value(QStringLiteral("form")).toString();
    definition.edition = root.value(QStringLiteral("edition")).toString();
    definition.title = root.value(QStringLiteral("title")).toString();
    definition.subtitle = root.value(QStringLiteral("subtitle")).toString();
    definition.source = root.value(QStringLiteral("source")).toString();
    definition.validFrom = QDate::fromString(root.value(QStringLiteral("validFrom")).toString(), Qt::ISODate);
    definition.conversationDateField = root.value(QStringLiteral("conversationDate")).toString();
    QStringList problems;
    if (!definition.validFrom.isValid())
        problems
            << tr("%1: \"validFrom\" must be the date the edition applies from (JJJJ-MM-DD)").arg(origin);
    for (const auto& [key, value] :
         {std::pair{"form", definition.form}, std::pair{"edition", definition.edition},
          std::pair{"title", definition.title}}) {
        if (value.isEmpty())
            problems << tr("%1: \"%2\" is missing").arg(origin, QString::fromLatin1(key));
    }
    const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    if (sections.isEmpty())
        problems << tr("%1: \"sections\" is missing or empty").arg(origin);

    QSet<QString> sectionIds;
    QSet<QString> fieldIds;
    for (const QJsonValue& sectionValue : sections) {
        const QJsonObject sectionObject = sectionValue.toObject();
        FormSection section{sectionObject.value(QStringLiteral("id")).toString(),
                            sectionObject.value(QStringLiteral("number")).toString(),
                            sectionObject.value(QStringLiteral("title")).toString(),
                            {}};
        if (section.id.isEmpty() || sectionIds.contains(section.id))
            problems << tr("%1: section \"%2\": every section needs its own id").arg(origin, section.title);
        sectionIds.insert(section.id);
        for (const QJsonValue& fieldValue : sectionObject.value(QStringLiteral("fields")).toArray()) {
            QJsonObject object = fieldValue.toObject();
            const QString typeName = object.take(QStringLiteral("type")).toString();
            FormField field{object.take(QStringLiteral("id")).toString(), FormField::typeFromName(typeName),
                            object.take(QStringLiteral("label")).toString(), object};
            if (field.id.isEmpty())
                problems << tr("%1: section \"%2\": a field without an id").arg(origin, section.id);
            else if (fieldIds.contains(field.id))
                problems << tr("%1, field \"%2\": the id is used twice").arg(origin, field.id);
            fieldIds.insert(field.id);
            for (const QString& problem : problemsOf(field, typeName))
                problems << tr("%1, field \"%2\": %3").arg(origin, field.id, problem);
            section.fields.append(field);
        }
        definition.sections.append(section);
    }
    // Rules may refer to any field of the form, also one further on.
    for (const FormSection& section : std::as_const(definition.sections)) {
        for (const FormField& field : section.fields) {
            for (const QString& key : ruleKeys) {
                if (!field.definition.contains(key))
                    continue;
                const Result<FormExpression> rule =
                    FormExpression::parse(field.definition.value(key).toString());
                if (!rule) {
                    problems << tr("%1, field \"%2\": rule \"%3\" is not valid: %4")
                                    .arg(origin, field.id, key, rule.errors().join(u' '));
                    continue;
                }
                for (const QString& name : rule->references()) {
                    if (!fieldIds.contains(name))
                        problems
                            << tr("%1, field \"%2\": rule \"%3\" names a field that does not exist: \"%4\"")
                                   .arg(origin, field.id, key, name);
                }
            }
        }
    }
    const FormField* conversationDate = definition.field(definition.conversationDateField);
    if (conversationDate == nullptr || conversationDate->type != FieldType::Date)
        problems << tr("%1: \"conversationDate\" must name the date field of the conversation").arg(origin);
    if (!problems.isEmpty())
        return Result<FormDefinition>::failure(problems);
    return definition;
}

Result<FormDefinition> FormDefinition::builtIn(const QString& form, const QString& edition)
{
    const QString name = QStringLiteral("%1/%2.json").arg(form, edition);
    QFile file(QStringLiteral(":/forms/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return Result<FormDefinition>::failure(
            tr("There is no form %1, edition %2, in this program.").arg(form, edition));
    return fromJson(file.readAll(), name);
}

QStringList FormDefinition::builtInEditions(const QString& form)
{
    QStringList editions;
    for (const QString& file :
         QDir(QStringLiteral(":/forms/") + form).entryList({QStringLiteral("20*.json")}))
        editions << file.chopped(5);
    return editions;
}

QStringList FormDefinition::builtInForms()
{
    QStringList forms = QDir(QStringLiteral(":/forms")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    forms.removeAll(QStringLiteral("rules"));
    return forms;
}

Result<FormDefinition> FormDefinition::editionFor(const QString& form, const QDate& conversationDate)
{
    // The newest edition in force on the day of the conversation (Amsterdam: the 2026 forms for
    // conversations from 1 January 2026). Every edition is loaded, so a bad one is reported
    // rather than silently skipped.
    std::optional<FormDefinition> chosen;
    QStringList problems;
    for (const QString& edition : builtInEditions(form)) {
        Result<FormDefinition> candidate = builtIn(form, edition);
        if (!candidate) {
            problems << candidate.errors();
            continue;
        }
        if (candidate->validFrom <= conversationDate && (!chosen || candidate->validFrom > chosen->validFrom))
            chosen = candidate.value();
    }
    if (chosen)
        return *chosen;
    if (problems.isEmpty())
        problems << tr("There is no edition of form %1 in force on %2.")
                        .arg(form, DateText::date(conversationDate));
    return Result<FormDefinition>::failure(problems);
}

const FormField* FormDefinition::field(const QString& id) const
{
    for (const FormSection& section : sections) {
        for (const FormField& candidate : section.fields) {
            if (candidate.id == id)
                return &candidate;
        }
    }
    return nullptr;
}
