// Benchmark, not a test: team sync (issue 18) against a throwaway PostgreSQL 15 started by
// tests/team/throwaway-postgres.sh (socket only here), with demo case files.
//   A. first sync of a begeleider's laptop holding 400 participants (~17,000 events): push;
//   B. a server holding 10,000 participants / ~400,000 items in 25 teams (team01 of 600):
//      - team01's teamleider's first full pull (600 participants, 24,000 items);
//      - an incremental sync: 100 new huisbezoeken on the laptop of A (team02), pushed; then
//        team02's teamleider pulls them.
// Each figure is wall time, with the client's share (this process's CPU time) and the server's
// (the CPU time of the server process serving the sync, from /proc) measured apart.
// Goals: incremental sync ≤ 1 s, a team's first pull ≤ 10 s.
//   build/ci/tests/benchmarks/team_sync_benchmark [participants-on-laptop] [server-participants]
#include "CipherPages.h"

#include "demo/DemoGenerator.h"
#include "store/EncryptedStore.h"
#include "store/TrajectoryRepository.h"
#include "team/TeamAdministration.h"
#include "team/TeamLink.h"
#include "team/TeamSchema.h"
#include "team/TeamServer.h"
#include "team/TeamSync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

namespace {

void succeeded(const QString& error)
{
    if (!error.isEmpty())
        qFatal("benchmark step failed: %s", qPrintable(error));
}

const QDate today(2026, 11, 30);
const QDateTime now(today, QTime(12, 0), Qt::UTC);

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// utime + stime of a server process (fields 14 and 15 of /proc/PID/stat), in seconds.
double serverCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

struct Server
{
    QTemporaryDir folder;
    QString state;
    QString script;
    QString socket;
    QString database = QStringLiteral("bench");

    Server()
    {
        state = folder.filePath(QStringLiteral("postgres.state"));
        script = QStringLiteral(THUIS_SOURCE_DIR "/tests/team/throwaway-postgres.sh");
        QProcess start;
        start.start(script, {QStringLiteral("start"), state});
        start.waitForFinished(120000);
        if (start.exitCode() != 0)
            qFatal("no throwaway PostgreSQL: %s", start.readAllStandardError().constData());
        QFile file(state);
        file.open(QIODevice::ReadOnly);
        const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split(u'\n');
        socket = lines.first();
        port = lines.last().toInt();
        auto admin = connect(QStringLiteral("postgres"), QStringLiteral("postgres"));
        QSqlQuery(admin->database()).exec(QStringLiteral("CREATE DATABASE bench"));
    }
    ~Server()
    {
        QProcess stop;
        stop.start(script, {QStringLiteral("stop"), state});
        stop.waitForFinished(60000);
    }

    TeamServerAddress address(const QString& user, const QString& db) const
    {
        TeamServerAddress where;
        where.host = socket;
        where.port = port;
        where.user = user;
        where.database = db;
        return where;
    }

    std::unique_ptr<TeamConnection> connect(const QString& user,
                                            const QString& db = QStringLiteral("bench")) const
    {
        Result<std::unique_ptr<TeamConnection>> connection =
            TeamConnection::open(address(user, db), SecretBytes());
        if (!connection)
            qFatal("%s", qPrintable(connection.errors().join(u' ')));
        return std::move(connection).value();
    }

    int port = 5432;
};

struct Laptop
{
    QTemporaryDir folder;
    std::unique_ptr<EncryptedStore> store;
    const Server& server;
    QString user;

    Laptop(const Server& teamServer, QString name)
        : server(teamServer)
        , user(std::move(name))
    {
        auto created = EncryptedStore::create(folder.filePath(QStringLiteral("dossier.thuis")),
                                              SecretBytes(QByteArray("Kraanvogel-Zomer-2026")),
                                              KdfParameters::cheapForTestsOnly());
        if (!created)
            qFatal("%s", qPrintable(created.errors().join(u' ')));
        store = std::move(created).value();
    }

    void join(const QString& team)
    {
        succeeded(TeamLink::join(store->database(), server.address(user, server.database), SecretBytes(),
                                 SecretBytes(), team,
                                 {QStringLiteral("Bench"), QString(), QStringLiteral("begeleider")}, now));
    }

