#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"
#include "team/TeamItem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>

// Puts what a colleague's laptop sent into this case file (issue 18): the rows an item carries
// replace the entity's rows here, each change with an audit row of its own (marked as from the
// team, so it is not sent back). Only the columns the audit chain covers may be set, and an
// event, form or answer must belong to the item's participant: an item cannot reach another
// participant's data on this laptop. Within the caller's transaction.
class ReceivedItems
{
    Q_DECLARE_TR_FUNCTIONS(ReceivedItems)

public:
    // `now`: when the items arrive (the moment a colleague's review request is noted).
    explicit ReceivedItems(QSqlDatabase caseFile, QDateTime now = {})
        : m_caseFile(std::move(caseFile))
        , m_now(std::move(now))
    {}

    // Empty, or why the item could not be put in (then nothing of it was).
    [[nodiscard]] QString apply(const TeamItem& item);
    // Takes a participant no longer assigned to this user off the laptop: every row of it, each
    // removal in the audit log. The audit rows stay (what was done here remains on record).
    [[nodiscard]] QString release(const QString& participantId, const QDateTime& now);

private:
    [[nodiscard]] QString applyRows(const TeamItem& item, const QString& entity, const QString& key,
                                    QString& localId);
    [[nodiscard]] QString upsertParticipant(const QString& id, const QJsonObject& row);
    [[nodiscard]] QString replaceContact(const QString& key, const QJsonArray& rows);
    [[nodiscard]] QString insertEvent(const TeamItem& item, const QString& key, const QJsonObject& row,
                                      QString& localId);
    [[nodiscard]] QString upsertForm(const TeamItem& item, const QString& key, const QJsonObject& row,
                                     QString& localId);
    [[nodiscard]] QString replaceAnswer(const TeamItem& item, const QString& key, const QJsonArray& rows,
                                        QString& localId);
    [[nodiscard]] QString replaceSignatures(const TeamItem& item, const QString& key, const QJsonArray& rows,
                                            QString& localId);
    // Empty when `rows` keep every signature of the form here (valid may only lapse).
    [[nodiscard]] QString keepsSignatures(const QString& formId, const QJsonArray& rows);
    // The local number of the form with global id `uuid`, checked to be `participantId`'s.
    [[nodiscard]] Result<QString> formOf(const QString& participantId, const QString& uuid);
    // Inserts each row, after the columns every row gets (`fixedColumns`, `fixedValues`).
    [[nodiscard]] QString insertRows(const QString& entity, const QStringList& fixedColumns,
                                     const QVariantList& fixedValues, const QJsonArray& rows,
                                     qint64* insertedId = nullptr);
    [[nodiscard]] QString upsert(const QString& table, const QStringList& keyColumns,
                                 const QVariantList& keys, const QStringList& columns,
                                 const QVariantList& values);
    [[nodiscard]] QString write(const QString& sql, const QVariantList& values, qint64* insertedId = nullptr);

    QSqlDatabase m_caseFile;
    QDateTime m_now;
};
