// Benchmark, not a test: the teamleider's dashboard over a demo case file of 10,000
// trajectories from the demo generator (issue 8). Measured in one run, rounds interleaved:
//   - store open without the key derivation (open with test KDF parameters minus the KDF);
//   - engine: every trajectory read (TrajectoryRepository::loadMany) and evaluated;
//   - dashboard open on a prepared day: Dashboard::load + DashboardFigures, and the whole page
//     (DashboardPage::open: models, charts, one round of painting);
//   - a bare SQL aggregate over the same rows (participants joined with the day's summaries,
//     counted per begeleider): the floor a dashboard cannot go below;
//   - refresh after one edit: a huisbezoek recorded, then Dashboard::refresh + figures, and the
//     page's participantChanged;
//   - peak resident memory (VmHWM) of a process that opens the case file and the dashboard page
//     and nothing else (this program again, with the argument "rss").
// With the argument "open" it only opens the dashboard `rounds` times (for perf and callgrind),
// with "unprepared" likewise on a day not prepared (the packs of the events as the opening before
// left them), with "unpacked" on a day not prepared that makes the packs first (the first such
// opening of a file), with "aggregate" only runs the bare aggregate.
// Goals: open ≤ 300 ms, refresh ≤ 50 ms, ≤ 1.5x the bare aggregate, RSS ≤ 200 MB.
//   build/ci/tests/benchmarks/dashboard_benchmark [participants] [rounds]
// THUIS_BENCH_STORE=FILE keeps the generated case file for the next run (setup ~2 min).
#include "CipherPages.h"
#include "DashboardPage.h"

#include "application/Clock.h"
#include "application/Settings.h"
#include "caseload/Caseload.h"
#include "dashboard/Dashboard.h"
#include "demo/DemoGenerator.h"
#include "store/EncryptedStore.h"
#include "store/StoreSession.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/IsoDate.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <memory>

namespace {

// A figure of a step that failed would be a lie: a benchmark stops at the first failure.
void succeeded(const QString& error)
{
    if (!error.isEmpty())
        qFatal("benchmark step failed: %s", qPrintable(error));
}

void succeeded(bool ok)
{
    if (!ok)
        qFatal("benchmark step failed");
}

struct Figures
{
    QList<double> values;
    void add(double value) { values.append(value); }
    double min() const { return *std::min_element(values.cbegin(), values.cend()); }
    double max() const { return *std::max_element(values.cbegin(), values.cend()); }
    double median() const
    {
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(sorted.size() / 2);
    }
    void print(const char* what) const
    {
        std::printf("%-48s min %8.1f  median %8.1f  max %8.1f ms\n", what, min(), median(), max());
    }
};

// This process's CPU time, all threads.
double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

long statusKilobytes(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(std::strlen(field))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

class FixedClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 11, 23), QTime(9, 0)); }
};

// The case file opened the app's way (StoreSession) with the dashboard page on screen.
struct AppWithDashboard
{
    FixedClock clock;
    QTemporaryDir settingsFolder;
    Settings settings{settingsFolder.filePath(QStringLiteral("instellingen.ini"))};
    StoreSession session;
    std::unique_ptr<DashboardPage> page;

    AppWithDashboard(const QString& path, const SecretBytes& passphrase, const KdfParameters& kdf)
        : session(clock, kdf)
    {
        if (!session.open(path, passphrase).ok)
            return;
        page = std::make_unique<DashboardPage>(
            session, settings, Actor{QStringLiteral("Benchmark"), QString(), QStringLiteral("teamleider")});
        page->resize(1366, 768);
        page->show();
    }
};

