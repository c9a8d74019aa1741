#pragma once

#include "common/Result.h"
#include "trajectory/Offset.h"
#include "trajectory/Trajectory.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The rules of one region and edition as data (forms/rules/<id>.json): phases, which event
// may happen in which phase and where it leads, flags that events set and clear, deadline
// rules and the omklap clock. The same tables drive the engine, the tests and the diagram
// (`thuisindewijk-cli rules diagram`). Format: docs/trajectory-format.md.
// Where a rule comes from: the seed's own words, cut short, and where they stand in the
// document ("Werkafspraak 4", "Termijnen", "Bijlage 1"). Every rule carries one; `rules explain`
// prints them beside the rule and CI fails on a rule without one (RuleProfile::unsourced).
struct RuleSource
{
    QString quote;
    QString where;
    QString note; // where the text has no direct rule: why this is the closest passage

    [[nodiscard]] bool isEmpty() const { return quote.isEmpty() || where.isEmpty(); }
};

struct PhaseDefinition
{
    QString id;
    QString title;
    RuleSource source;
};

struct EventRule
{
    QString type;
    QStringList fromPhases;                    // the phases in which the event may happen
    QString toPhase;                           // empty: the phase does not change
    QStringList requiresFlags;                 // flags that must be set
    QStringList forbidsFlags;                  // flags that must not be set
    QStringList requiredFields;                // fields the event must carry
    QHash<QString, QStringList> allowedValues; // field -> the values it may take
    bool requiresOmklap = false;               // only when omklap is possible (Werkafspraak 8)
    // Only for a participant younger than this on the event's day (Amersfoort: the
    // jongerencontract "bij jongeren onder de 27 jaar"); -1: no age condition.
    int ageBelow = -1;
    // Not before this term has passed since the first `notBeforeEvent` (Zuidoost-Utrecht: the
    // begeleiding cannot be closed within the two years after the move).
    QString notBeforeEvent;
    Offset notBeforeOffset;
    RuleSource source;
};

struct FlagRule
{
    QString id;
    QStringList setBy;
    QStringList clearedBy;
    bool internal = false; // bookkeeping for the transition table, not shown to users
    RuleSource source;
};

// A different term for some households (2020: half-yearly evaluations for jongvolwassenen
// and multiprobleemgezinnen).
struct ConditionalOffset
{
    QList<Household> households;
    int minimumAge = -1; // inclusive; -1: no age condition
    int maximumAge = -1; // inclusive
    Offset offset;
};

// The other reading where a document contradicts itself (2026: the Termijnen table against the
// Werkafspraak's own text). The engine follows the rule; the other reading is shown beside it,
// with its source, and its date when it has a term of its own.
struct AlternativeReading
{
    QString citation;
    std::optional<Offset> offset;
    RuleSource source;
};

struct DeadlineRule
{
    QString id;
    QString citation;         // "Werkafspraak 4: kennismakingsgesprek binnen 3 maanden ..."
    QString anchorEvent;      // each such event starts one deadline
    QString anchorDateField;  // count from this date field of the anchor instead of its date
    QJsonObject anchorWhere;  // only anchors whose fields equal these
    QJsonObject anchorUnless; // no deadline for anchors whose fields equal these
    QString refField;         // anchor and satisfying event must agree on this field (melding id)
    Offset offset;
    QList<ConditionalOffset> offsetWhen;
    QStringList satisfiedBy;
    QJsonObject satisfiedWhere;
    QStringList cancelledBy; // the deadline no longer applies after one of these
    bool recurring = false;  // the next period starts when it is met
    QString agreedDateField; // on a satisfying event: an earlier agreed date for the next one
    // Events that may agree that date for the period they fall in (the Supplement's "Wat is een
    // goed moment voor het volgende gesprek?" at the kennismakingsgesprek).
    QStringList agreedBy;
    // A missing anchor.dateField: no term yet (an offer whose home is not available yet), or
    // due on the anchor's day with the missing date named (a move without a date).
    bool dueAtAnchorWhenDateMissing = false;
    // A term that had run out stays missed when a cancelling event comes after its due date.
    bool missedStays = false;
    std::optional<AlternativeReading> alternative;
    int satisfiedCount = 1; // met on the date of the n-th satisfying event ("two interim evaluations")
    bool satisfiedFromStart = false; // satisfying events before the anchor count too
    RuleSource source;
};

struct OmklapRule
{
    QString clockStartsAt;        // the event the minimum duration counts from
    QStringList clockRestartedBy; // 2026, Bijlage 6: verhuizing bij herijking restarts the year
    int minimumMonths = 12;
    // 2026: no justified overlast in the 12 months before. 0: the edition sets no fixed window
    // (2020: the zorgaanbieder judges with the corporation), so only an unsolved melding blocks.
    int overlastWindowMonths = 12;
    // Each condition of Werkafspraak 8 the engine checks, by its unmet code ("minimum_duur"),
    // with the words it comes from.
    QHash<QString, RuleSource> sources;

    // The unmet codes that the engine can report for this rule, in the order it checks them.
    QStringList conditionCodes() const;
};

class RuleProfile
{
    Q_DECLARE_TR_FUNCTIONS(RuleProfile)

public:
    QString id;
    QString title;
    QString source; // the document: "Tien Werkafspraken Thuis in de Wijk Amsterdam, ..."
    // Editions of one region follow each other: each is in force from its validFrom until the
    // next one's (RuleBook). The file's "region" and "validFrom".
    QString region;
    QDate validFrom;
    QList<PhaseDefinition> phases;
    QString initialPhase;
    QStringList endingEvents;
    QList<EventRule> events;
    QList<FlagRule> flags;
    QList<DeadlineRule> deadlines;
    std::optional<OmklapRule> omklap; // absent where the region has no omklap

    const EventRule* eventRule(const QString& type) const;
    int flagIndex(const QString& id) const;  // -1 when unknown
    int phaseIndex(const QString& id) const; // -1 when unknown

    // Reads and checks a profile. Errors name the file and the JSON path ("$.deadlines[3].offset").
    static Result<RuleProfile> fromJson(const QByteArray& json, const QString& fileName);
    // A profile compiled into the binaries (:/rules/<id>.json).
    static Result<RuleProfile> builtIn(const QString& id);
    static QStringList builtInIds();

    // The rules that carry no source quote, as JSON paths ("$.deadlines[3] (time_out)").
    QStringList unsourced() const;
};
