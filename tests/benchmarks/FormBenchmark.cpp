// Benchmark, not a test (issue 6): opening the Woonevaluatie wizard, and autosaving one answer
// (what the wizard writes per change: one transaction with its audit row), in an encrypted case
// file with many participants. Goals: opening ≤ 150 ms, autosave p99 ≤ 10 ms.
//   QT_QPA_PLATFORM=offscreen build/ci/tests/benchmarks/form_benchmark [participants] [saves]
// THUIS_BENCH_STORE=FILE uses (or keeps) that case file, e.g. the caseload benchmark's.
// Setup writes with synchronous=OFF; the measured autosaves run with the store's own FULL.
#include "FormWizardPage.h"
#include "ShiftedTrajectory.h"

#include "application/Clock.h"
#include "filing/FormFiling.h"
#include "store/StoreSession.h"
#include "store/TrajectoryRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(fraction * double(values.size()))));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    const int saves = argc > 2 ? std::max(10, atoi(argv[2])) : 1000;
    QFile file(QStringLiteral(THUIS_SOURCE_DIR "/tests/core/trajectories/amsterdam-2026-omklap.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const Trajectory example = Trajectory::fromJson(file.readAll()).value();

    QTemporaryDir folder;
    const QString kept = qEnvironmentVariable("THUIS_BENCH_STORE");
    const QString path = kept.isEmpty() ? folder.filePath(QStringLiteral("dossiers.thuis")) : kept;
    const bool reuse = !kept.isEmpty() && QFile::exists(kept);
    const SecretBytes passphrase(QByteArray("Kraanvogel-Zomer-2026"));
    SystemClock clock;
    StoreSession session(clock, KdfParameters::cheapForTestsOnly());
    const StoreSession::Outcome opened =
        reuse ? session.open(path, passphrase) : session.create(path, passphrase);
    if (!opened.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    const Actor actor{QStringLiteral("Benchmark"), QString(), QStringLiteral("begeleider")};
    const QDate today(2026, 11, 23);
    if (!reuse) {
        QSqlQuery(session.database()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        TrajectoryRepository repository(session.database());
        for (int i = 0; i < count; ++i) {
            Trajectory copy = shifted(example, -(i % 1500));
            copy.deelnemer.id = QStringLiteral("D-%1").arg(i, 5, 10, QLatin1Char('0'));
            copy.deelnemer.naam = QStringLiteral("Deelnemer %1").arg(i);
            if (const QString error =
                    repository.importTrajectory(copy, actor, today, QDateTime::currentDateTimeUtc());
                !error.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        QSqlQuery(session.database()).exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    QSqlQuery participants(session.database());
    participants.exec(QStringLiteral("SELECT count(*) FROM participant"));
    participants.next();
    const int participantCount = participants.value(0).toInt();

    FormFiling filing(session.database(), actor, QDateTime(today, QTime(9, 30)));
    const Result<qint64> form = filing.start(QStringLiteral("D-00000"), QStringLiteral("woonevaluatie"));
    if (!form) {
        std::fprintf(stderr, "%s\n", qPrintable(form.errors().join(u' ')));
        return 1;
    }

    // Opening: from the click to a wizard on screen (definition loaded, answers read,
    // pre-fill and pages built, resumed, shown and laid out).
    QList<double> openMs;
    for (int round = 0; round < 21; ++round) {
        QElapsedTimer timer;
        timer.start();
        FormWizardPage wizard(session, actor);
        if (const QString error = wizard.open(form.value(), today); !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        wizard.resize(1366, 768);
        wizard.show();
        QApplication::processEvents();
        openMs << double(timer.nsecsElapsed()) / 1e6;
    }
    const double firstOpen = openMs.takeFirst(); // includes the style's and fonts' first use

    // Autosave: one answer per transaction, as the wizard writes it, alternating two texts.
    QList<double> saveMs;
    for (int i = 0; i < saves; ++i) {
        const QString field = (i % 2 == 0) ? QStringLiteral("ervaring_wonen") : QStringLiteral("portiek");
        QElapsedTimer timer;
        timer.start();
        if (const QString error =
                filing.saveAnswer(form.value(), field, QStringLiteral("Antwoord %1").arg(i));
            !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        saveMs << double(timer.nsecsElapsed()) / 1e6;
    }

    std::printf("case file: %d participants\n", participantCount);
    std::printf("open wizard (Woonevaluatie 2026): first %.1f ms; then min %.1f / median %.1f / max %.1f ms "
                "(20 rounds)\n",
                firstOpen, percentile(openMs, 0.0), percentile(openMs, 0.5), percentile(openMs, 1.0));
    std::printf("autosave one answer: p50 %.2f / p99 %.2f / max %.2f ms (%d saves)\n",
                percentile(saveMs, 0.5), percentile(saveMs, 0.99), percentile(saveMs, 1.0), saves);
    return 0;
}
