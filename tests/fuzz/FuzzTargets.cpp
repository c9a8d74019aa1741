// libFuzzer targets for every parser that reads what a user or another organisation hands the
// program (issue 16). One source, one target per THUIS_FUZZ_TARGET (tests/fuzz/CMakeLists.txt), so
// each binary has one entry point. Each target only has to not crash, hang or trip ASan/UBSan;
// the refusals themselves are the unit tests' business. Run: tests/fuzz/run-fuzzers.sh.
#include "common/StrictJson.h"
#include "forms/AnswersFile.h"
#include "forms/FormDefinition.h"
#include "forms/FormExpression.h"
#include "pdf/PdfSeal.h"
#include "trajectory/RuleBook.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/Trajectory.h"
#include "trajectory/TrajectoryEngine.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <map>

namespace {

QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

[[maybe_unused]] void formExpression(const QByteArray& input)
{
    const Result<FormExpression> expression = FormExpression::parse(QString::fromUtf8(input));
    if (!expression)
        return;
    // Every named field answered with a date, a number and nothing in turn.
    for (const char* answer : {"2026-11-30", "12", ""}) {
        static_cast<void>(expression->isTrue([answer](const QString&) { return QString::fromLatin1(answer); },
                                             QStringLiteral("x")));
    }
}

[[maybe_unused]] void formDefinition(const QByteArray& input)
{
    static_cast<void>(FormDefinition::fromJson(input, QStringLiteral("fuzz/2026.json")));
}

[[maybe_unused]] void trajectory(const QByteArray& input)
{
    const Result<Trajectory> read = Trajectory::fromJson(input);
    if (!read)
        return;
    // The file's own region when it is a built-in one, else Amsterdam: the engine is fuzzed too.
    // (Only built-in names reach builtIn(): it keeps what it was asked for.)
    static const QStringList regions = RuleBook::builtInRegions();
    static std::map<QString, TrajectoryEngine> engines;
    const QString region = regions.contains(read->profileId) ? read->profileId : QStringLiteral("amsterdam");
    if (engines.find(region) == engines.end())
        engines.emplace(region, TrajectoryEngine::builtIn(region).value());
    const TrajectoryEngine& engine = engines.at(region);
    static_cast<void>(engine.evaluate(read.value(), QDate(2026, 11, 30)));
}

[[maybe_unused]] void answers(const QByteArray& input)
{
    static const Result<FormDefinition> woonevaluatie =
        FormDefinition::builtIn(QStringLiteral("woonevaluatie"), QStringLiteral("2026"));
    static_cast<void>(AnswersFile::read(input, woonevaluatie.value()));
}

[[maybe_unused]] void ruleProfile(const QByteArray& input)
{
    static_cast<void>(RuleProfile::fromJson(input, QStringLiteral("fuzz.json")));
}

[[maybe_unused]] void pdfSignatures(const QByteArray& input)
{
    static_cast<void>(PdfSignatures::check(input));
}

[[maybe_unused]] void strictJson(const QByteArray& input)
{
    static_cast<void>(StrictJson::firstProblem(input));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    THUIS_FUZZ_TARGET(bytes(data, size));
    return 0;
}
