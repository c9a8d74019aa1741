// Trajectories into and out of the encrypted case file, through the engine's rules.
#include "QtCatch.h"

#include "store/AuditLog.h"
#include "store/EncryptedStore.h"
#include "store/ParticipantRepository.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/EvaluationReport.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

const Actor importer{QStringLiteral("Fictieve Begeleider"), QStringLiteral("persoonlijk begeleider"),
                     QStringLiteral("begeleider")};
const QDate today(2026, 11, 23);
const QDateTime now(today, QTime(9, 30), Qt::UTC);

Trajectory readExample(const char* name)
{
    QFile file(QStringLiteral(THUIS_SOURCE_DIR "/tests/core/trajectories/") + QString::fromUtf8(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<Trajectory> trajectory = Trajectory::fromJson(file.readAll());
    REQUIRE(trajectory.ok());
    return std::move(trajectory).value();
}

std::unique_ptr<EncryptedStore> newStore(const QTemporaryDir& folder)
{
    auto store = EncryptedStore::create(folder.filePath(QStringLiteral("dossiers.thuis")),
                                        SecretBytes(QByteArray("Kraanvogel-Zomer-2026")),
                                        KdfParameters::cheapForTestsOnly());
    REQUIRE(store.ok());
    return std::move(store).value();
}

qint64 count(const QSqlDatabase& database, const QString& table)
{
    QSqlQuery query(database);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QByteArray evaluated(const Trajectory& trajectory)
{
    const RuleProfile profile = RuleProfile::builtIn(trajectory.profileId).value();
    const Result<Evaluation> evaluation = TrajectoryEngine(profile).evaluate(trajectory, today);
    REQUIRE(evaluation.ok());
    return EvaluationReport::toJsonText(evaluation.value());
}

} // namespace

TEST_CASE("An imported trajectory comes back out evaluating exactly as the file did", "[store][trajectory]")
{
    QTemporaryDir folder;
    const auto store = newStore(folder);
    TrajectoryRepository repository(store->database());
    const Trajectory original = readExample("amsterdam-2026-omklap.json");
    REQUIRE(repository.importTrajectory(original, importer, today, now).isEmpty());

    const Result<Trajectory> loaded = repository.load(original.deelnemer.id);
    REQUIRE(loaded.ok());
    CHECK(loaded->events.size() == original.events.size());
    CHECK(loaded->deelnemer.naam == original.deelnemer.naam);
    CHECK(evaluated(loaded.value()) == evaluated(original));

    // Every write has its audit row: the participant and each of the 31 events.
    const AuditLog::Verification audit = AuditLog(store->database()).verify();
    CHECK(audit.intact);
    CHECK(audit.rows == 1 + original.events.size());
}

TEST_CASE("An import that breaks a rule or repeats a participant writes nothing", "[store][trajectory]")
{
    QTemporaryDir folder;
    const auto store = newStore(folder);
    TrajectoryRepository repository(store->database());

    const QString broken = repository.importTrajectory(readExample("bad-order.json"), importer, today, now);
    CHECK(broken.contains(QStringLiteral("Nothing was imported")));
    CHECK(broken.contains(QStringLiteral("event 8 (woonzaken_akkoord, 2026-05-01)")));
    CHECK(count(store->database(), QStringLiteral("participant")) == 0);
    CHECK(count(store->database(), QStringLiteral("audit_log")) == 0);

    const Trajectory example = readExample("amsterdam-2026-omklap.json");
    REQUIRE(repository.importTrajectory(example, importer, today, now).isEmpty());
    const qint64 events = count(store->database(), QStringLiteral("trajectory_event"));
    const QString again = repository.importTrajectory(example, importer, today, now);
    CHECK(again.contains(QStringLiteral("is already in use")));
    CHECK(count(store->database(), QStringLiteral("trajectory_event")) == events);

    // The same number in other capitals is the same person, not a second file (issue 16).
    Trajectory otherCase = example;
    otherCase.deelnemer.id = example.deelnemer.id.toLower();
    REQUIRE(otherCase.deelnemer.id != example.deelnemer.id);
    CHECK(repository.importTrajectory(otherCase, importer, today, now)
              .contains(
                  QStringLiteral("differs from the existing %1 only in capitals").arg(example.deelnemer.id)));
    ParticipantDetails details;
    details.id = otherCase.deelnemer.id;
    details.naam = QStringLiteral("Tweede");
    details.profile = QStringLiteral("amsterdam");
    CHECK(ParticipantRepository(store->database())
              .create(details, importer, now)
              .contains(QStringLiteral("only in capitals")));
    details.id = QStringLiteral("D 7");
    CHECK(ParticipantRepository(store->database())
              .create(details, importer, now)
              .contains(QStringLiteral("U+0020")));
    CHECK(count(store->database(), QStringLiteral("participant")) == 1);
    CHECK(count(store->database(), QStringLiteral("trajectory_event")) == events);
    CHECK(AuditLog(store->database()).verify().intact);
}

TEST_CASE("Loading an unknown participant says so", "[store][trajectory]")
{
    QTemporaryDir folder;
    const auto store = newStore(folder);
    const Result<Trajectory> missing = TrajectoryRepository(store->database()).load(QStringLiteral("D-9999"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errors().first().contains(QStringLiteral("D-9999")));
}
