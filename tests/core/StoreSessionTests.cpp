// The case file through its life in the app: open, lock, unlock, backups by the clock.
#include "StoreFixture.h"

#include "store/StoreSession.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace storefixture;

TEST_CASE("Lock closes the database and forgets the key, unlock needs the passphrase again",
          "[store][session]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    ManualClock clock(fixedNow());
    StoreSession session(clock, cheap());
    QSignalSpy states(&session, &StoreSession::stateChanged);
    REQUIRE(session.create(path, passphrase(defaultSecret)).ok);
    CHECK(session.state() == StoreSession::State::Unlocked);
    addParticipant(*session.store(), QStringLiteral("D-0001"));

    session.lock();
    CHECK(session.state() == StoreSession::State::Locked);
    CHECK(session.store() == nullptr);
    CHECK_FALSE(session.database().isOpen());
    CHECK(session.path() == path);

    const StoreSession::Outcome wrong = session.unlock(passphrase("Een-Andere-Zin-2026"));
    CHECK_FALSE(wrong.ok);
    CHECK(wrong.problem == OpenProblem::WrongPassphrase);
    CHECK(session.state() == StoreSession::State::Locked);

    REQUIRE(session.unlock(passphrase(defaultSecret)).ok);
    CHECK(session.state() == StoreSession::State::Unlocked);
    CHECK(TrajectoryRepository(session.database()).load(QStringLiteral("D-0001")).ok());
    CHECK(states.size() == 3); // unlocked, locked, unlocked
}

TEST_CASE("A backup at every open, then one each time the interval has passed", "[store][session][backup]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    ManualClock clock(fixedNow());
    StoreSession session(clock, cheap());
    session.setBackupIntervalHours(4);
    REQUIRE(session.create(path, passphrase(defaultSecret)).ok);
    const StoreBackups backups(path);
    CHECK(backups.list().size() == 1);

    clock.advance(4 * 3600 - 60);
    CHECK(session.backupIfDue().isEmpty());
    CHECK(backups.list().size() == 1);
    clock.advance(60);
    CHECK(session.backupIfDue().isEmpty());
    CHECK(backups.list().size() == 2);

    session.lock();
    clock.advance(10 * 3600);
    CHECK(session.backupIfDue().isEmpty()); // locked: nothing to back up with
    CHECK(backups.list().size() == 2);
    QSignalSpy ended(&session, &StoreSession::openingBackupEnded);
    REQUIRE(session.unlock(passphrase(defaultSecret)).ok);
    // The opening's backup runs on a thread of its own and reports its end on the session's.
    CHECK(session.openingBackupRunning());
    REQUIRE(ended.wait(20000));
    REQUIRE(ended.size() == 1);
    CHECK(ended.first().at(0).toString() == path);
    CHECK(ended.first().at(1).toString().isEmpty());
    CHECK_FALSE(ended.first().at(2).toBool());
    CHECK_FALSE(session.openingBackupRunning());
    CHECK(backups.list().size() == 3);
    REQUIRE(session.lastBackup().has_value());
    CHECK(*session.lastBackup() == clock.now());

    // A wait takes the end itself, and nothing is said after it.
    session.lock();
    REQUIRE(session.unlock(passphrase(defaultSecret)).ok);
    const std::optional<StoreSession::OpeningBackupEnd> end = session.waitForOpeningBackup();
    REQUIRE(end.has_value());
    CHECK_FALSE(end->damaged);
    CHECK(end->message.isEmpty());
    CHECK(backups.list().size() == 4);
    QCoreApplication::processEvents();
    CHECK(ended.size() == 1);
    CHECK_FALSE(session.waitForOpeningBackup().has_value());
}

