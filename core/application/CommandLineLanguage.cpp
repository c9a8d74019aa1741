#include "application/CommandLineLanguage.h"

CommandLineLanguage CommandLineLanguage::scan(const QStringList& arguments)
{
    CommandLineLanguage result;
    bool found = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        QString code;
        if (!found && argument == u"--lang") {
            if (i + 1 >= arguments.size()) {
                result.m_error = tr("The option --lang needs a language: nl or en.");
                return result;
            }
            code = arguments.at(++i);
        } else if (!found && argument.startsWith(u"--lang=")) {
            code = argument.mid(7);
        } else {
            result.m_remaining << argument;
            continue;
        }
        found = true; // the first --lang counts; a later one is left to the tool's own parser
        result.m_requested = uiLanguageFromCode(code);
        if (!result.m_requested)
            result.m_error =
                tr("Unknown language \"%1\" for --lang; choose nl (Nederlands) or en (English).").arg(code);
    }
    return result;
}

QString CommandLineLanguage::optionDescription()
{
    return tr("Language of the user interface: nl (Nederlands, the default) or en (English).");
}
