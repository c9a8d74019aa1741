#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

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

    bool isBeoordeeld() const { return beoordeeldOp.isValid(); }
    bool isOpgelost() const { return opgelostOp.isValid(); }
    // Bijlage 1: only a justified complaint about the participant's own behaviour counts;
    // a complaint about the neighbours never harms the trajectory.
    bool countsAgainstDeelnemer() const { return klacht == u"terecht" && veroorzaker == u"deelnemer"; }
};

struct OmklapStatus
{
    bool eligible = false;
    std::optional<QDate> earliest;
    QStringList unmet; // codes: minimum_duur, woonevaluatie_ontbreekt, ...
};

struct Evaluation
{
    QString profileId;
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
