#pragma once

#include "application/Clock.h"
#include "store/EncryptedStore.h"
#include "store/StoreBackups.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <thread>

// The case file the app works on, through its life: closed, unlocked (open, key in memory) or
// locked (closed, key wiped, the path remembered so that only the passphrase is asked). It
// makes the automatic backups: one at every open and unlock, then one every N hours while
// unlocked (backupIfDue, driven by a timer in the app and a Clock in tests).
//
// The backup of an opening reads and checks every page: the full check the store's opening
// leaves out after a clean close (EncryptedStore::open). It runs on a thread of its own, through
// a connection of its own, while the file is already in use: 1.5-2 s for a region's file of
// 10,000 participants that the user no longer waits for. Meanwhile a page that does not read
// fails its read (SQLCipher checks each page's HMAC), so nothing is ever half-read; damage the
// backup finds is reported (openingBackupEnded) and the app closes the file. Everything that
// replaces or closes the file (lock, close, restore, a new passphrase, the next backup) waits for
// it first.
class StoreSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Unlocked, Locked };

    struct Outcome
    {
        bool ok = false;
        OpenProblem problem = OpenProblem::None;
        QString message; // why it failed, or a warning on success (a backup that failed)
    };

    // `parameters` other than the store format's are for tests only; the app never passes them.
    explicit StoreSession(const Clock& clock, KdfParameters parameters = KdfParameters::storeFormat1(),
                          QObject* parent = nullptr);
    ~StoreSession() override;

    State state() const { return m_state; }
    [[nodiscard]] QString path() const { return m_path; }
    EncryptedStore* store() const { return m_store.get(); }
    QSqlDatabase database() const;
    // The one source of "now" for everything done in this session (issue 17): the app's
    // SystemClock, a ManualClock in tests.
    const Clock& clock() const { return m_clock; }
    [[nodiscard]] std::optional<QDateTime> lastBackup() const { return m_lastBackup; }
    void setBackupIntervalHours(int hours) { m_backupIntervalHours = hours; }

    // A new file's first backup is made at once (it is a few pages); an opened file's on a thread.
    Outcome create(const QString& path, const SecretBytes& passphrase);
    Outcome open(const QString& path, const SecretBytes& passphrase);
    // The locked case file again, with its passphrase.
    Outcome unlock(const SecretBytes& passphrase);
    // Closes the database and wipes the key; the path stays for unlock().
    void lock();
    void close();

    // A backup when the interval has passed since the last one. Empty, or why it failed (or, when it
    // was made, the older backups that could not be removed).
    [[nodiscard]] QString backupIfDue();
    // Checks `current` before changing to `replacement`, then makes a backup under the new
    // passphrase (earlier backups keep the old one).
    Outcome changePassphrase(const SecretBytes& current, const SecretBytes& replacement);
    // Puts `backup` in place of the case file at `path` (closing it first when open) and opens
    // the result with `passphrase`. The replaced file is kept (StoreBackups::restore).
    Outcome restore(const QString& path, const StoreBackups::Backup& backup, const SecretBytes& passphrase);

    // How the backup of an opening ended: `message` is empty, a warning (no backup was made, or
    // older ones could not be removed), or with `damaged` why the case file is damaged.
    struct OpeningBackupEnd
    {
        QString path;
        QString message;
        bool damaged = false;
    };
    // Waits for the backup of the opening if one runs and says how it ended, without the signal:
    // the caller acts on it (lock, close and restore go on; a damaged file shows its damage
    // again at its next opening). Empty when none ran.
    std::optional<OpeningBackupEnd> waitForOpeningBackup();
    [[nodiscard]] bool openingBackupRunning() const { return m_openingBackup != nullptr; }

signals:
    void stateChanged(StoreSession::State state);
    // The backup of an opening ended while the file was in use (OpeningBackupEnd). The session
    // does not close a damaged file itself: its owner ends what works on it first (the app: the
    // team sync, the form's answers), then closes it.
    void openingBackupEnded(const QString& path, const QString& message, bool damaged);

private:
    struct OpeningBackup;

    Outcome adopt(Result<std::unique_ptr<EncryptedStore>> store, const QString& path, OpenProblem problem,
                  bool backupAtOnce = false);
    void startOpeningBackup();
    OpeningBackupEnd finishOpeningBackup();
    [[nodiscard]] QString makeBackup(QStringList* damage = nullptr);
    void setState(State state);

    const Clock& m_clock;
    KdfParameters m_parameters;
    std::unique_ptr<EncryptedStore> m_store;
    QString m_path;
    State m_state = State::Closed;
    std::optional<QDateTime> m_lastBackup;
    int m_backupIntervalHours = 4;
    std::shared_ptr<OpeningBackup> m_openingBackup; // while one runs
    std::thread m_openingBackupThread;
};
