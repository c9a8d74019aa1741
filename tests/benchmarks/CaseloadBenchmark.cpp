// Benchmark, not a test: "Mijn deelnemers" with 10,000 participants (~31 events each) in an
// encrypted case file. Opening = Caseload::load (two queries + one engine evaluation each) and
// handing the rows to the table model; filtering = the proxy model re-filtering per keystroke
// while "de boer" is typed. Goals (issue 5): open ≤ 300 ms, ≤ 50 ms per keystroke.
//   build/ci/tests/benchmarks/caseload_benchmark [participants] [rounds]
// Setup writes with synchronous=OFF (setup only; the measured reads are unaffected).
#include "CaseloadModel.h"
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

    QTemporaryDir folder;
    auto created = EncryptedStore::create(folder.filePath(QStringLiteral("dossiers.thuis")),
                                          SecretBytes(QByteArray("Kraanvogel-Zomer-2026")),
                                          KdfParameters::cheapForTestsOnly());
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
    for (int i = 0; i < count; ++i) {
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

    QList<double> loadMs;
    QList<double> modelMs;
    QList<double> keystrokeMs;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const Result<QList<CaseloadRow>> rows = Caseload::load(store->database(), today);
        loadMs << double(timer.nsecsElapsed()) / 1e6;
        if (!rows)
            return 1;
        timer.restart();
        CaseloadModel model;
        CaseloadFilter filter;
        filter.setSourceModel(&model);
        filter.sort(CaseloadModel::Datum, Qt::AscendingOrder);
        model.setRows(rows.value(), today);
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
    std::printf("open: Caseload::load median %.0f ms, model+sort median %.0f ms, total median %.0f ms\n",
                median(loadMs), median(modelMs), median(loadMs) + median(modelMs));
    std::printf("filter per keystroke: median %.1f ms, max %.1f ms (%lld keystrokes)\n", median(keystrokeMs),
                *std::max_element(keystrokeMs.cbegin(), keystrokeMs.cend()),
                static_cast<long long>(keystrokeMs.size()));
    return 0;
}
