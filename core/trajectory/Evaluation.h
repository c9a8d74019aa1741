#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

// What the engine computes for one trajectory on one day. Codes are the fixed identifiers of
// the CLI's JSON output (docs/trajectory-format.md); the app translates them for display.
enum class DeadlineStatus { Open, Overdue, Met, MetLate };

QString deadlineStatusCode(DeadlineStatus status);

struct Deadline
{
    QString rule;     // deadline rule id: "kennismakingsgesprek"
    QString ref;      // melding or goal id, empty when the deadline is not about one
    QDate anchorDate; // the date the term counts from
    QDate due;
    DeadlineStatus status = DeadlineStatus::Open;
    QDate metOn;      // set for Met and MetLate
    QString citation; // "Werkafspraak 4: ..."
    QString edition;  // the rule profile whose term applies: "amsterdam-2020" (RuleBook)
    // The other reading where the document contradicts itself (AlternativeReading), and its
    // date when it has a term of its own.
    QString alternativeCitation;
    QDate alternativeDue;
    // The anchor lacked the date the term counts from (a move without a date): due at once.
    QString missingDate;
};

struct Goal
{
    QString id;
    QString leefdomein;
    QString omschrijving;
    bool behaald = false;
    QDate vastgesteldOp;
    QDate statusSince;
};

// One complaint of nuisance and where it stands in the overlastprotocol (Bijlage 1).
struct Melding
{
    QString id;
    QDate gemeldOp;
    int categorie = 1; // 2 when an earlier complaint about the participant was judged justified
    QDate beoordeeldOp;
    QString gedrag;      // bewust | onbewust
    QString klacht;      // terecht | onterecht
    QString veroorzaker; // deelnemer | buren
    QList<int> acties;   // protocol actions taken, in order
    QDate navraagOp;
    QDate opgelostOp;

    [[nodiscard]] bool isBeoordeeld() const { return beoordeeldOp.isValid(); }
    [[nodiscard]] bool isOpgelost() const { return opgelostOp.isValid(); }
    // Bijlage 1: only a justified complaint about the participant's own behaviour counts;
    // a complaint about the neighbours never harms the trajectory.
    [[nodiscard]] bool countsAgainstDeelnemer() const
    {
        return klacht == u"terecht" && veroorzaker == u"deelnemer";
    }
};

struct OmklapStatus
{
    bool eligible = false;
    std::optional<QDate> earliest;
    QStringList unmet; // codes: minimum_duur, woonevaluatie_ontbreekt, ...

    // Only the date conditions of Werkafspraak 8 are unmet (the minimum duration, a year without
    // justified overlast): omklap becomes possible on `earliest` by itself.
    [[nodiscard]] bool waitsOnlyForTime() const
    {
        return !unmet.isEmpty() && std::all_of(unmet.cbegin(), unmet.cend(), [](const QString& code) {
            return code == u"minimum_duur" || code == u"overlast_afgelopen_jaar";
        });
    }
};

// The editions a trajectory has run under, each from the day it took over (RuleBook): the
// dossier shows when a participant crossed into a new edition.
struct EditionPeriod
{
    QString profileId;
    QDate from; // the edition's start, or the trajectory's first event when later
};

struct Evaluation
{
    QString profileId; // the edition in force today: omklap and today's checks follow it
    QList<EditionPeriod> editions;
    QDate today;
    QString phase;
    QStringList flags;
    QList<Deadline> deadlines;
    OmklapStatus omklap;
    QList<Goal> goals;
    QList<Melding> meldingen;
    // Milestones for the dashboard's figures: the (first) signing of the begeleidingsovereenkomst
    // and the day the lease was put in the participant's name (invalid when not, or not yet).
    QDate overeenkomstOn;
    QDate omgeklaptOn;
};
