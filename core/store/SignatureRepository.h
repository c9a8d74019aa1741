#pragma once

#include "common/Result.h"
#include "pdf/FormPdf.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Signatures drawn on screen by the three parties (issue 7), with the strokes as vectors in the
// encrypted store. A form has at most one valid signature per party; any change to an answer
// afterwards invalidates all of them (FormAnswerRepository::saveAnswer, same transaction): they
// stay in the table and the audit log, marked invalid, and the form asks for new ones.
class SignatureRepository
{
    Q_DECLARE_TR_FUNCTIONS(SignatureRepository)

public:
    explicit SignatureRepository(QSqlDatabase database)
        : m_database(std::move(database))
    {}

    // Stores a party's signature; an earlier valid one of the same party is replaced (kept, invalid).
    QString sign(qint64 formId, const DrawnSignature& signature, const Actor& enteredBy,
                 const QDateTime& now);
    // The valid signatures of a form.
    Result<QList<DrawnSignature>> valid(qint64 formId) const;
    // Marks every valid signature of a form invalid, with an audit row; for use inside the
    // caller's transaction. Empty on success.
    static QString invalidateAll(QSqlDatabase database, qint64 formId, const QString& reason,
                                 const Actor& actor, const QDateTime& now);

    static QByteArray strokesToJson(const QList<QPolygonF>& strokes);
    static QList<QPolygonF> strokesFromJson(const QByteArray& json);

private:
    QSqlDatabase m_database;
};
