#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Form instances and their answers. Every answer the wizard autosaves is one transaction with
// its audit row (old and new value): once saveAnswer() returns success the answer is on disk
// (WAL, synchronous=FULL) and survives a crash or a pulled plug.
class FormAnswerRepository
{
    Q_DECLARE_TR_FUNCTIONS(FormAnswerRepository)

public:
    explicit FormAnswerRepository(QSqlDatabase database)
        : m_database(std::move(database))
    {}

    // A new, empty form (status "concept") for a participant already in the case file.
    Result<qint64> createForm(const QString& participantId, const QString& form, const QString& edition,
                              const Actor& actor, const QDateTime& now);
    // Sets (or, with no value, clears) one answer. An unchanged value writes nothing. A form
    // that was made final (signed) is refused. Empty string on success, else a sentence saying
    // what went wrong and that nothing was lost.
    QString saveAnswer(qint64 formId, const QString& fieldId, const std::optional<QString>& value,
                       const Actor& actor, const QDateTime& now);
    // The answers of a form by field id; a cleared answer is present with no value.
    Result<QHash<QString, std::optional<QString>>> answers(qint64 formId) const;

private:
    QSqlDatabase m_database;
};
