#pragma once

#include "application/UiLanguage.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Both front ends accept `--lang nl|en`. The language must be known before the command-line
// parser is built, because the parser's own help text is translated; so this small scan runs
// first and the full parser later.
class CommandLineLanguage
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineLanguage)

public:
    // The language asked for with `--lang X` or `--lang=X`, if any.
    std::optional<UiLanguage> requested() const { return m_requested; }
    // Empty, or a sentence naming the unknown language code.
    [[nodiscard]] QString error() const { return m_error; }
    // The arguments after the program name without `--lang X`, for a tool's own parsing.
    QStringList remainingArguments() const { return m_remaining; }

    static CommandLineLanguage scan(const QStringList& arguments);
    [[nodiscard]] static QString optionDescription();

private:
    std::optional<UiLanguage> m_requested;
    QString m_error;
    QStringList m_remaining;
};