    // One sync: wall time, this process's CPU time, the server's.
    void sync(const char* what)
    {
        auto connection = server.connect(user);
        QSqlQuery pid(connection->database());
        pid.exec(QStringLiteral("SELECT pg_backend_pid()"));
        pid.next();
        const qint64 backend = pid.value(0).toLongLong();
        ManualClock clock(now);
        TeamSync sync(store->database(), connection->database(), clock);
        const double serverBefore = serverCpuSeconds(backend);
        const double clientBefore = processCpuSeconds();
        const CipherPages::Count pagesBefore = CipherPages::now();
        QElapsedTimer timer;
        timer.start();
        const Result<TeamSync::Report> report = sync.run();
        const qint64 wall = timer.elapsed();
        const CipherPages::Count pages = CipherPages::since(pagesBefore);
        if (!report)
            qFatal("%s", qPrintable(report.errors().join(u' ')));
        std::printf("%-58s %7lld ms wall, client %6.0f ms CPU, server %6.0f ms CPU; sent %d, received %d\n",
                    what, wall, (processCpuSeconds() - clientBefore) * 1000,
                    (serverCpuSeconds(backend) - serverBefore) * 1000, report->sent, report->received);
        if (CipherPages::available() && report->sent + report->received > 0)
            std::printf("%-58s %.1f encrypted, %.1f decrypted per item\n",
                        "  pages ciphered in the case file",
                        double(pages.encrypted) / (report->sent + report->received),
                        double(pages.decrypted) / (report->sent + report->received));
        std::fflush(stdout);
    }
};

// The server filled directly (as postgres): `participants` in 25 teams, team01 with 600 of
// them, ~40 items each: a participant item, then events, as laptops would have sent them.
void fillServer(const Server& server, int participants)
{
    auto admin = server.connect(QStringLiteral("postgres"));
    TeamAdministration people(admin->database());
    for (int team = 1; team <= 25; ++team) {
        const QString name = QStringLiteral("team%1").arg(team, 2, 10, QLatin1Char('0'));
        succeeded(people.addUser(QStringLiteral("tl_%1").arg(name), QStringLiteral("teamleider"), name));
        for (int b = 1; b <= 10; ++b)
            succeeded(people.addUser(QStringLiteral("bg_%1_%2").arg(name).arg(b),
                                     QStringLiteral("begeleider"), name));
    }
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(admin->database());
    // Participants 1..600 in team01, the rest spread over team02..team25.
    const bool ok =
        query.exec(
            QStringLiteral("INSERT INTO thuis.deelnemer (id, team, begeleider) SELECT 'S-' || lpad(i::text, "
                           "5, '0'), t.team, "
                           "'bg_' || t.team || '_' || (1 + i % 10) FROM generate_series(1, %1) i, LATERAL "
                           "(SELECT CASE WHEN i <= 600 "
                           "THEN 'team01' ELSE 'team' || lpad((2 + i % 24)::text, 2, '0') END AS team) t")
                .arg(participants)) &&
        // Numbered here as the server's trigger would (its team lock per row makes 400,000 rows
        // take minutes): per participant 1..40, per team by participant and number.
        query.exec(QStringLiteral("ALTER TABLE thuis.item DISABLE TRIGGER item_nummeren")) &&
        query.exec(QStringLiteral(
            "INSERT INTO thuis.item (uuid, deelnemer, soort, inhoud, basis, volgnummer, team, positie) "
            "SELECT "
            "gen_random_uuid(), d.id, CASE WHEN n = 0 THEN 'deelnemer' ELSE 'gebeurtenis' END, CASE WHEN n = "
            "0 THEN "
            "jsonb_build_object('entiteit', 'participant', 'sleutel', d.id, 'wanneer', "
            "'2026-01-05T09:00:00.000Z', "
            "'wie', jsonb_build_object('naam', 'Demo', 'functie', 'persoonlijk begeleider', 'rol', "
            "'begeleider'), "
            "'oud', null, 'nieuw', 'Demo ' || d.id, 'rijen', jsonb_build_array(jsonb_build_object('naam', "
            "'Demo ' "
            "|| d.id, 'huishouden', 'alleenstaand', 'profile', 'amsterdam-2026', 'created_at', "
            "'2026-01-05T09:00:00.000Z'))) ELSE jsonb_build_object('entiteit', 'trajectory_event', "
            "'sleutel', "
            "gen_random_uuid()::text, 'wanneer', '2026-01-05T09:00:00.000Z', 'wie', "
            "jsonb_build_object('naam', "
            "'Demo', 'functie', 'persoonlijk begeleider', 'rol', 'begeleider'), 'oud', null, 'nieuw', "
            "'huisbezoek', 'rijen', jsonb_build_array(jsonb_build_object('participant_id', d.id, 'type', "
            "'huisbezoek', 'date', (date '2026-01-05' + n * 7)::text, 'fields', '{}', 'recorded_at', "
            "'2026-01-05T09:00:00.000Z', 'recorded_by', 'Demo')), 'auditrij', n::text, 'schakel', md5(d.id "
            "|| "
            "n)) END, n, n + 1, d.team, row_number() OVER (PARTITION BY d.team ORDER BY d.id, n) FROM "
            "thuis.deelnemer d, generate_series(0, 39) n")) &&
        query.exec(QStringLiteral("UPDATE thuis.deelnemer SET laatste_volgnummer = 40")) &&
        query.exec(
            QStringLiteral("UPDATE thuis.team t SET laatste_positie = (SELECT coalesce(max(positie), 0) FROM "
                           "thuis.item i WHERE i.team = t.id)")) &&
        query.exec(QStringLiteral("ALTER TABLE thuis.item ENABLE TRIGGER item_nummeren"));
    if (!ok)
        qFatal("filling the server: %s", qPrintable(query.lastError().text()));
    query.exec(QStringLiteral("ANALYZE"));
    query.exec(QStringLiteral("SELECT count(*), count(DISTINCT deelnemer) FROM thuis.item"));
    query.next();
    std::printf("server filled: %lld items for %lld participants in %.1f s\n", query.value(0).toLongLong(),
                query.value(1).toLongLong(), double(timer.elapsed()) / 1000);
    std::fflush(stdout);
}

// `count` huisbezoeken on the laptop's participants, where the rules allow one today.
void recordVisits(Laptop& laptop, int count)
{
    QSqlQuery query(laptop.store->database());
    query.exec(QStringLiteral("SELECT id FROM participant ORDER BY id"));
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    int recorded = 0;
    TrajectoryRepository repository(laptop.store->database());
    for (int round = 0; recorded < count && round < 5; ++round) {
        for (const QString& id : std::as_const(ids)) {
            TrajectoryEvent visit;
            visit.type = QStringLiteral("huisbezoek");
            visit.date = today.addDays(-round);
            if (repository
                    .recordEvent(id, visit,
                                 {QStringLiteral("Bench"), QString(), QStringLiteral("begeleider")}, today,
                                 now)
                    .isEmpty() &&
                ++recorded == count)
                break;
        }
    }
    if (recorded < count)
        qFatal("only %d huisbezoeken could be recorded", recorded);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const int onLaptop = argc > 1 ? std::atoi(argv[1]) : 400;
    const int onServer = argc > 2 ? std::atoi(argv[2]) : 10000;
    Server server;
    {
        auto admin = server.connect(QStringLiteral("postgres"));
        succeeded(TeamSchema::migrate(admin->database()));
    }
    fillServer(server, onServer);

    // Lena's laptop is in team02, so that team01 is the team of 600 the goal names.
    Laptop lena(server, QStringLiteral("bg_team02_1"));
    QElapsedTimer timer;
    timer.start();
    DemoOptions options;
    options.count = onLaptop;
    options.today = today;
    options.forms = false; // the figures of earlier runs were of events only
    const Result<int> filled =
        DemoGenerator::fill(lena.store->database(), options, {QStringLiteral("Bench"), QString(), QString()});
    if (!filled)
        qFatal("%s", qPrintable(filled.errors().join(u' ')));
    QSqlQuery events(lena.store->database());
    events.exec(QStringLiteral("SELECT count(*) FROM trajectory_event"));
    events.next();
    std::printf("laptop: %d participants, %lld events (made in %.1f s)\n", filled.value(),
                events.value(0).toLongLong(), double(timer.elapsed()) / 1000);
    lena.join(QStringLiteral("team02"));
    lena.sync("A. first sync of the laptop (push)");

    Laptop leader(server, QStringLiteral("tl_team01"));
    leader.join(QStringLiteral("team01"));
    leader.sync("B. teamleider's first full pull of team01 (600)");

    Laptop colleague(server, QStringLiteral("tl_team02"));
    colleague.join(QStringLiteral("team02"));
    colleague.sync("   (setup) team02's teamleider's first pull");
    recordVisits(lena, 100);
    lena.sync("B. incremental: 100 new huisbezoeken pushed");
    colleague.sync("B. incremental: team02's teamleider pulls them");
    lena.sync("   a sync with nothing new");
    return 0;
}
