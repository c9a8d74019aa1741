#pragma once

#include "common/Result.h"
#include "forms/DrawnSignature.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Signatures of the three parties (issue 7): drawn on screen, with the strokes as vectors in the
// encrypted store, or put by hand on the printed form and recorded afterwards (no strokes). A form has at
// most one valid signature per party; any change to an answer afterwards invalidates all of them
// (FormAnswerRepository::saveAnswer, same transaction): they stay in the table and the audit log, marked
// invalid, and the form asks for new ones.
class SignatureRepository
{
    Q_DECLARE_TR_FUNCTIONS(SignatureRepository)

public:
    explicit SignatureRepository(QSqlDatabase database)
        : m_database(std::move(database))
    {}

    // The parties that sign a form, in the order of its signature blocks.
    static const QStringList& parties();
    // The parties a form and edition has signature blocks for, in the form's order (the
    // Supplement and the Woonevaluatie: all three; the Toestemmingsverklaring: deelnemer and
    // zorgaanbieder; a handover document without signature lines: none). All three when the
    // definition cannot be read, so a signature is never silently not asked for.
    static QStringList partiesOf(const QString& form, const QString& edition);
    // The parties of `form` not among `signedBy` (Werkafspraak 4 / Bijlage 2a).
    static QStringList missingAmong(const QStringList& signedBy, const QString& form, const QString& edition);

    // Stores a party's signature; an earlier valid one of the same party is replaced (kept, invalid).
    [[nodiscard]] QString sign(qint64 formId, const DrawnSignature& signature, const Actor& enteredBy,
                               const QDateTime& now);
    // Records that a party signed the printed form by hand (a wet signature): who, in what
    // function, on which day (not after `today`). Only for a final form: a concept can still
    // change, and a change would make the paper differ from the file.
    [[nodiscard]] QString recordOnPaper(qint64 formId, const DrawnSignature& signature,
                                        const Actor& enteredBy, const QDate& today, const QDateTime& now);
    // Every final form in the case file that still waits for a signature (Werkafspraak 4 /
    // Bijlage 2a: complete once all three parties signed), oldest first. A final form that a
    // later final version replaced does not wait any more.
    struct Awaiting
    {
        QString participantId;
        QString naam;
        qint64 formId = 0;
        QString form;
        QString edition;
        QDate finalisedOn;
        QStringList missing; // parties
    };
    // `participantId` narrows it to one participant (null: everyone).
    [[nodiscard]] static Result<QList<Awaiting>> awaiting(const QSqlDatabase& database,
                                                          const QString& participantId = QString());
    // The valid signatures of a form.
    [[nodiscard]] Result<QList<DrawnSignature>> valid(qint64 formId) const;
    // Marks every valid signature of a form invalid, with an audit row; for use inside the
    // caller's transaction. Empty on success.
    [[nodiscard]] static QString invalidateAll(QSqlDatabase database, qint64 formId, const QString& reason,
                                               const Actor& actor, const QDateTime& now);

    static QByteArray strokesToJson(const QList<QPolygonF>& strokes);
    static QList<QPolygonF> strokesFromJson(const QByteArray& json);

private:
    [[nodiscard]] QString store(qint64 formId, const DrawnSignature& signature, const Actor& enteredBy,
                                const QDateTime& now);

    QSqlDatabase m_database;
};
