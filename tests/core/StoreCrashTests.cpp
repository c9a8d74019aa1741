// Crash safety with a real SIGKILL: every acknowledged write survives, the file stays whole.
#include "StoreFixture.h"

#include "store/AuditLog.h"
#include "store/FormAnswerRepository.h"

#include <QMap>
#include <QProcess>
#include <QSqlQuery>

#include <sys/stat.h>
#include <unistd.h>

#include <random>

using namespace storefixture;

namespace {

// Reproducible "random": the same kill points on every run, spread over the child's work.
std::mt19937& randomness()
{
    static std::mt19937 generator(20261123);
    return generator;
}

// Starts the child and kills it with SIGKILL as soon as it has acknowledged `killAtAck` writes
// (0: right after it started), so the kill lands at a random point in the next write whatever
// the machine's speed. Returns the acknowledgements it printed; `killed` says whether it was
// still running.
QStringList runAndKill(const QStringList& arguments, int killAtAck, bool& killed)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(THUIS_CRASH_CHILD), arguments);
    REQUIRE(child.waitForStarted());
    QByteArray output;
    while (output.count('\n') < killAtAck && child.state() == QProcess::Running) {
        child.waitForReadyRead(50);
        output += child.readAllStandardOutput();
    }
    killed = child.state() == QProcess::Running;
    if (killed) {
        child.kill(); // SIGKILL: no destructor, no flush, no checkpoint
        REQUIRE(child.waitForFinished());
    } else {
        REQUIRE(child.waitForFinished());
        INFO(child.readAllStandardError().toStdString());
        REQUIRE(child.exitCode() == 0);
    }
    output += child.readAllStandardOutput();
    return QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
}

void requireWhole(EncryptedStore& store)
{
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("ok"));
}

} // namespace

TEST_CASE("SIGKILL during autosaves: every acknowledged answer is there and the file is whole",
          "[store][crash]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    {
        auto store = create(path);
        addParticipant(*store, QStringLiteral("D-0001"));
        REQUIRE(FormAnswerRepository(store->database())
                    .createForm(QStringLiteral("D-0001"), QStringLiteral("supplement-wonen"),
                                QStringLiteral("amsterdam-2026"), tester(), fixedNow())
                    .value() == 1);
    }
    constexpr int runs = 24;
    constexpr int autosavesPerRun = 1000;
    std::uniform_int_distribution<int> killAtAck(0, autosavesPerRun - 1);
    QMap<QString, QString> acknowledged;
    int killedMidway = 0;
    for (int run = 0; run < runs; ++run) {
        bool killed = false;
        const QStringList lines = runAndKill(
            {QStringLiteral("autosave"), path, QString::number(run), QString::number(autosavesPerRun)},
            killAtAck(randomness()), killed);
        for (const QString& line : lines) {
            const QStringList parts = line.split(u' ');
            REQUIRE(parts.size() == 3);
            acknowledged.insert(QStringLiteral("run%1-%2").arg(parts.at(1), parts.at(2)),
                                QStringLiteral("waarde %1").arg(parts.at(2)));
        }
        killedMidway += killed && lines.size() < autosavesPerRun ? 1 : 0;

        auto store = open(path);
        requireWhole(*store);
        const auto answers = FormAnswerRepository(store->database()).answers(1);
        REQUIRE(answers.ok());
        QStringList lost;
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            if (answers->value(it.key()) != std::optional<QString>(it.value()))
                lost << it.key();
        }
        INFO("run " << run);
        REQUIRE(lost == QStringList());
        CHECK(AuditLog(store->database()).verify().intact);
    }
    // Reported so that a run's log shows the scale of what was checked.
    WARN("acknowledged autosaves over " << runs << " kills: " << acknowledged.size());
    CHECK(killedMidway >= 20);
    CHECK(acknowledged.size() > 1000);
}