TEST_CASE("The opening's backup reads one snapshot while the file is written: a write transaction "
          "open all through it is not in the copy, and is kept",
          "[store][session][backup]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    ManualClock clock(fixedNow());
    {
        StoreSession session(clock, cheap());
        REQUIRE(session.create(path, passphrase(defaultSecret)).ok);
        for (int i = 1; i <= 200; ++i)
            addParticipant(*session.store(), QStringLiteral("D-%1").arg(i, 4, 10, QLatin1Char('0')));
    }
    clock.advance(3600);
    StoreSession session(clock, cheap());
    REQUIRE(session.open(path, passphrase(defaultSecret)).ok);
    CHECK(session.state() == StoreSession::State::Unlocked);
    // Written inside a transaction that stays open until the backup has ended: the backup must
    // neither wait for it nor copy it.
    QSqlDatabase database = session.database();
    REQUIRE(database.transaction());
    QSqlQuery insert(database);
    REQUIRE(
        insert.prepare(QStringLiteral("INSERT INTO participant (id, naam, profile, created_at) VALUES (?, "
                                      "'Fictief', 'amsterdam-2026', '2026-11-23T09:00:00Z')")));
    for (int i = 201; i <= 220; ++i) {
        insert.bindValue(0, QStringLiteral("D-%1").arg(i, 4, 10, QLatin1Char('0')));
        REQUIRE(insert.exec());
    }
    const std::optional<StoreSession::OpeningBackupEnd> end = session.waitForOpeningBackup();
    REQUIRE(end.has_value());
    INFO(end->message.toStdString());
    CHECK_FALSE(end->damaged);
    CHECK(end->message.isEmpty());
    REQUIRE(database.commit());

    const StoreBackups backups(path);
    REQUIRE(backups.list().size() == 2);
    auto copy = EncryptedStore::open(backups.latest()->path, passphrase(defaultSecret), cheap());
    REQUIRE(copy.ok());
    CHECK(copy.value()->damage().isEmpty());
    QSqlQuery counted(copy.value()->database());
    REQUIRE(counted.exec(QStringLiteral("SELECT count(*) FROM participant")));
    REQUIRE(counted.next());
    CHECK(counted.value(0).toInt() == 200);
    counted.finish();
    copy = Result<std::unique_ptr<EncryptedStore>>::failure(QString());

    session.lock();
    REQUIRE(session.unlock(passphrase(defaultSecret)).ok);
    QSqlQuery kept(session.database());
    REQUIRE(kept.exec(QStringLiteral("SELECT count(*) FROM participant")));
    REQUIRE(kept.next());
    CHECK(kept.value(0).toInt() == 220);
}

TEST_CASE("Changing the passphrase asks for the current one, then backs up under the new one",
          "[store][session]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    ManualClock clock(fixedNow());
    StoreSession session(clock, cheap());
    REQUIRE(session.create(path, passphrase(defaultSecret)).ok);

    const StoreSession::Outcome refused =
        session.changePassphrase(passphrase("Raden-Lukt-Niet-2026"), passphrase("Nieuwe-Zin-Voor-December"));
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.contains(QStringLiteral("Nothing was changed")));

    clock.advance(60);
    REQUIRE(session.changePassphrase(passphrase(defaultSecret), passphrase("Nieuwe-Zin-Voor-December")).ok);
    const StoreBackups backups(path);
    REQUIRE(backups.list().size() == 2);
    CHECK(EncryptedStore::open(backups.list().first().path, passphrase("Nieuwe-Zin-Voor-December"), cheap())
              .ok());
    CHECK(EncryptedStore::open(backups.list().last().path, passphrase(defaultSecret), cheap()).ok());
}

TEST_CASE("Restoring through the session reopens the restored file", "[store][session][backup]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    ManualClock clock(fixedNow());
    StoreSession session(clock, cheap());
    REQUIRE(session.create(path, passphrase(defaultSecret)).ok); // backup without participants
    addParticipant(*session.store(), QStringLiteral("D-0001"));
    clock.advance(60);

    const StoreSession::Outcome restored =
        session.restore(path, StoreBackups(path).latest().value(), passphrase(defaultSecret));
    INFO(restored.message.toStdString());
    REQUIRE(restored.ok);
    CHECK(restored.message.contains(QStringLiteral("voor-herstel")));
    CHECK(session.state() == StoreSession::State::Unlocked);
    CHECK_FALSE(TrajectoryRepository(session.database()).load(QStringLiteral("D-0001")).ok());
}
