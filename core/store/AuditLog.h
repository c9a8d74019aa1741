#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

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
// new value). Each row carries SHA-256 over its own fields and the previous row's hash, so a
// row changed, removed or inserted afterwards breaks the chain at that point. The table itself
// refuses UPDATE and DELETE (schema version 1); the chain also catches edits made around that.
// (Cutting rows off the end leaves a shorter chain that still fits: the row count is shown so
// that it can be compared with an earlier check.)
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
    };

    struct Verification
    {
        bool intact = true;
        qint64 rows = 0;
        qint64 firstBrokenRow = 0; // audit_log.id of the first row whose hash does not fit
        QString message;           // one sentence for the user
    };

    explicit AuditLog(QSqlDatabase database)
        : m_database(std::move(database))
    {}

    // Appends within the caller's transaction, so a change and its audit row commit together.
    // Returns an empty string, or what went wrong.
    [[nodiscard]] QString append(const Entry& entry);
    Verification verify() const;

private:
    QSqlDatabase m_database;
};
