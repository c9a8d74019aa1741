#pragma once

#include "calendar/WorkingDays.h"
#include "trajectory/CompiledProfile.h"
#include "trajectory/Evaluation.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/Trajectory.h"

#include <QHash>
#include <QList>

#include <optional>

// Applies the deadline rules to a validated, date-ordered event list. Each anchor event starts a
// deadline; the first later event that satisfies it meets it (on or before the due date: met,
// after: met_late); without one it is open until the due date and overdue after. A cancelling
// event or the end of the trajectory (an ending event) withdraws an unmet deadline. Recurring
// rules (monthly home visit, yearly woonevaluatie) start the next period when met.
//
// With several editions of a region's rules (RuleBook), each deadline follows the edition in
// force on the day it starts running: its anchor date, and for a recurring rule the start of
// each period. A term that started under an old edition keeps the old term; a rule that did not
// exist when its anchor happened starts running on the day the new edition comes into force; a
// rule the new edition dropped starts no new deadlines. docs/trajectory-format.md has examples.
class DeadlineCalculator
{
public:
    struct Edition
    {
        const RuleProfile* profile;
        const CompiledProfile* compiled;
    };

    // What does not depend on the trajectory, worked out once per set of editions (the engine
    // keeps it): the recurring rules, and the order of the rules for ties on a due date.
    struct Plan
    {
        QStringList recurring;
        QHash<QString, int> ruleOrder;        // the newest edition's order first
        QHash<QString, QList<int>> ruleIndex; // rule id -> its index in each edition, -1 where absent
        QList<QList<int>> ruleNumber;         // by edition, by rule index: the rule's ruleOrder
    };
    static Plan plan(const QList<Edition>& editions);

    // Editions oldest first, sharing their event types (RuleBook); one edition is the usual case.
    DeadlineCalculator(QList<Edition> editions, const Plan& plan, const WorkingDays& calendar,
                       const Deelnemer& deelnemer);

    // `types` holds each event's index in the profiles (CompiledProfile::indexOf), in step with `events`.
    QList<Deadline> calculate(const QList<TrajectoryEvent>& events, const QList<int>& types,
                              const QDate& today) const;

private:
    // Where a rule's satisfying and cancelling events stand, by ref (the melding), ascending: a
    // lookup is a binary search, so a history of 20,000 complaints stays n log n instead of
    // scanning the rest of the history for every melding. Rules without a ref have a term or a
    // chain of terms per trajectory and scan forward as far as their next event.
    struct Positions
    {
        QHash<QString, QList<qsizetype>> satisfying;
        QHash<QString, QList<qsizetype>> cancelling;
    };
    // One rule of one edition applied to one trajectory.
    struct Scan
    {
        const DeadlineRule& rule;
        const CompiledProfile::DeadlineTypes& types;
        const QList<TrajectoryEvent>& events;
        const QList<int>& eventTypes;
        const QList<qsizetype>& endings; // positions of the ending events, ascending
        int edition;
        const Positions* positions; // only for rules with a ref (one term per melding)
    };
    // A one-off deadline as one edition sees it, before the editions are reconciled.
    // Its deadline is worked out only for the version chosen (oneOff, the costly part): with two
    // editions in force, every term has two versions (docs/benchmarks.md, issue 21).
    struct Candidate
    {
        int edition = 0;
        int rule = 0;              // the rule's index in the edition
        qsizetype anchorIndex = 0; // the anchoring event
        QDate notBefore;           // the edition's start, when the rule began with it
        bool owned = true;         // the edition was in force when the term started running
        QDate anchoredOn;          // the anchor as this edition counts it
    };
    // What one calculation works on: the history, and per edition where its ending events are.
    struct History
    {
        const QList<TrajectoryEvent>& events;
        const QList<int>& types;
        QList<QList<qsizetype>> endings; // by edition
        QDate today;
        mutable QHash<int, Positions> positions; // by edition * 1000 + rule, made when first needed

        Scan scan(const DeadlineCalculator& calculator, int edition, int rule) const;
    };

    // A one-off term as every edition knows it: its rule (by Plan::ruleOrder), its ref, and the
    // how-manieth anchor of that rule and ref it is. Numbers, not a text joined per anchor: that
    // joining was a fifth of evaluating a trajectory (docs/benchmarks.md, issue 21).
    struct TermKey
    {
        int rule = 0;
        QString ref;
        int ordinal = 0;
        friend bool operator==(const TermKey&, const TermKey&) = default;
        friend size_t qHash(const TermKey& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.rule, key.ref, key.ordinal);
        }
    };
    // Every edition's versions of each one-off term, the terms in the order first seen (so the
    // result does not depend on hashing).
    struct Terms
    {
        QHash<TermKey, qsizetype> placeOf; // the term's place in versions, + 1
        QList<QList<Candidate>> versions;
    };
    // Each one-off deadline this edition's rules start, added to its term's versions, so the
    // editions' versions of the same term can be compared.
    void collectOneOffs(const History& history, int edition, Terms& terms) const;
    std::optional<Deadline> oneOff(const Scan& scan, qsizetype anchorIndex, const QDate& notBefore,
                                   const QDate& today) const;
    void addRecurring(const History& history, const QString& ruleId, QList<Deadline>& out) const;
    // Index of the first event after `from` that satisfies the rule for this ref, or -1.
    qsizetype findSatisfying(const Scan& scan, qsizetype from, const QString& ref) const;
    // Index of the first event after `from` that withdraws the deadline, or -1.
    qsizetype findWithdrawal(const Scan& scan, qsizetype from, const QString& ref) const;
    Offset offsetFor(const DeadlineRule& rule, const QDate& periodStart) const;
    // After a cancelling event: whether the term stays (missed, or met late), per missedStays.
    [[nodiscard]] bool staysMissed(const Scan& scan, qsizetype withdrawn, Deadline& deadline) const;
    void describeAlternative(const DeadlineRule& rule, const QDate& start, Deadline& deadline) const;

    int editionOn(const QDate& date) const;
    const DeadlineRule* ruleIn(int edition, const QString& ruleId, int* index = nullptr) const;
    // The edition whose version of the rule governs a term anchored on `anchor` as `edition`
    // sees it: whether it is this edition's own term, one to start at this edition's start, or
    // another edition's.
    enum class Claim { Own, StartsWithEdition, Other, Dropped };
    Claim claim(int edition, const QString& ruleId, const QDate& anchor) const;

    QList<Edition> m_editions;
    const Plan& m_plan;
    const WorkingDays& m_calendar;
    const Deelnemer& m_deelnemer;
};
