// The case file through its life in the app: open, lock, unlock, backups by the clock.
#include "StoreFixture.h"

#include "store/StoreSession.h"

#include <QSignalSpy>

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
    REQUIRE(session.unlock(passphrase(defaultSecret)).ok);
    CHECK(backups.list().size() == 3);
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
