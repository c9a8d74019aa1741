#include "StoreCommands.h"

#include "common/InputFile.h"
#include "store/ExportFile.h"

#include "CliCommands.h"
#include "PassphraseInput.h"

#include "store/AuditAnchors.h"
#include "store/AuditLog.h"
#include "store/PassphraseStrength.h"
#include "store/SchemaMigrations.h"
#include "store/StoreBackups.h"
#include "store/StoreExport.h"
#include "store/TeamOutbox.h"
#include "store/TrajectoryRepository.h"
#include "team/TeamAuditAnchors.h"
#include "team/TeamLink.h"
#include "trajectory/IsoDate.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

int StoreCommands::run(const QStringList& arguments)
{
    // No store command but export takes an option: name the first stray one rather than only
    // printing the usage.
    if (arguments.value(0) != u"export") {
        for (const QString& argument : arguments.mid(1)) {
            if (argument.startsWith(u"--")) {
                m_err << tr("Unknown option %1 for store %2.").arg(argument, arguments.first()) << Qt::endl;
                return CliCommands::UsageError; // never a case file named "--force"
            }
        }
    }
    if (arguments.size() == 2 && arguments.first() == u"init")
        return init(arguments.at(1));
    if (arguments.size() == 2 && arguments.first() == u"check")
        return check(arguments.at(1));
    if (arguments.size() == 3 && arguments.first() == u"import")
        return importTrajectory(arguments.at(1), arguments.at(2));
    if (arguments.size() == 5 && arguments.first() == u"event")
        return recordEvent(arguments.at(1), arguments.at(2), arguments.at(3), arguments.at(4));
    if (arguments.size() >= 2 && arguments.first() == u"export")
        return exportJson(arguments.mid(1));
    if (arguments.size() == 2 && arguments.first() == u"rekey")
        return changePassphrase(arguments.at(1));
    m_err << tr("Usage: thuisindewijk-cli store init FILE | store check FILE | store import FILE "
                "TRAJECTORY.json | store event FILE DEELNEMER TYPE YYYY-MM-DD | store export FILE "
                "[--deelnemer ID] "
                "[--output OUT.json] | store rekey FILE")
          << Qt::endl;
    return CliCommands::UsageError;
}

SecretBytes StoreCommands::strongPassphrase(PassphraseInput::Purpose purpose, const QString& refusal)
{
    QString error;
    SecretBytes passphrase = PassphraseInput::read(purpose, m_err, error);
    if (!error.isEmpty()) {
        m_err << error << Qt::endl;
        return {};
    }
    const double bits = PassphraseStrength::bits(passphrase);
    if (!PassphraseStrength::strongEnough(bits)) {
        m_err << tr("The passphrase is too weak (about %1 bits; at least %2 needed). %3 %4")
                     .arg(bits, 0, 'f', 0)
                     .arg(PassphraseStrength::minimumBits, 0, 'f', 0)
                     .arg(PassphraseStrength::describe(bits), refusal)
              << Qt::endl;
        return {};
    }
    return passphrase;
}

