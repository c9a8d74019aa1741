// Benchmark, not a test: evaluates 10,000 trajectories of ~30 events single-threaded and
// prints min/median/max over several rounds. docs/benchmarks.md records the figures.
//   build/ci/tests/benchmarks/trajectory_benchmark [rounds] [trajectories]
#include "ShiftedTrajectory.h"

#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const int count = argc > 2 ? std::max(1, atoi(argv[2])) : 10000;

    QFile file(QStringLiteral(THUIS_SOURCE_DIR "/tests/core/trajectories/amsterdam-2026-omklap.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const Trajectory example = Trajectory::fromJson(file.readAll()).value();
    // THUIS_BENCH_BY_DATE=1: as the program evaluates, the region's editions by date (the shifted
    // copies span 2022-2026, so most cross from the 2020 into the 2026 edition); otherwise the one
    // edition the file names, as the figures before editions were measured.
    const bool byDate = qEnvironmentVariableIsSet("THUIS_BENCH_BY_DATE");
    const TrajectoryEngine engine = byDate
                                        ? TrajectoryEngine::builtIn(example.profileId).value()
                                        : TrajectoryEngine(RuleProfile::builtIn(example.profileId).value());

    QList<Trajectory> trajectories;
    qsizetype events = 0;
    for (int i = 0; i < count; ++i) {
        trajectories.append(shifted(example, -(i % 1500)));
        events += trajectories.last().events.size();
    }
    const QDate today(2026, 11, 23);

    QList<double> milliseconds;
    qsizetype deadlines = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        deadlines = 0;
        for (const Trajectory& trajectory : trajectories) {
            const Result<Evaluation> evaluation = engine.evaluate(trajectory, today);
            if (!evaluation)
                return 2;
            deadlines += evaluation->deadlines.size();
        }
        milliseconds.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    std::printf("trajectories=%lld events=%lld deadlines=%lld rounds=%d editions=%s\n",
                qint64(trajectories.size()), qint64(events), qint64(deadlines), rounds,
                byDate ? "by date" : "one");
    std::printf("ms: min %.1f median %.1f max %.1f\n", milliseconds.first(),
                milliseconds.at(milliseconds.size() / 2), milliseconds.last());
    return 0;
}
