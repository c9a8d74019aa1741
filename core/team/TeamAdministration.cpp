#include "team/TeamAdministration.h"

#include "team/ScramVerifier.h"

#include <QRegularExpression>
#include <QSqlQuery>

const QStringList& TeamAdministration::functions()
{
    static const QStringList all{QStringLiteral("begeleider"), QStringLiteral("teamleider"),
                                 QStringLiteral("beheerder")};
    return all;
}

QString TeamAdministration::nameProblem(const QString& name)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!shape.match(name).hasMatch())
        return tr("\"%1\" cannot be a user name on the team server: lower-case letters, digits and _, "
                  "starting with a letter, at most 63.")
            .arg(name);
    if (name.startsWith(u"pg_") || name.startsWith(u"thuis_") || name == u"postgres")
        return tr("\"%1\" is reserved on the team server.").arg(name);
    return {};
}

QString TeamAdministration::call(const QString& function, const QVariantList& arguments)
{
    QSqlQuery query(m_database);
    QStringList placeholders(arguments.size(), QStringLiteral("?"));
    query.prepare(
        QStringLiteral("SELECT thuis.%1(%2)").arg(function, placeholders.join(QStringLiteral(", "))));
    for (const QVariant& argument : arguments)
        query.addBindValue(argument);
    return query.exec() ? QString() : TeamConnection::describe(query.lastError());
}

QString TeamAdministration::addUser(const QString& name, const QString& function, const QString& team)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return problem;
    if (!functions().contains(function))
        return tr("\"%1\" is not a function on the team server (begeleider, teamleider, beheerder).")
            .arg(function);
    // Through the server's own function: the role that may create roles is not the beheerder's
    // (docs/team-server.md), so a beheerder cannot grant themselves more.
    const QString error = call(QStringLiteral("persoon_toevoegen"), {name, function, team});
    return error.isEmpty() ? QString() : tr("%1 was not added: %2").arg(name, error);
}

QString TeamAdministration::setPassword(const QString& name, const SecretBytes& password)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return problem;
    // Only the SCRAM verifier travels and is stored: no log or statement view holds the password.
    const QString error = call(QStringLiteral("wachtwoord_zetten"), {name, ScramVerifier::make(password)});
    return error.isEmpty() ? QString() : tr("The password of %1 was not set: %2").arg(name, error);
}

QString TeamAdministration::removeUser(const QString& name)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return problem;
    const QString error = call(QStringLiteral("persoon_verwijderen"), {name});
    return error.isEmpty() ? QString() : tr("%1 was not removed: %2").arg(name, error);
}

QString TeamAdministration::assign(const QString& participantId, const QString& begeleider)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE thuis.deelnemer SET begeleider = ? WHERE id = ?"));
    query.addBindValue(begeleider);
    query.addBindValue(participantId);
    if (!query.exec())
        return tr("%1 was not assigned to %2: %3")
            .arg(participantId, begeleider, TeamConnection::describe(query.lastError()));
    if (query.numRowsAffected() != 1)
        return tr("%1 was not assigned: you see no such participant in your team.").arg(participantId);
    return {};
}
