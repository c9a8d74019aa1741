#pragma once

#include "common/Result.h"
#include "store/StoreKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Who does something: the local user profile (Werkafspraak 10: each party keeps and secures
// its own records, so each change names the person who made it).
struct Actor
{
    QString name;
    QString function; // "persoonlijk begeleider"
    QString role;     // "begeleider", "teamleider"
};

// The append-only record of every change in a case file: who, when, what (entity, id, old and
// new value). The table refuses UPDATE and DELETE (schema version 1); the chain catches what is
// done around that by someone with the passphrase and a SQLite shell.
//
// Since schema version 6 (issue 17) each row is bound into a keyed chain: HMAC-SHA-256 over its
// own fields, the previous row's link and the digest of the data it is about (AuditedRows: the
// participant, event, form version, answer or signatures as they stand after the change). The
// key is derived from the store key when the chain begins and kept inside the encrypted file, so
// a new passphrase does not break it. verify() walks the chain and then recomputes every data
// digest from the tables: a row changed, added or removed outside the program is named.
// Rows from before version 6 keep their plain SHA-256 links and are checked as such.
//
// What the chain cannot see on its own is its own end cut off together with the data it
// covers. So its head (row number and link) is recorded where an insider cannot rewrite it:
// in every backup (which holds the chain up to its moment) and every export; verify() takes
// those heads as anchors and checks that the chain still passes through each.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Entry
    {
        QDateTime at; // UTC
        Actor actor;
        QString entity; // "participant", "trajectory_event", "form_answer", ...
        QString entityId;
        std::optional<QString> oldValue;
        std::optional<QString> newValue;
        // Recorded for a change that came from the team (issue 18): not sent back to it.
        bool fromTeam = false;
    };

    // Where the chain stood: its last row and that row's link.
    struct Head
    {
        qint64 row = 0;
        QByteArray link;

        // "auditketen 123 <64 hex digits>": one line, for exports and backups.
        QString toText() const;
        static std::optional<Head> fromText(QStringView text);
        friend bool operator==(const Head&, const Head&) = default;
    };

    // A head recorded elsewhere, and where (a backup's or an export's file name).
    struct Anchor
    {
        QString source;
        Head head;
    };

    struct Verification
    {
        bool intact = true;
        qint64 rows = 0;
        qint64 firstBrokenRow = 0; // audit_log.id of the first row whose link does not fit
        QString message;           // one sentence for the user: the first finding, or "intact"
        QStringList findings;      // every finding, first first
        qint64 dataChecked = 0;    // entities whose data digest was recomputed
        int anchorsChecked = 0;
    };

    // Who acts when the program itself records something (a migration, a restore).
    static Actor program();

    explicit AuditLog(QSqlDatabase database)
        : m_database(std::move(database))
    {}

    // Appends within the caller's transaction, after the change it records, so a change and its
    // audit row commit together and the row's data digest is the data after the change.
    // Returns an empty string, or what went wrong.
    [[nodiscard]] QString append(const Entry& entry);
    Verification verify(const QList<Anchor>& anchors = {}) const;
    // The chain's last row; row 0 when the log is empty.
    [[nodiscard]] Result<Head> head() const;
    // Which chain this is, sent with every team item (team schema 5, docs/audit.md §3): derived
    // from the chain's key, so the same after a new passphrase or a restore, and another for
    // every case file (a begeleider's new laptop starts a chain of its own).
    [[nodiscard]] Result<QString> chainId() const;

    // Schema version 6: makes the chain key from `storeKey`, and binds what the file holds now
    // into the chain (one row per participant, event, form, answer and form's signatures), so
    // that from here on every data row is covered. Within the migration's transaction.
    [[nodiscard]] static QString beginKeyedChain(QSqlDatabase database, const SecretBytes& storeKey,
                                                 const QDateTime& now);

private:
    [[nodiscard]] QString appendRow(const Entry& entry);
    [[nodiscard]] Result<SecretBytes> chainKey() const;
    static QString chainIdOf(const SecretBytes& key);
    void verifyData(Verification& result,
                    const QHash<QString, std::pair<qint64, QByteArray>>& recorded) const;
    // An entity as the user reads it: "event 12", not "trajectory_event 12".
    static QString shownEntity(const QString& entity);
    static void noteFinding(Verification& result, qint64 row, const QString& finding);
    static void verifyAnchors(Verification& result, const QList<Anchor>& anchors,
                              const QHash<qint64, QByteArray>& links);

    QSqlDatabase m_database;
};
