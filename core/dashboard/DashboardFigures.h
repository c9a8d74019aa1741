#pragma once

#include "caseload/Caseload.h"
#include "dashboard/DashboardRows.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the teamleider filters the dashboard by. Empty text and invalid dates mean "all".
// The period narrows only the quarterly quality figures; the counts are always as of today.
struct DashboardFilter
{
    QString begeleider;
    QString team;
    QString woningcorporatie;
    QString stadsdeel;
    QString profile;
    QDate from;
    QDate to;

    [[nodiscard]] bool inPeriod(const QDate& quarterStart) const;
    // In words, for the top of an export: "Begeleider: Sara Zorgvuldig; kwartalen van ... tot ...";
    // empty when nothing is narrowed.
    [[nodiscard]] QString describe() const;
};

// One bar of a chart or one line of a table of counts.
struct DashboardCount
{
    QString key;
    int count = 0;
};

// A deadline of one participant on a dashboard list (overdue, due soon).
struct DashboardDeadline
{
    QString participantId;
    QString naam;
    QString begeleider;
    Deadline deadline;
};

// A final form of one participant still waiting for signatures (Werkafspraak 4 / Bijlage 2a).
struct DashboardSignatureWait
{
    QString participantId;
    QString naam;
    QString begeleider;
    AwaitedSignature form;
};

// A participant on the omklap lists (Werkafspraak 8).
struct OmklapCandidate
{
    QString participantId;
    QString naam;
    QString begeleider;
    QDate eligibleOn;  // today for "now", the earliest date for "within 30 days"
    QStringList unmet; // the engine's codes for the rest
};

// A share of terms kept on time: on time / all that were due (or met) in the quarter.
struct TermRate
{
    int onTime = 0;
    int total = 0;
    std::optional<double> percent() const
    {
        return total > 0 ? std::optional<double>(100.0 * onTime / total) : std::nullopt;
    }
};

// The quality figures of one calendar quarter.
struct QuarterFigures
{
    QDate start; // first day of the quarter
    // Counted in the quarter of the decision: met (on time or late), or due and still overdue.
    TermRate kennismakingsgesprek;            // Werkafspraak 4: held within 3 months of the overeenkomst
    TermRate woonevaluatie;                   // Werkafspraak 4: at least once a year
    TermRate overlastReactie;                 // Bijlage 1: reaction within 2 werkdagen
    int omklappen = 0;                        // leases put in the participant's name in the quarter
    std::optional<double> medianDaysToOmklap; // from begeleidingsovereenkomst to omklap

    // "2026 K3"
    [[nodiscard]] QString label() const;
};

// Everything the teamleider's dashboard shows, computed from the caseload rows (the engine's
// verdict per participant) on one day. Computed in core so that the app, the PDF and CSV
// export and `thuisindewijk-cli dashboard` show the same numbers.
struct DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)

public:
    static constexpr int soonDays = 14;
    static constexpr int laterDays = 30;

    QDate today;
    // The case file's audit chain head when the rows were read: recorded in every export of
    // these figures (AuditAnchors). Empty for figures not read from a case file.
    QString auditHead;
    int participants = 0;
    int brokenHistories = 0; // trajectories whose history breaks a rule: not in the figures

    QList<DashboardCount> perPhase; // in the order of the rule profiles' phases
    QList<DashboardCount> perBegeleider;
    QList<DashboardCount> perCorporation;

    QList<DashboardCount> overdueByRule;
    QList<DashboardCount> overdueByBegeleider;
    QList<DashboardDeadline> overdue;                 // oldest due date first
    QList<DashboardDeadline> dueWithin;               // open, due within `laterDays`, soonest first
    int dueWithinSoon = 0;                            // of which within `soonDays`
    QList<DashboardSignatureWait> awaitingSignatures; // final forms not yet signed by all three, oldest first

    QList<OmklapCandidate> omklapNow;   // herstelfase, every condition met: can be put forward
    QList<OmklapCandidate> omklapSoon;  // only the date is missing, and it is within 30 days
    QList<OmklapCandidate> omklapLater; // herstelfase, other conditions unmet
    QList<DashboardCount> omklapUnmet;  // how often each condition is unmet among the later ones

    QList<QuarterFigures> quarters; // oldest first, only quarters with any figure

    static DashboardFigures compute(const DashboardRows& rows, const DashboardFilter& filter,
                                    const QDate& today);
    // `today` is the day the rows' deadlines were evaluated on (their statuses are of that day).
    static DashboardFigures compute(const QList<CaseloadRow>& rows, const DashboardFilter& filter,
                                    const QDate& today)
    {
        return compute(DashboardRows::of(rows), filter, today);
    }
    static QDate quarterStart(const QDate& date);
    // How a phase or rule id reads on a chart: "Na omklap", "Doelen vastleggen".
    [[nodiscard]] static QString readable(const QString& id);
};
