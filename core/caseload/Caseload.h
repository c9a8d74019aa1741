#pragma once

#include "calendar/WorkingDays.h"
#include "common/Result.h"
#include "trajectory/Evaluation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// A final form that still waits for a party's signature (Werkafspraak 4 / Bijlage 2a: complete
// once all three parties signed it). The conversation counts as held; the form is not complete.
struct AwaitedSignature
{
    qint64 formId = 0;
    QString form; // "supplement-wgh"
    QString edition;
    QDate finalisedOn;
    QStringList missing; // deelnemer, zorgaanbieder, woningcorporatie
};

// One line of "Mijn deelnemers": who, where, and what the engine says of their trajectory
// today. Computed from the store each time; nothing here is stored.
struct CaseloadRow
{
    QString id;
    QString naam;
    QString adres; // "Straat 1, 1234 AB Plaats"
    QString profile;
    QString begeleider;
    QString woningcorporatie;
    QString stadsdeel;
    QString team;
    QString phase;                        // the engine's phase id; empty when the history breaks a rule
    QString error;                        // the engine's message when it does
    std::optional<Deadline> nextDeadline; // the open or overdue deadline due first
    int overdue = 0;
    OmklapStatus omklap;
    QList<Deadline> deadlines; // open and overdue ones, for the Vandaag view
    // Met deadlines (on time or late) of the rules the dashboard's quality figures count
    // (Caseload::settledRulesKept): the history of how the team kept its terms.
    QList<Deadline> settled;
    QDate overeenkomstOn;                       // begeleidingsovereenkomst signed
    QDate omgeklaptOn;                          // lease in the participant's name
    QList<AwaitedSignature> awaitingSignatures; // read with the row, never kept in a summary
    // The deadlines packed as a summary keeps them (CaseloadSummary::packTerms), made on the
    // thread that evaluated the row, so that keeping it and the dashboard's rows do not pack them
    // again on the thread that waits; termsPacked is false for a row read from a summary.
    bool termsPacked = false;
    QByteArray packedOpenTerms;
    QByteArray packedSettledTerms;

    // Counts an open or overdue deadline in: the list, the overdue count, the next one due.
    void addOpenDeadline(Deadline deadline)
    {
        termsPacked = false; // the packed forms no longer hold every deadline
        if (deadline.status == DeadlineStatus::Overdue)
            ++overdue;
        if (!nextDeadline || deadline.due < nextDeadline->due)
            nextDeadline = deadline;
        deadlines.append(std::move(deadline));
    }
};

// A deadline of one participant, for the Vandaag view across the caseload.
struct CaseloadDeadline
{
    QString participantId;
    QString naam;
    Deadline deadline;
};

class Caseload
{
    Q_DECLARE_TR_FUNCTIONS(Caseload)

public:
    // Every participant in the case file, as the engine sees them on `today`. What the engine
    // said of a participant is kept per day (table caseload_summary, dropped by the store
    // itself on every new event or change): only participants without a summary for `today`
    // are evaluated, and their summaries are kept for the next opening.
    // List: sorted by name, with the address (Mijn deelnemers); Figures: neither (the dashboard).
    enum class Use { List, Figures };
    static Result<QList<CaseloadRow>> load(const QSqlDatabase& database, const QDate& today,
                                           const WorkingDays& calendar = WorkingDays(), Use use = Use::List);
    // Evaluates up to `atMost` participants that have no summary for `day` yet (a day ahead,
    // so that tomorrow's first opening is quick too); returns how many it did, 0 when all are.
    static Result<int> prepareDay(const QSqlDatabase& database, const QDate& day, int atMost,
                                  const WorkingDays& calendar = WorkingDays());
    // The engine's part of these participants' rows (phase, deadlines, omklap; not their name
    // or address) as of `day`, evaluated now and kept as that day's summaries (a failure to keep
    // them is no failure: the rows are right). For readers of the summaries of their own (the
    // dashboard) that found some missing.
    static Result<QList<CaseloadRow>> evaluate(const QSqlDatabase& database, const QStringList& ids,
                                               const QDate& day, const WorkingDays& calendar = WorkingDays());
    // The query of the rows with their summaries (two parameters: the day as ISO text and the
    // engine's fingerprint; a third, the participant's id, with `oneParticipant`). Its columns:
    // id, naam, profile, begeleider (who holds them in the team), woningcorporatie, stadsdeel,
    // team, then from `summaryColumn` the CaseloadSummary columns (NULL when there is no summary),
    // then for the list the address (adres, postcode, woonplaats), sorted by name.
    static QByteArray rowsSql(Use use, bool oneParticipant);
    static constexpr int summaryColumn = 7;
    // Drops the summaries of days before `day`; empty string on success.
    [[nodiscard]] static QString forgetSummariesBefore(const QSqlDatabase& database, const QDate& day);
    // What made a summary: program version, rules and holiday policy. A summary made by
    // anything else is not used.
    [[nodiscard]] static QString engineFingerprint(const WorkingDays& calendar);
    // The one participant's row, read and (when it has no summary for `today`) evaluated, not
    // kept (the next load() keeps it): what a view refreshes after an edit, without the rest.
    static Result<CaseloadRow> loadRow(const QSqlDatabase& database, const QString& participantId,
                                       const QDate& today, const WorkingDays& calendar = WorkingDays(),
                                       Use use = Use::List);
    // The deadline rules whose met deadlines a row keeps in `settled`.
    static const QStringList& settledRulesKept();
    // "Binnen 14 dagen": an open deadline whose date is at most `days` away (or already past).
    // One definition for the caseload filter, the Vandaag view and the dossier's amber rows.
    static constexpr int soonDays = 14;
    [[nodiscard]] static bool isDueSoon(const Deadline& deadline, const QDate& today, int days = soonDays);
    // Everything overdue, or due within `days`, across the rows, soonest first.
    static QList<CaseloadDeadline> dueSoon(const QList<CaseloadRow>& rows, const QDate& today,
                                           int days = soonDays);
};
