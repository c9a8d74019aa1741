#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"
#include "trajectory/Trajectory.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

// Woonzaken's answer to a Voordracht voor Omklap (issue 20), recorded against the final
// voordracht it answers. Werkafspraak 8 (2026): "Woonzaken informeert de zorgaanbieder en de
// woningcorporatie binnen 5 werkdagen na ontvangst van het formulier of de gemeente akkoord gaat
// met de omklap." 2020, Stap 4: "Als niet is voldaan aan de urgentie onder voorwaarden, stuurt
// Wonen het formulier – voorzien van motivatie – terug naar de zorgaanbieder": a refusal needs
// its motivation. The answer is the engine's woonzaken_akkoord / woonzaken_afgewezen event, with
// the voordracht's form number in its field "voordracht", so the dossier can show it beside the
// form and a second answer to the same voordracht is refused.
class VoordrachtAnswer
{
    Q_DECLARE_TR_FUNCTIONS(VoordrachtAnswer)

public:
    static constexpr const char* form = "voordracht-omklap";

    struct Answer
    {
        bool agreed = false;
        QDate on;
        QString motivation;
    };

    // `now`: the moment from the caller's Clock; the answer's date may not lie after its local day.
    VoordrachtAnswer(QSqlDatabase database, Actor actor, const QDateTime& now)
        : m_database(std::move(database))
        , m_actor(std::move(actor))
        , m_now(now.toUTC())
        , m_today(now.toLocalTime().date())
    {}

    // Empty, or why the answer is refused (nothing is recorded then).
    [[nodiscard]] QString record(qint64 formId, const Answer& answer);

    // The answer recorded against voordracht `formId` in these (effective) events, if any.
    [[nodiscard]] static std::optional<Answer> of(qint64 formId, const QList<TrajectoryEvent>& events);

private:
    QSqlDatabase m_database;
    Actor m_actor;
    QDateTime m_now;
    QDate m_today;
};
