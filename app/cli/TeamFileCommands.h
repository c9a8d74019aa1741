#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The `team` commands on a begeleider's case file (issue 18): join links it to the team server,
// sync sends and receives, status tells what waits, what was refused and what was flagged,
// requeue sends the refused items again once their cause is gone.
// The case file's passphrase comes from THUIS_PASSPHRASE or stdin, as for the store commands;
// the team password and the client key's passphrase, for join only, from THUIS_TEAM_PASSWORD and
// THUIS_TEAM_KEY_PASSPHRASE (taken out of the environment; afterwards they live in the file).
class TeamFileCommands
{
    Q_DECLARE_TR_FUNCTIONS(TeamFileCommands)

public:
    TeamFileCommands(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {}

    int run(const QStringList& arguments);

private:
    int join(const QString& path, const QHash<QString, QString>& options);
    int sync(const QString& path);
    int status(const QString& path);
    int requeue(const QString& path);

    QTextStream& m_out;
    QTextStream& m_err;
};
