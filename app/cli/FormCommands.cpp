#include "FormCommands.h"

#include "CliCommands.h"

#include "forms/FormDefinition.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

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
    m_err << tr("Usage: thuisindewijk-cli forms validate [DIR]") << Qt::endl;
    return CliCommands::UsageError;
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
