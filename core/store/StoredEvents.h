#pragma once

#include "store/TrajectoryRepository.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <limits>

// The participants' events as stored, read for many participants at once (a day not prepared
// reads 10,000 histories): from the kept packs where they are up to date (EventPacks), from the
// event rows where not. Used by TrajectoryRepository, which puts them in the order they count.
namespace StoredEvents {

// An event the team server has not numbered (not sent yet, or no team): after every numbered one.
constexpr qint64 unnumbered = std::numeric_limits<qint64>::max();

// One stored event, with what places it in the order.
struct EventRow
{
    qint64 rowId = 0;
    qint64 teamNumber = unnumbered;
    RecordedEvent recorded;
};

// How the events may be read: on the caller's connection alone, or, while the caller holds its
// connection's write lock inside a transaction (SqlCipherDriver begins IMMEDIATE), half of them
// on a helper thread through a connection of its own (nobody can commit between the two reads),
// with the packs brought up to date in the caller's transaction.
enum class Access { OneConnection, UnderWriteLock };

// Every event of the participants in `indexOf` (UTF-8 id -> place in `rows`), appended to
// rows[place] in the order recorded, with the team server's numbers (`teamNumbers`, by row).
// Empty, or what went wrong in words for the user.
[[nodiscard]] QString read(const QSqlDatabase& database, const QHash<QByteArray, qsizetype>& indexOf,
                           const QHash<qint64, qint64>& teamNumbers, Access access,
                           QList<QList<EventRow>>& rows);

// Above this many histories not in a pack, one pass over every event row is cheaper than
// looking each participant's events up by the index.
constexpr qsizetype oneByOneUpTo = 500;

} // namespace StoredEvents