int StoreCommands::init(const QString& path)
{
    const SecretBytes passphrase =
        strongPassphrase(PassphraseInput::Purpose::Create, tr("Nothing was created."));
    if (passphrase.bytes().isEmpty())
        return CliCommands::Failure;
    const auto store = EncryptedStore::create(path, passphrase);
    if (!store) {
        m_err << store.errors().join(u'\n') << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << tr("Created the encrypted case file %1 (format %2, schema version %3).")
                 .arg(path)
                 .arg(EncryptedStore::currentFormat)
                 .arg(SchemaMigrations::latestVersion())
          << Qt::endl;
    return CliCommands::Success;
}

std::unique_ptr<EncryptedStore> StoreCommands::openStore(const QString& path, QTextStream& err)
{
    QString error;
    const SecretBytes passphrase = PassphraseInput::read(PassphraseInput::Purpose::Open, err, error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return nullptr;
    }
    auto store = EncryptedStore::open(path, passphrase);
    if (!store) {
        err << store.errors().join(u'\n') << Qt::endl;
        return nullptr;
    }
    // The app checks every page by the backup it makes at opening; the tool makes none, so it
    // checks them here, before any command reads or writes (EncryptedStore::open).
    if (!store.value()->checkedFully()) {
        if (const QStringList damage = store.value()->damage(); !damage.isEmpty()) {
            err << StoreBackups::damagedMessage(path, damage.first()) << Qt::endl;
            return nullptr;
        }
    }
    return std::move(store).value();
}

Actor StoreCommands::commandLineActor()
{
    return {qEnvironmentVariable("USER", tr("unknown")), QString(), QStringLiteral("opdrachtregel")};
}

int StoreCommands::audit(const QStringList& arguments)
{
    if (arguments.size() < 2 || arguments.first() != u"verify") {
        m_err << tr("Usage: thuisindewijk-cli audit verify FILE [BACKUP-OR-EXPORT ...]") << Qt::endl;
        return CliCommands::UsageError;
    }
    const auto store = openStore(arguments.at(1));
    if (!store)
        return CliCommands::Failure;
    QList<AuditLog::Anchor> anchors;
    for (const QString& file : arguments.mid(2)) {
        const Result<AuditLog::Anchor> anchor = AuditAnchors::ofFile(*store, file);
        if (!anchor) {
            m_err << anchor.errors().join(u' ') << Qt::endl;
            return CliCommands::UsageError;
        }
        anchors << anchor.value();
    }
    const AuditLog::Verification result = verifyWithBackups(*store, anchors);
    if (result.intact) {
        m_out << result.message << Qt::endl;
        return CliCommands::Success;
    }
    for (const QString& finding : result.findings)
        m_err << finding << Qt::endl;
    return CliCommands::Failure;
}

AuditLog::Verification StoreCommands::verifyWithBackups(const EncryptedStore& store,
                                                        QList<AuditLog::Anchor> anchors)
{
    int unreadable = 0;
    const Result<QList<AuditLog::Anchor>> backups = AuditAnchors::ofBackups(store, &unreadable);
    if (backups)
        anchors += backups.value();
    if (unreadable > 0)
        m_out << tr("%n backup(s) could not be read with this passphrase (made before a passphrase change) "
                    "and were not compared.",
                    nullptr, unreadable)
              << Qt::endl;
    QString serverProblem;
    anchors += anchorsOnTeamServer(store.database(), serverProblem);
    AuditLog::Verification result = AuditLog(store.database()).verify(anchors);
    if (!serverProblem.isEmpty()) {
        result.findings.prepend(serverProblem);
        if (result.intact)
            result.message = serverProblem;
        result.intact = false;
    }
    return result;
}

QList<AuditLog::Anchor> StoreCommands::anchorsOnTeamServer(const QSqlDatabase& caseFile, QString& problem)
{
    const Result<bool> linked = TeamOutbox::linked(caseFile);
    if (!linked || !linked.value()) {
        // Left the team (or its link removed): the server's links are out of reach; say so.
        QSqlQuery joined(caseFile);
        if (joined.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'team'")) &&
            joined.next() && joined.value(0).toInt() > 0)
            m_out << tr("This case file was in a team, but is not linked now: the links its audit chain sent "
                        "to "
                        "the team server were not compared.")
                  << Qt::endl;
        return {};
    }
    // Offline, a check of the file itself still runs; it says what it could not compare.
    const auto notCompared = [this](const QStringList& why) {
        m_out
            << tr("The team server could not be asked for the links this audit chain sent, so they were not "
                  "compared: %1")
                   .arg(why.join(u' '))
            << Qt::endl;
        return QList<AuditLog::Anchor>();
    };
    const auto credentials = TeamLink::credentials(caseFile);
    if (!credentials)
        return notCompared(credentials.errors());
    const auto connection = credentials.value()->connect();
    if (!connection)
        return notCompared(connection.errors());
    const Result<TeamAuditAnchors::Found> found = TeamAuditAnchors::fromServer(
        caseFile, connection.value()->database(), CliCommands::clock().now().toUTC());
    if (!found)
        return notCompared(found.errors());
    problem = found->problem;
    if (found->serverTooOld)
        m_out << tr("The team server keeps no links of audit chains yet (team schema older than 5): not "
                    "compared.")
              << Qt::endl;
    else
        m_out
            << tr("The team server holds %n link(s) this audit chain sent; %1 compared (not those a restore "
                  "cut off).",
                  nullptr, found->linksOnServer)
                   .arg(found->linksCompared)
            << Qt::endl;
    for (const QString& note : found->notes)
        m_out << note << Qt::endl;
    return found->anchors;
}

int StoreCommands::importTrajectory(const QString& path, const QString& trajectoryFile)
{
    const Result<QByteArray> json = InputFile::read(trajectoryFile, InputFile::jsonLimit);
    if (!json) {
        m_err << json.errors().join(u' ') << Qt::endl;
        return CliCommands::Failure;
    }
    const Result<Trajectory> trajectory = Trajectory::fromJson(json.value());
    if (!trajectory) {
        for (const QString& error : trajectory.errors())
            m_err << trajectoryFile << ": " << error << Qt::endl;
        return CliCommands::UsageError;
    }
    const auto store = openStore(path);
    if (!store)
        return CliCommands::Failure;
    const Actor actor = commandLineActor();
    const QString error = TrajectoryRepository(store->database())
                              .importTrajectory(trajectory.value(), actor, CliCommands::clock().now().date(),
                                                CliCommands::clock().now().toUTC());
    if (!error.isEmpty()) {
        m_err << error << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << tr("Imported participant %1 with %n event(s).", nullptr, int(trajectory->events.size()))
                 .arg(trajectory->deelnemer.id)
          << Qt::endl;
    return CliCommands::Success;
}

int StoreCommands::recordEvent(const QString& path, const QString& participantId, const QString& type,
                               const QString& date)
{
    // An event without fields (a request, a step): what the Tijdlijn's "Gebeurtenis vastleggen"
    // records; the engine checks it against the whole history as the app does.
    TrajectoryEvent event;
    event.type = type;
    event.date = parseIsoDate(date);
    if (!event.date.isValid()) {
        m_err << tr("%1 is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30.").arg(date) << Qt::endl;
        return CliCommands::UsageError;
    }
    const auto store = openStore(path);
    if (!store)
        return CliCommands::Failure;
    const QString error =
        TrajectoryRepository(store->database())
            .recordEvent(participantId, event, commandLineActor(), CliCommands::clock().now().date(),
                         CliCommands::clock().now().toUTC());
    if (!error.isEmpty()) {
        m_err << error << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << tr("Recorded %1 of %2 for participant %3.").arg(type, date, participantId) << Qt::endl;
    return CliCommands::Success;
}

int StoreCommands::check(const QString& path)
{
    const auto store = openStore(path);
    if (!store)
        return CliCommands::Failure;
    QSqlQuery query(store->database());
    QStringList problems;
    if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (query.next()) {
            if (query.value(0).toString() != u"ok")
                problems << query.value(0).toString();
        }
    } else {
        problems << tr("the integrity check could not run");
    }
    m_out << tr("Case file: %1").arg(path) << Qt::endl
          << tr("Format: %1, schema version: %2")
                 .arg(store->meta(QStringLiteral("format")))
                 .arg(SchemaMigrations::currentVersion(store->database()))
          << Qt::endl
          << tr("Integrity: %1").arg(problems.isEmpty() ? tr("ok") : problems.join(QStringLiteral("; ")))
          << Qt::endl;
    const AuditLog::Verification audit = verifyWithBackups(*store, {});
    m_out << tr("Audit log: %1").arg(audit.message) << Qt::endl;
    return problems.isEmpty() && audit.intact ? CliCommands::Success : CliCommands::Failure;
}

int StoreCommands::exportJson(const QStringList& arguments)
{
    const QString& path = arguments.first();
    const auto options =
        path.startsWith(u"--")
            ? Result<QHash<QString, QString>>::failure(tr("The case file comes first, before the options."))
            : CliCommands::options(arguments.mid(1),
                                   {QStringLiteral("--deelnemer"), QStringLiteral("--output")});
    if (!options) {
        for (const QString& problem : options.errors())
            m_err << problem << Qt::endl;
        m_err << tr("Usage: thuisindewijk-cli store export FILE [--deelnemer ID] [--output OUT.json]")
              << Qt::endl;
        return CliCommands::UsageError;
    }
    const std::optional<QString> participant =
        options->contains(QStringLiteral("--deelnemer"))
            ? std::optional<QString>(options->value(QStringLiteral("--deelnemer")))
            : std::nullopt;
    const QString output = options->value(QStringLiteral("--output"));
    const auto store = openStore(path);
    if (!store)
        return CliCommands::Failure;
    const Result<QByteArray> json =
        StoreExport(store->database()).toJson(participant, CliCommands::clock().now().toUTC());
    if (!json) {
        m_err << json.errors().join(u'\n') << Qt::endl;
        return CliCommands::Failure;
    }
    // The AVG inzage is the most sensitive export: recorded in the audit log wherever it goes.
    const QString subject = participant.value_or(QStringLiteral("alle deelnemers"));
    if (output.isEmpty()) {
        m_out << QString::fromUtf8(json.value()) << Qt::flush;
        if (const QString error =
                ExportFile::record(store->database(), commandLineActor(), CliCommands::clock().now().toUTC(),
                                   json.value(), subject, tr("AVG inzage (JSON) to standard output"));
            !error.isEmpty())
            m_err << error << Qt::endl;
        return CliCommands::Success;
    }
    // 0600 before the first byte, whole or not at all: a full disk never leaves half an export.
    if (const QString error =
            ExportFile::save(store->database(), commandLineActor(), CliCommands::clock().now().toUTC(),
                             json.value(), output, subject,
                             [](const QString& fileName, const QString& digest) {
                                 return tr("AVG inzage (JSON): %1, sha256 %2").arg(fileName, digest);
                             });
        !error.isEmpty()) {
        m_err << error << Qt::endl;
        if (!QFileInfo::exists(output))
            return CliCommands::Failure;
    }
    m_out
        << tr("Exported to %1. It holds personal data in plain text: hand it over and remove it.").arg(output)
        << Qt::endl;
    return CliCommands::Success;
}

int StoreCommands::changePassphrase(const QString& path)
{
    const auto store = openStore(path);
    if (!store)
        return CliCommands::Failure;
    const SecretBytes passphrase =
        strongPassphrase(PassphraseInput::Purpose::Change, tr("Nothing was changed."));
    if (passphrase.bytes().isEmpty())
        return CliCommands::Failure;
    if (const QString error = store->changePassphrase(passphrase); !error.isEmpty()) {
        m_err << error << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << tr("The passphrase of %1 was changed. Backups made before still open with the old passphrase.")
                 .arg(path)
          << Qt::endl;
    return CliCommands::Success;
}
