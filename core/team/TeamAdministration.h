#pragma once

#include "team/TeamServer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the beheerder and the teamleider do on the team server (issue 18): people in and out,
// participants assigned. Each person is a login role of their own, member of the group role of
// their function (thuis_begeleider, thuis_teamleider, thuis_beheerder). People are made and
// removed by the server's functions (thuis.persoon_toevoegen, ...), owned by a role that may
// create roles: no person has CREATEROLE, which in PostgreSQL 15 could grant itself the owner's
// role. The server refuses what the connected user may not do.
class TeamAdministration
{
    Q_DECLARE_TR_FUNCTIONS(TeamAdministration)

public:
    static const QStringList& functions(); // begeleider, teamleider, beheerder

    explicit TeamAdministration(QSqlDatabase database)
        : m_database(std::move(database))
    {}

    // A person of `team` (made when new) with `function`. A login role without a password:
    // the server's pg_hba demands a client certificate and a password (docs/team-server.md),
    // set with setPassword (as a SCRAM verifier). Empty on success, else what went wrong.
    [[nodiscard]] QString addUser(const QString& name, const QString& function, const QString& team);
    [[nodiscard]] QString setPassword(const QString& name, const SecretBytes& password);
    // No longer able to log in, out of their group role, open sessions ended; their rows and
    // authorship stay.
    [[nodiscard]] QString removeUser(const QString& name);
    // The teamleider hands a participant to a begeleider of the team.
    [[nodiscard]] QString assign(const QString& participantId, const QString& begeleider);

    // A person's name as a role: lower-case letters, digits and _, starting with a letter.
    [[nodiscard]] static QString nameProblem(const QString& name);

private:
    [[nodiscard]] QString call(const QString& function, const QVariantList& arguments);

    QSqlDatabase m_database;
};
