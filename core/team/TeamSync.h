#pragma once

#include "application/Clock.h"
#include "common/Result.h"
#include "team/TeamItem.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <functional>

// One sync of a case file with its team server (issue 18, docs/team-sync.md): push the outbox,
// pull what changed, flag what two people did at once. Works on two connections of its own
// (case file and server), so it runs on a thread of its own; safe to kill at any moment:
// the outbox keeps an item until the server has committed it, a resent item is a no-op there,
// and a pulled page and the cursor past it commit together.
class TeamSync
{
    Q_DECLARE_TR_FUNCTIONS(TeamSync)

public:
    struct Report
    {
        int sent = 0;
        int received = 0;
        int flagged = 0;
        int quarantined = 0;
        int notApplied = 0; // received but not put in this file (the reason is kept with the item)
        int removed = 0;    // participants taken off this laptop
        int requeued = 0;   // refused before, sent again: the participant is this user's now
        QStringList notes;  // what the user should know (a participant kept until its items are sent)
    };
    using Progress = std::function<void(const QString& line)>;

    static constexpr int batchSize = 200;
    static constexpr int pageSize = 1000;

    TeamSync(QSqlDatabase caseFile, QSqlDatabase server, const Clock& clock);

    // Called at the two moments a failure matters most, for the tests that make one happen
    // there (the server gone before a batch commits, the laptop killed right after).
    struct Hooks
    {
        std::function<void()> beforeServerCommit;
        std::function<void()> afterServerCommit;
    };
    void setHooks(Hooks hooks) { m_hooks = std::move(hooks); }
    // Set from another thread to stop the sync at its next batch or page (a long first sync
    // cancelled, the case file being locked); it must outlive the run.
    void setStopFlag(const std::atomic_bool* stop) { m_stop = stop; }

    // Push, pull, check for conflicts and send the review requests they make. A failure
    // (the server gone) leaves everything that was not acknowledged waiting for the next run.
    [[nodiscard]] Result<Report> run(const Progress& progress = {});
    [[nodiscard]] QString push(Report& report, const Progress& progress = {});
    [[nodiscard]] QString pull(Report& report, const Progress& progress = {});

private:
    struct Waiting
    {
        qint64 seq = 0;
        TeamItem item;
    };
    struct Outcome
    {
        QList<std::pair<qint64, qint64>> accepted; // outbox seq, server volgnummer
        QList<std::pair<qint64, QString>> refused; // outbox seq, the server's reason
        QString error;                             // the server could not be reached: try later
        bool refusal = false;                      // the batch failed on one item it refused
        bool retry = false;                        // a deadlock or serialization failure: try again
    };

    [[nodiscard]] Result<QList<Waiting>> waitingBatch() const;
    Outcome send(const QList<Waiting>& batch);
    Outcome sendOnce(const QList<Waiting>& batch);
    [[nodiscard]] QString recordOutcome(const QList<Waiting>& batch, const Outcome& outcome);
    [[nodiscard]] Result<QList<TeamItem>> fetch(const QString& where, const QVariantList& values);
    [[nodiscard]] QString applyPage(const QList<TeamItem>& items, std::optional<qint64> cursor,
                                    Report& report);
    // The pull's reads, in one snapshot; `visible`: the participants this user may see, with
    // their server numbers.
    [[nodiscard]] QString pullInSnapshot(QHash<QString, qint64>& visible, Report& report,
                                         const Progress& progress);
    [[nodiscard]] QString pullWhole(const QString& participantId, Report& report);
    // How many of each participant's items this file holds (numbers run 1, 2, ... per participant).
    [[nodiscard]] Result<QHash<QString, qint64>> knownSequences() const;
    [[nodiscard]] QString removeUnassigned(const QHash<QString, qint64>& visible, Report& report);
    // Participants with received items not yet checked for conflicts.
    [[nodiscard]] QString uncheckedParticipants(QStringList& participants) const;
    [[nodiscard]] QString flagConflicts(const QString& participantId, Report& report);
    // The engine's refusal of the participant's history as it stands now; empty when accepted.
    [[nodiscard]] QString engineRefusal(const QString& participantId) const;
    // What the teamleider is asked to look at: an item (by its id and number) and the items it
    // clashes with, of a kind ("zelfde gegeven", "regels", "niet verwerkt"), and why.
    static inline const QString notPutIn = QStringLiteral("niet verwerkt"); // a Review's kind
    struct Review
    {
        QString participantId;
        QString itemUuid;
        qint64 volgnummer = 0;
        QStringList concurrent;
        QString kind;
        QString reason; // kept on this laptop (team_flag); sent too when not every laptop sees it alike
    };
    // Puts the participant on the review list (once per item) and asks the team for a review,
    // as an item whose id is derived from `reviewName`: laptops asking the same give the same.
    [[nodiscard]] QString flag(const Review& review, const QString& reviewName, Report& report);
    // Whether something newer about the item's data is here (prepareSuperseded's query).
    static bool prepareSuperseded(QSqlQuery& query);
    [[nodiscard]] static Result<bool> isSuperseded(QSqlQuery& prepared, const TeamItem& item);
    // Items received before but not put in (TeamSyncLeftOvers.cpp): tried again, since what
    // stood in the way may be gone; each still left out is flagged once for the teamleider.
    [[nodiscard]] QString retryNotPutIn(Report& report);
    [[nodiscard]] QString retryOne(const TeamItem& item, const QString& problemBefore, Report& report);
    [[nodiscard]] QString flagNotPutIn(Report& report);
    // Refused items (TeamSyncRefused.cpp): the quarantined items about a participant this pull
    // finds handed back to this user go back in the queue; what waits in quarantine here is told
    // to the server, and what it says of the team's is kept for the review queue.
    [[nodiscard]] QString requeueHandedBack(Report& report);
    [[nodiscard]] QString shareRefused(); // both below; skipped against a server before schema 4
    [[nodiscard]] QString reportRefused();
    [[nodiscard]] QString readRefused();

    // Empty, or why the sync stops here (setStopFlag).
    [[nodiscard]] QString stopped() const;
    static bool isRefusal(const QSqlError& error);
    static bool isRetryable(const QSqlError& error);

    QSqlDatabase m_caseFile;
    QSqlDatabase m_server;
    const Clock& m_clock;
    QString m_team;
    QHash<QString, QString> m_holders; // participant -> the begeleider who holds them, this pull
    QString m_user;
    Hooks m_hooks;
    const std::atomic_bool* m_stop = nullptr;
    QList<Review> m_stillNotPutIn; // left out again by this sync's retry: flagged at its end
};
