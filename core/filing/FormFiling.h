#pragma once

#include "common/Result.h"
#include "filing/FormPrefill.h"
#include "forms/FormAnswers.h"
#include "forms/FormCheck.h"
#include "forms/FormDefinition.h"
#include "store/AuditLog.h"
#include "store/FormAnswerRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Filling in a form for a participant, the same for the wizard and `thuisindewijk-cli forms
// fill`: start (edition chosen by date, answers pre-filled from the dossier), save answers,
// make final (checks, then the engine's events and the status in one transaction), correct.
class FormFiling
{
    Q_DECLARE_TR_FUNCTIONS(FormFiling)

public:
    // `now`: the moment from the caller's Clock; the forms' dates go by its local day.
    FormFiling(QSqlDatabase database, Actor actor, const QDateTime& now)
        : m_database(std::move(database))
        , m_actor(std::move(actor))
        , m_now(now.toUTC())
        , m_today(now.toLocalTime().date())
    {}

    [[nodiscard]] Result<DossierFacts> facts(const QString& participantId) const;
    // A new concept (refused while an unfinished one of this form exists). Without `edition`, the one in
    // force on `conversationDate` (default: today); the conversation date is filled in when the dossier does
    // not know it. `given` answers (a paper form transcribed) win over what the dossier pre-fills; all are
    // stored with the new form in one transaction.
    [[nodiscard]] Result<qint64> start(const QString& participantId, const QString& form,
                                       const QDate& conversationDate = {}, const QString& edition = {},
                                       const FormAnswers& given = {});
    [[nodiscard]] Result<FormInstance> instance(qint64 formId) const;
    // The participant's unfinished (concept) form of this kind, if there is one. An unfinished
    // form is continued, never a second one started beside it (issue 17): start() refuses then,
    // the wizard opens it, `forms fill` writes into it.
    [[nodiscard]] Result<std::optional<qint64>> unfinished(const QString& participantId,
                                                           const QString& form) const;
    // `given` answers into a concept, each saved as the wizard saves it. Empty, or what went wrong
    // (the answers before it are kept).
    [[nodiscard]] QString saveAnswers(qint64 formId, const FormAnswers& given);
    // The definition a form was started with: a draft keeps its edition.
    [[nodiscard]] static Result<FormDefinition> definitionOf(const FormInstance& instance);
    // Empty, or why a Toestemmingsverklaring may not be made final: the engine would refuse the
    // consent its signature records (FormSigning). Empty for every other form.
    [[nodiscard]] QString consentCanBeSigned(const FormInstance& instance) const;
    [[nodiscard]] Result<FormAnswers> answers(qint64 formId) const;
    [[nodiscard]] QString saveAnswer(qint64 formId, const QString& fieldId, const QString& value);

    // What making the form final would record now (for a correction: only what the previous
    // version did not), or why it cannot be made final yet.
    enum class Completeness { Required, AsFarAsAnswered };
    [[nodiscard]] Result<QList<TrajectoryEvent>>
    outcome(qint64 formId, Completeness completeness = Completeness::Required) const;
    // The engine's judgement of the trajectory with the outcome so far added (the omklap check
    // at question 6, shown while the form is still being filled in).
    [[nodiscard]] Result<Evaluation> preview(qint64 formId) const;
    // Checks the answers, records the outcome through the engine and locks the form, in one
    // transaction. When anything is refused nothing changes and the draft stays as it is.
    [[nodiscard]] QString finalise(qint64 formId);
    // The final form of this participant that already holds exactly these answers (goals
    // compared without their ids): a retried "fill and finalise" whose acknowledgement was lost
    // finds it instead of recording the conversation twice.
    [[nodiscard]] Result<std::optional<qint64>> finalWithAnswers(const QString& participantId,
                                                                 const QString& form, const QString& edition,
                                                                 const FormAnswers& answers) const;
    [[nodiscard]] Result<qint64> startCorrection(qint64 formId);

private:
    struct Loaded
    {
        FormInstance instance;
        FormDefinition definition;
        FormAnswers answers;
    };
    [[nodiscard]] Result<Loaded> load(qint64 formId) const;
    // The goals table answer with ids for new rows; a null string when nothing changes.
    [[nodiscard]] QString withGoalIds(const QString& participantId, const FormField& field,
                                      const QString& value) const;

    QSqlDatabase m_database;
    Actor m_actor;
    QDateTime m_now;
    QDate m_today;
};
