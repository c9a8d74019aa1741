#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"
#include "store/CaseFileLock.h"
#include "store/StoreFormat.h"
#include "store/StoreKey.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// Why a case file did not open, so that the app can offer the right way out (a damaged file:
// restore a backup; a wrong passphrase: try again).
enum class OpenProblem {
    None,
    Unreadable,      // missing, no permission
    WrongPassphrase, // or a file that was never a case file; SQLCipher cannot tell these apart
    Damaged,         // cut off, or pages that no longer decrypt or fit together
    NewerVersion,
    NotACaseFile,
    InUse,       // another process of ours has it open (CaseFileLock)
    NotWritable, // the folder may not be written: it cannot be held safely there
};

// One open case file (dossierbestand): an SQLCipher database keyed from the passphrase
// (StoreKey), reached through QtSql (SqlCipherDriver), held exclusively by this process while
// it is open (CaseFileLock: a second process is refused). Creating never overwrites a file;
// opening never writes before the key has been proven right, so a wrong passphrase leaves the
// file byte-identical. The store's own facts (format version, who made it) live in store_meta.
//
// The passphrase is wiped as soon as the key is derived. The derived key is kept, in memory
// locked against swapping, for as long as this object lives (that is: while the store is
// unlocked): SQLCipher holds the same key for the open connection anyway, and backups and
// rekeying need it. Locking the app destroys this object, which wipes the key.
struct sqlite3;

class EncryptedStore
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedStore)

public:
    static constexpr int currentFormat = StoreFormat::current;
    // Every store format's file is a whole number of these: a file of another length is cut off.
    static constexpr qint64 smallestPageSize = 1024;

    static Result<std::unique_ptr<EncryptedStore>>
    create(const QString& path, const SecretBytes& passphrase,
           const KdfParameters& parameters = KdfParameters::storeFormat1());
    static Result<std::unique_ptr<EncryptedStore>>
    open(const QString& path, const SecretBytes& passphrase,
         const KdfParameters& parameters = KdfParameters::storeFormat1(), OpenProblem* problem = nullptr);
    ~EncryptedStore();

    EncryptedStore(const EncryptedStore&) = delete;
    EncryptedStore& operator=(const EncryptedStore&) = delete;

    QSqlDatabase database() const;
    [[nodiscard]] QString path() const { return m_path; }
    // A value from store_meta ("format", "created_with"), empty when absent.
    [[nodiscard]] QString meta(const QString& key) const;
    const KdfParameters& kdfParameters() const { return m_parameters; }
    int cipherPageSize() const { return m_cipherPageSize; }

    // Whether `passphrase` is this store's passphrase (derives the key again: ~0.6 s).
    [[nodiscard]] bool isPassphrase(const SecretBytes& passphrase) const;
    // PRAGMA quick_check over every page: empty when the file is whole, else first a sentence for
    // the user (how many pages, the first), then SQLite's findings.
    QStringList damage() const;
    // Whether open() checked every page (after the program before did not close the file); if
    // not, the first backup does (StoreSession makes one at every opening).
    [[nodiscard]] bool checkedFully() const { return m_checkedFully; }
    // A complete, encrypted copy at `destination` (same key and salt, so the same passphrase
    // opens it), made with the online backup API while the store stays open. Written beside
    // the destination first, checked whole (PRAGMA quick_check) and renamed into place, so a
    // destination file is always whole. A copy that is not whole means the case file is damaged:
    // then `damage`, when given, holds what was found, and nothing is replaced.
    // ThroughStore reads through this store's connection (this thread only); OwnConnection opens
    // a connection of its own for the copy, so that it can run on another thread while the store
    // is used (StoreSession's backup at an opening); the store must outlive the call.
    enum class Reading { ThroughStore, OwnConnection };
    [[nodiscard]] QString backupTo(const QString& destination, QStringList* damage = nullptr,
                                   Reading reading = Reading::ThroughStore) const;
    // A new passphrase (and a new salt). The store is copied into a new file under the new key,
    // which is checked and then renamed over the old one: a crash at any moment leaves a file
    // that opens with either the old or the new passphrase. Empty string on success; on failure
    // the store is unchanged and stays open under the old passphrase.
    [[nodiscard]] QString changePassphrase(const SecretBytes& newPassphrase);
    // Another connection to this case file, for work on another thread (the team sync, issue 18):
    // call it on that thread, use the connection only there, and close it there with
    // closeConnection before the store goes. WAL lets it write beside the app's connection.
    [[nodiscard]] Result<QSqlDatabase> openConnectionForThisThread() const;
    // The same for the store that `connection` (its database()) belongs to, for code that is
    // handed a connection and not the store (a bulk read on a helper thread); fails for a
    // connection of no open store. The store must outlive the call.
    [[nodiscard]] static Result<QSqlDatabase> openConnectionForThisThread(const QSqlDatabase& connection);
    static void closeConnection(QSqlDatabase& connection);
    // The audit chain's head in another file under this store's key (a backup), read only.
    [[nodiscard]] Result<AuditLog::Head> auditHeadOf(const QString& otherFile) const;

private:
    EncryptedStore(QString connectionName, QString path, KdfParameters parameters, int cipherPageSize);
    // Holds the file for the store being made or opened; the problem says why when it cannot.
    [[nodiscard]] static Result<std::unique_ptr<CaseFileLock>> hold(const QString& path,
                                                                    OpenProblem& problem);
    static Result<std::unique_ptr<EncryptedStore>>
    connect(std::unique_ptr<CaseFileLock>& lock, const QString& path, const SecretBytes& key,
            const KdfParameters& parameters, int cipherPageSize, bool create, int* failureCode = nullptr);
    [[nodiscard]] bool openConnection(const SecretBytes& key);
    [[nodiscard]] static bool openKeyed(QSqlDatabase connection, const SecretBytes& key);
    [[nodiscard]] QString initialise();
    [[nodiscard]] QString migrateSchema();
    [[nodiscard]] QString checkFormat(OpenProblem* problem) const;
    // The check of an opening after a clean close (milliseconds, not a read of every page):
    // the page count against the file's size. Empty when it fits.
    [[nodiscard]] QStringList cheapDamage(qint64 fileSize) const;
    [[nodiscard]] static bool mayBeAPageOfTheFile(int failure);
    [[nodiscard]] static QString summarised(const QStringList& problems);
    // SQLite's findings with summarised() in front; empty when there are none.
    [[nodiscard]] static QStringList withSummary(const QStringList& problems);
    void keepKey(SecretBytes key);
    [[nodiscard]] QString closeForReplacement();

    std::unique_ptr<CaseFileLock> m_lock; // released last, after the connection is closed
    QString m_connectionName;
    [[nodiscard]] QString copyInto(const QString& destination, sqlite3* source,
                                   const std::function<QStringList()>& damageOfSource,
                                   QStringList* damage) const;

    QString m_path;
    KdfParameters m_parameters;
    int m_cipherPageSize;
    bool m_checkedFully = true; // made here, or checked page by page when opened
    SecretBytes m_key;          // hex key + salt, as SQLCipher takes it
};
