#pragma once

#include "QtCatch.h"

#include "trajectory/Evaluation.h"
#include "trajectory/EventTypeRegistry.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/Trajectory.h"
#include "trajectory/TrajectoryEngine.h"

#include <QJsonObject>

// Builds trajectories in test code: `TrajectoryBuilder("amsterdam-2026").add("aanmelding", "2025-09-01")`.
class TrajectoryBuilder
{
public:
    explicit TrajectoryBuilder(const char* profileId, Household household = Household::Alleenstaand,
                               const QDate& birth = QDate(1980, 6, 1))
    {
        m_trajectory.profileId = QString::fromUtf8(profileId);
        m_trajectory.deelnemer =
            Deelnemer{QStringLiteral("T-1"), QStringLiteral("Test Deelnemer"), birth, household};
    }

    TrajectoryBuilder& add(const char* type, const char* date, const QJsonObject& fields = {})
    {
        TrajectoryEvent event;
        event.number = int(m_trajectory.events.size() + 1);
        event.type = QString::fromUtf8(type);
        event.typeId = EventTypeRegistry::idOf(event.type);
        event.date = QDate::fromString(QString::fromUtf8(date), Qt::ISODate);
        event.fields = fields;
        m_trajectory.events.append(event);
        return *this;
    }

    // From aanmelding to a signed begeleidingsovereenkomst on `signed`, consent given.
    TrajectoryBuilder& startedOn(const char* signedOn)
    {
        return add("aanmelding", "2025-06-02")
            .add("toestemming_gegeven", "2025-06-02")
            .add("urgentie_aangevraagd", "2025-06-09")
            .add("urgentie_verleend", "2025-07-01")
            .add("woning_aangeboden", "2025-08-04")
            .add("woningaanbod_beantwoord", "2025-08-04")
            .add("woning_geaccepteerd", "2025-08-06")
            .add("begeleidingsovereenkomst_getekend", signedOn);
    }

    const Trajectory& trajectory() const { return m_trajectory; }

    // The rules of the named edition alone: what one profile's tests check.
    Result<Evaluation> evaluate(const char* today, HolidayPolicy policy = {}) const
    {
        const Result<RuleProfile> profile = RuleProfile::builtIn(m_trajectory.profileId);
        if (!profile)
            return Result<Evaluation>::failure(profile.errors());
        return TrajectoryEngine(profile.value(), WorkingDays(policy))
            .evaluate(m_trajectory, QDate::fromString(QString::fromUtf8(today), Qt::ISODate));
    }

    // As the program evaluates: the region's editions, each by date (RuleBook).
    Result<Evaluation> evaluateByDate(const char* today) const
    {
        const Result<TrajectoryEngine> engine = TrajectoryEngine::builtIn(m_trajectory.profileId);
        if (!engine)
            return Result<Evaluation>::failure(engine.errors());
        return engine->evaluate(m_trajectory, QDate::fromString(QString::fromUtf8(today), Qt::ISODate));
    }

private:
    Trajectory m_trajectory;
};

// "2026-04-15" as a QDate: keeps the expected dates in tests readable.
inline QDate day(const char* iso)
{
    return QDate::fromString(QString::fromUtf8(iso), Qt::ISODate);
}

// {"id": value}: the field of goal and melding events.
inline QJsonObject idField(const char* value)
{
    return QJsonObject{{QStringLiteral("id"), QString::fromUtf8(value)}};
}

// The deadlines of one rule, in due-date order.
inline QList<Deadline> deadlinesOf(const Evaluation& evaluation, const char* rule)
{
    QList<Deadline> result;
    for (const Deadline& deadline : evaluation.deadlines) {
        if (deadline.rule == QString::fromUtf8(rule))
            result << deadline;
    }
    return result;
}

// The one deadline of a rule; fails the test when there is none or more than one.
inline Deadline onlyDeadline(const Evaluation& evaluation, const char* rule)
{
    const QList<Deadline> found = deadlinesOf(evaluation, rule);
    REQUIRE(found.size() == 1);
    return found.first();
}

inline QJsonObject fields(std::initializer_list<QPair<QString, QJsonValue>> pairs)
{
    QJsonObject object;
    for (const auto& pair : pairs)
        object.insert(pair.first, pair.second);
    return object;
}

// One event to record through a repository or the dossier.
inline TrajectoryEvent eventOn(const char* type, const QDate& date, const QJsonObject& fields = {})
{
    TrajectoryEvent event;
    event.type = QString::fromUtf8(type);
    event.date = date;
    event.fields = fields;
    return event;
}

// A 2026 trajectory that meets every omklap condition from 2027-01-15 on (Werkafspraak 8).
inline TrajectoryBuilder readyForOmklap()
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15")
        .add("doel_vastgesteld", "2026-02-01",
             fields({{QStringLiteral("id"), QStringLiteral("g1")},
                     {QStringLiteral("leefdomein"), QStringLiteral("financieel")},
                     {QStringLiteral("omschrijving"), QStringLiteral("Huur op tijd betalen")}}))
        .add("doel_behaald", "2026-10-01", idField("g1"))
        .add("woonevaluatie_gehouden", "2026-11-02");
    return builder;
}
