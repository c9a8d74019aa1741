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

TEST_CASE("Registering a participant is one transaction: a failing write or a refused consent leaves nothing",
          "[store][participant]")
{
    QTemporaryDir folder;
    const auto store = newStore(folder);
    QSqlDatabase database = store->database();
    ParticipantRepository participants(database);

    NewParticipant registration;
    registration.details.id = QStringLiteral("D-0042");
    registration.details.naam = QStringLiteral("Fictieve Deelnemer");
    registration.details.profile = QStringLiteral("amsterdam");
    registration.contacts << ContactPerson{QStringLiteral("woningcorporatie"),
                                           QStringLiteral("Fictieve Corporatie"), QStringLiteral("consulent"),
                                           QString(), QString()};
    registration.consentGiven = QDate(2026, 11, 20);

    // The fault: the contact person's write fails after the participant row was written.
    QSqlQuery fault(database);
    REQUIRE(fault.exec(QStringLiteral("CREATE TEMP TRIGGER contact_write_fails BEFORE INSERT ON contact "
                                      "BEGIN SELECT RAISE(ABORT, 'disk I/O error (injected)'); END")));
    const QString failed = participants.registerNew(registration, importer, today, now);
    CHECK(failed.contains(QStringLiteral("injected")));
    CHECK(failed.contains(QStringLiteral("Nothing was lost")));
    for (const char* table : {"participant", "contact", "trajectory_event", "audit_log"})
        CHECK(count(database, QString::fromLatin1(table)) == 0);
    REQUIRE(fault.exec(QStringLiteral("DROP TRIGGER contact_write_fails")));

    // A consent dated after today is refused by the engine before anything is written.
    NewParticipant early = registration;
    early.consentGiven = today.addDays(1);
    CHECK(participants.registerNew(early, importer, today, now)
              .contains(QStringLiteral("toestemming_gegeven")));
    CHECK(count(database, QStringLiteral("participant")) == 0);

    // Without the fault: participant, contact person and consent, each with its audit row.
    REQUIRE(participants.registerNew(registration, importer, today, now).isEmpty());
    CHECK(count(database, QStringLiteral("participant")) == 1);
    CHECK(count(database, QStringLiteral("contact")) == 1);
    CHECK(count(database, QStringLiteral("trajectory_event")) == 1);
    CHECK(count(database, QStringLiteral("audit_log")) == 3);
    CHECK(AuditLog(database).verify().intact);
    const Result<Trajectory> loaded = TrajectoryRepository(database).load(QStringLiteral("D-0042"));
    REQUIRE(loaded.ok());
    CHECK(loaded->events.first().type == QStringLiteral("toestemming_gegeven"));
}
