#include "StoreCommands.h"

#include "CliCommands.h"
#include "PassphraseInput.h"

#include "store/AuditLog.h"
#include "store/PassphraseStrength.h"
#include "store/SchemaMigrations.h"
#include "store/TrajectoryRepository.h"

#include <QFile>
#include <QSqlQuery>

int StoreCommands::run(const QStringList& arguments)
{
    if (arguments.size() == 2 && arguments.first() == u"init")
        return init(arguments.at(1));
    if (arguments.size() == 2 && arguments.first() == u"check")
        return check(arguments.at(1));
    if (arguments.size() == 3 && arguments.first() == u"import")
        return importTrajectory(arguments.at(1), arguments.at(2));
    m_err << tr("Usage: thuisindewijk-cli store init FILE | store check FILE | store import FILE "
                "TRAJECTORY.json")
          << Qt::endl;
    return CliCommands::UsageError;
}

int StoreCommands::init(const QString& path)
{
    QString error;
    const SecretBytes passphrase = PassphraseInput::read(PassphraseInput::Purpose::Create, m_err, error);
    if (!error.isEmpty()) {
        m_err << error << Qt::endl;
        return CliCommands::Failure;
    }
    const double bits = PassphraseStrength::bits(passphrase);
    if (!PassphraseStrength::strongEnough(bits)) {
        m_err << tr("The passphrase is too weak (about %1 bits; at least %2 needed). %3 Nothing was created.")
                     .arg(bits, 0, 'f', 0)
                     .arg(PassphraseStrength::minimumBits, 0, 'f', 0)
                     .arg(PassphraseStrength::describe(bits))
              << Qt::endl;
        return CliCommands::Failure;
    }
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

std::unique_ptr<EncryptedStore> StoreCommands::openStore(const QString& path)
{
    QString error;
    const SecretBytes passphrase = PassphraseInput::read(PassphraseInput::Purpose::Open, m_err, error);
    if (!error.isEmpty()) {
        m_err << error << Qt::endl;
        return nullptr;
    }
    auto store = EncryptedStore::open(path, passphrase);
    if (!store) {
        m_err << store.errors().join(u'\n') << Qt::endl;
        return nullptr;
    }
    return std::move(store).value();
}

int StoreCommands::audit(const QStringList& arguments)
{
    if (arguments.size() != 2 || arguments.first() != u"verify") {
        m_err << tr("Usage: thuisindewijk-cli audit verify FILE") << Qt::endl;
        return CliCommands::UsageError;
    }
    const auto store = openStore(arguments.at(1));
    if (!store)
        return CliCommands::Failure;
    const AuditLog::Verification result = AuditLog(store->database()).verify();
    (result.intact ? m_out : m_err) << result.message << Qt::endl;
    return result.intact ? CliCommands::Success : CliCommands::Failure;
}

int StoreCommands::importTrajectory(const QString& path, const QString& trajectoryFile)
{
    QFile file(trajectoryFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("Cannot read %1: %2").arg(trajectoryFile, file.errorString()) << Qt::endl;
        return CliCommands::Failure;
    }
    const Result<Trajectory> trajectory = Trajectory::fromJson(file.readAll());
    if (!trajectory) {
        for (const QString& error : trajectory.errors())
            m_err << trajectoryFile << ": " << error << Qt::endl;
        return CliCommands::UsageError;
    }
    const auto store = openStore(path);
    if (!store)
        return CliCommands::Failure;
    // The command line has no user profile: the audit log names the operating-system user.
    const Actor actor{qEnvironmentVariable("USER", tr("unknown")), QString(),
                      QStringLiteral("opdrachtregel")};
    const QString error = TrajectoryRepository(store->database())
                              .importTrajectory(trajectory.value(), actor, QDate::currentDate(),
                                                QDateTime::currentDateTimeUtc());
    if (!error.isEmpty()) {
        m_err << error << Qt::endl;
        return CliCommands::Failure;
    }
    m_out << tr("Imported participant %1 with %n event(s).", nullptr, int(trajectory->events.size()))
                 .arg(trajectory->deelnemer.id)
          << Qt::endl;
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
    return problems.isEmpty() ? CliCommands::Success : CliCommands::Failure;
}
