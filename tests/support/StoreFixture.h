#pragma once
// Shared helpers for tests on real encrypted case files (cheap KDF parameters, test-only).
#include "QtCatch.h"

#include "store/EncryptedStore.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/Trajectory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace storefixture {

inline SecretBytes passphrase(const char* text)
{
    return SecretBytes(QByteArray(text));
}

inline const char* const defaultSecret = "Kraanvogel-Zomer-2026";

inline KdfParameters cheap()
{
    return KdfParameters::cheapForTestsOnly();
}

inline Actor tester()
{
    return {QStringLiteral("Test Begeleider"), QStringLiteral("persoonlijk begeleider"),
            QStringLiteral("begeleider")};
}

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
}

inline QByteArray sha256(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline std::unique_ptr<EncryptedStore> create(const QString& path, const char* secret = defaultSecret)
{
    auto store = EncryptedStore::create(path, passphrase(secret), cheap());
    INFO(store.errors().join(u'\n').toStdString());
    REQUIRE(store.ok());
    return std::move(store).value();
}

inline std::unique_ptr<EncryptedStore> open(const QString& path, const char* secret = defaultSecret)
{
    auto store = EncryptedStore::open(path, passphrase(secret), cheap());
    INFO(store.errors().join(u'\n').toStdString());
    REQUIRE(store.ok());
    return std::move(store).value();
}

// A participant with no events yet, so that forms can be made for them.
inline void addParticipant(EncryptedStore& store, const QString& id,
                           const QString& naam = QStringLiteral("Fictief Voorbeeld"))
{
    const QByteArray json =
        QStringLiteral(
            R"({"profile": "amsterdam-2026", "deelnemer": {"id": "%1", "naam": "%2"}, "events": []})")
            .arg(id, naam)
            .toUtf8();
    const Result<Trajectory> trajectory = Trajectory::fromJson(json);
    INFO(trajectory.errors().join(u'\n').toStdString());
    REQUIRE(trajectory.ok());
    const QString error =
        TrajectoryRepository(store.database())
            .importTrajectory(trajectory.value(), tester(), QDate(2026, 11, 23), fixedNow());
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

// Runs an independent tool (sqlite3, sqlcipher, strings) and returns what it printed.
inline QString runTool(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(20000));
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace storefixture
