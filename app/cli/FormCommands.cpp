#include "FormCommands.h"

#include "CliCommands.h"
#include "StoreCommands.h"
#include "common/InputFile.h"

#include "filing/FormFiling.h"
#include "forms/AnswersFile.h"
#include "forms/FormCheck.h"
#include "forms/FormDefinition.h"
#include "forms/FormSet.h"
#include "store/SignatureRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

// "<form>/<edition>.json" for every definition below `root`; rule profiles (forms/rules) and
// the regions' form sets (forms/sets, checked apart) are other kinds of file and are left out.
QStringList definitionsBelow(const QString& folder)
{
    const QString root = QDir(folder).absolutePath(); // names relative to it, also for "forms"
    QStringList names;
    QDirIterator files(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(files.next());
        if (relative.count(u'/') == 1 && !relative.startsWith(u"rules/") && !relative.startsWith(u"sets/"))
            names << relative;
    }
    names.sort();
    return names;
}

} // namespace

int FormCommands::run(const QStringList& arguments)
{
    if (!arguments.isEmpty() && arguments.first() == u"validate")
        return validate(arguments.mid(1));
    if (!arguments.isEmpty() && arguments.first() == u"template")
        return printTemplate(arguments.mid(1));
    if (!arguments.isEmpty() && arguments.first() == u"fill")
        return fill(arguments.mid(1));
    if (!arguments.isEmpty() && arguments.first() == u"show")
        return show(arguments.mid(1));
    return usage();
}

int FormCommands::usage()
{
    m_err << tr("Usage: thuisindewijk-cli forms validate [DIR] | template --form FORM --edition EDITION |\n"
                "  fill STORE --deelnemer ID --form FORM [--edition EDITION] --answers FILE [--finalise] |\n"
                "  show STORE --form-id ID [--json]")
          << Qt::endl;
    return CliCommands::UsageError;
}

int FormCommands::printTemplate(const QStringList& arguments)
{
    const auto options =
        CliCommands::options(arguments, {QStringLiteral("--form"), QStringLiteral("--edition")});
    for (const QString& problem : options.errors())
        m_err << problem << Qt::endl;
    const QString form = options ? options->value(QStringLiteral("--form")) : QString();
    const QString edition = options ? options->value(QStringLiteral("--edition")) : QString();
    if (form.isEmpty() || edition.isEmpty())
        return usage();
    const Result<FormDefinition> definition = FormDefinition::builtIn(form, edition);
    if (!definition) {
        m_err << definition.errors().join(u'\n') << Qt::endl;
        return CliCommands::UsageError;
    }
    QJsonArray fields;
    for (const FormSection& section : definition->sections) {
        for (const FormField& field : section.fields) {
            QJsonObject entry{
                {QStringLiteral("id"), field.id},
                {QStringLiteral("section"), section.number.isEmpty()
                                                ? section.title
                                                : section.number + QStringLiteral(". ") + section.title},
                {QStringLiteral("question"), field.label},
                {QStringLiteral("type"), FormField::typeName(field.type)},
                {QStringLiteral("answer"), QJsonValue::Null}};
            if (field.type == FieldType::YesNo)
                entry.insert(QStringLiteral("allowed"),
                             QJsonArray{QStringLiteral("ja"), QStringLiteral("nee")});
            for (const char* key : {"options", "parts", "party", "relevant"}) {
                if (field.definition.contains(QLatin1String(key)))
                    entry.insert(QLatin1String(key), field.definition.value(QLatin1String(key)));
            }
            fields.append(entry);
        }
    }
    const QJsonObject skeleton{{QStringLiteral("form"), definition->form},
                               {QStringLiteral("edition"), definition->edition},
                               {QStringLiteral("title"), definition->title},
                               {QStringLiteral("fields"), fields}};
    m_out << QString::fromUtf8(QJsonDocument(skeleton).toJson(QJsonDocument::Indented));
    return CliCommands::Success;
}

