#pragma once

#include "application/Clock.h"

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

class Settings;
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>
#include <vector>

// The subcommands of thuisindewijk-cli as a table: later issues add rows (audit, demo,
// dashboard, ...) without touching the dispatch. Exit codes: 0 success, 1 the command
// failed, 2 the command line was wrong.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CliCommands(const Settings& settings, QTextStream& out, QTextStream& err);

    // arguments: everything after the program name, with --lang already removed.
    int run(const QStringList& arguments);

    // The "--name value" options in `valued` and the `flags` that take no value (present: "ja").
    // Strict: an unknown option, a missing value, or an option where a value belongs ("--pdf
    // --json") is refused with a sentence naming it, so a typo never swallows the next option.
    // With `positional`, the arguments that are not options (a file name) are collected there,
    // wherever they stand, instead of refused.
    // "Now" for every command (issue 17: all time through a Clock): the system's. Commands that
    // must be repeatable take --today.
    static const Clock& clock();

    static Result<QHash<QString, QString>> options(const QStringList& arguments, const QStringList& valued,
                                                   const QStringList& flags = {},
                                                   QStringList* positional = nullptr);

private:
    struct Command
    {
        QString name;
        QString argumentsSynopsis;
        QString summary;
        std::function<int(const QStringList& arguments)> run;
    };

    int help(const QStringList& arguments);
    int version(const QStringList& arguments);
    void printUsage();
    const Command* find(const QString& name) const;

    const Settings& m_settings;
    QTextStream& m_out;
    QTextStream& m_err;
    std::vector<Command> m_commands;
};
