#pragma once
// Certificates for the team tests over TLS (issue 18, 19), made with the openssl command as a
// beheerder would: client certificates signed by the throwaway server's test CA
// (<socket folder>/tls), a stranger's CA, and the PKCS#12 bundle the app's Team dialog takes.
#include "QtCatch.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace teamtest {

inline void openssl(const QStringList& arguments)
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
inline ClientCertificate issue(const QTemporaryDir& folder, const QString& commonName,
                               const QString& caFolder, const QString& tag, const QString& keyPassphrase = {})
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
inline QString strangerCa(const QTemporaryDir& folder)
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

// The key and certificate as the PKCS#12 a beheerder hands out, protected by `password`.
inline QString bundle(const QTemporaryDir& folder, const ClientCertificate& made, const QString& tag,
                      const QString& password)
{
    const QString path = folder.filePath(tag + QStringLiteral(".p12"));
    openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), made.key,
             QStringLiteral("-in"), made.certificate, QStringLiteral("-passout"),
             QStringLiteral("pass:") + password, QStringLiteral("-out"), path});
    return path;
}

} // namespace teamtest
