#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

// What the caseload keeps per participant and day (caseload_summary, schema versions 3 and 12) is
// derived from the participant's events and the order they stand in. Whoever adds an event, or
// learns a new order from the team, forgets that participant's summaries in the same transaction,
// so a summary never outlives the history it was computed from.
//
// Until schema version 11 a trigger on trajectory_event did this row by row. Any trigger on an
// insert makes SQLite keep a statement journal for each event inserted, and SQLCipher encrypts
// every page it journals: 105 pages ciphered per participant imported instead of a handful, the
// keyed store at 4x the plain one (docs/benchmarks.md, issue 21). The places that insert events
// are two (TrajectoryRepository::insertEvents, ReceivedItems::insertEvent), each tested.
class KeptSummaries
{
    Q_DECLARE_TR_FUNCTIONS(KeptSummaries)

public:
    // Empty, or what went wrong (the caller rolls its transaction back).
    [[nodiscard]] static QString forget(const QSqlDatabase& database, const QString& participantId);
    [[nodiscard]] static QString forget(const QSqlDatabase& database, const QSet<QString>& participantIds);
};
