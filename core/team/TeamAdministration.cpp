#include "team/TeamAdministration.h"

#include <QRegularExpression>
#include <QSqlDriver>
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

QString TeamAdministration::run(const QStringList& statements, const QList<QVariantList>& values)
{
    if (!m_database.transaction())
        return TeamConnection::describe(m_database.lastError());
    QSqlQuery query(m_database);
    for (qsizetype index = 0; index < statements.size(); ++index) {
        // Utility statements (CREATE ROLE, ALTER ROLE) take no parameters and cannot be
        // prepared: QPSQL would wrap them in PREPARE. They run as they are, names quoted.
        bool ok = false;
        if (values.value(index).isEmpty()) {
            ok = query.exec(statements.at(index));
        } else {
            ok = query.prepare(statements.at(index));
            for (const QVariant& value : values.value(index))
                query.addBindValue(value);
            ok = ok && query.exec();
        }
        if (!ok) {
            const QString error = TeamConnection::describe(query.lastError());
            m_database.rollback();
            return error;
        }
    }
    if (!m_database.commit()) {
        const QString error = TeamConnection::describe(m_database.lastError());
        m_database.rollback();
        return error;
    }
    return {};
}

QString TeamAdministration::addUser(const QString& name, const QString& function, const QString& team)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return problem;
    if (!functions().contains(function))
        return tr("\"%1\" is not a function on the team server (begeleider, teamleider, beheerder).")
            .arg(function);
    const QString role = m_database.driver()->escapeIdentifier(name, QSqlDriver::TableName);
    // A beheerder makes the others, so their own role may create roles (attributes are not
    // inherited from a group role).
    const QString attributes =
        function == u"beheerder" ? QStringLiteral("LOGIN CREATEROLE") : QStringLiteral("LOGIN");
    const QString error =
        run({QStringLiteral("INSERT INTO thuis.team (id) VALUES (?) ON CONFLICT DO NOTHING"),
             QStringLiteral("CREATE ROLE %1 %2 IN ROLE thuis_%3").arg(role, attributes, function),
             QStringLiteral("INSERT INTO thuis.medewerker (rol, team, functie) VALUES (?, ?, ?)")},
            {{team}, {}, {name, team, function}});
    return error.isEmpty() ? QString() : tr("%1 was not added: %2").arg(name, error);
}

QString TeamAdministration::setPassword(const QString& name, const SecretBytes& password)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return problem;
    QSqlDriver* driver = m_database.driver();
    const QString role = driver->escapeIdentifier(name, QSqlDriver::TableName);
    // ALTER ROLE takes no parameters: the password goes in as a quoted literal. PostgreSQL
    // stores its SCRAM verifier, never the password itself.
    QString literal = QString::fromUtf8(password.bytes());
    literal.replace(u'\'', QStringLiteral("''"));
    const QString error = run({QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(role, literal)}, {{}});
    literal.fill(u' ');
    return error.isEmpty() ? QString() : tr("The password of %1 was not set: %2").arg(name, error);
}

QString TeamAdministration::removeUser(const QString& name)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return problem;
    const QString role = m_database.driver()->escapeIdentifier(name, QSqlDriver::TableName);
    const QString error =
        run({QStringLiteral("UPDATE thuis.medewerker SET actief = false WHERE rol = ? AND actief"),
             QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(role)},
            {{name}, {}});
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
