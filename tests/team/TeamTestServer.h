#pragma once
// The throwaway PostgreSQL 15 of the team tests (tests/team/throwaway-postgres.sh, ctest fixture
// team_server): connections to it and a fresh team database per test, with user names of its
// own (roles are server-wide).
#include "QtCatch.h"

#include "team/TeamAdministration.h"
#include "team/TeamSchema.h"
#include "team/TeamServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace teamtest {

// The throwaway server's state: its socket folder and its port (socket and TLS).
inline QStringList serverState()
{
    QFile state(QStringLiteral(THUIS_TEAM_SERVER_STATE));
    INFO("no throwaway PostgreSQL: tests/team/throwaway-postgres.sh start " THUIS_TEAM_SERVER_STATE);
    REQUIRE(state.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(state.readAll()).trimmed().split(u'\n');
    REQUIRE(lines.size() == 2);
    return lines;
}

// The socket folder of the throwaway server; a test fails (never skips) without one.
inline QString socketFolder()
{
    return serverState().first();
}

inline int serverPort()
{
    return serverState().last().toInt();
}

inline Result<std::unique_ptr<TeamConnection>> tryConnect(const QString& user, const QString& database,
                                                          const QByteArray& password = {})
{
    TeamServerAddress address;
    address.host = socketFolder();
    address.port = serverPort();
    address.user = user;
    address.database = database;
    return TeamConnection::open(address, SecretBytes(password));
}

inline std::unique_ptr<TeamConnection> connectAs(const QString& user, const QString& database)
{
    Result<std::unique_ptr<TeamConnection>> connection = tryConnect(user, database);
    INFO(connection.errors().join(u' ').toStdString());
    REQUIRE(connection.ok());
    return std::move(connection).value();
}

// A fresh database with the team schema, and people named for this test only.
struct TeamServer
{
    QString suffix;
    QString database;
    std::unique_ptr<TeamConnection> admin;

    TeamServer()
    {
        static int counter = 0;
        suffix = QStringLiteral("_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        database = QStringLiteral("thuis") + suffix;
        {
            const auto postgres = connectAs(QStringLiteral("postgres"), QStringLiteral("postgres"));
            QSqlQuery query(postgres->database());
            REQUIRE(query.exec(QStringLiteral("CREATE DATABASE %1").arg(database)));
        }
        admin = connectAs(QStringLiteral("postgres"), database);
        REQUIRE(TeamSchema::migrate(admin->database()).isEmpty());
    }

    QString name(const char* base) const { return QString::fromLatin1(base) + suffix; }

    void addUser(const char* base, const char* function, const char* team) const
    {
        const QString error =
            TeamAdministration(admin->database())
                .addUser(name(base), QString::fromLatin1(function), QString::fromLatin1(team));
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
    }

    std::unique_ptr<TeamConnection> as(const char* base) const { return connectAs(name(base), database); }

    // Where a laptop of `base` finds this server.
    TeamServerAddress address(const char* base) const
    {
        TeamServerAddress where;
        where.host = socketFolder();
        where.port = serverPort();
        where.user = name(base);
        where.database = database;
        return where;
    }
};

struct Outcome
{
    bool ok = false;
    QString sqlState;
    int rows = 0;
};

inline Outcome execute(const TeamConnection& connection, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(connection.database());
    Outcome outcome;
    if (values.isEmpty()) {
        outcome.ok = query.exec(sql); // GRANT, CREATE ROLE: QPSQL cannot prepare those
    } else {
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        outcome.ok = query.exec();
    }
    outcome.sqlState = query.lastError().nativeErrorCode();
    if (outcome.ok && query.isSelect()) {
        while (query.next())
            ++outcome.rows;
    } else if (outcome.ok) {
        outcome.rows = query.numRowsAffected();
    }
    return outcome;
}

// A participant registered on the server, as a laptop's first sync will.
inline Outcome registerParticipant(const TeamConnection& connection, const QString& id, const QString& team,
                                   const QString& begeleider)
{
    return execute(connection,
                   QStringLiteral("INSERT INTO thuis.deelnemer (id, team, begeleider) VALUES (?, ?, ?)"),
                   {id, team, begeleider});
}

} // namespace teamtest
