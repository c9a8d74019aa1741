#pragma once

#include "common/Result.h"
#include "store/StoreKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class EncryptedStore;

// The automatic backups of one case file: encrypted copies (same key and salt, so the same
// passphrase opens them) in the folder "backups" beside the case file, named after it and the
// moment they were made: dossiers.thuis -> backups/dossiers-20261123-114500.thuis. The newest
// ten are kept. Restoring never throws the current file away: it is kept in the same folder
// as dossiers-voor-herstel-<moment>.thuis, outside the ten.
class StoreBackups
{
    Q_DECLARE_TR_FUNCTIONS(StoreBackups)

public:
    static constexpr int kept = 10;

    struct Backup
    {
        QString path;
        QDateTime madeAt; // local time, to the second, as in the name
        // Made, but an older backup beyond the kept ones could not be removed (it still holds
        // personal data, so the user is told): the sentence to show, else empty.
        QString warning;
    };

    explicit StoreBackups(QString storePath);

    [[nodiscard]] QString folder() const;
    // Newest first.
    QList<Backup> list() const;
    [[nodiscard]] std::optional<Backup> latest() const;

    // A new backup of the open store, checked whole; then the oldest beyond `kept` are removed.
    // On failure (a full disk, an unwritable folder) nothing is left half-written and the store is
    // untouched; a copy that is not whole (the case file is damaged) fills `damage` when given,
    // and no older backup is removed.
    // With `ownConnection` the copy reads through a connection of its own, so that it can run on
    // another thread while the store is used (EncryptedStore::Reading::OwnConnection).
    [[nodiscard]] Result<Backup> make(const EncryptedStore& store, const QDateTime& now,
                                      QStringList* damage = nullptr, bool ownConnection = false) const;
    // Whether a new backup is due `intervalHours` after the last one.
    [[nodiscard]] static bool due(const std::optional<QDateTime>& last, const QDateTime& now,
                                  int intervalHours);

    // Puts `backup` in place of the case file, which must be closed. The backup is first copied
    // and checked with `passphrase`; the current file (and its write-ahead log) is kept aside.
    // Returns where the replaced file was kept (empty when there was none).
    [[nodiscard]] Result<QString> restore(const Backup& backup, const SecretBytes& passphrase,
                                          const KdfParameters& parameters, const QDateTime& now) const;

    // "X is damaged (reason). It was left as it is." plus what backup there is to restore. With
    // `foundInUse` (the opening's backup found it while the file was in use) it says that what
    // was written since the opening stays in the file.
    [[nodiscard]] static QString damagedMessage(const QString& storePath, const QString& reason,
                                                bool foundInUse = false);

private:
    [[nodiscard]] QString nameFor(const QDateTime& moment, const QString& infix = QString(),
                                  int sequence = 1) const;

    QString m_storePath;
};
