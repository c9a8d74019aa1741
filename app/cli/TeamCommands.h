#pragma once

#include "team/TeamServer.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

// The `team` commands (issue 18), for the beheerder and the teamleider: make and upgrade the
// team server's schema, add and remove people, assign participants. The server is named with
// --server "host=... user=..." (libpq's form); the password comes from THUIS_TEAM_PASSWORD
// (taken out of the environment) or, when that is unset, none (a socket with peer trust).
class TeamCommands
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommands)

public:
    TeamCommands(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {}

    int run(const QStringList& arguments);

private:
    int server(const QString& action, const QHash<QString, QString>& options);
    int user(const QStringList& positional, const QHash<QString, QString>& options);
    int assign(const QStringList& positional, const QHash<QString, QString>& options);
    std::unique_ptr<TeamConnection> connect(const QHash<QString, QString>& options);
    int usage();

    QTextStream& m_out;
    QTextStream& m_err;
};