int FormCommands::validate(const QStringList& arguments)
{
    if (arguments.size() > 1) {
        m_err << tr("Usage: thuisindewijk-cli forms validate [DIR]") << Qt::endl;
        return CliCommands::UsageError;
    }
    const QString root = arguments.isEmpty() ? QStringLiteral(":/forms") : arguments.first();
    if (!QDir(root).exists()) {
        m_err << tr("There is no folder \"%1\".").arg(root) << Qt::endl;
        return CliCommands::UsageError;
    }
    const QStringList names = definitionsBelow(root);
    if (names.isEmpty()) {
        m_err << tr("No form definitions (FORM/EDITION.json) in \"%1\".").arg(root) << Qt::endl;
        return CliCommands::Failure;
    }
    int bad = 0;
    for (const QString& name : names) {
        const Result<QByteArray> bytes =
            InputFile::read(QDir(root).filePath(name), InputFile::definitionLimit);
        if (!bytes) {
            m_err << bytes.errors().join(u' ') << Qt::endl;
            ++bad;
            continue;
        }
        const Result<FormDefinition> definition = FormDefinition::fromJson(bytes.value(), name);
        if (!definition) {
            for (const QString& problem : definition.errors())
                m_err << problem << Qt::endl;
            ++bad;
            continue;
        }
        qsizetype fields = 0;
        for (const FormSection& section : definition->sections)
            fields += section.fields.size();
        m_out << tr("%1: in order (%2, %n field(s))", nullptr, int(fields)).arg(name, definition->title)
              << Qt::endl;
    }
    bad += validateSets(root, names);
    return bad == 0 ? CliCommands::Success : CliCommands::Failure;
}

int FormCommands::validateSets(const QString& root, const QStringList& definitions)
{
    // Each region's set (issue 20): well-formed, and naming only forms defined here.
    QSet<QString> defined;
    for (const QString& name : definitions)
        defined.insert(name.section(u'/', 0, 0));
    int bad = 0;
    const QDir sets(QDir(root).filePath(QStringLiteral("sets")));
    for (const QString& file : sets.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString name = QStringLiteral("sets/") + file;
        const Result<QByteArray> bytes = InputFile::read(sets.filePath(file), InputFile::definitionLimit);
        const Result<FormSet> set =
            bytes ? FormSet::fromJson(bytes.value(), name) : Result<FormSet>::failure(bytes.errors());
        QStringList problems = set ? QStringList() : set.errors();
        for (const FormSet::Offered& offered : set ? set->forms : QList<FormSet::Offered>()) {
            if (!defined.contains(offered.form))
                problems << tr("%1: form %2 is not defined in this folder").arg(name, offered.form);
        }
        if (set && set->profile + QStringLiteral(".json") != file)
            problems << tr("%1: \"profile\" is %2, not the file's name").arg(name, set->profile);
        for (const QString& problem : std::as_const(problems))
            m_err << problem << Qt::endl;
        if (problems.isEmpty())
            m_out << tr("%1: in order (%n form(s), %2 not available)", nullptr, int(set->forms.size()))
                         .arg(name)
                         .arg(set->notAvailable.size())
                  << Qt::endl;
        else
            ++bad;
    }
    return bad;
}

