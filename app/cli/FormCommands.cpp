#include "FormCommands.h"

#include "CliCommands.h"

#include "forms/FormDefinition.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// "<form>/<edition>.json" for every definition below `root`; rule profiles (forms/rules) are
// another kind of file and are left out.
QStringList definitionsBelow(const QString& folder)
{
    const QString root = QDir(folder).absolutePath(); // names relative to it, also for "forms"
    QStringList names;
    QDirIterator files(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(files.next());
        if (relative.count(u'/') == 1 && !relative.startsWith(u"rules/"))
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
    return usage();
}

int FormCommands::usage()
{
    m_err << tr("Usage: thuisindewijk-cli forms validate [DIR] | template --form FORM --edition EDITION")
          << Qt::endl;
    return CliCommands::UsageError;
}

int FormCommands::printTemplate(const QStringList& arguments)
{
    QString form;
    QString edition;
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == u"--form")
            form = arguments.at(i + 1);
        else if (arguments.at(i) == u"--edition")
            edition = arguments.at(i + 1);
        else
            return usage();
    }
    if (form.isEmpty() || edition.isEmpty() || arguments.size() != 4)
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
                {QStringLiteral("type"), field.type},
                {QStringLiteral("answer"), QJsonValue::Null}};
            if (field.type == u"yes_no")
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
        QFile file(QDir(root).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("%1: cannot be read: %2").arg(name, file.errorString()) << Qt::endl;
            ++bad;
            continue;
        }
        const Result<FormDefinition> definition = FormDefinition::fromJson(file.readAll(), name);
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
    return bad == 0 ? CliCommands::Success : CliCommands::Failure;
}
