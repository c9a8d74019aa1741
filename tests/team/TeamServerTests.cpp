// The team server (issue 18) on a real PostgreSQL 15, started by tests/team/throwaway-postgres.sh
// (ctest fixture team_server): the schema, the people and the server's own refusals. Every test
// works in a database of its own, with user names of its own (roles are server-wide).
#include "QtCatch.h"
#include "TeamTestServer.h"

#include "team/TeamAdministration.h"
#include "team/TeamSchema.h"
#include "team/TeamServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace teamtest;

namespace {

Outcome addItem(const TeamConnection& connection, const QString& participant, const QString& uuid = {})
{
    return execute(connection,
                   QStringLiteral("INSERT INTO thuis.item (uuid, deelnemer, soort, inhoud, basis) "
                                  "VALUES (?::uuid, ?, 'gebeurtenis', '{\"type\": \"aanmelding\"}', 0)"),
                   {uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uuid, participant});
}

} // namespace

TEST_CASE("The team schema is made once and upgrading again changes nothing", "[team]")
{
    TeamServer server;
    CHECK(TeamSchema::currentVersion(server.admin->database()) == TeamSchema::latestVersion());
    CHECK(TeamSchema::latestVersion() >= 1);
    CHECK(TeamSchema::migrate(server.admin->database()).isEmpty());
    CHECK(TeamSchema::currentVersion(server.admin->database()) == TeamSchema::latestVersion());
}

TEST_CASE("A begeleider reads and writes only their own participants, a teamleider the whole team",
          "[team][privacy]")
{
    TeamServer server;
    server.addUser("anna", "begeleider", "Noord");
    server.addUser("bert", "begeleider", "Noord");
    server.addUser("tess", "teamleider", "Noord");
    server.addUser("cor", "begeleider", "Zuid");
    server.addUser("zoe", "teamleider", "Zuid");
    const auto anna = server.as("anna");
    const auto bert = server.as("bert");
    const auto tess = server.as("tess");
    const auto cor = server.as("cor");
    const auto zoe = server.as("zoe");

    const QString registerSql =
        QStringLiteral("INSERT INTO thuis.deelnemer (id, team, begeleider) VALUES (?, ?, ?)");
    REQUIRE(execute(*anna, registerSql, {QStringLiteral("D-1"), QStringLiteral("Noord"), server.name("anna")})
                .ok);
    REQUIRE(addItem(*anna, QStringLiteral("D-1")).ok);

    // Another begeleider of the team: sees nothing, adds nothing, registers nothing in anna's name.
    CHECK(execute(*bert, QStringLiteral("SELECT * FROM thuis.deelnemer")).rows == 0);
    CHECK(execute(*bert, QStringLiteral("SELECT * FROM thuis.item")).rows == 0);
    CHECK(addItem(*bert, QStringLiteral("D-1")).sqlState == QStringLiteral("42501"));
    CHECK(execute(*bert, registerSql, {QStringLiteral("D-2"), QStringLiteral("Noord"), server.name("anna")})
              .sqlState == QStringLiteral("42501"));
    // Another team: not even its teamleider.
    CHECK(execute(*zoe, QStringLiteral("SELECT * FROM thuis.deelnemer")).rows == 0);
    CHECK(execute(*cor, registerSql, {QStringLiteral("D-3"), QStringLiteral("Noord"), server.name("cor")})
              .sqlState == QStringLiteral("42501"));

    // The teamleider sees the whole team and hands D-1 over to bert.
    CHECK(execute(*tess, QStringLiteral("SELECT * FROM thuis.deelnemer")).rows == 1);
    CHECK(execute(*tess, QStringLiteral("SELECT * FROM thuis.item")).rows == 1);
    CHECK(TeamAdministration(zoe->database())
              .assign(QStringLiteral("D-1"), server.name("cor"))
              .contains(QStringLiteral("no such participant")));
    CHECK_FALSE(
        TeamAdministration(tess->database()).assign(QStringLiteral("D-1"), server.name("cor")).isEmpty());
    REQUIRE(
        TeamAdministration(tess->database()).assign(QStringLiteral("D-1"), server.name("bert")).isEmpty());
    CHECK(execute(*anna, QStringLiteral("SELECT * FROM thuis.item")).rows == 0);
    CHECK(execute(*bert, QStringLiteral("SELECT * FROM thuis.item")).rows == 1);
    CHECK(addItem(*bert, QStringLiteral("D-1")).ok);
    // A begeleider does not assign.
    CHECK_FALSE(
        TeamAdministration(bert->database()).assign(QStringLiteral("D-1"), server.name("anna")).isEmpty());
}

