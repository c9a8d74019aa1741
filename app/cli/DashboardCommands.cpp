#include "DashboardCommands.h"

#include "CliCommands.h"
#include "PassphraseInput.h"
#include "StoreCommands.h"
#include "common/DateText.h"

#include "dashboard/Dashboard.h"
#include "dashboard/DashboardPdf.h"
#include "dashboard/DashboardReport.h"
#include "demo/DemoGenerator.h"
#include "store/EncryptedStore.h"
#include "store/PassphraseStrength.h"
#include "trajectory/IsoDate.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

const QString demoUsage = QStringLiteral(
    "thuisindewijk-cli demo generate STORE --count N --seed S [--begeleiders K] [--today YYYY-MM-DD]");
const QString dashboardUsage =
    QStringLiteral("thuisindewijk-cli dashboard STORE [--today YYYY-MM-DD] [--json] [--zonder-namen] "
                   "[--begeleider NAAM] [--team TEAM] [--corporatie NAAM] [--stadsdeel NAAM] [--profiel ID] "
                   "[--van YYYY-MM-DD] [--tot YYYY-MM-DD] [--pdf FILE] [--csv FILE]");

// A whole number from `text` within [low, high]; nothing otherwise.
std::optional<qint64> number(const QString& text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= low && value <= high ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

QDate DashboardCommands::dateOption(const QHash<QString, QString>& options, const QString& option,
                                    const QDate& absent)
{
    if (!options.contains(option))
        return absent;
    const QDate date = parseIsoDate(options.value(option));
    if (!date.isValid())
        m_err << tr("%1 \"%2\" is not a date of the form YYYY-MM-DD.").arg(option, options.value(option))
              << Qt::endl;
    return date;
}

int DashboardCommands::demo(const QStringList& arguments)
{
    const auto options =
        arguments.size() >= 2 && arguments.first() == u"generate"
            ? CliCommands::options(arguments.mid(2),
                                   {QStringLiteral("--count"), QStringLiteral("--seed"),
                                    QStringLiteral("--begeleiders"), QStringLiteral("--today")})
            : Result<QHash<QString, QString>>::failure(QString());
    if (!options || !options->contains(QStringLiteral("--count")) ||
        !options->contains(QStringLiteral("--seed"))) {
        for (const QString& problem : options.errors())
            if (!problem.isEmpty())
                m_err << problem << Qt::endl;
        m_err << tr("Usage: %1").arg(demoUsage) << Qt::endl;
        return CliCommands::UsageError;
    }
    DemoOptions demo;
    const auto count = number(options->value(QStringLiteral("--count")), 1, 1000000);
    const auto seed = number(options->value(QStringLiteral("--seed")), 0, std::numeric_limits<qint64>::max());
    const auto begeleiders =
        number(options->value(QStringLiteral("--begeleiders"), QStringLiteral("8")), 1, 500);
    if (!count || !seed || !begeleiders) {
        m_err << tr("--count (1 to 1,000,000), --seed (0 or more) and --begeleiders (1 to 500) take whole "
                    "numbers.")
              << Qt::endl;
        return CliCommands::UsageError;
    }
    demo.count = int(*count);
    demo.seed = quint64(*seed);
    demo.begeleiders = int(*begeleiders);
    demo.today = dateOption(options.value(), QStringLiteral("--today"), CliCommands::clock().now().date());
    if (!demo.today.isValid())
        return CliCommands::UsageError;

    const QString path = arguments.at(1);
    std::unique_ptr<EncryptedStore> store;
    if (QFileInfo::exists(path)) {
        store = StoreCommands::openStore(path, m_err);
    } else {
        QString error;
        const SecretBytes passphrase = PassphraseInput::read(PassphraseInput::Purpose::Create, m_err, error);
        if (!error.isEmpty() || !PassphraseStrength::strongEnough(PassphraseStrength::bits(passphrase))) {
            m_err << (error.isEmpty() ? tr("The passphrase is too weak. Nothing was created.") : error)
                  << Qt::endl;
            return CliCommands::Failure;
        }
        auto created = EncryptedStore::create(path, passphrase);
        if (!created)
            m_err << created.errors().join(u'\n') << Qt::endl;
        else
            store = std::move(created).value();
    }
    if (!store)
        return CliCommands::Failure;
    QSqlQuery existing(store->database());
    if (existing.exec(QStringLiteral("SELECT count(*) FROM participant")) && existing.next() &&
        existing.value(0).toLongLong() > 0) {
        m_err << tr("%1 already holds participants; demo data only goes into an empty case file.").arg(path)
              << Qt::endl;
        return CliCommands::Failure;
    }
    existing.finish();

    const Actor actor{QStringLiteral("demo"), QStringLiteral("demogenerator"),
                      QStringLiteral("opdrachtregel")};
    const Result<int> written = DemoGenerator::fill(store->database(), demo, actor, [this, &demo](int done) {
        if (done % 1000 == 0 && done < demo.count)
            m_err << tr("%1 of %2 participants written...").arg(done).arg(demo.count) << Qt::endl;
    });
    if (!written) {
        m_err << written.errors().join(u'\n') << Qt::endl;
        return CliCommands::Failure;
    }
    QSqlQuery events(store->database());
    const qint64 eventCount =
        events.exec(QStringLiteral("SELECT count(*) FROM trajectory_event")) && events.next()
            ? events.value(0).toLongLong()
            : 0;
    m_out << tr("%1: %2 fictitious participants with %3 events (seed %4, today %5).")
                 .arg(path)
                 .arg(written.value())
                 .arg(eventCount)
                 .arg(demo.seed)
                 .arg(DateText::date(demo.today))
          << Qt::endl;
    return CliCommands::Success;
}

int DashboardCommands::dashboard(const QStringList& arguments)
{
    const auto options =
        arguments.isEmpty()
            ? Result<QHash<QString, QString>>::failure(QString())
            : CliCommands::options(arguments.mid(1),
                                   {QStringLiteral("--today"), QStringLiteral("--begeleider"),
                                    QStringLiteral("--team"), QStringLiteral("--corporatie"),
                                    QStringLiteral("--stadsdeel"), QStringLiteral("--profiel"),
                                    QStringLiteral("--van"), QStringLiteral("--tot"), QStringLiteral("--pdf"),
                                    QStringLiteral("--csv")},
                                   {QStringLiteral("--json"), QStringLiteral("--zonder-namen")});
    if (!options) {
        for (const QString& problem : options.errors())
            if (!problem.isEmpty())
                m_err << problem << Qt::endl;
        m_err << tr("Usage: %1").arg(dashboardUsage) << Qt::endl;
        return CliCommands::UsageError;
    }
    const QDate today =
        dateOption(options.value(), QStringLiteral("--today"), CliCommands::clock().now().date());
    DashboardFilter filter;
    filter.from = dateOption(options.value(), QStringLiteral("--van"), QDate(1, 1, 1));
    filter.to = dateOption(options.value(), QStringLiteral("--tot"), QDate(9999, 12, 31));
    if (!today.isValid() || !filter.from.isValid() || !filter.to.isValid())
        return CliCommands::UsageError;
    filter.begeleider = options->value(QStringLiteral("--begeleider"));
    filter.team = options->value(QStringLiteral("--team"));
    filter.woningcorporatie = options->value(QStringLiteral("--corporatie"));
    filter.stadsdeel = options->value(QStringLiteral("--stadsdeel"));
    filter.profile = options->value(QStringLiteral("--profiel"));

    const auto store = StoreCommands::openStore(arguments.first(), m_err);
    if (!store)
        return CliCommands::Failure;
    Dashboard dashboard;
    if (const QString error = dashboard.load(store->database(), today, WorkingDays(m_holidays));
        !error.isEmpty()) {
        m_err << error << Qt::endl;
        return CliCommands::Failure;
    }
    const DashboardFigures figures = dashboard.figures(filter);
    const bool withNames = !options->contains(QStringLiteral("--zonder-namen"));
    const Actor actor = StoreCommands::commandLineActor();
    const QList<std::pair<QString, QByteArray (*)(const DashboardFigures&, const QString&, bool)>> exports{
        {QStringLiteral("--pdf"), &DashboardPdf::render},
        {QStringLiteral("--csv"), [](const DashboardFigures& shown, const QString&, bool names) {
             return DashboardReport::csv(shown, names);
         }}};
    for (const auto& [option, render] : exports) {
        if (!options->contains(option))
            continue;
        const QString error = DashboardReport::save(
            store->database(), actor, CliCommands::clock().now().toUTC(),
            render(figures, filter.describe(), withNames), options->value(option), withNames);
        if (!error.isEmpty()) {
            m_err << error << Qt::endl;
            return CliCommands::Failure;
        }
    }
    if (options->contains(QStringLiteral("--json")))
        m_out << QJsonDocument(DashboardReport::json(figures, withNames)).toJson(QJsonDocument::Indented);
    else
        m_out << DashboardReport::text(figures, withNames);
    m_out.flush();
    return CliCommands::Success;
}
