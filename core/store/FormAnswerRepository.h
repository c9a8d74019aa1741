#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// One filled-in form: which form and edition, for whom, where it stands.
struct FormInstance
{
    qint64 id = 0;
    QString participantId;
    QString form;    // "supplement-wgh"
    QString edition; // "2026"
    QString status;  // "concept" or "definitief"
    int version = 1;
    std::optional<qint64> previousId; // the final version this one corrects
    QDateTime createdAt;              // UTC
    QDateTime updatedAt;
    QDateTime finalisedAt;
    QString resumeSection; // where the user was in the wizard
    QString resumeField;
    int signatures = 0;        // valid signatures of the three parties
    QStringList signedParties; // which parties they are, in the order of the form

    [[nodiscard]] bool isFinal() const { return status == u"definitief"; }
    // Werkafspraak 4 / Bijlage 2a: "wordt het door alle drie de partijen ondertekend". The
    // parties whose signature a final form still waits for (drawn on screen or on paper).
    QStringList missingSignatures() const;
};

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

    using Answers = QHash<QString, QString>;

    // A new form (status "concept") for a participant already in the case file, with its
    // first answers (what the dossier pre-fills), in one transaction.
    [[nodiscard]] Result<qint64> createForm(const QString& participantId, const QString& form,
                                            const QString& edition, const Actor& actor, const QDateTime& now,
                                            const Answers& initial = {});
    // A correction of a final form: a new concept, version + 1, linked to it, with a copy of its
    // answers. The final form stays as it is.
    [[nodiscard]] Result<qint64> startCorrection(qint64 formId, const Actor& actor, const QDateTime& now);
    // Marks a form final. Runs inside the caller's transaction (TrajectoryRepository::recordEvents
    // writes the form's events in the same one); the answers are locked from then on.
    [[nodiscard]] QString markFinal(qint64 formId, const Actor& actor, const QDateTime& now);
    // Where the user is in the wizard; written as they move, no audit row (not participant data).
    [[nodiscard]] QString savePosition(qint64 formId, const QString& sectionId, const QString& fieldId);
    [[nodiscard]] Result<FormInstance> instance(qint64 formId) const;
    // Every form of a participant, newest first.
    [[nodiscard]] Result<QList<FormInstance>> instances(const QString& participantId) const;
    // Sets (or, with no value, clears) one answer. An unchanged value writes nothing. A form
    // that was made final (signed) is refused. Empty string on success, else a sentence saying
    // what went wrong and that nothing was lost.
    [[nodiscard]] QString saveAnswer(qint64 formId, const QString& fieldId,
                                     const std::optional<QString>& value, const Actor& actor,
                                     const QDateTime& now);
    // The answers of a form by field id; a cleared answer is present with no value.
    [[nodiscard]] Result<QHash<QString, std::optional<QString>>> answers(qint64 formId) const;

private:
    [[nodiscard]] QString insertAnswers(qint64 formId, const Answers& answers, const Actor& actor,
                                        const QDateTime& now);
    [[nodiscard]] Result<QList<FormInstance>> select(const QString& where, const QVariant& value) const;

    QSqlDatabase m_database;
};