TEST_CASE("What was received is never changed or removed, its author and numbers are the server's",
          "[team][privacy]")
{
    TeamServer server;
    server.addUser("anna", "begeleider", "Noord");
    server.addUser("tess", "teamleider", "Noord");
    const auto anna = server.as("anna");
    const auto tess = server.as("tess");
    REQUIRE(
        registerParticipant(*anna, QStringLiteral("D-1"), QStringLiteral("Noord"), server.name("anna")).ok);
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(addItem(*anna, QStringLiteral("D-1"), uuid).ok);
    REQUIRE(addItem(*anna, QStringLiteral("D-1")).ok);

    for (const auto* who : {anna.get(), tess.get()}) {
        CHECK(execute(*who, QStringLiteral("UPDATE thuis.item SET inhoud = '{}'")).sqlState ==
              QStringLiteral("42501"));
        CHECK(execute(*who, QStringLiteral("DELETE FROM thuis.item")).sqlState == QStringLiteral("42501"));
    }
    // Not even the owner: the trigger refuses what a grant would allow.
    CHECK(execute(*server.admin, QStringLiteral("DELETE FROM thuis.item")).sqlState ==
          QStringLiteral("42501"));
    // The author is who is connected; a client cannot name another.
    CHECK(execute(*anna,
                  QStringLiteral("INSERT INTO thuis.item (uuid, deelnemer, soort, inhoud, basis, auteur) "
                                 "VALUES (gen_random_uuid(), 'D-1', 'gebeurtenis', '{}', 0, ?)"),
                  {server.name("tess")})
              .sqlState == QStringLiteral("42501"));
    QSqlQuery query(anna->database());
    REQUIRE(
        query.exec(QStringLiteral("SELECT volgnummer, positie, auteur FROM thuis.item ORDER BY volgnummer")));
    QList<std::tuple<qint64, qint64, QString>> numbered;
    while (query.next())
        numbered.append(
            {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
    CHECK(numbered == QList<std::tuple<qint64, qint64, QString>>{{1, 1, server.name("anna")},
                                                                 {2, 2, server.name("anna")}});
    // The same id again (a lost acknowledgement): one item, and no number used up.
    const Outcome again = addItem(*anna, QStringLiteral("D-1"), uuid);
    CHECK(again.ok);
    CHECK(again.rows == 0);
    REQUIRE(addItem(*anna, QStringLiteral("D-1")).ok);
    REQUIRE(query.exec(QStringLiteral("SELECT max(volgnummer), max(positie), count(*) FROM thuis.item")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 3);
    CHECK(query.value(1).toLongLong() == 3);
    CHECK(query.value(2).toLongLong() == 3);
}

TEST_CASE("psql itself is refused too: the rules are the server's, not the program's", "[team][privacy]")
{
    TeamServer server;
    server.addUser("anna", "begeleider", "Noord");
    server.addUser("bert", "begeleider", "Noord");
    const auto anna = server.as("anna");
    REQUIRE(
        registerParticipant(*anna, QStringLiteral("D-1"), QStringLiteral("Noord"), server.name("anna")).ok);
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-h"), socketFolder(), QStringLiteral("-p"), QString::number(serverPort()),
                QStringLiteral("-U"), server.name("bert"), QStringLiteral("-d"), server.database,
                QStringLiteral("-v"), QStringLiteral("VERBOSITY=verbose"), QStringLiteral("-c"),
                QStringLiteral("INSERT INTO thuis.item (uuid, deelnemer, soort, inhoud, basis) VALUES "
                               "(gen_random_uuid(), 'D-1', 'gebeurtenis', '{}', 0)")});
    REQUIRE(psql.waitForFinished(30000));
    const QString output = QString::fromUtf8(psql.readAll());
    INFO(output.toStdString());
    CHECK(psql.exitCode() != 0);
    CHECK(output.contains(QStringLiteral("42501")));
}

TEST_CASE("The server's refusals are said in words, with the SQLSTATE", "[team]")
{
    TeamServer server;
    server.addUser("bert", "begeleider", "Noord");
    const auto bert = server.as("bert");
    QSqlQuery query(bert->database());
    REQUIRE_FALSE(query.exec(QStringLiteral("DELETE FROM thuis.item")));
    const QString said = TeamConnection::describe(query.lastError());
    CHECK(said.startsWith(QStringLiteral("the team server refuses this: you have no permission for it")));
    CHECK(said.contains(QStringLiteral("SQLSTATE 42501")));
    CHECK_FALSE(TeamAdministration::nameProblem(QStringLiteral("Anna")).isEmpty());
    CHECK_FALSE(TeamAdministration::nameProblem(QStringLiteral("thuis_eigenaar")).isEmpty());
    CHECK(TeamAdministration::nameProblem(QStringLiteral("anna_de_vries")).isEmpty());
    CHECK_FALSE(TeamServerAddress::parse(QStringLiteral("host=/tmp user=anna colour=blue")).ok());
    CHECK_FALSE(TeamServerAddress::parse(QStringLiteral("host=/tmp host=/var user=anna")).ok());
    CHECK(
        TeamServerAddress::parse(QStringLiteral("host=team.example port=5433 user=anna sslmode=verify-full"))
            ->port == 5433);
}

TEST_CASE("A beheerder adds people through the server's functions and cannot give themselves more",
          "[team][privacy]")
{
    TeamServer server;
    server.addUser("jan", "beheerder", "Beheer");
    const auto jan = server.as("jan");
    const QString error =
        TeamAdministration(jan->database())
            .addUser(server.name("anna"), QStringLiteral("begeleider"), QStringLiteral("Noord"));
    INFO(error.toStdString());
    CHECK(error.isEmpty());
    // PostgreSQL 15 lets a role with CREATEROLE grant itself any role: no person has it.
    CHECK(execute(*jan, QStringLiteral("GRANT thuis_eigenaar TO %1").arg(server.name("jan"))).sqlState ==
          QStringLiteral("42501"));
    CHECK(execute(*jan, QStringLiteral("CREATE ROLE %1").arg(server.name("sneaky"))).sqlState ==
          QStringLiteral("42501"));
    CHECK(execute(*jan, QStringLiteral("UPDATE thuis.medewerker SET functie = 'teamleider'")).sqlState ==
          QStringLiteral("42501"));
    // People, not participants: the beheerder reads no personal data of the teams.
    CHECK(execute(*jan, QStringLiteral("SELECT * FROM thuis.deelnemer")).sqlState == QStringLiteral("42501"));
    CHECK(execute(*jan, QStringLiteral("SELECT * FROM thuis.item")).sqlState == QStringLiteral("42501"));
}

TEST_CASE("A password set by the program is a SCRAM verifier the server accepts, and a wrong one is refused",
          "[team]")
{
    TeamServer server;
    server.addUser("pw_kim", "begeleider", "Noord");
    // Members of test_wachtwoord must give a password on the throwaway server (its pg_hba.conf).
    REQUIRE(
        execute(*server.admin,
                QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                               "'test_wachtwoord') THEN CREATE ROLE test_wachtwoord NOLOGIN; END IF; END $$"))
            .ok);
    REQUIRE(
        execute(*server.admin, QStringLiteral("GRANT test_wachtwoord TO %1").arg(server.name("pw_kim"))).ok);
    REQUIRE(TeamAdministration(server.admin->database())
                .setPassword(server.name("pw_kim"), SecretBytes(QByteArray("Kraanvogel zomer fietsbel")))
                .isEmpty());
    CHECK(tryConnect(server.name("pw_kim"), server.database, QByteArray("Kraanvogel zomer fietsbel")).ok());
    CHECK_FALSE(
        tryConnect(server.name("pw_kim"), server.database, QByteArray("kraanvogel zomer fietsbel")).ok());
    QSqlQuery query(server.admin->database());
    REQUIRE(query.exec(
        QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(server.name("pw_kim"))));
    REQUIRE(query.next());
    CHECK(query.value(0).toString().startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
}

TEST_CASE("A removed person cannot log in, and the session they had open is ended", "[team][privacy]")
{
    TeamServer server;
    server.addUser("anna", "begeleider", "Noord");
    const auto anna = server.as("anna");
    REQUIRE(
        registerParticipant(*anna, QStringLiteral("D-1"), QStringLiteral("Noord"), server.name("anna")).ok);
    REQUIRE(TeamAdministration(server.admin->database()).removeUser(server.name("anna")).isEmpty());
    CHECK_FALSE(execute(*anna, QStringLiteral("SELECT * FROM thuis.deelnemer")).ok);
    CHECK_FALSE(tryConnect(server.name("anna"), server.database).ok());
    // Removing twice says so.
    CHECK_FALSE(TeamAdministration(server.admin->database()).removeUser(server.name("anna")).isEmpty());
}
