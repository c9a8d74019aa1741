// Benchmark, not a test. Two questions of the store issue:
//  1. What does encryption cost? The same workload on the same schema, once in an SQLCipher
//     file with a key and once without one (SQLCipher without a key is plain SQLite): 10,000
//     participants with 30 events each, one transaction per participant (as an import writes
//     them), then dashboard-style queries. Both through the SQLite C API with the same SQL and
//     the store's pragmas (WAL, synchronous=FULL, foreign_keys), so only the cipher differs.
//  2. How long does one autosave take? FormAnswerRepository::saveAnswer on the keyed file
//     through QtSql and the project's driver, as the wizard calls it: p50, p99, max.
//   build/ci/tests/benchmarks/store_benchmark [participants] [rounds] [autosaves]
// The keyed file is made with EncryptedStore (test-only key derivation: the derivation is not
// what is measured here; see store_key_benchmark).
#include "store/EncryptedStore.h"
#include "store/FormAnswerRepository.h"
#include "store/KeyedConnection.h"

#include "CipherPages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

struct Timings
{
    double insertMs = 0;
    double queriesMs = 0;
    double insertCpuMs = 0; // CPU time of this process: the cipher's cost without the disk's noise
    double queriesCpuMs = 0;
    double totalMs() const { return insertMs + queriesMs; }
    double totalCpuMs() const { return insertCpuMs + queriesCpuMs; }
    CipherPages::Count insertPages; // with the page counter preloaded (CipherPages.h)
};

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

bool exec(sqlite3* db, const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "%s: %s\n", sql, error ? error : "?");
    sqlite3_free(error);
    return false;
}

const char* const eventTypes[] = {"aanmelding",        "toestemming_gegeven", "kennismaking",
                                  "woning_aangeboden", "sleuteloverdracht",   "evaluatie",
                                  "doel_behaald",      "overlast_gemeld"};

