// Backups, restore, damaged files, a new passphrase, unwritable places: nothing is ever lost.
#include "StoreFixture.h"

#include "store/AuditLog.h"
#include "store/FormAnswerRepository.h"
#include "store/StoreBackups.h"
#include "store/StoreFormat.h"
#include "store/StoreSession.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace storefixture;

namespace {

// A case file with one form and one answer, so that a restore can be told apart by its answer.
qint64 formWithAnswer(EncryptedStore& store, const QString& answer)
{
    addParticipant(store, QStringLiteral("D-0001"));
    FormAnswerRepository answers(store.database());
    const qint64 form = answers
                            .createForm(QStringLiteral("D-0001"), QStringLiteral("supplement-wonen"),
                                        QStringLiteral("amsterdam-2026"), tester(), fixedNow())
                            .value();
    REQUIRE(answers.saveAnswer(form, QStringLiteral("toelichting"), answer, tester(), fixedNow()).isEmpty());
    return form;
}

QString answerIn(EncryptedStore& store, qint64 form)
{
    const auto answers = FormAnswerRepository(store.database()).answers(form);
    REQUIRE(answers.ok());
    return answers->value(QStringLiteral("toelichting")).value_or(QString());
}

void overwrite(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A participant with a form of 200 long answers: a file of many pages, to damage or cut off.
void fillWithAnswers(EncryptedStore& store)
{
    FormAnswerRepository answers(store.database());
    addParticipant(store, QStringLiteral("D-0001"));
    const qint64 form = answers
                            .createForm(QStringLiteral("D-0001"), QStringLiteral("f"), QStringLiteral("e"),
                                        tester(), fixedNow())
                            .value();
    for (int i = 0; i < 200; ++i)
        REQUIRE(
            answers
                .saveAnswer(form, QStringLiteral("veld-%1").arg(i), QString(300, u'a'), tester(), fixedNow())
                .isEmpty());
}

void truncateTo(const QString& path, qint64 size)
{
    QFile file(path);
    REQUIRE(file.resize(size));
}

} // namespace

TEST_CASE("A backup opens with the same passphrase, and restoring it brings back its contents",
          "[store][backup]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    const StoreBackups backups(path);
    qint64 form = 0;
    QString keptAt;
    {
        auto store = create(path);
        form = formWithAnswer(*store, QStringLiteral("de versie van de back-up"));
        const auto backup = backups.make(*store, fixedNow());
        INFO(backup.errors().join(u'\n').toStdString());
        REQUIRE(backup.ok());
        CHECK(QFileInfo(backup->path).dir().dirName() == QStringLiteral("backups"));
        CHECK(QFileInfo(backup->path).fileName().startsWith(QStringLiteral("dossiers-")));
        REQUIRE(FormAnswerRepository(store->database())
                    .saveAnswer(form, QStringLiteral("toelichting"), QStringLiteral("later veranderd"),
                                tester(), fixedNow())
                    .isEmpty());
        // The backup is a case file in its own right.
        auto copy = open(backup->path);
        CHECK(answerIn(*copy, form) == QStringLiteral("de versie van de back-up"));
    } // closed: a restore replaces a closed file

    const auto restored =
        backups.restore(backups.latest().value(), passphrase(defaultSecret), cheap(), fixedNow().addSecs(60));
    INFO(restored.errors().join(u'\n').toStdString());
    REQUIRE(restored.ok());
    keptAt = restored.value();
    auto store = open(path);
    CHECK(answerIn(*store, form) == QStringLiteral("de versie van de back-up"));
    CHECK(AuditLog(store->database()).verify().intact);
    // What was replaced is kept, outside the ten automatic backups.
    auto replaced = open(keptAt);
    CHECK(answerIn(*replaced, form) == QStringLiteral("later veranderd"));
    CHECK(backups.list().size() == 1);
}

TEST_CASE("The newest ten backups are kept, newest first", "[store][backup]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    auto store = create(path);
    const StoreBackups backups(path);
    for (int hour = 0; hour < 12; ++hour)
        REQUIRE(backups.make(*store, fixedNow().addSecs(hour * 3600)).ok());
    const auto list = backups.list();
    REQUIRE(list.size() == StoreBackups::kept);
    CHECK(list.first().madeAt == fixedNow().addSecs(11 * 3600).toLocalTime());
    CHECK(list.last().madeAt == fixedNow().addSecs(2 * 3600).toLocalTime());
    CHECK(QDir(backups.folder()).entryList(QDir::Files).size() == StoreBackups::kept);
    // Two in the same second get their own names.
    REQUIRE(backups.make(*store, fixedNow().addSecs(11 * 3600)).ok());
    CHECK(backups.list().size() == StoreBackups::kept);
}

TEST_CASE("A backup is due at open and then every N hours", "[store][backup]")
{
    CHECK(StoreBackups::due(std::nullopt, fixedNow(), 4));
    CHECK_FALSE(StoreBackups::due(fixedNow(), fixedNow().addSecs(4 * 3600 - 1), 4));
    CHECK(StoreBackups::due(fixedNow(), fixedNow().addSecs(4 * 3600), 4));
}

TEST_CASE("A backup into an unwritable place fails with a message, and the store is untouched",
          "[store][backup][diskfull]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    auto store = create(path);
    // A file where the backups folder should be: the folder cannot be made (this works even
    // for root, who ignores permissions).
    QFile blocker(folder.filePath(QStringLiteral("backups")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto backup = StoreBackups(path).make(*store, fixedNow());
    REQUIRE_FALSE(backup.ok());
    CHECK(backup.errors().first().contains(QStringLiteral("Nothing was lost")));
    CHECK(store->damage().isEmpty());
}

TEST_CASE("Damage is told apart from a wrong passphrase when a backup exists", "[store][damage]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    {
        auto store = create(path);
        formWithAnswer(*store, QStringLiteral("iets"));
        REQUIRE(StoreBackups(path).make(*store, fixedNow()).ok());
    }
    overwrite(path, 100, QByteArray(64, '\x5a')); // inside page 1, after the salt
    const QByteArray before = sha256(path);

    OpenProblem problem = OpenProblem::None;
    const auto damaged = EncryptedStore::open(path, passphrase(defaultSecret), cheap(), &problem);
    REQUIRE_FALSE(damaged.ok());
    CHECK(problem == OpenProblem::Damaged);
    CHECK(damaged.errors().first().contains(QStringLiteral("is damaged")));
    CHECK(damaged.errors().first().contains(
        fixedNow().toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"))));

    const auto wrong = EncryptedStore::open(path, passphrase("Een-Andere-Zin-2026"), cheap(), &problem);
    REQUIRE_FALSE(wrong.ok());
    CHECK(problem == OpenProblem::WrongPassphrase);
    CHECK(sha256(path) == before);

    // The offered way out: restore the latest backup.
    const StoreBackups backups(path);
    REQUIRE(backups.restore(backups.latest().value(), passphrase(defaultSecret), cheap(), fixedNow()).ok());
    CHECK(open(path)->damage().isEmpty());
}

TEST_CASE(
    "A page damaged inside a cleanly closed file: the opening's backup finds it, the older backups stay",
    "[store][damage]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    ManualClock clock(fixedNow());
    {
        StoreSession session(clock, cheap());
        REQUIRE(session.create(path, passphrase(defaultSecret)).ok);
        fillWithAnswers(*session.store());
    }
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal"))); // closed cleanly
    const qint64 pageSize = StoreFormat::cipherPageSize(StoreFormat::current);
    const qint64 pages = QFileInfo(path).size() / pageSize;
    REQUIRE(pages > 20);
    // In a page of the answers, well past page 1 and the schema: not read by a quick opening.
    overwrite(path, (pages / 2) * pageSize + 200, QByteArray(64, '\x5a'));
    QByteArray before = sha256(path);
    const QStringList backupsBefore = QDir(StoreBackups(path).folder()).entryList(QDir::Files);
    REQUIRE(backupsBefore.size() == 1); // the one made when it was created

    SECTION("the store alone opens it quickly, without reading that page")
    {
        auto store = EncryptedStore::open(path, passphrase(defaultSecret), cheap());
        REQUIRE(store.ok());
        CHECK_FALSE(store.value()->checkedFully());
        CHECK_FALSE(store.value()->damage().isEmpty()); // a full check would have seen it
    }
    SECTION("the app's session opens it, then its backup reports it damaged; no backup is made and "
            "none removed")
    {
        clock.advance(3600);
        StoreSession session(clock, cheap());
        QSignalSpy ended(&session, &StoreSession::openingBackupEnded);
        REQUIRE(session.open(path, passphrase(defaultSecret)).ok);
        REQUIRE(ended.wait(20000));
        REQUIRE(ended.size() == 1);
        CHECK(ended.first().at(0).toString() == path);
        CHECK(ended.first().at(1).toString().contains(QStringLiteral("is damaged")));
        CHECK(ended.first().at(1).toString().contains(QStringLiteral("not repaired")));
        CHECK(ended.first().at(2).toBool());
        CHECK_FALSE(session.lastBackup().has_value());
        CHECK(QDir(StoreBackups(path).folder()).entryList(QDir::Files) == backupsBefore);
        session.close();               // what the app does when it is told
        CHECK(sha256(path) == before); // nothing was written in between
    }
    SECTION("locked while its backup runs: the lock goes on, the unlock's backup reports the damage")
    {
        clock.advance(3600);
        StoreSession session(clock, cheap());
        QSignalSpy ended(&session, &StoreSession::openingBackupEnded);
        REQUIRE(session.open(path, passphrase(defaultSecret)).ok);
        session.lock();
        CHECK(session.state() == StoreSession::State::Locked);
        CHECK(ended.isEmpty());
        REQUIRE(session.unlock(passphrase(defaultSecret)).ok);
        REQUIRE(ended.wait(20000));
        CHECK(ended.first().at(2).toBool());
        // A change of passphrase is refused on a damaged file, before anything is copied.
        session.lock();
        REQUIRE(session.unlock(passphrase(defaultSecret)).ok);
        const StoreSession::Outcome changed =
            session.changePassphrase(passphrase(defaultSecret), passphrase("Nieuwe-Zin-Voor-December"));
        CHECK_FALSE(changed.ok);
        CHECK(changed.problem == OpenProblem::Damaged);
        CHECK(QDir(StoreBackups(path).folder()).entryList(QDir::Files) == backupsBefore);
    }
    SECTION("a file of an older schema: every page is checked before the migration writes to it")
    {
        {
            auto store = EncryptedStore::open(path, passphrase(defaultSecret), cheap());
            REQUIRE(store.ok());
            QSqlQuery query(store.value()->database()); // back to schema 10, as the last version left it
            REQUIRE(query.exec(QStringLiteral(
                "CREATE TRIGGER caseload_summary_after_event AFTER INSERT ON trajectory_event BEGIN DELETE "
                "FROM caseload_summary WHERE participant_id = NEW.participant_id; END")));
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 10")));
        }
        before = sha256(path);
        OpenProblem problem = OpenProblem::None;
        const auto store = EncryptedStore::open(path, passphrase(defaultSecret), cheap(), &problem);
        REQUIRE_FALSE(store.ok());
        CHECK(problem == OpenProblem::Damaged);
    }
    SECTION("after an unclean end (a log left beside it) the opening itself checks every page")
    {
        QFile log(path + QStringLiteral("-wal"));
        REQUIRE(log.open(QIODevice::WriteOnly)); // an empty log: the program before never closed
        log.close();
        OpenProblem problem = OpenProblem::None;
        const auto store = EncryptedStore::open(path, passphrase(defaultSecret), cheap(), &problem);
        REQUIRE_FALSE(store.ok());
        CHECK(problem == OpenProblem::Damaged);
        CHECK(store.errors().first().contains(QStringLiteral("is damaged")));
    }
    CHECK(sha256(path) == before);
}

TEST_CASE("An undamaged file: a quick opening after a clean close, a full one after an unclean end",
          "[store][damage]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    {
        auto store = create(path);
        formWithAnswer(*store, QStringLiteral("iets"));
        CHECK(store->checkedFully()); // made here
    }
    CHECK(open(path)->checkedFully() == false);
    QFile log(path + QStringLiteral("-wal"));
    REQUIRE(log.open(QIODevice::WriteOnly));
    log.close();
    CHECK(open(path)->checkedFully());
}

TEST_CASE("A cut-off file is reported as damaged and left as it is", "[store][damage]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    {
        auto store = create(path);
        fillWithAnswers(*store);
    }
    const qint64 size = QFileInfo(path).size();
    const qint64 pageSize = StoreFormat::cipherPageSize(StoreFormat::current);
    REQUIRE(size > 20 * pageSize);

    SECTION("in the middle of a page")
    {
        truncateTo(path, size / 2 + 100);
    }
    SECTION("at a page boundary, so only the pages' contents can tell")
    {
        truncateTo(path, (size / pageSize / 2) * pageSize);
    }
    SECTION("to almost nothing")
    {
        truncateTo(path, 8);
    }
    const QByteArray before = sha256(path);
    OpenProblem problem = OpenProblem::None;
    const auto store = EncryptedStore::open(path, passphrase(defaultSecret), cheap(), &problem);
    REQUIRE_FALSE(store.ok());
    CHECK(problem == OpenProblem::Damaged);
    CHECK(store.errors().first().contains(QStringLiteral("is damaged")));
    CHECK(store.errors().first().contains(QStringLiteral("There is no backup")));
    CHECK(sha256(path) == before);
}

TEST_CASE("A new passphrase: the old one stops working, the new one opens everything", "[store][rekey]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    qint64 form = 0;
    QByteArray saltBefore;
    {
        auto store = create(path);
        form = formWithAnswer(*store, QStringLiteral("blijft bewaard"));
        saltBefore = StoreKey::readSalt(path).value();
        const QString error = store->changePassphrase(passphrase("Nieuwe-Zin-Voor-December"));
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        // Still open and usable under the new key.
        CHECK(answerIn(*store, form) == QStringLiteral("blijft bewaard"));
        CHECK(FormAnswerRepository(store->database())
                  .saveAnswer(form, QStringLiteral("na"), QStringLiteral("de wissel"), tester(), fixedNow())
                  .isEmpty());
    }
    CHECK(StoreKey::readSalt(path).value() != saltBefore); // a new salt, too
    OpenProblem problem = OpenProblem::None;
    CHECK_FALSE(EncryptedStore::open(path, passphrase(defaultSecret), cheap(), &problem).ok());
    CHECK(problem == OpenProblem::WrongPassphrase);
    auto store = open(path, "Nieuwe-Zin-Voor-December");
    CHECK(answerIn(*store, form) == QStringLiteral("blijft bewaard"));
    CHECK(AuditLog(store->database()).verify().intact);
    store.reset();
    CHECK(QDir(folder.path()).entryList(QDir::Files) == QStringList{QStringLiteral("dossiers.thuis")});
}

TEST_CASE("A passphrase change that cannot be written leaves the store as it was, still open",
          "[store][rekey]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    auto store = create(path);
    const qint64 form = formWithAnswer(*store, QStringLiteral("blijft bewaard"));
    // A folder where the new file would be written.
    REQUIRE(QDir(folder.path()).mkdir(QStringLiteral("dossiers.thuis.nieuwe-sleutel")));
    const QString error = store->changePassphrase(passphrase("Nieuwe-Zin-Voor-December"));
    CHECK(error.contains(QStringLiteral("was not changed")));
    CHECK(answerIn(*store, form) == QStringLiteral("blijft bewaard"));
    store.reset();
    CHECK(open(path)->damage().isEmpty());
}

TEST_CASE("A case file cannot be made in a folder that does not exist, nothing is left behind",
          "[store][diskfull]")
{
    const QString path = QStringLiteral("/proc/thuis-bestaat-niet/dossiers.thuis");
    const auto store = EncryptedStore::create(path, passphrase(defaultSecret), cheap());
    REQUIRE_FALSE(store.ok());
    CHECK(store.errors().first().contains(QStringLiteral("could not be made")));
}

TEST_CASE(
    "Oracles: sqlite3 cannot read the file, sqlcipher opens it with the key the app derived, strings finds "
    "no answer in the file or its backups",
    "[store][oracle]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    const QString answer = QStringLiteral("Zoë betaalt de huur nu zelf op tijd");
    {
        auto store = create(path);
        const qint64 form = formWithAnswer(*store, answer);
        REQUIRE(FormAnswerRepository(store->database())
                    .saveAnswer(form, QStringLiteral("buren"), QStringLiteral("Contact met de buren is goed"),
                                tester(), fixedNow())
                    .isEmpty());
        REQUIRE(StoreBackups(path).make(*store, fixedNow()).ok());
    }
    CHECK(runTool(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT count(*) FROM sqlite_master;")})
              .contains(QStringLiteral("file is not a database")));

    // The key as the app derives it: Argon2id over the passphrase and the file's own salt.
    const Result<SecretBytes> key =
        StoreKey::derive(passphrase(defaultSecret), StoreKey::readSalt(path).value(), cheap());
    REQUIRE(key.ok());
    const QByteArray script = "PRAGMA key = \"x'" + key->bytes() +
                              "'\";\nPRAGMA cipher_page_size = 4096;\nSELECT value FROM form_answer;\n";
    const QString shell = runTool(QStringLiteral("sqlcipher"), {path}, script);
    CHECK(shell.contains(answer));

    QStringList files{path};
    for (const StoreBackups::Backup& backup : StoreBackups(path).list())
        files << backup.path;
    REQUIRE(files.size() == 2); // the file and its backup
    for (const QString& file : files) {
        const QString printable =
            runTool(QStringLiteral("strings"), {QStringLiteral("-n"), QStringLiteral("6"), file});
        INFO(file.toStdString());
        CHECK_FALSE(printable.contains(QStringLiteral("betaalt")));
        CHECK_FALSE(printable.contains(QStringLiteral("buren")));
        CHECK_FALSE(printable.contains(QStringLiteral("Fictief")));
        CHECK_FALSE(printable.contains(QStringLiteral("form_answer")));
    }
}