TEST_CASE("SIGKILL during passphrase changes: the file opens with the old or the new passphrase",
          "[store][crash]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    {
        auto store = create(path);
        addParticipant(*store, QStringLiteral("D-0001"));
    }
    const char* const passphrases[] = {defaultSecret, "Nieuwe-Zin-Voor-December"};
    std::uniform_int_distribution<int> killAtAck(0, 6);
    int changes = 0; // acknowledged or found done: the file is under passphrases[changes % 2]
    int killedMidway = 0;
    for (int run = 0; run < 24; ++run) {
        bool killed = false;
        const QStringList lines =
            runAndKill({QStringLiteral("rekey"), path, QString::number(changes), QStringLiteral("200")},
                       killAtAck(randomness()), killed);
        if (!lines.isEmpty())
            changes = lines.last().split(u' ').last().toInt();
        killedMidway += killed ? 1 : 0;

        // Acknowledged: the new passphrase. In flight when killed: either one.
        OpenProblem problem = OpenProblem::None;
        auto store = EncryptedStore::open(path, passphrase(passphrases[changes % 2]), cheap(), &problem);
        if (!store.ok() && problem == OpenProblem::WrongPassphrase) {
            ++changes;
            store = EncryptedStore::open(path, passphrase(passphrases[changes % 2]), cheap(), &problem);
        }
        INFO("run " << run << ": " << store.errors().join(u'\n').toStdString());
        REQUIRE(store.ok());
        requireWhole(*store.value());
        QSqlQuery query(store.value()->database());
        REQUIRE(query.exec(QStringLiteral("SELECT naam FROM participant WHERE id = 'D-0001'")));
        REQUIRE(query.next());
    }
    CHECK(killedMidway >= 20);
    CHECK(changes > 24);
}

TEST_CASE("A case file open in one process is refused to another: no rekey renames it away under a writer",
          "[store][lock]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    auto store = create(path);
    addParticipant(*store, QStringLiteral("D-0001"));
    FormAnswerRepository answers(store->database());
    const qint64 form = answers
                            .createForm(QStringLiteral("D-0001"), QStringLiteral("woonevaluatie"),
                                        QStringLiteral("2026"), tester(), fixedNow())
                            .value();

    // The other process (a real one) tries to change the passphrase while this one has it open.
    QProcess child;
    child.start(QStringLiteral(THUIS_CRASH_CHILD),
                {QStringLiteral("rekey"), path, QStringLiteral("0"), QStringLiteral("1")});
    REQUIRE(child.waitForFinished());
    CHECK(child.exitCode() == 1);
    const QString refusal = QString::fromUtf8(child.readAllStandardError());
    INFO(refusal.toStdString());
    CHECK(refusal.contains(QStringLiteral("is open in")));
    CHECK(refusal.contains(QString::number(QCoreApplication::applicationPid())));

    // This process goes on writing to the file it has open, and its write is there afterwards.
    REQUIRE(
        answers
            .saveAnswer(form, QStringLiteral("ervaring_wonen"), QStringLiteral("Goed"), tester(), fixedNow())
            .isEmpty());
    store.reset();
    {
        const auto reopened = open(path);
        CHECK(FormAnswerRepository(reopened->database())
                  .answers(form)
                  ->value(QStringLiteral("ervaring_wonen")) == QStringLiteral("Goed"));
    } // closed: the lock is free

    // Closed here, the other process may have it.
    QProcess after;
    after.start(QStringLiteral(THUIS_CRASH_CHILD),
                {QStringLiteral("rekey"), path, QStringLiteral("0"), QStringLiteral("1")});
    REQUIRE(after.waitForFinished());
    INFO(after.readAllStandardError().toStdString());
    CHECK(after.exitCode() == 0);
}

TEST_CASE("A case file in a folder one may not write is refused as such, not as a wrong passphrase",
          "[store][lock][badinput]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dossiers.thuis"));
    create(path).reset();
    // Another user may read the folder and the file but write neither. As root (CI) the child
    // runs as nobody; as an ordinary user the folder is made read-only for oneself.
    const QByteArray encodedFolder = QFile::encodeName(folder.path());
    const QByteArray encodedFile = QFile::encodeName(path);
    QProcess child;
    if (::geteuid() == 0) {
        REQUIRE(::chmod(encodedFolder.constData(), 0755) == 0);
        REQUIRE(::chmod(encodedFile.constData(), 0644) == 0);
        child.start(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                     QStringLiteral("--clear-groups"), QStringLiteral(THUIS_CRASH_CHILD),
                     QStringLiteral("rekey"), path, QStringLiteral("0"), QStringLiteral("1")});
    } else {
        REQUIRE(::chmod(encodedFolder.constData(), 0555) == 0);
        child.start(QStringLiteral(THUIS_CRASH_CHILD),
                    {QStringLiteral("rekey"), path, QStringLiteral("0"), QStringLiteral("1")});
    }
    REQUIRE(child.waitForFinished());
    ::chmod(encodedFolder.constData(), 0700);
    const QString refusal = QString::fromUtf8(child.readAllStandardError());
    INFO(refusal.toStdString());
    CHECK(child.exitCode() == 1);
    CHECK(refusal.contains(QStringLiteral("may not be written")));
    CHECK_FALSE(refusal.contains(QStringLiteral("passphrase")));
}
