#pragma once

#include "common/Result.h"
#include "store/StoreKey.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// One open case file (dossierbestand): an SQLCipher database keyed from the passphrase
// (StoreKey), reached through QtSql (SqlCipherDriver). Creating never overwrites a file;
// opening never writes before the key has been proven right, so a wrong passphrase leaves the
// file byte-identical. The store's own facts (format version, who made it) live in store_meta.
class EncryptedStore
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedStore)

public:
    static constexpr int currentFormat = 1;

    static Result<std::unique_ptr<EncryptedStore>>
    create(const QString& path, const SecretBytes& passphrase,
           const KdfParameters& parameters = KdfParameters::storeFormat1());
    static Result<std::unique_ptr<EncryptedStore>>
    open(const QString& path, const SecretBytes& passphrase,
         const KdfParameters& parameters = KdfParameters::storeFormat1());
    ~EncryptedStore();

    EncryptedStore(const EncryptedStore&) = delete;
    EncryptedStore& operator=(const EncryptedStore&) = delete;

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    // A value from store_meta ("format", "created_with"), empty when absent.
    QString meta(const QString& key) const;

private:
    EncryptedStore(QString connectionName, QString path);
    static Result<std::unique_ptr<EncryptedStore>> connect(const QString& path, SecretBytes key, bool create);
    QString initialise();
    QString checkFormat() const;

    QString m_connectionName;
    QString m_path;
};
