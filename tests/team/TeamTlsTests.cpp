// The team server over TCP (issue 18): TLS with the team's CA (sslmode=verify-full), a client
// certificate whose CN is the user (pg_hba clientcert=verify-full) and the password (SCRAM), as
// docs/team-server.md sets up a real server. The throwaway server listens on 127.0.0.1 with TLS
// only; its test CA is in <socket folder>/tls. Anything less is refused, in Dutch words.
#include "QtCatch.h"
#include "StoreFixture.h"
#include "TeamCertificates.h"
#include "TeamTestServer.h"

#include "team/ServerProbe.h"
#include "team/TeamCredentials.h"
#include "team/TeamJoin.h"
#include "team/TeamLink.h"
#include "team/TeamSync.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace teamtest;

namespace {

const QByteArray password = "lantaarn-fietsbel-42";

TeamServerAddress overTls(const TeamServer& server, const char* user, const ClientCertificate* certificate)
{
    TeamServerAddress address;
    address.host = QStringLiteral("127.0.0.1");
    address.port = serverPort();
    address.database = server.database;
    address.user = server.name(user);
    address.tls.insert(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    address.tls.insert(QStringLiteral("sslrootcert"), socketFolder() + QStringLiteral("/tls/ca.crt"));
    if (certificate) {
        address.tls.insert(QStringLiteral("sslcert"), certificate->certificate);
        address.tls.insert(QStringLiteral("sslkey"), certificate->key);
    }
    return address;
}

QString refusal(const TeamServerAddress& address, const QByteArray& secret)
{
    const Result<std::unique_ptr<TeamConnection>> connection =
        TeamConnection::open(address, SecretBytes(secret));
    REQUIRE_FALSE(connection.ok());
    return connection.errors().join(u' ');
}

} // namespace

TEST_CASE("Over TCP the team server takes TLS with the user's own certificate and password, and nothing less",
          "[team][tls]")
{
    TeamServer server;
    server.addUser("anna", "begeleider", "noord");
    server.addUser("bert", "begeleider", "noord");
    REQUIRE(TeamAdministration(server.admin->database())
                .setPassword(server.name("anna"), SecretBytes(QByteArray(password)))
                .isEmpty());
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString teamCa = socketFolder() + QStringLiteral("/tls");
    const ClientCertificate anna = issue(folder, server.name("anna"), teamCa, QStringLiteral("anna"));

    SECTION("the right certificate and password: in, over TLS")
    {
        const Result<std::unique_ptr<TeamConnection>> connection =
            TeamConnection::open(overTls(server, "anna", &anna), SecretBytes(QByteArray(password)));
        INFO(connection.errors().join(u' ').toStdString());
        REQUIRE(connection.ok());
        QSqlQuery query(connection.value()->database());
        REQUIRE(query.exec(QStringLiteral("SELECT ssl, current_user FROM pg_stat_ssl JOIN pg_stat_activity "
                                          "USING (pid) WHERE pid = pg_backend_pid()")));
        REQUIRE(query.next());
        CHECK(query.value(0).toBool());
        CHECK(query.value(1).toString() == server.name("anna"));
    }
    SECTION("no client certificate: refused")
    {
        CHECK(refusal(overTls(server, "anna", nullptr), password).contains(QStringLiteral("certificate")));
    }
    SECTION("a certificate of another CA: refused")
    {
        const ClientCertificate forged =
            issue(folder, server.name("anna"), strangerCa(folder), QStringLiteral("vals"));
        CHECK_FALSE(refusal(overTls(server, "anna", &forged), password).isEmpty());
    }
    SECTION("a colleague's certificate: refused")
    {
        const ClientCertificate bert = issue(folder, server.name("bert"), teamCa, QStringLiteral("bert"));
        const QString why = refusal(overTls(server, "anna", &bert), password);
        INFO(why.toStdString());
        // PostgreSQL says no more than that authentication failed: it tells a stranger nothing.
        CHECK(why.contains(QStringLiteral("authentication failed")));
    }
    SECTION("the right certificate, a wrong password: refused")
    {
        CHECK(refusal(overTls(server, "anna", &anna), "verkeerd").contains(QStringLiteral("password")));
    }
    SECTION("a certificate revoked (a lost laptop): refused from the next connection on, another one not")
    {
        const ClientCertificate lost = issue(folder, server.name("anna"), teamCa, QStringLiteral("verloren"));
        REQUIRE(TeamConnection::open(overTls(server, "anna", &lost), SecretBytes(QByteArray(password))).ok());
        // What the beheerder does (docs/team-server.md, section 5): revoke, publish the list, reload.
        const QStringList signer{QStringLiteral("-config"),  teamCa + QStringLiteral("/ca.cnf"),
                                 QStringLiteral("-keyfile"), teamCa + QStringLiteral("/ca.key"),
                                 QStringLiteral("-cert"),    teamCa + QStringLiteral("/ca.crt")};
        openssl(QStringList{QStringLiteral("ca"), QStringLiteral("-revoke"), lost.certificate} + signer);
        openssl(QStringList{QStringLiteral("ca"), QStringLiteral("-gencrl"), QStringLiteral("-out"),
                            teamCa + QStringLiteral("/crl.pem")} +
                signer);
        QSqlQuery reload(server.admin->database());
        REQUIRE(reload.exec(QStringLiteral("SELECT pg_reload_conf()")));
        // The server reloads in its own time: waited for, at most 10 s.
        QString why;
        const bool refused = QTest::qWaitFor(
            [&] {
                const Result<std::unique_ptr<TeamConnection>> connection =
                    TeamConnection::open(overTls(server, "anna", &lost), SecretBytes(QByteArray(password)));
                why = connection.errors().join(u' ');
                return !connection.ok();
            },
            10'000);
        INFO(why.toStdString());
        REQUIRE(refused);
        CHECK(why.contains(QStringLiteral("revoked")));
        // Her new laptop's certificate still gets in.
        CHECK(TeamConnection::open(overTls(server, "anna", &anna), SecretBytes(QByteArray(password))).ok());
    }
    SECTION("without TLS: refused")
    {
        TeamServerAddress plain = overTls(server, "anna", &anna);
        plain.tls.insert(QStringLiteral("sslmode"), QStringLiteral("disable"));
        CHECK_FALSE(refusal(plain, password).isEmpty());
    }
    SECTION("an encrypted key with a wrong passphrase: refused")
    {
        const ClientCertificate locked = issue(folder, server.name("anna"), teamCa, QStringLiteral("locked"),
                                               QStringLiteral("sleutel-zin"));
        const Result<std::unique_ptr<TeamConnection>> connection =
            TeamConnection::open(overTls(server, "anna", &locked), SecretBytes(QByteArray(password)),
                                 SecretBytes(QByteArray("fout")));
        REQUIRE_FALSE(connection.ok());
        INFO(connection.errors().join(u' ').toStdString());
        CHECK(connection.errors().join(u' ').contains(QStringLiteral("private key")));
    }
    SECTION("a case file joins and syncs over TLS, the password and the key's passphrase kept inside it")
    {
        const ClientCertificate locked = issue(folder, server.name("anna"), teamCa, QStringLiteral("locked"),
                                               QStringLiteral("sleutel-zin"));
        QTemporaryDir laptop;
        auto store = storefixture::create(laptop.filePath(QStringLiteral("dossier.thuis")));
        storefixture::addParticipant(*store, QStringLiteral("TW-9"));
        const TeamServerAddress address = overTls(server, "anna", &locked);
        REQUIRE(TeamLink::join(store->database(), address, SecretBytes(QByteArray(password)),
                               SecretBytes(QByteArray("sleutel-zin")), QStringLiteral("noord"),
                               storefixture::tester(), storefixture::fixedNow())
                    .isEmpty());
        const Result<std::optional<TeamLink::Details>> link = TeamLink::read(store->database());
        REQUIRE(link.ok());
        REQUIRE(link.value());
        CHECK(link.value()->address.tls.value(QStringLiteral("sslkey")) == locked.key);
        const Result<SecretBytes> kept = TeamLink::password(store->database());
        const Result<SecretBytes> keyKept = TeamLink::keyPassphrase(store->database());
        REQUIRE(kept.ok());
        REQUIRE(keyKept.ok());
        const Result<std::unique_ptr<TeamConnection>> connection =
            TeamConnection::open(link.value()->address, kept.value(), keyKept.value());
        INFO(connection.errors().join(u' ').toStdString());
        REQUIRE(connection.ok());
        ManualClock clock(storefixture::fixedNow());
        const Result<TeamSync::Report> report =
            TeamSync(store->database(), connection.value()->database(), clock).run();
        INFO(report.errors().join(u' ').toStdString());
        REQUIRE(report.ok());
        CHECK(report->sent == 1);
    }
}

TEST_CASE("Joining with a personal certificate (PKCS#12): made usable for libpq as the user's alone, and "
          "each refusal named before anything is saved",
          "[team][tls][join]")
{
    TeamServer server;
    server.addUser("anna", "begeleider", "noord");
    server.addUser("bert", "begeleider", "noord");
    for (const char* user : {"anna", "bert"})
        REQUIRE(TeamAdministration(server.admin->database())
                    .setPassword(server.name(user), SecretBytes(QByteArray(password)))
                    .isEmpty());
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString teamCa = socketFolder() + QStringLiteral("/tls");
    const QString annasBundle =
        bundle(folder, issue(folder, server.name("anna"), teamCa, QStringLiteral("anna")),
               QStringLiteral("anna"), QStringLiteral("p12-geheim"));
    const QString caseFile = folder.filePath(QStringLiteral("dossier.thuis"));
    // The certificates are made as the test goes, valid from that second for a day.
    const auto install = [&](const QString& pkcs12, const char* pkcs12Password,
                             const QString& authority = socketFolder() + QStringLiteral("/tls/ca.crt")) {
        return TeamCredentials::install(caseFile, authority, pkcs12, SecretBytes(QByteArray(pkcs12Password)),
                                        QDateTime::currentDateTimeUtc());
    };
    const auto addressFor = [&](const TeamCredentials::Installed& installed, int port = serverPort()) {
        TeamServerAddress address;
        address.host = QStringLiteral("127.0.0.1");
        address.port = port;
        address.database = server.database;
        address.user = installed.commonName;
        address.tls = {{QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                       {QStringLiteral("sslrootcert"), installed.authority},
                       {QStringLiteral("sslcert"), installed.certificate},
                       {QStringLiteral("sslkey"), installed.key}};
        return address;
    };

    SECTION("installed beside the case file, the key encrypted, the folder and files the user's alone")
    {
        const Result<TeamCredentials::Installed> installed = install(annasBundle, "p12-geheim");
        INFO(installed.errors().join(u' ').toStdString());
        REQUIRE(installed.ok());
        CHECK(installed->commonName == server.name("anna"));
        CHECK(QFileInfo(installed->folder).absolutePath() == QFileInfo(caseFile).absolutePath());
        CHECK(QFile::permissions(installed->folder) ==
              (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
               QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
        for (const QString& file : {installed->authority, installed->certificate, installed->key})
            CHECK(QFile::permissions(file) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser));
        QFile key(installed->key);
        REQUIRE(key.open(QIODevice::ReadOnly));
        CHECK(key.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        CHECK(TeamCredentials::folderOf(caseFile, installed->key) == installed->folder);

        const TeamJoin::Outcome outcome = TeamJoin::test(
            addressFor(installed.value()), SecretBytes(QByteArray(password)), installed->keyPassphrase);
        INFO(outcome.message.toStdString());
        CHECK(outcome.problem == TeamJoin::Problem::None);
        CHECK(outcome.team == u"noord");
        // Without the passphrase kept in the case file, the key on disk opens nothing.
        CHECK(TeamJoin::test(addressFor(installed.value()), SecretBytes(QByteArray(password)), SecretBytes())
                  .problem == TeamJoin::Problem::CertificateRefused);
        REQUIRE(TeamCredentials::remove(caseFile, installed->folder));
        CHECK_FALSE(QFileInfo::exists(installed->folder));
        // remove() touches only a folder it made.
        CHECK_FALSE(TeamCredentials::remove(caseFile, folder.path()));
        CHECK(QFileInfo::exists(annasBundle));
    }
    SECTION("the PKCS#12's password wrong, or no PKCS#12 at all: refused, nothing written")
    {
        const Result<TeamCredentials::Installed> wrong = install(annasBundle, "fout");
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.errors().join(u' ').contains(QStringLiteral("password of the personal certificate")));
        const Result<TeamCredentials::Installed> notABundle =
            install(socketFolder() + QStringLiteral("/tls/ca.crt"), "p12-geheim");
        REQUIRE_FALSE(notABundle.ok());
        CHECK(notABundle.errors().join(u' ').contains(QStringLiteral("not a personal certificate")));
        const Result<TeamCredentials::Installed> notACa = install(annasBundle, "p12-geheim", annasBundle);
        REQUIRE_FALSE(notACa.ok());
        CHECK(notACa.errors().join(u' ').contains(QStringLiteral("not a certificate")));
        CHECK(QDir(folder.path())
                  .entryList({QStringLiteral("dossier.thuis.team-*")}, QDir::AllEntries)
                  .isEmpty());
    }
    SECTION("a certificate not valid at this moment: refused")
    {
        const Result<TeamCredentials::Installed> later = TeamCredentials::install(
            caseFile, socketFolder() + QStringLiteral("/tls/ca.crt"), annasBundle,
            SecretBytes(QByteArray("p12-geheim")), QDateTime::currentDateTimeUtc().addDays(3));
        REQUIRE_FALSE(later.ok());
        CHECK(later.errors().join(u' ').contains(QStringLiteral("not valid now")));
    }
    SECTION("each refusal named: unreachable, the server's certificate of another CA, a wrong password, a "
            "colleague's certificate, a person removed")
    {
        const Result<TeamCredentials::Installed> anna = install(annasBundle, "p12-geheim");
        REQUIRE(anna.ok());
        const SecretBytes right(password);
        const auto problem = [&](const TeamServerAddress& address, const QByteArray& secret,
                                 const SecretBytes& keyPassphrase) {
            const TeamJoin::Outcome outcome = TeamJoin::test(address, SecretBytes(secret), keyPassphrase);
            INFO(outcome.message.toStdString());
            CHECK_FALSE(outcome.message.isEmpty());
            return outcome.problem;
        };
        // A port where nothing listens (the server's own port is taken, one below it most likely
        // not: probed, so the test says so when it is).
        const int closedPort = serverPort() - 1;
        REQUIRE_FALSE(ServerProbe::listening(QStringLiteral("127.0.0.1"), closedPort));
        CHECK(problem(addressFor(anna.value(), closedPort), password, anna->keyPassphrase) ==
              TeamJoin::Problem::Unreachable);
        CHECK(problem(addressFor(anna.value()), "verkeerd", anna->keyPassphrase) ==
              TeamJoin::Problem::WrongPassword);

        const Result<TeamCredentials::Installed> stranger =
            install(annasBundle, "p12-geheim", strangerCa(folder) + QStringLiteral("/ca.crt"));
        REQUIRE(stranger.ok());
        CHECK(problem(addressFor(stranger.value()), password, stranger->keyPassphrase) ==
              TeamJoin::Problem::CertificateRefused);

        const Result<TeamCredentials::Installed> bert =
            install(bundle(folder, issue(folder, server.name("bert"), teamCa, QStringLiteral("bert")),
                           QStringLiteral("bert"), QStringLiteral("p12-geheim")),
                    "p12-geheim");
        REQUIRE(bert.ok());
        TeamServerAddress bertAsAnna = addressFor(bert.value());
        bertAsAnna.user = server.name("anna");
        // PostgreSQL tells a colleague's certificate from a wrong password to nobody (the same
        // "password authentication failed"); the Team dialog compares the name in the certificate
        // with the user name before it connects.
        CHECK(problem(bertAsAnna, password, bert->keyPassphrase) == TeamJoin::Problem::WrongPassword);

        REQUIRE(TeamAdministration(server.admin->database()).removeUser(server.name("bert")).isEmpty());
        CHECK(problem(addressFor(bert.value()), password, bert->keyPassphrase) ==
              TeamJoin::Problem::NoPermission);
    }
}
