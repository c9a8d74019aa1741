// Benchmark, not a test (issue 7): rendering a completed Woonevaluatieformulier to PDF and
// sealing it with the care provider's certificate (FormExport::render, what "Opslaan als pdf"
// and `pdf export --sign` do), against today's practice measured in the same run: LibreOffice
// headless converting an equivalent .docx of the same form (tests/benchmarks/make_form_docx.py).
// Goal: render and sign ≤ 200 ms.
//   build/ci/tests/benchmarks/pdf_benchmark [rounds] [libreoffice-rounds]
// Needs openssl (a test certificate is made), and for the comparison soffice and python3-docx;
// without soffice the comparison is skipped and says so.
#include "filing/FormFiling.h"
#include "pdf/FormExport.h"
#include "store/EncryptedStore.h"
#include "store/TrajectoryRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double at(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(fraction * double(values.size()))));
}

bool runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(120000) && process.exitCode() == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const int rounds = argc > 1 ? std::max(3, atoi(argv[1])) : 20;
    const int officeRounds = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    QTemporaryDir folder;
    const QString dir = folder.path() + u'/';

    auto store = EncryptedStore::create(dir + QStringLiteral("dossiers.thuis"),
                                        SecretBytes(QByteArray("Kraanvogel-Zomer-2026")),
                                        KdfParameters::cheapForTestsOnly());
    QFile trajectoryFile(
        QStringLiteral(THUIS_SOURCE_DIR "/tests/core/trajectories/amsterdam-2026-omklap.json"));
    QFile answersFile(
        QStringLiteral(THUIS_SOURCE_DIR "/tests/tooling/fixtures/forms-answers/woonevaluatie-2026.json"));
    if (!store || !trajectoryFile.open(QIODevice::ReadOnly) || !answersFile.open(QIODevice::ReadOnly))
        return 1;
    const Actor actor{QStringLiteral("Benchmark"), QString(), QStringLiteral("begeleider")};
    const QDate today(2026, 11, 23);
    if (!TrajectoryRepository(store.value()->database())
             .importTrajectory(Trajectory::fromJson(trajectoryFile.readAll()).value(), actor, today,
                               QDateTime::currentDateTimeUtc())
             .isEmpty())
        return 1;
    const QByteArray answersJson = answersFile.readAll();
    FormAnswers answers;
    const FormDefinition definition =
        FormDefinition::builtIn(QStringLiteral("woonevaluatie"), QStringLiteral("2026")).value();
    const QJsonObject given = QJsonDocument::fromJson(answersJson).object();
    for (auto entry = given.begin(); entry != given.end(); ++entry)
        answers.insert(entry.key(),
                       FormCheck::storedValue(*definition.field(entry.key()), entry.value()).value());
    FormFiling filing(store.value()->database(), actor, QDateTime(today, QTime(9, 30)));
    const qint64 form =
        filing.start(QStringLiteral("D-0001"), QStringLiteral("woonevaluatie"), {}, {}, answers).value();
    if (!filing.finalise(form).isEmpty())
        return 1;

    for (const QString& step :
         {QStringLiteral(
              "req|-x509|-newkey|rsa:2048|-nodes|-keyout|%1zorg.key|-out|%1zorg.pem|-days|30|-subj|"
              "/CN=Stichting Voorbeeldzorg"),
          QStringLiteral(
              "pkcs12|-export|-inkey|%1zorg.key|-in|%1zorg.pem|-out|%1zorg.p12|-passout|pass:geheim")}) {
        if (!runTool(QStringLiteral("openssl"), step.arg(dir).split(u'|')))
            return 1;
    }
    QFile p12(dir + QStringLiteral("zorg.p12"));
    if (!p12.open(QIODevice::ReadOnly))
        return 1;
    PdfSeal::Request seal{p12.readAll(), SecretBytes(QByteArray("geheim")), QDateTime::currentDateTimeUtc()};

    const FormExport exporter(store.value()->database(), actor, today);
    QList<double> renderMs;
    QList<double> sealedMs;
    int pages = 0;
    for (int round = 0; round < rounds + 1; ++round) {
        QElapsedTimer timer;
        timer.start();
        const Result<FormPdf::Output> plain = exporter.render(form, QStringLiteral("zorgaanbieder"));
        const double plainMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const Result<FormPdf::Output> sealed = exporter.render(form, QStringLiteral("zorgaanbieder"), &seal);
        const double sealMs = double(timer.nsecsElapsed()) / 1e6;
        if (!plain || !sealed) {
            std::fprintf(stderr, "%s\n", qPrintable((plain.errors() + sealed.errors()).join(u' ')));
            return 1;
        }
        pages = sealed->pages;
        if (round == 0)
            continue; // the first round loads fonts and the certificate code
        renderMs << plainMs;
        sealedMs << sealMs;
    }
    std::printf("Woonevaluatieformulier, %d pages, %d rounds\n", pages, rounds);
    std::printf("render:          min %.1f / median %.1f / max %.1f ms\n", at(renderMs, 0), at(renderMs, 0.5),
                at(renderMs, 1));
    std::printf("render and seal: min %.1f / median %.1f / max %.1f ms\n", at(sealedMs, 0), at(sealedMs, 0.5),
                at(sealedMs, 1));

    // Today's practice: a Word document of the same form converted by LibreOffice.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        std::printf("libreoffice: soffice not installed, comparison skipped\n");
        return 0;
    }
    const QString docx = dir + QStringLiteral("woonevaluatie.docx");
    QFile answersCopy(dir + QStringLiteral("answers.json"));
    if (!answersCopy.open(QIODevice::WriteOnly) || answersCopy.write(answersJson) < 0)
        return 1;
    answersCopy.close();
    if (!runTool(QStringLiteral("python3"),
                 {QStringLiteral(THUIS_SOURCE_DIR "/tests/benchmarks/make_form_docx.py"),
                  QStringLiteral(THUIS_SOURCE_DIR "/forms/woonevaluatie/2026.json"), answersCopy.fileName(),
                  docx})) {
        std::printf("libreoffice: the .docx could not be made (python3-docx), comparison skipped\n");
        return 0;
    }
    const QStringList convert{QStringLiteral("-env:UserInstallation=file://") + dir +
                                  QStringLiteral("lo-profile"),
                              QStringLiteral("--headless"),
                              QStringLiteral("--convert-to"),
                              QStringLiteral("pdf"),
                              QStringLiteral("--outdir"),
                              dir + QStringLiteral("lo-out"),
                              docx};
    QList<double> officeMs;
    double coldMs = 0;
    for (int round = 0; round < officeRounds + 1; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!runTool(soffice, convert))
            return 1;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (round == 0)
            coldMs = ms; // a new LibreOffice profile is made on the first start
        else
            officeMs << ms;
    }
    std::printf(
        "libreoffice --convert-to pdf (unsigned): first %.0f ms; then min %.0f / median %.0f / max %.0f ms "
        "(%d rounds)\n",
        coldMs, at(officeMs, 0), at(officeMs, 0.5), at(officeMs, 1), officeRounds);
    std::printf("ratio, median: libreoffice (unsigned) / ours (render and seal) = %.0f\n",
                at(officeMs, 0.5) / at(sealedMs, 0.5));
    return 0;
}
