#include "team/TeamHolders.h"

#include "store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

Result<QHash<QString, QString>> TeamHolders::read(const QSqlDatabase& caseFile)
{
    QSqlQuery query(caseFile);
    if (!query.exec(QStringLiteral("SELECT participant_id, holder FROM team_holder")))
        return Result<QHash<QString, QString>>::failure(StoreError::describe(query.lastError()));
    QHash<QString, QString> holders;
    while (query.next())
        holders.insert(query.value(0).toString(), query.value(1).toString());
    return holders;
}

Result<QString> TeamHolders::of(const QSqlDatabase& caseFile, const QString& participantId)
{
    QSqlQuery query(caseFile);
    query.prepare(QStringLiteral("SELECT holder FROM team_holder WHERE participant_id = ?"));
    query.addBindValue(participantId);
    if (!query.exec())
        return Result<QString>::failure(StoreError::describe(query.lastError()));
    return query.next() ? query.value(0).toString() : QString();
}

QString TeamHolders::replace(QSqlDatabase caseFile, const QHash<QString, QString>& holders)
{
    if (!caseFile.transaction())
        return StoreError::describe(caseFile.lastError());
    QSqlQuery query(caseFile);
    QString error = query.exec(QStringLiteral("DELETE FROM team_holder"))
                        ? QString()
                        : StoreError::describe(query.lastError());
    query.prepare(QStringLiteral("INSERT INTO team_holder (participant_id, holder) VALUES (?, ?)"));
    for (auto holder = holders.cbegin(); error.isEmpty() && holder != holders.cend(); ++holder) {
        query.addBindValue(holder.key());
        query.addBindValue(holder.value());
        if (!query.exec())
            error = StoreError::describe(query.lastError());
    }
    if (error.isEmpty() && caseFile.commit())
        return {};
    if (error.isEmpty())
        error = StoreError::describe(caseFile.lastError());
    caseFile.rollback();
    return error;
}

QString TeamHolders::set(const QSqlDatabase& caseFile, const QString& participantId, const QString& holder)
{
    QSqlQuery query(caseFile);
    // INSERT OR REPLACE: Debian 12's SQLCipher predates SQLite's upsert syntax.
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO team_holder (participant_id, holder) VALUES (?, ?)"));
    query.addBindValue(participantId);
    query.addBindValue(holder);
    return query.exec() ? QString() : StoreError::describe(query.lastError());
}
