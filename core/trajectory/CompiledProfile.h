#pragma once

#include "trajectory/RuleProfile.h"

#include <QHash>
#include <QList>

#include <vector>

// A rule profile turned into integers for the hot path: event types become indices into
// RuleProfile::events, flags become bits, and each deadline rule gets a lookup table over
// event types. The engine compares numbers instead of strings; the profile stays the readable
// source of truth (docs/benchmarks.md has the figures that made this worth it).
struct CompiledProfile
{
    // What the fold does with an event besides phase and flags; found once per event type.
    enum Role : unsigned {
        GoalEvent = 1u << 0,
        OverlastEvent = 1u << 1,
        StartsOmklapClock = 1u << 2,
        RestartsOmklapClock = 1u << 3,
        Woonevaluatie = 1u << 4,
        ConsentGiven = 1u << 5,
    };

    struct EventBits
    {
        quint64 sets = 0; // flags
        quint64 clears = 0;
        quint64 requires_ = 0;
        quint64 forbids = 0;
        quint64 fromPhases = 0; // bit i: allowed in RuleProfile::phases[i]
        int toPhase = -1;       // phase index, -1: stays
        unsigned roles = 0;
        QStringList dateFields; // fields of this event that must hold a YYYY-MM-DD date
    };

    // "field equals value" from a rule's where/unless/satisfiedWhere, compared as text.
    struct FieldCondition
    {
        QString field;
        QString text;
    };

    struct DeadlineTypes
    {
        int anchor = -1;
        std::vector<bool> satisfies; // by event index
        std::vector<bool> cancels;   // by event index
        std::vector<bool> agrees;    // by event index: may agree an earlier date (agreedBy)
        QList<FieldCondition> anchorWhere;
        QList<FieldCondition> anchorUnless;
        QList<FieldCondition> satisfiedWhere;
    };

    // Per event index: the date of its first occurrence matters to a notBefore rule.
    struct NotBefore
    {
        int event = -1; // index of the event whose first occurrence starts the term
        Offset offset;
    };

    QHash<QString, int> eventIndex; // event type -> index in RuleProfile::events
    QList<int> indexByTypeId;       // EventTypeRegistry id -> index in RuleProfile::events, -1 elsewhere
    QList<EventBits> eventBits;     // by event index
    QList<DeadlineTypes> deadlines; // parallel to RuleProfile::deadlines
    QList<QList<int>> deadlinesAnchoredOn; // by event index: the deadline rules it starts
    std::vector<bool> ends;                // by event index: the profile's ending events
    QList<NotBefore> notBefore;            // by event index

    static CompiledProfile from(const RuleProfile& profile);

    int indexOf(const QString& type) const { return eventIndex.value(type, -1); }
    // The event's index in the profile, by its interned type id when it has one. Every type
    // of this profile was interned when it was compiled, so a larger id is not one of them.
    int indexOf(const TrajectoryEvent& event) const
    {
        if (event.typeId < 0)
            return indexOf(event.type);
        return event.typeId < indexByTypeId.size() ? indexByTypeId.at(event.typeId) : -1;
    }
    static quint64 bit(int flagIndex) { return quint64(1) << flagIndex; }
};
