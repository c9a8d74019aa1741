// The team server over TCP (issue 18): TLS with the team's CA (sslmode=verify-full), a client
// certificate whose CN is the user (pg_hba clientcert=verify-full) and the password (SCRAM), as
// docs/team-server.md sets up a real server. The throwaway server listens on 127.0.0.1 with TLS
// only; its test CA is in <socket folder>/tls. Anything less is refused, in Dutch words.
#include "QtCatch.h"
#include "StoreFixture.h"
#include "TeamTestServer.h"

#include "team/TeamLink.h"
#include "team/TeamSync.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace teamtest;

namespace {

const QByteArray password = "lantaarn-fietsbel-42";

void openssl(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAll().toStdString());
    REQUIRE(process.exitCode() == 0);
}

struct ClientCertificate
{
    QString certificate;
    QString key;
};

// A key and a certificate with CN `commonName`, signed by the CA at `caFolder`/ca.{crt,key}; the
// key encrypted with `keyPassphrase` when one is given.
ClientCertificate issue(const QTemporaryDir& folder, const QString& commonName, const QString& caFolder,
                        const QString& tag, const QString& keyPassphrase = {})
{
    const ClientCertificate made{folder.filePath(tag + QStringLiteral(".crt")),
                                 folder.filePath(tag + QStringLiteral(".key"))};
    const QString request = folder.filePath(tag + QStringLiteral(".csr"));
    const QStringList keyProtection =
        keyPassphrase.isEmpty()
            ? QStringList{QStringLiteral("-nodes")}
            : QStringList{QStringLiteral("-passout"), QStringLiteral("pass:") + keyPassphrase};
    openssl(QStringList{QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048")} +
            keyProtection +
            QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
                        QStringLiteral("-keyout"), made.key, QStringLiteral("-out"), request});
    openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
             QStringLiteral("-CA"), caFolder + QStringLiteral("/ca.crt"), QStringLiteral("-CAkey"),
             caFolder + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
             QStringLiteral("1"), QStringLiteral("-out"), made.certificate});
    // libpq refuses a key others may read.
    REQUIRE(QFile::setPermissions(made.key, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    return made;
}

// Another CA altogether, as a stranger would bring.
QString strangerCa(const QTemporaryDir& folder)
{
    const QString ca = folder.filePath(QStringLiteral("stranger"));
    REQUIRE(QDir().mkpath(ca));
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
             QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=Vreemde CA"),
             QStringLiteral("-keyout"), ca + QStringLiteral("/ca.key"), QStringLiteral("-out"),
             ca + QStringLiteral("/ca.crt")});
    return ca;
}

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
