// Benchmark, not a test: "Mijn deelnemers" with 10,000 participants (~31 events each) in an
// encrypted case file. Opening = Caseload::load and handing the rows to the table model, on a
// day the app prepared (the summaries kept in the store) and on a day it did not (every
// trajectory evaluated); preparing = Caseload::prepareDay in the app's slices; filtering = the
// proxy model re-filtering per keystroke while "de boer" is typed.
// Goals (issue 5): open ≤ 300 ms, ≤ 50 ms per keystroke.
//   build/ci/tests/benchmarks/caseload_benchmark [participants] [rounds]
// Setup writes with synchronous=OFF (setup only; the measured reads are unaffected).
// THUIS_BENCH_STORE=FILE keeps the generated case file for the next run.
#include "CaseloadModel.h"
#include "CaseloadPreparer.h"
#include "ShiftedTrajectory.h"

#include "caseload/Caseload.h"
#include "store/EncryptedStore.h"
#include "store/TrajectoryRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

Trajectory shiftedFor(const Trajectory& example, int days, const QString& id, const QString& naam)
{
    Trajectory copy = shifted(example, days);
    copy.deelnemer.id = id;
    copy.deelnemer.naam = naam;
    return copy;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const int count = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    QFile file(QStringLiteral(THUIS_SOURCE_DIR "/tests/core/trajectories/amsterdam-2026-omklap.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const Trajectory example = Trajectory::fromJson(file.readAll()).value();

    // THUIS_BENCH_STORE=FILE keeps the generated case file, so that later runs skip the setup.
    QTemporaryDir folder;
    const QString kept = qEnvironmentVariable("THUIS_BENCH_STORE");
    const QString path = kept.isEmpty() ? folder.filePath(QStringLiteral("dossiers.thuis")) : kept;
    const bool reuse = !kept.isEmpty() && QFile::exists(kept);
    const SecretBytes passphrase(QByteArray("Kraanvogel-Zomer-2026"));
    auto created = reuse ? EncryptedStore::open(path, passphrase, KdfParameters::cheapForTestsOnly())
                         : EncryptedStore::create(path, passphrase, KdfParameters::cheapForTestsOnly());
    if (!created)
        return 1;
    const auto& store = created.value();
    QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    const QStringList firstNames{QStringLiteral("Zoë"),  QStringLiteral("Bram"),   QStringLiteral("Ceylan"),
                                 QStringLiteral("Daan"), QStringLiteral("Fatima"), QStringLiteral("Jan")};
    const QStringList lastNames{QStringLiteral("de Boer"),   QStringLiteral("Jansen"),
                                QStringLiteral("Yıldız"),    QStringLiteral("Bakker"),
                                QStringLiteral("El Amrani"), QStringLiteral("Visser")};
    const Actor actor{QStringLiteral("Benchmark"), QString(), QStringLiteral("begeleider")};
    const QDate today(2026, 11, 23);
    TrajectoryRepository repository(store->database());
    for (int i = 0; !reuse && i < count; ++i) {
        const QString naam =
            firstNames.at(i % 6) + u' ' + lastNames.at((i / 6) % 6) + u' ' + QString::number(i);
        const QString error = repository.importTrajectory(
            shiftedFor(example, -(i % 1500), QStringLiteral("D-%1").arg(i, 5, 10, QLatin1Char('0')), naam),
            actor, today, QDateTime::currentDateTimeUtc());
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA synchronous = FULL"));

    // The first opening of a day on which nothing was prepared: every trajectory is evaluated
    // and its summary kept (the summaries are dropped before each round).
    QList<double> coldMs;
    for (int round = 0; round < rounds; ++round) {
        QSqlQuery(store->database()).exec(QStringLiteral("DELETE FROM caseload_summary"));
        QElapsedTimer timer;
        timer.start();
        if (!Caseload::load(store->database(), today))
            return 1;
        coldMs << double(timer.nsecsElapsed()) / 1e6;
    }
    // Preparing tomorrow in the app's slices, while the caseworker works on.
    QList<double> sliceMs;
    QElapsedTimer total;
    total.start();
    for (;;) {
        QElapsedTimer timer;
        timer.start();
        const Result<int> prepared =
            Caseload::prepareDay(store->database(), today.addDays(1), CaseloadPreparer::participantsPerStep);
        if (!prepared)
            return 1;
        if (prepared.value() == 0)
            break;
        sliceMs << double(timer.nsecsElapsed()) / 1e6;
    }
    const double prepareMs = double(total.nsecsElapsed()) / 1e6;

    QList<double> loadMs;
    QList<double> modelMs;
    QList<double> keystrokeMs;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const Result<QList<CaseloadRow>> rows = Caseload::load(store->database(), today.addDays(1));
        loadMs << double(timer.nsecsElapsed()) / 1e6;
        if (!rows)
            return 1;
        timer.restart();
        CaseloadModel model;
        CaseloadFilter filter;
        filter.setSourceModel(&model);
        filter.sort(CaseloadModel::Datum, Qt::AscendingOrder);
        model.setRows(rows.value(), today.addDays(1));
        modelMs << double(timer.nsecsElapsed()) / 1e6;
        const QString typed = QStringLiteral("de boer");
        for (qsizetype length = 1; length <= typed.size(); ++length) {
            timer.restart();
            filter.setSearchText(typed.left(length));
            keystrokeMs << double(timer.nsecsElapsed()) / 1e6;
        }
        if (round == 0)
            std::printf("%d participants, %lld rows shown after \"de boer\"\n", count,
                        static_cast<long long>(filter.rowCount()));
    }
    std::printf("open (day prepared): Caseload::load min %.0f / median %.0f / max %.0f ms, model+sort median "
                "%.0f ms\n",
                *std::min_element(loadMs.cbegin(), loadMs.cend()), median(loadMs),
                *std::max_element(loadMs.cbegin(), loadMs.cend()), median(modelMs));
    std::printf("open (day not prepared): Caseload::load min %.0f / median %.0f / max %.0f ms\n",
                *std::min_element(coldMs.cbegin(), coldMs.cend()), median(coldMs),
                *std::max_element(coldMs.cbegin(), coldMs.cend()));
    std::printf("preparing the next day: %.0f ms in %lld slices of %d, slice median %.0f / max %.0f ms\n",
                prepareMs, static_cast<long long>(sliceMs.size()), CaseloadPreparer::participantsPerStep,
                median(sliceMs), *std::max_element(sliceMs.cbegin(), sliceMs.cend()));
    std::printf("filter per keystroke: median %.1f ms, max %.1f ms (%lld keystrokes)\n", median(keystrokeMs),
                *std::max_element(keystrokeMs.cbegin(), keystrokeMs.cend()),
                static_cast<long long>(keystrokeMs.size()));
    return 0;
}
