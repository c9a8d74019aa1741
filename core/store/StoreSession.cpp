#include "store/StoreSession.h"

#include <QFileInfo>
#include <QMetaObject>

#include <system_error>

// What the thread of an opening's backup hands back.
struct StoreSession::OpeningBackup
{
    QDateTime startedAt;
    Result<StoreBackups::Backup> made = Result<StoreBackups::Backup>::failure(QString());
    QStringList damage;
};

StoreSession::StoreSession(const Clock& clock, KdfParameters parameters, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_parameters(parameters)
{}

StoreSession::~StoreSession()
{
    // No signal from a session going away: only the thread is waited for (it reads the store).
    if (m_openingBackupThread.joinable())
        m_openingBackupThread.join();
}

QSqlDatabase StoreSession::database() const
{
    return m_store ? m_store->database() : QSqlDatabase();
}

void StoreSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString StoreSession::makeBackup(QStringList* damage)
{
    const Result<StoreBackups::Backup> backup = StoreBackups(m_path).make(*m_store, m_clock.now(), damage);
    if (!backup)
        return backup.errors().join(u' ');
    m_lastBackup = m_clock.now();
    return backup->warning;
}

StoreSession::Outcome StoreSession::adopt(Result<std::unique_ptr<EncryptedStore>> store, const QString& path,
                                          OpenProblem problem, bool backupAtOnce)
{
    if (!store)
        return {false, problem, store.errors().join(u'\n')};
    m_store = std::move(store).value();
    m_path = path;
    if (!backupAtOnce) {
        setState(State::Unlocked);
        startOpeningBackup();
        return {true, OpenProblem::None, QString()};
    }
    QStringList damage;
    const QString warning = makeBackup(&damage);
    if (!damage.isEmpty()) {
        m_store.reset(); // the state stays: closed, or locked for unlock() to try again
        return {false, OpenProblem::Damaged, StoreBackups::damagedMessage(path, damage.first())};
    }
    setState(State::Unlocked);
    return {true, OpenProblem::None, warning};
}

void StoreSession::startOpeningBackup()
{
    auto backup = std::make_shared<OpeningBackup>();
    backup->startedAt = m_clock.now();
    m_openingBackup = backup;
    // The store outlives the thread: whatever closes or replaces it waits for the thread first.
    auto work = [this, backup, store = m_store.get(), path = m_path] {
        backup->made = StoreBackups(path).make(*store, backup->startedAt, &backup->damage, true);
        // Said on the session's own thread, unless a wait took the result first; dropped with
        // the session if it goes first.
        QMetaObject::invokeMethod(
            this,
            [this, backup] {
                if (m_openingBackup != backup)
                    return;
                const OpeningBackupEnd end = finishOpeningBackup();
                emit openingBackupEnded(end.path, end.message, end.damaged);
            },
            Qt::QueuedConnection);
    };
    try {
        m_openingBackupThread = std::thread(work);
    } catch (const std::system_error&) { // no thread to be had: made here, reported the same way
        work();
    }
}

StoreSession::OpeningBackupEnd StoreSession::finishOpeningBackup()
{
    if (m_openingBackupThread.joinable())
        m_openingBackupThread.join();
    const std::shared_ptr<OpeningBackup> ended = std::move(m_openingBackup);
    m_openingBackup.reset();
    if (!ended)
        return {m_path, QString(), false};
    if (!ended->damage.isEmpty())
        return {m_path, StoreBackups::damagedMessage(m_path, ended->damage.first(), true), true};
    if (!ended->made)
        return {m_path, ended->made.errors().join(u' '), false};
    m_lastBackup = ended->startedAt;
    return {m_path, ended->made->warning, false};
}

std::optional<StoreSession::OpeningBackupEnd> StoreSession::waitForOpeningBackup()
{
    if (!m_openingBackup)
        return std::nullopt;
    return finishOpeningBackup();
}

StoreSession::Outcome StoreSession::create(const QString& path, const SecretBytes& passphrase)
{
    close();
    return adopt(EncryptedStore::create(path, passphrase, m_parameters), path, OpenProblem::None, true);
}

StoreSession::Outcome StoreSession::open(const QString& path, const SecretBytes& passphrase)
{
    close();
    OpenProblem problem = OpenProblem::None;
    auto store = EncryptedStore::open(path, passphrase, m_parameters, &problem);
    return adopt(std::move(store), path, problem);
}

StoreSession::Outcome StoreSession::unlock(const SecretBytes& passphrase)
{
    if (m_state != State::Locked)
        return {false, OpenProblem::None, QString()};
    OpenProblem problem = OpenProblem::None;
    auto store = EncryptedStore::open(m_path, passphrase, m_parameters, &problem);
    return adopt(std::move(store), m_path, problem);
}

void StoreSession::lock()
{
    static_cast<void>(waitForOpeningBackup()); // damage is found again at the unlock
    if (m_state != State::Unlocked)
        return;
    m_store.reset(); // closes the database; the key is wiped with it
    setState(State::Locked);
}

void StoreSession::close()
{
    static_cast<void>(waitForOpeningBackup()); // damage is found again at the next opening
    m_store.reset();
    m_lastBackup.reset();
    setState(State::Closed);
}

QString StoreSession::backupIfDue()
{
    if (const auto opening = waitForOpeningBackup(); opening && opening->damaged)
        return opening->message;
    if (m_state != State::Unlocked || !StoreBackups::due(m_lastBackup, m_clock.now(), m_backupIntervalHours))
        return {};
    QStringList damage;
    const QString message = makeBackup(&damage);
    // Damage found while working (a failing disk): said as such; no older backup was removed.
    return damage.isEmpty() ? message : StoreBackups::damagedMessage(m_path, damage.first());
}

StoreSession::Outcome StoreSession::changePassphrase(const SecretBytes& current,
                                                     const SecretBytes& replacement)
{
    // The new key replaces the file the backup reads; a damaged file is not copied under it.
    if (const auto opening = waitForOpeningBackup(); opening && opening->damaged)
        return {false, OpenProblem::Damaged, opening->message};
    if (m_state != State::Unlocked)
        return {false, OpenProblem::None, tr("No case file is open.")};
    if (!m_store->isPassphrase(current))
        return {false, OpenProblem::WrongPassphrase,
                tr("The current passphrase is not right. Nothing was changed.")};
    if (const QString error = m_store->changePassphrase(replacement); !error.isEmpty())
        return {false, OpenProblem::None, error};
    return {true, OpenProblem::None, makeBackup()};
}

StoreSession::Outcome StoreSession::restore(const QString& path, const StoreBackups::Backup& backup,
                                            const SecretBytes& passphrase)
{
    close();
    const Result<QString> restored =
        StoreBackups(path).restore(backup, passphrase, m_parameters, m_clock.now());
    if (!restored)
        return {false, OpenProblem::None, restored.errors().join(u' ')};
    Outcome outcome = open(path, passphrase);
    if (!outcome.ok)
        return outcome;
    // On purpose the chain now ends where the backup's did: said in the chain itself, so that
    // `audit verify` does not take the backups made in between for rows cut off.
    const QString kept = restored.value().isEmpty()
                             ? tr("no file was replaced")
                             : tr("the replaced file is kept as %1").arg(restored.value());
    if (const QString error =
            AuditLog(database())
                .append({m_clock.now().toUTC(), AuditLog::program(), QStringLiteral("restore"),
                         QFileInfo(backup.path).fileName(), std::nullopt, kept});
        !error.isEmpty())
        outcome.message = error;
    else if (!restored.value().isEmpty())
        outcome.message =
            tr("The backup was restored. The file it replaced is kept as %1.").arg(restored.value());
    return outcome;
}