int FormCommands::fill(const QStringList& arguments)
{
    const Result<QHash<QString, QString>> parsed =
        CliCommands::options(arguments.mid(1),
                             {QStringLiteral("--deelnemer"), QStringLiteral("--form"),
                              QStringLiteral("--edition"), QStringLiteral("--answers")},
                             {QStringLiteral("--finalise")});
    if (!parsed)
        m_err << parsed.errors().join(u' ') << Qt::endl;
    const bool ok = !arguments.isEmpty() && parsed.ok();
    const QHash<QString, QString> options = parsed ? parsed.value() : QHash<QString, QString>();
    const QString participant = options.value(QStringLiteral("--deelnemer"));
    const QString form = options.value(QStringLiteral("--form"));
    const QString answersFile = options.value(QStringLiteral("--answers"));
    if (!ok || participant.isEmpty() || form.isEmpty() || answersFile.isEmpty())
        return usage();
    const Result<QByteArray> read = InputFile::read(answersFile, InputFile::definitionLimit);
    if (!read) {
        m_err << read.errors().join(u' ') << Qt::endl;
        return CliCommands::Failure;
    }
    const QByteArray json = read.value();

    // The edition: as asked, else the one in force on the conversation date the file gives.
    QString edition = options.value(QStringLiteral("--edition"));
    QDate conversation;
    if (edition.isEmpty()) {
        const Result<FormDefinition> current =
            FormDefinition::editionFor(form, CliCommands::clock().now().date());
        if (!current) {
            m_err << current.errors().join(u'\n') << Qt::endl;
            return CliCommands::UsageError;
        }
        const Result<FormAnswers> given = AnswersFile::read(json, current.value());
        if (given)
            conversation = QDate::fromString(given->value(current->conversationDateField), Qt::ISODate);
    }
    const Result<FormDefinition> definition =
        edition.isEmpty()
            ? FormDefinition::editionFor(form, conversation.isValid() ? conversation
                                                                      : CliCommands::clock().now().date())
            : FormDefinition::builtIn(form, edition);
    if (!definition) {
        m_err << definition.errors().join(u'\n') << Qt::endl;
        return CliCommands::UsageError;
    }
    const Result<FormAnswers> given = AnswersFile::read(json, definition.value());
    if (!given) {
        for (const QString& problem : given.errors())
            m_err << answersFile << ": " << problem << Qt::endl;
        m_err << tr("Nothing was stored.") << Qt::endl;
        return CliCommands::UsageError;
    }

    const auto store = StoreCommands::openStore(arguments.first(), m_err);
    if (!store)
        return CliCommands::Failure;
    FormFiling filing(store->database(), StoreCommands::commandLineActor(), CliCommands::clock().now());
    if (options.contains(QStringLiteral("--finalise"))) {
        // A retry after a lost acknowledgement: the same answers were made final already.
        const Result<std::optional<qint64>> earlier =
            filing.finalWithAnswers(participant, definition->form, definition->edition, given.value());
        if (!earlier) {
            m_err << earlier.errors().join(u'\n') << Qt::endl;
            return CliCommands::Failure;
        }
        if (earlier.value()) {
            m_err << tr("These answers were made final before, as form %1; nothing was recorded again.")
                         .arg(*earlier.value())
                  << Qt::endl;
            m_out << *earlier.value() << Qt::endl;
            return CliCommands::Success;
        }
    }
    const Result<qint64> formId =
        startOrContinue(filing, participant, definition.value(), conversation, given.value());
    if (!formId) {
        m_err << formId.errors().join(u'\n') << Qt::endl;
        return CliCommands::Failure;
    }
    if (options.contains(QStringLiteral("--finalise"))) {
        if (const QString error = filing.finalise(formId.value()); !error.isEmpty()) {
            m_err << error << Qt::endl
                  << tr("Form %1 was kept as a concept with these answers.").arg(formId.value()) << Qt::endl;
            m_out << formId.value() << Qt::endl;
            return CliCommands::Failure;
        }
    }
    m_out << formId.value() << Qt::endl;
    return CliCommands::Success;
}

Result<qint64> FormCommands::startOrContinue(FormFiling& filing, const QString& participant,
                                             const FormDefinition& definition, const QDate& conversation,
                                             const FormAnswers& given)
{
    const Result<std::optional<qint64>> open = filing.unfinished(participant, definition.form);
    if (!open)
        return Result<qint64>::failure(open.errors());
    if (!open.value())
        return filing.start(participant, definition.form, conversation, definition.edition, given);
    // An unfinished form of this kind is continued with these answers, never a second started.
    const qint64 formId = *open.value();
    const Result<FormInstance> existing = filing.instance(formId);
    if (!existing)
        return Result<qint64>::failure(existing.errors());
    if (existing->edition != definition.edition)
        return Result<qint64>::failure(
            tr("Participant %1 has an unfinished form %2 of edition %3 (number %4); these answers are for "
               "edition %5. Nothing was stored.")
                .arg(participant, definition.form, existing->edition)
                .arg(formId)
                .arg(definition.edition));
    if (const QString error = filing.saveAnswers(formId, given); !error.isEmpty())
        return Result<qint64>::failure(error);
    m_err << tr("The unfinished form %1 was continued with these answers.").arg(formId) << Qt::endl;
    return formId;
}

