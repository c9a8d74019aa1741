#pragma once

#include "common/Result.h"
#include "forms/DrawnSignature.h"
#include "forms/FormAnswers.h"
#include "forms/FormDefinition.h"
#include "store/AuditLog.h"
#include "trajectory/Trajectory.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// Signing a form, drawn on screen or on paper, and what a signature records (issue 20): the
// deelnemer's signature on a final Toestemmingsverklaring is what records the consent it
// declares (Werkafspraak 10: "schriftelijke afspraken met de deelnemer"), toestemming_gegeven
// or toestemming_ingetrokken on the day of signing, in one transaction with the signature, so
// neither stands without the other. The engine checks the event as any other; refused, nothing
// is stored. Signed once, not before the verklaring's own date, and not on a version a later
// one replaced. Every other signature is stored as SignatureRepository does.
class FormSigning
{
    Q_DECLARE_TR_FUNCTIONS(FormSigning)

public:
    FormSigning(QSqlDatabase database, Actor actor, const QDate& today, const QDateTime& now)
        : m_database(std::move(database))
        , m_actor(std::move(actor))
        , m_today(today)
        , m_now(now)
    {}

    [[nodiscard]] QString sign(qint64 formId, const DrawnSignature& signature);
    [[nodiscard]] QString recordOnPaper(qint64 formId, const DrawnSignature& signature);

    static constexpr const char* consentForm = "toestemmingsverklaring";
    // The event a Toestemmingsverklaring's choice records, by its position among the edition's
    // options; refused for any other answer.
    [[nodiscard]] static Result<TrajectoryEvent> consentEvent(const FormDefinition& definition,
                                                              const FormAnswers& answers, const QDate& on);

private:
    enum class How { Drawn, OnPaper };
    [[nodiscard]] QString store(qint64 formId, const DrawnSignature& signature, How how);

    QSqlDatabase m_database;
    Actor m_actor;
    QDate m_today;
    QDateTime m_now;
};
