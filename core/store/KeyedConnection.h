#pragma once

#include "store/StoreKey.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct sqlite3;

// A bare SQLCipher connection for the work that happens beside QtSql: the destination of an
// online backup, and checking a copy before it replaces a case file. Keyed with the raw key
// (hex key + salt, as StoreKey makes it) and closed when it goes out of scope.
class KeyedConnection
{
    Q_DECLARE_TR_FUNCTIONS(KeyedConnection)

public:
    enum class Mode { OpenExisting, Create };

    KeyedConnection() = default;
    ~KeyedConnection();
    KeyedConnection(const KeyedConnection&) = delete;
    KeyedConnection& operator=(const KeyedConnection&) = delete;

    // Empty string on success, else what went wrong. A wrong key fails here, before anything
    // is written: the first read decrypts page 1.
    [[nodiscard]] QString open(const QString& path, const SecretBytes& rawKey, Mode mode, int cipherPageSize);
    // Opens an existing file of any store format (they differ in cipher page size); the page
    // size that worked, or 0 with `error` set.
    int openAnyFormat(const QString& path, const SecretBytes& rawKey, QString& error);
    void close();
    sqlite3* handle() const { return m_connection; }

    // PRAGMA quick_check: empty when the file is whole, else SQLite's findings.
    QStringList quickCheck() const;
    // Copies every page of `source` (an open connection, any journal mode) into this one with
    // SQLite's online backup API; each page is decrypted from the source and encrypted again
    // with this connection's key.
    // On failure `failureCode`, when given, is SQLite's result code.
    [[nodiscard]] QString copyFrom(sqlite3* source, int* failureCode = nullptr);

private:
    sqlite3* m_connection = nullptr;
};

// Makes `from` take the place of `to` in one rename, then syncs the folder, so that after a
// crash either the old or the new file is at `to`, never a mix. Both in the same folder.
QString replaceFileAtomically(const QString& from, const QString& to);