int FormCommands::show(const QStringList& arguments)
{
    const Result<QHash<QString, QString>> parsed =
        CliCommands::options(arguments.mid(1), {QStringLiteral("--form-id")}, {QStringLiteral("--json")});
    if (!parsed)
        m_err << parsed.errors().join(u' ') << Qt::endl;
    const bool ok = !arguments.isEmpty() && parsed.ok();
    const QHash<QString, QString> options = parsed ? parsed.value() : QHash<QString, QString>();
    bool numeric = false;
    const qint64 formId = options.value(QStringLiteral("--form-id")).toLongLong(&numeric);
    if (!ok || !numeric)
        return usage();
    const auto store = StoreCommands::openStore(arguments.first(), m_err);
    if (!store)
        return CliCommands::Failure;
    FormFiling filing(store->database(), StoreCommands::commandLineActor(), CliCommands::clock().now());
    const Result<FormInstance> instance = filing.instance(formId);
    const Result<FormDefinition> definition = instance ? FormFiling::definitionOf(instance.value())
                                                       : Result<FormDefinition>::failure(instance.errors());
    const Result<FormAnswers> answers =
        definition ? filing.answers(formId) : Result<FormAnswers>::failure(definition.errors());
    if (!answers) {
        m_err << answers.errors().join(u'\n') << Qt::endl;
        return CliCommands::Failure;
    }
    QStringList changed;
    if (instance->previousId) {
        if (const Result<FormAnswers> previous = filing.answers(*instance->previousId))
            changed = FormCheck::changedFields(definition.value(), previous.value(), answers.value());
    }
    const FormCheck check(definition.value(), answers.value());

    if (options.contains(QStringLiteral("--json"))) {
        QJsonObject values;
        QJsonArray skipped;
        for (const FormSection& section : definition->sections) {
            for (const FormField& field : section.fields) {
                if (!check.applies(field))
                    skipped.append(field.id);
                const QString value = answers->value(field.id);
                if (value.isEmpty())
                    continue;
                const QJsonDocument structured = QJsonDocument::fromJson(value.toUtf8());
                const bool isStructured =
                    field.type == FieldType::Contact || field.type == FieldType::GoalsTable;
                values.insert(field.id, !isStructured          ? QJsonValue(value)
                                        : structured.isArray() ? QJsonValue(structured.array())
                                                               : QJsonValue(structured.object()));
            }
        }
        QJsonObject shown{{QStringLiteral("id"), formId},
                          {QStringLiteral("deelnemer"), instance->participantId},
                          {QStringLiteral("form"), instance->form},
                          {QStringLiteral("edition"), instance->edition},
                          {QStringLiteral("status"), instance->status},
                          {QStringLiteral("version"), instance->version},
                          {QStringLiteral("signatures"), instance->signatures},
                          {QStringLiteral("answers"), values},
                          {QStringLiteral("skipped"), skipped},
                          {QStringLiteral("changed"), QJsonArray::fromStringList(changed)}};
        if (instance->previousId)
            shown.insert(QStringLiteral("previous"), *instance->previousId);
        m_out << QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
        return CliCommands::Success;
    }

    m_out << tr("%1 (edition %2), form %3, participant %4")
                 .arg(definition->title, instance->edition)
                 .arg(formId)
                 .arg(instance->participantId)
          << Qt::endl
          << tr("Status: %1, version %2, signed %3/%4")
                 .arg(instance->status)
                 .arg(instance->version)
                 .arg(instance->signatures)
                 .arg(SignatureRepository::partiesOf(instance->form, instance->edition).size())
          << Qt::endl;
    for (const FormSection& section : definition->sections) {
        m_out << Qt::endl
              << (section.number.isEmpty() ? section.title
                                           : section.number + QStringLiteral(". ") + section.title)
              << Qt::endl;
        for (const FormField& field : section.fields) {
            if (field.type == FieldType::Signature || field.type == FieldType::Declaration)
                continue;
            const QString value = check.applies(field)
                                      ? FormCheck::shownValue(field, answers->value(field.id))
                                      : tr("(falls away)");
            m_out << QStringLiteral("  ") << field.label
                  << (changed.contains(field.id) ? QStringLiteral(" *") : QString())
                  << QStringLiteral("\n    ")
                  << (value.isEmpty() ? QStringLiteral("-")
                                      : QString(value).replace(u'\n', QStringLiteral("\n    ")))
                  << Qt::endl;
        }
    }
    if (instance->previousId)
        m_out << Qt::endl
              << tr("Correction of form %1; * marks the %n changed answer(s).", nullptr, int(changed.size()))
                     .arg(*instance->previousId)
              << Qt::endl;
    return CliCommands::Success;
}