// The workload: participants with their events, then the queries a caseload dashboard runs.
Timings runWorkload(sqlite3* db, int participants)
{
    Timings timings;
    QElapsedTimer timer;
    timer.start();
    double cpuStart = cpuMs();
    const CipherPages::Count pagesBefore = CipherPages::now();
    sqlite3_stmt* participant = nullptr;
    sqlite3_stmt* event = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO participant (id, naam, geboortedatum, huishouden, profile, created_at) "
        "VALUES (?, ?, '1988-03-14', 'alleenstaand', 'amsterdam-2026', '2026-11-23T10:00:00.000Z')",
        -1, &participant, nullptr);
    sqlite3_prepare_v2(
        db,
        "INSERT INTO trajectory_event (participant_id, type, date, fields, recorded_at, recorded_by) "
        "VALUES (?, ?, ?, '{\"beschikbaar_op\": \"2025-12-12\"}', '2026-11-23T10:00:00.000Z', "
        "'Benchmark')",
        -1, &event, nullptr);
    for (int p = 0; p < participants; ++p) {
        const QByteArray id = "D-" + QByteArray::number(p).rightJustified(5, '0');
        const QByteArray naam = "Fictieve Deelnemer " + QByteArray::number(p);
        exec(db, "BEGIN IMMEDIATE");
        sqlite3_bind_text(participant, 1, id.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(participant, 2, naam.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_step(participant);
        sqlite3_reset(participant);
        for (int e = 0; e < 30; ++e) {
            const QByteArray date =
                QDate(2024, 1, 1).addDays(p % 700 + e * 14).toString(Qt::ISODate).toLatin1();
            sqlite3_bind_text(event, 1, id.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(event, 2, eventTypes[e % 8], -1, SQLITE_STATIC);
            sqlite3_bind_text(event, 3, date.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_step(event);
            sqlite3_reset(event);
        }
        exec(db, "COMMIT");
    }
    sqlite3_finalize(participant);
    sqlite3_finalize(event);
    timings.insertMs = double(timer.nsecsElapsed()) / 1e6;
    timings.insertCpuMs = cpuMs() - cpuStart;
    timings.insertPages = CipherPages::since(pagesBefore);
    cpuStart = cpuMs();

    // Dashboard: per profile, the latest event of everyone, who had an evaluation in a period,
    // and 1,000 participants' histories opened one by one.
    timer.restart();
    const char* const queries[] = {
        "SELECT profile, count(*) FROM participant GROUP BY profile",
        "SELECT participant_id, max(date) FROM trajectory_event GROUP BY participant_id",
        "SELECT DISTINCT participant_id FROM trajectory_event WHERE type = 'evaluatie' AND date BETWEEN "
        "'2025-01-01' AND '2025-06-30'",
        "SELECT p.id, p.naam, count(e.id) FROM participant p JOIN trajectory_event e ON e.participant_id = "
        "p.id "
        "WHERE e.type = 'overlast_gemeld' GROUP BY p.id"};
    qint64 rows = 0;
    for (const char* sql : queries) {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        while (sqlite3_step(statement) == SQLITE_ROW)
            ++rows;
        sqlite3_finalize(statement);
    }
    sqlite3_stmt* history = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT type, date, fields FROM trajectory_event WHERE participant_id = ? ORDER BY id",
                       -1, &history, nullptr);
    for (int i = 0; i < 1000; ++i) {
        const QByteArray id = "D-" + QByteArray::number((i * 7919) % participants).rightJustified(5, '0');
        sqlite3_bind_text(history, 1, id.constData(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(history) == SQLITE_ROW)
            ++rows;
        sqlite3_reset(history);
    }
    sqlite3_finalize(history);
    timings.queriesMs = double(timer.nsecsElapsed()) / 1e6;
    timings.queriesCpuMs = cpuMs() - cpuStart;
    if (rows == 0)
        std::fprintf(stderr, "no rows?\n");
    return timings;
}

// The store's schema, read from a real case file, so both files have exactly the same tables.
QList<QByteArray> schemaOf(sqlite3* store)
{
    QList<QByteArray> statements;
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(
        store,
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid", -1,
        &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        statements << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return statements;
}

sqlite3* handleOf(const EncryptedStore& store)
{
    return static_cast<sqlite3*>(store.database().driver()->handle().value<void*>());
}

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(fraction * double(values.size()))));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const int participants = argc > 1 ? std::max(100, atoi(argv[1])) : 10000;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    const int autosaves = argc > 3 ? std::max(100, atoi(argv[3])) : 2000;
    const SecretBytes passphrase(QByteArray("Kraanvogel-Zomer-2026"));

    std::printf("%d participants x 30 events, %d rounds; per round the three files in turn, order rotating\n",
                participants, rounds);
    std::printf(
        "round  file                 insert wall (cpu)     queries wall (cpu)   total/plain wall  cpu\n");
    QList<double> wallRatios[2];
    QList<double> cpuRatios[2];
    const char* const names[] = {"format 2 (4096, key)", "format 1 (1024, key)", "plain SQLite (4096) "};
    for (int round = 1; round <= rounds; ++round) {
        QTemporaryDir folder;
        auto keyedStore = EncryptedStore::create(folder.filePath(QStringLiteral("keyed.thuis")), passphrase,
                                                 KdfParameters::cheapForTestsOnly());
        if (!keyedStore) {
            std::fprintf(stderr, "%s\n", qPrintable(keyedStore.errors().join(u'\n')));
            return 1;
        }
        const EncryptedStore& keyed = *keyedStore.value();
        const QList<QByteArray> schema = schemaOf(handleOf(keyed));
        // Format 1 for comparison: the same key with SQLCipher 3's 1024-byte pages.
        KeyedConnection format1;
        const Result<SecretBytes> key =
            StoreKey::derive(passphrase, StoreKey::newSalt(), KdfParameters::cheapForTestsOnly());
        if (const QString error = format1.open(folder.filePath(QStringLiteral("format1.thuis")), key.value(),
                                               KeyedConnection::Mode::Create, 1024);
            !error.isEmpty())
            qFatal("format 1 comparison file: %s", qPrintable(error));
        sqlite3* plain = nullptr;
        sqlite3_open(folder.filePath(QStringLiteral("plain.sqlite")).toUtf8().constData(), &plain);
        // The driver's pragmas; SQLite's own page size is 4096, as in store format 2.
        for (sqlite3* db : {format1.handle(), plain}) {
            for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                       "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536"})
                exec(db, pragma);
            for (const QByteArray& statement : schema)
                exec(db, statement.constData());
        }

        sqlite3* const files[] = {handleOf(keyed), format1.handle(), plain};
        Timings timings[3];
        for (int turn = 0; turn < 3; ++turn) {
            const int which = (turn + round) % 3; // neither always meets the warmest disk cache
            timings[which] = runWorkload(files[which], participants);
        }
        sqlite3_close(plain);
        for (int which = 0; which < 3; ++which) {
            const double wall = timings[which].totalMs() / timings[2].totalMs();
            const double cpu = timings[which].totalCpuMs() / timings[2].totalCpuMs();
            if (which < 2) {
                wallRatios[which] << wall;
                cpuRatios[which] << cpu;
            }
            std::printf("%5d  %s  %7.0f (%5.0f) ms  %7.0f (%5.0f) ms  %13.2fx  %5.2fx\n", round, names[which],
                        timings[which].insertMs, timings[which].insertCpuMs, timings[which].queriesMs,
                        timings[which].queriesCpuMs, wall, cpu);
            if (CipherPages::available() && which < 2)
                std::printf("       pages ciphered per commit: %.1f encrypted, %.1f decrypted\n",
                            double(timings[which].insertPages.encrypted) / participants,
                            double(timings[which].insertPages.decrypted) / participants);
        }

        if (round == rounds) {
            // Autosave on the full keyed file, through QtSql as the wizard does it.
            const Actor actor{QStringLiteral("Benchmark"), QString(), QStringLiteral("begeleider")};
            FormAnswerRepository answers(keyed.database());
            const qint64 form =
                answers
                    .createForm(QStringLiteral("D-00001"), QStringLiteral("supplement-wonen"),
                                QStringLiteral("amsterdam-2026"), actor, QDateTime::currentDateTimeUtc())
                    .value();
            QList<double> milliseconds;
            const CipherPages::Count pagesBefore = CipherPages::now();
            for (int i = 0; i < autosaves; ++i) {
                QElapsedTimer timer;
                timer.start();
                const QString error = answers.saveAnswer(
                    form, QStringLiteral("veld-%1").arg(i % 60),
                    QStringLiteral("Antwoord %1 met wat tekst zoals een begeleider die typt").arg(i), actor,
                    QDateTime::currentDateTimeUtc());
                milliseconds << double(timer.nsecsElapsed()) / 1e6;
                if (!error.isEmpty()) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
            }
            std::printf(
                "autosave of one answer (%d saves, keyed file of %d participants): p50 %.2f ms, p99 %.2f "
                "ms, max %.2f ms\n",
                autosaves, participants, percentile(milliseconds, 0.5), percentile(milliseconds, 0.99),
                percentile(milliseconds, 1.0));
            if (CipherPages::available()) {
                const CipherPages::Count pages = CipherPages::since(pagesBefore);
                std::printf("       pages ciphered per autosave: %.1f encrypted, %.1f decrypted\n",
                            double(pages.encrypted) / autosaves, double(pages.decrypted) / autosaves);
            }
        }
    }
    for (int which = 0; which < 2; ++which)
        std::printf("%s / plain: median wall %.2fx, median cpu %.2fx\n", names[which],
                    percentile(wallRatios[which], 0.5), percentile(cpuRatios[which], 0.5));
    return 0;
}
