#include "TrajectoryCommands.h"

#include "CliCommands.h"

#include "RuleTestIndex.h"
#include "common/InputFile.h"
#include "trajectory/EvaluationReport.h"
#include "trajectory/IsoDate.h"

#include "trajectory/RuleDiagram.h"
#include "trajectory/RuleExplanation.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

int TrajectoryCommands::trajectory(const QStringList& arguments)
{
    if (arguments.value(0) == u"evaluate")
        return evaluate(arguments.mid(1));
    m_err << tr("Usage: thuisindewijk-cli trajectory evaluate FILE.json [--today YYYY-MM-DD] [--json]")
          << Qt::endl;
    return CliCommands::UsageError;
}

int TrajectoryCommands::rules(const QStringList& arguments)
{
    if (arguments.value(0) == u"diagram")
        return diagram(arguments.mid(1));
    if (arguments.value(0) == u"explain")
        return explain(arguments.mid(1));
    m_err << tr("Usage: thuisindewijk-cli rules diagram --profile PROFILE [--format dot|mermaid] | rules "
                "explain "
                "--profile PROFILE [--tests DIR]")
          << Qt::endl;
    return CliCommands::UsageError;
}

int TrajectoryCommands::explain(const QStringList& arguments)
{
    const auto options =
        CliCommands::options(arguments, {QStringLiteral("--profile"), QStringLiteral("--tests")});
    if (!options || !options->contains(QStringLiteral("--profile")))
        return usageError(options.errors(),
                          tr("Usage: thuisindewijk-cli rules explain --profile PROFILE [--tests DIR]"));
    const QString profileId = options->value(QStringLiteral("--profile"));
    const QString testsFolder = options->value(QStringLiteral("--tests"));
    const Result<RuleProfile> profile = RuleProfile::builtIn(profileId);
    const Result<RuleBook> region = RuleBook::builtIn(profileId);
    if (!profile || !region) {
        for (const QString& error : profile ? region.errors() : profile.errors())
            m_err << error << Qt::endl;
        return CliCommands::UsageError;
    }
    if (!testsFolder.isEmpty() && !QFileInfo(testsFolder).isDir()) {
        m_err << tr("The folder %1 does not exist.").arg(testsFolder) << Qt::endl;
        return CliCommands::UsageError;
    }
    QStringList keys;
    for (const PhaseDefinition& phase : profile->phases)
        keys << QStringLiteral("phases.") + phase.id;
    for (const EventRule& rule : profile->events)
        keys << QStringLiteral("events.") + rule.type;
    for (const FlagRule& flag : profile->flags)
        keys << QStringLiteral("flags.") + flag.id;
    for (const DeadlineRule& rule : profile->deadlines)
        keys << QStringLiteral("deadlines.") + rule.id;
    if (profile->omklap) {
        for (const QString& condition : profile->omklap->conditionCodes())
            keys << QStringLiteral("omklap.") + condition;
    }
    const QHash<QString, QStringList> tests = testsFolder.isEmpty()
                                                  ? QHash<QString, QStringList>()
                                                  : RuleTestIndex::scan(testsFolder, profileId, keys);
    m_out << RuleExplanation::markdown(profile.value(), region.value(), tests);
    m_out.flush();
    return CliCommands::Success;
}

int TrajectoryCommands::evaluate(const QStringList& arguments)
{
    QStringList files;
    const auto options =
        CliCommands::options(arguments, {QStringLiteral("--today")}, {QStringLiteral("--json")}, &files);
    if (!options || files.size() != 1)
        return usageError(
            options.errors(),
            tr("Usage: thuisindewijk-cli trajectory evaluate FILE.json [--today YYYY-MM-DD] [--json]"));
    const QString todayText = options->value(QStringLiteral("--today"));
    const bool json = options->contains(QStringLiteral("--json"));
    // The command line is the one place that reads the clock: core only ever gets a date.
    const QDate today = options->contains(QStringLiteral("--today")) ? parseIsoDate(todayText)
                                                                     : CliCommands::clock().now().date();
    if (!today.isValid()) {
        m_err << tr("--today \"%1\" is not a date of the form YYYY-MM-DD.").arg(todayText) << Qt::endl;
        return CliCommands::UsageError;
    }

    const QString& path = files.first();
    const Result<QByteArray> contents = InputFile::read(path, InputFile::jsonLimit);
    if (!contents) {
        m_err << contents.errors().join(u' ') << Qt::endl;
        return CliCommands::Failure;
    }
    const Result<Trajectory> trajectory = Trajectory::fromJson(contents.value());
    if (!trajectory) {
        for (const QString& error : trajectory.errors())
            m_err << path << ": " << error << Qt::endl;
        return CliCommands::UsageError;
    }
    const Result<TrajectoryEngine> engine =
        TrajectoryEngine::builtIn(trajectory->profileId, WorkingDays(m_holidays));
    if (!engine) {
        for (const QString& error : engine.errors())
            m_err << path << ": " << error << Qt::endl;
        return CliCommands::UsageError;
    }
    const Result<Evaluation> evaluation = engine->evaluate(trajectory.value(), today);
    if (!evaluation) {
        for (const QString& error : evaluation.errors())
            m_err << path << ": " << error << Qt::endl;
        return CliCommands::UsageError;
    }
    if (json)
        m_out << EvaluationReport::toJsonText(evaluation.value());
    else
        m_out << EvaluationReport::toText(evaluation.value());
    m_out.flush();
    return CliCommands::Success;
}

int TrajectoryCommands::diagram(const QStringList& arguments)
{
    const auto options =
        CliCommands::options(arguments, {QStringLiteral("--profile"), QStringLiteral("--format")});
    const QString format =
        options ? options->value(QStringLiteral("--format"), QStringLiteral("dot")) : QString();
    if (!options || !options->contains(QStringLiteral("--profile")) ||
        (format != u"dot" && format != u"mermaid"))
        return usageError(
            options.errors(),
            tr("Usage: thuisindewijk-cli rules diagram --profile PROFILE [--format dot|mermaid]"));
    const QString profileId = options->value(QStringLiteral("--profile"));
    const Result<RuleProfile> profile = RuleProfile::builtIn(profileId);
    if (!profile) {
        for (const QString& error : profile.errors())
            m_err << error << Qt::endl;
        return CliCommands::UsageError;
    }
    m_out << (format == u"dot" ? RuleDiagram::dot(profile.value()) : RuleDiagram::mermaid(profile.value()));
    m_out.flush();
    return CliCommands::Success;
}

int TrajectoryCommands::usageError(const QStringList& problems, const QString& usage)
{
    for (const QString& problem : problems)
        m_err << problem << Qt::endl;
    m_err << usage << Qt::endl;
    return CliCommands::UsageError;
}