qint64 bareAggregate(const QSqlDatabase& database, const QDate& today, const QString& engine)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT p.begeleider, count(*), count(s.phase), sum(length(s.open_terms)), "
                       "sum(length(s.settled_terms)) FROM participant p "
                       "LEFT JOIN caseload_summary s ON s.participant_id = p.id AND s.as_of = ? AND "
                       "s.engine = ? GROUP BY p.begeleider"));
    query.addBindValue(isoDate(today));
    query.addBindValue(engine);
    qint64 rows = 0;
    if (query.exec()) {
        while (query.next())
            rows += query.value(1).toLongLong();
    }
    return rows;
}

// As a file was before the packs of the events (schema version 13), or after a team's first pull.
void forgetPacks(const QSqlDatabase& database)
{
    QSqlQuery(database).exec(QStringLiteral("DELETE FROM event_pack_mark"));
    QSqlQuery(database).exec(QStringLiteral("DELETE FROM event_pack"));
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const int count = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;
    const int rounds = argc > 2 ? std::max(3, atoi(argv[2])) : 9;
    const QDate today(2026, 11, 23);

    QTemporaryDir folder;
    const QString kept = qEnvironmentVariable("THUIS_BENCH_STORE");
    const QString path = kept.isEmpty() ? folder.filePath(QStringLiteral("demo.thuis")) : kept;
    const SecretBytes passphrase(QByteArray("Kraanvogel-Zomer-2026"));
    const KdfParameters kdf = KdfParameters::cheapForTestsOnly();
    if (kept.isEmpty() || !QFile::exists(kept)) {
        auto created = EncryptedStore::create(path, passphrase, kdf);
        if (!created)
            return 1;
        QSqlQuery(created.value()->database()).exec(QStringLiteral("PRAGMA synchronous = OFF")); // setup only
        DemoOptions demo;
        demo.count = count;
        demo.seed = 1;
        demo.begeleiders = 24;
        demo.today = today;
        demo.forms = false; // the figures are of the events; forms are measured in the PDF benchmark
        QElapsedTimer setup;
        setup.start();
        const Result<int> written =
            DemoGenerator::fill(created.value()->database(), demo,
                                {QStringLiteral("demo"), QString(), QStringLiteral("opdrachtregel")});
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.errors().join(u'\n')));
            return 1;
        }
        std::printf("setup: %d demo trajectories written through the engine in %.1f s\n", written.value(),
                    elapsedMs(setup) / 1000);
    }

    if (argc > 3 && std::strcmp(argv[3], "rss") == 0) {
        // Only what the app does to show the dashboard: open the file, open the page, every tab.
        AppWithDashboard app(path, passphrase, kdf);
        if (!app.page)
            return 1;
        succeeded(app.page->open(today));
        for (int tab = 0; tab < app.page->tabs()->count(); ++tab) {
            app.page->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
        }
        std::printf("%.1f\n", double(statusKilobytes("VmHWM:")) / 1024);
        return 0;
    }

    if (argc > 3 && std::strcmp(argv[3], "aggregate") == 0) { // the bare aggregate alone, likewise
        auto store = EncryptedStore::open(path, passphrase, kdf);
        if (!store)
            return 1;
        const QString engine = Caseload::engineFingerprint(WorkingDays());
        Figures f;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            bareAggregate(store.value()->database(), today, engine);
            f.add(elapsedMs(timer));
        }
        f.print("aggregate");
        return 0;
    }
    // "unpacked": a day not prepared on which the packs of the events are made first as well.
    const bool unpackedOnly = argc > 3 && std::strcmp(argv[3], "unpacked") == 0;
    const bool unpreparedOnly = unpackedOnly || (argc > 3 && std::strcmp(argv[3], "unprepared") == 0);
    if (argc > 3 && (std::strcmp(argv[3], "open") == 0 || unpreparedOnly)) {
        // Only the dashboard's opening, on a prepared day or ("unprepared") on a day not prepared,
        // `rounds` times: for perf and callgrind. A day not prepared is the first opening after
        // an absence: the file is opened afresh each round (not timed), so its pages are read and
        // decrypted as they are then, not found in the page cache of the round before.
        auto store = EncryptedStore::open(path, passphrase, kdf);
        if (!store)
            return 1;
        if (unpreparedOnly && !unpackedOnly) { // the packs as the last opening left them (not timed)
            QSqlQuery(store.value()->database()).exec(QStringLiteral("DELETE FROM caseload_summary"));
            succeeded(Dashboard().load(store.value()->database(), today));
        }
        Figures opening;
        for (int round = 0; round < rounds; ++round) {
            if (unpreparedOnly) {
                QSqlQuery(store.value()->database()).exec(QStringLiteral("DELETE FROM caseload_summary"));
                if (unpackedOnly)
                    forgetPacks(store.value()->database());
                store = Result<std::unique_ptr<EncryptedStore>>::failure(QString()); // closed first
                store = EncryptedStore::open(path, passphrase, kdf);
                if (!store)
                    return 1;
            }
            const CipherPages::Count pagesBefore = CipherPages::now();
            QElapsedTimer timer;
            timer.start();
            Dashboard loaded;
            succeeded(loaded.load(store.value()->database(), today));
            const DashboardFigures figures = loaded.figures({});
            opening.add(elapsedMs(timer));
            if (CipherPages::available()) {
                const CipherPages::Count pages = CipherPages::since(pagesBefore);
                std::printf("pages ciphered in this opening: %ld decrypted, %ld encrypted\n", pages.decrypted,
                            pages.encrypted);
            }
            if (round == 0)
                std::printf(
                    "figures: %d participants, %lld overdue, %lld due within 30 days, omklap %lld now, "
                    "%lld soon, %lld later, %lld quarters\n",
                    figures.participants, qint64(figures.overdue.size()), qint64(figures.dueWithin.size()),
                    qint64(figures.omklapNow.size()), qint64(figures.omklapSoon.size()),
                    qint64(figures.omklapLater.size()), qint64(figures.quarters.size()));
        }
        opening.print("dashboard open, core (load + figures)");
        return 0;
    }

    // Store open without the key derivation: the whole open minus a derivation alone. Interleaved
    // with an opening after an unclean end (an empty log left beside the file, as a killed
    // program leaves it), which checks every page as every opening did before issue 21; and the
    // app's opening (StoreSession): the store's, plus the backup that reads and checks every page.
    Figures open;
    Figures openUnclean;
    Figures derive;
    Figures sessionOpen;
    Figures sessionBackup;
    FixedClock sessionClock;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const auto salt = StoreKey::readSalt(path);
        const auto key = StoreKey::derive(passphrase, salt.value(), kdf);
        derive.add(elapsedMs(timer));
        timer.restart();
        auto store = EncryptedStore::open(path, passphrase, kdf);
        open.add(elapsedMs(timer));
        if (!store || store.value()->checkedFully())
            return 1;
        store = Result<std::unique_ptr<EncryptedStore>>::failure(QString());
        QFile log(path + QStringLiteral("-wal"));
        succeeded(log.open(QIODevice::WriteOnly));
        log.close();
        timer.restart();
        store = EncryptedStore::open(path, passphrase, kdf);
        openUnclean.add(elapsedMs(timer));
        if (!store || !store.value()->checkedFully())
            return 1;
        store = Result<std::unique_ptr<EncryptedStore>>::failure(QString());
        StoreSession session(sessionClock, kdf);
        timer.restart();
        succeeded(session.open(path, passphrase).ok);
        sessionOpen.add(elapsedMs(timer));
        // The backup the opening began, on its own thread: how long until it is done.
        session.waitForOpeningBackup();
        sessionBackup.add(elapsedMs(timer));
        succeeded(session.lastBackup().has_value());
    }
    auto opened = EncryptedStore::open(path, passphrase, kdf);
    const QSqlDatabase database = opened.value()->database();
    // Opening checks every page (PRAGMA quick_check, so that damage is found at once): part of
    // the open above, measured alone here.
    Figures quickCheck;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        (void)opened.value()->damage();
        quickCheck.add(elapsedMs(timer));
    }
    QSqlQuery counts(database);
    counts.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM participant), (SELECT count(*) FROM trajectory_event)"));
    counts.next();
    std::printf("case file: %lld participants, %lld events, %.1f MB\n", counts.value(0).toLongLong(),
                counts.value(1).toLongLong(), double(QFile(path).size()) / 1e6);
    counts.finish();

    // Engine: read every trajectory and evaluate it (what an unprepared day costs).
    Figures read;
    Figures evaluate;
    QStringList ids;
    QSqlQuery all(database);
    all.exec(QStringLiteral("SELECT id FROM participant"));
    while (all.next())
        ids << all.value(0).toString();
    all.finish();
    std::map<QString, std::unique_ptr<TrajectoryEngine>> engines;
    for (int round = 0; round < std::min(rounds, 3); ++round) {
        QElapsedTimer timer;
        timer.start();
        const auto trajectories = TrajectoryRepository(database).loadMany(ids);
        read.add(elapsedMs(timer));
        timer.restart();
        int broken = 0;
        for (const Trajectory& trajectory : trajectories.value()) {
            auto& engine = engines[trajectory.profileId];
            if (!engine)
                // The region's editions by date, as the app evaluates (one profile alone refused
                // 7 valid demo histories: its omklap clock starts elsewhere).
                engine = std::make_unique<TrajectoryEngine>(
                    TrajectoryEngine::builtIn(trajectory.profileId).value());
            broken += engine->evaluate(trajectory, today).ok() ? 0 : 1;
        }
        evaluate.add(elapsedMs(timer));
        if (broken > 0)
            std::printf("!! %d trajectories break a rule\n", broken);
    }

    // The first opening of the day evaluates everyone and keeps the summaries. The first such
    // opening of a file (after the update that brought event_pack, or a team's first pull) also
    // makes the packs of the events; every later one reads them.
    const auto openUnprepared = [&](bool withoutPacks) {
        QSqlQuery(database).exec(QStringLiteral("DELETE FROM caseload_summary"));
        if (withoutPacks)
            forgetPacks(database);
        QElapsedTimer unprepared;
        const double cpuStart = processCpuMs();
        unprepared.start();
        Dashboard first;
        succeeded(first.load(database, today));
        return std::pair{elapsedMs(unprepared), processCpuMs() - cpuStart}; // CPU above the wall: both cores
    };
    const auto [packingMs, packingCpuMs] = openUnprepared(true);
    const auto [unpreparedMs, unpreparedCpuMs] = openUnprepared(false);

    // Prepared day: the dashboard in core, the bare aggregate, interleaved.
    const QString engine = Caseload::engineFingerprint(WorkingDays());
    Figures dashboard;
    Figures computeOnly;
    Figures aggregate;
    qint64 aggregated = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        aggregated = bareAggregate(database, today, engine);
        aggregate.add(elapsedMs(timer));
        timer.restart();
        Dashboard loaded;
        succeeded(loaded.load(database, today));
        QElapsedTimer computing;
        computing.start();
        const DashboardFigures figures = loaded.figures({});
        computeOnly.add(elapsedMs(computing));
        dashboard.add(elapsedMs(timer));
        if (figures.participants != aggregated)
            std::printf("!! %d participants on the dashboard, %lld in the aggregate\n", figures.participants,
                        aggregated);
    }

    // The page in the window, through the app's session (the same file, opened the app's way),
    // on the Omklap tab: its list is the longest (everyone in the herstelfase).
    opened = Result<std::unique_ptr<EncryptedStore>>::failure(QString()); // closed: the session opens it
    AppWithDashboard app(path, passphrase, kdf);
    if (!app.page)
        return 1;
    DashboardPage& page = *app.page;
    StoreSession& session = app.session;
    succeeded(page.open(today));
    page.tabs()->setCurrentIndex(2);
    Figures pageOpen;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        succeeded(page.open(today));
        QCoreApplication::processEvents();
        pageOpen.add(elapsedMs(timer));
    }

    // Refresh after one edit: a huisbezoek for a participant in the herstelfase each round.
    QStringList inHerstel;
    Dashboard live;
    succeeded(live.load(session.database(), today));
    for (const OmklapCandidate& candidate : live.figures({}).omklapLater) { // all in the herstelfase
        if (inHerstel.size() < rounds)
            inHerstel << candidate.participantId;
    }
    Figures refresh;
    Figures pageRefresh;
    const Actor actor{QStringLiteral("Benchmark"), QString(), QStringLiteral("teamleider")};
    for (const QString& id : inHerstel) {
        TrajectoryEvent visit;
        visit.type = QStringLiteral("huisbezoek");
        visit.date = today;
        if (!TrajectoryRepository(session.database())
                 .recordEvent(id, visit, actor, today, QDateTime::currentDateTimeUtc())
                 .isEmpty())
            continue;
        QElapsedTimer timer;
        timer.start();
        succeeded(live.refresh(session.database(), id));
        const DashboardFigures figures = live.figures({});
        refresh.add(elapsedMs(timer));
        timer.restart();
        page.participantChanged(id);
        QCoreApplication::processEvents();
        pageRefresh.add(elapsedMs(timer));
        (void)figures;
    }

    // The child opens the file itself: this process lets go of it first (the case file lock).
    app.page.reset();
    app.session.close();
    QProcess rssChild;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("THUIS_BENCH_STORE"), path); // the file made above, no setup
    rssChild.setProcessEnvironment(environment);
    rssChild.start(QCoreApplication::applicationFilePath(),
                   {QString::number(count), QString::number(rounds), QStringLiteral("rss")});
    rssChild.waitForFinished(300000);
    const QByteArray rss = rssChild.readAllStandardOutput().trimmed();

    std::printf("\n%d rounds, %d participants\n", rounds, count);
    open.print("store open with test KDF");
    derive.print("  of which key derivation (test parameters)");
    std::printf("%-48s median %8.1f ms\n", "store open without the KDF", open.median() - derive.median());
    std::printf("%-48s median %8.1f ms\n", "  after an unclean end (every page checked)",
                openUnclean.median() - derive.median());
    quickCheck.print("  PRAGMA quick_check alone (every page)");
    sessionOpen.print("app's opening until the file is in use, test KDF");
    sessionBackup.print("  until its backup (every page checked) is done");
    read.print("engine: read all trajectories (loadMany)");
    evaluate.print("engine: evaluate all trajectories");
    std::printf("%-48s %8.1f ms (CPU %.1f ms)\n", "dashboard, day not prepared (evaluate + keep)",
                unpreparedMs, unpreparedCpuMs);
    std::printf("%-48s %8.1f ms (CPU %.1f ms)\n", "  the same, packs of the events made first", packingMs,
                packingCpuMs);
    aggregate.print("bare SQL aggregate over the same rows");
    dashboard.print("dashboard open, core (load + figures)");
    computeOnly.print("  of which the figures from the rows");
    pageOpen.print("dashboard open, page (models, charts, paint)");
    refresh.print("refresh after one edit, core");
    pageRefresh.print("refresh after one edit, page");
    std::printf("%-48s %8.2fx (core), %.2fx (page)\n", "open / bare aggregate (medians)",
                dashboard.median() / aggregate.median(), pageOpen.median() / aggregate.median());
    std::printf("%-48s %8s MB\n", "peak resident memory, app with dashboard open", rss.constData());
    std::printf("%-48s %8.1f MB\n", "peak resident memory, this whole benchmark",
                double(statusKilobytes("VmHWM:")) / 1024);
    return 0;
}
