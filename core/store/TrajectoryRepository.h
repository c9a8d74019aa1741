#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"
#include "trajectory/Trajectory.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>

// Participants and their trajectory events in a case file. Writing goes through the trajectory
// engine first, so the store only ever holds histories the rules accept; each write is one
// transaction together with its audit rows.
// An event as the Tijdlijn shows it: what happened and who recorded it when.
struct RecordedEvent
{
    TrajectoryEvent event;
    QString recordedBy;
    QDateTime recordedAt; // UTC
};

class TrajectoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(TrajectoryRepository)

public:
    explicit TrajectoryRepository(QSqlDatabase database)
        : m_database(std::move(database))
    {}

    // A new participant with their whole history (the trajectory file format). Refused as a
    // whole, with the engine's message, when any event breaks a rule as of `today`.
    [[nodiscard]] QString importTrajectory(const Trajectory& trajectory, const Actor& actor,
                                           const QDate& today, const QDateTime& now);
    // One new event for a participant already in the case file. The whole history with the new
    // event is checked by the engine as of `today` first; refused with its message otherwise.
    // History is never edited: a mistake is corrected by a compensating event.
    [[nodiscard]] QString recordEvent(const QString& participantId, TrajectoryEvent event, const Actor& actor,
                                      const QDate& today, const QDateTime& now);
    // Several events at once, checked by the engine together and written in one transaction;
    // `sameTransaction` writes what belongs with them (a form made final) before the commit,
    // and its error rolls everything back.
    // Writes `events` as they are, each with its audit row, inside a transaction the caller holds
    // (checked by the engine beforehand: recordEvents, ParticipantRepository::registerNew).
    [[nodiscard]] QString insertEvents(const QString& participantId, const QList<TrajectoryEvent>& events,
                                       const Actor& actor, const QDateTime& now);
    [[nodiscard]] QString recordEvents(const QString& participantId, const QList<TrajectoryEvent>& events,
                                       const Actor& actor, const QDate& today, const QDateTime& now,
                                       const std::function<QString()>& sameTransaction = {});
    // Undoes the last recorded action that is not undone yet, by a compensating event
    // (Retractions): refused with the engine's message when the history without it breaks a rule.
    [[nodiscard]] QString undoLast(const QString& participantId, const QString& reden, const Actor& actor,
                                   const QDate& today, const QDateTime& now);
    // Retracts one event, named by its row in this file, by a compensating event (Retractions),
    // chosen and written in one transaction with `sameTransaction` (a review's decision);
    // refused with the engine's message when the history without it breaks a rule.
    [[nodiscard]] QString retractEvent(const QString& participantId, qint64 eventRow, const QString& reden,
                                       const Actor& actor, const QDate& today, const QDateTime& now,
                                       const std::function<QString()>& sameTransaction = {});
    // The rows of the participant's events in the order they count (load()'s order): the place
    // of an event is its index + 1.
    [[nodiscard]] Result<QList<qint64>> eventRows(const QString& participantId) const;
    // The events in date order (same date: the order they count), with who recorded them;
    // numbered in the order they count.
    [[nodiscard]] Result<QList<RecordedEvent>> history(const QString& participantId) const;
    // The participant's trajectory as stored, events in the order they count: in a team, the
    // order the team server gave them, then those not sent yet in the order recorded here;
    // without a team, the order recorded here (docs/team-sync.md, "Event order").
    [[nodiscard]] Result<Trajectory> load(const QString& participantId) const;
    // How loadMany may read many trajectories: on this connection alone, or with the later half
    // of the events read on another thread, through a connection of its own to the same case
    // file (EncryptedStore). That connection sees what this one sees only when nobody can commit
    // in between: the caller holds this connection's write lock, in a transaction (BEGIN
    // IMMEDIATE) in which it has written nothing yet. Under the write lock, the packs of each
    // participant's events (EventPacks) are also brought up to date, in the caller's transaction.
    enum class Reading { OneConnection, TwoConnectionsUnderWriteLock };
    // The trajectories of these participants, in the order asked. A few are looked up one by
    // one; for many, their events come from the packs kept of each participant's events
    // (EventPacks), and those not packed from the event rows (StoredEvents).
    [[nodiscard]] Result<QList<Trajectory>> loadMany(const QStringList& participantIds,
                                                     Reading reading = Reading::OneConnection) const;
    static constexpr qsizetype oneByOneUpTo = 500;

private:
    // recordEvents inside the caller's transaction: the engine's check, then insertEvents.
    // `refused`: the error is the rules' (or the data's) answer, not the store's.
    [[nodiscard]] QString checkAndInsert(const QString& participantId, const QList<TrajectoryEvent>& events,
                                         const Actor& actor, const QDate& today, const QDateTime& now,
                                         bool& refused);
    // Ends the transaction: committed when `error` is empty; otherwise rolled back, with the
    // store's error phrased as "not saved" and a refusal as it is.
    [[nodiscard]] QString finish(const QString& error, bool refused);

    QSqlDatabase m_database;
};
