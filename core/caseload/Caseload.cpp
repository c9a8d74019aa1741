#include "caseload/Caseload.h"

#include "application/BuildInfo.h"
#include "caseload/CaseloadSummary.h"
#include "common/DateText.h"
#include "store/RawQuery.h"
#include "store/SignatureRepository.h"
#include "store/StoreError.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/EventTypeRegistry.h"
#include "trajectory/IsoDate.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <system_error>
#include <thread>

namespace {

// Raise when the summary's content changes: older summaries are then evaluated afresh.
constexpr int summaryFormat = 3; // 2: settled deadlines and the milestones; 3: typed columns

QString address(const QString& street, const QString& postcode, const QString& place)
{
    QStringList parts;
    if (!street.isEmpty())
        parts << street;
    const QString town = QStringList{postcode, place}.join(u' ').trimmed();
    if (!town.isEmpty())
        parts << town;
    return parts.join(QStringLiteral(", "));
}

void summarise(CaseloadRow& row, const Evaluation& evaluation)
{
    row.phase = evaluation.phase;
    row.omklap = evaluation.omklap;
    row.overeenkomstOn = evaluation.overeenkomstOn;
    row.omgeklaptOn = evaluation.omgeklaptOn;
    const QStringList& kept = Caseload::settledRulesKept();
    for (const Deadline& deadline : evaluation.deadlines) {
        if (deadline.status == DeadlineStatus::Open || deadline.status == DeadlineStatus::Overdue)
            row.addOpenDeadline(deadline);
        else if (kept.contains(deadline.rule))
            row.settled.append(deadline);
    }
}

// Evaluates rows with one engine per rule profile, each built once.
class RowEvaluator
{
public:
    explicit RowEvaluator(const WorkingDays& calendar)
        : m_calendar(calendar)
    {}

    void evaluate(CaseloadRow& row, const Trajectory& trajectory, const QDate& today)
    {
        auto& engine = m_engines[trajectory.profileId];
        if (!engine) {
            Result<TrajectoryEngine> built = TrajectoryEngine::builtIn(trajectory.profileId, m_calendar);
            if (!built) {
                row.error = built.errors().join(u' ');
                return;
            }
            engine = std::make_unique<TrajectoryEngine>(std::move(built).value());
        }
        const Result<Evaluation> evaluation = engine->evaluate(trajectory, today);
        if (evaluation)
            summarise(row, evaluation.value());
        else
            row.error = evaluation.errors().join(u' ');
        CaseloadSummary::packTerms(row); // here, on the evaluating thread, once
    }

private:
    const WorkingDays& m_calendar;
    std::map<QString, std::unique_ptr<TrajectoryEngine>> m_engines;
};

// Keeps rows' summaries of one day in the caller's transaction. Inserts, and only where a
// summary of the day is there already (by another engine) deletes it and inserts again: INSERT
// OR REPLACE costs ten times as much with foreign keys on, SQLCipher 3.4's SQLite has no upsert,
// and a delete before every insert found nothing 10,000 times.
class SummaryKeeper
{
public:
    SummaryKeeper(const QSqlDatabase& writer, const QDate& day, const QString& engine)
        : m_remove(writer, "DELETE FROM caseload_summary WHERE participant_id = ? AND as_of = ?")
        , m_insert(writer, insertSql().constData())
        , m_asOf(isoDate(day))
        , m_engine(engine)
    {}

    // After a write failed, nothing more is kept (the caller rolls back).
    void keep(const CaseloadRow& row)
    {
        if (!m_kept || inserted(row))
            return;
        m_remove.bindText(1, row.id);
        m_remove.bindText(2, m_asOf);
        m_kept = m_insert.error().isEmpty() && m_remove.exec() && inserted(row);
    }
    [[nodiscard]] bool kept() const { return m_kept; }

private:
    static QByteArray insertSql()
    {
        return QStringLiteral("INSERT OR IGNORE INTO caseload_summary (participant_id, as_of, engine, %1) "
                              "VALUES (?, ?, ?%2)")
            .arg(QLatin1String(CaseloadSummary::columns),
                 QStringLiteral(", ?").repeated(CaseloadSummary::columnCount))
            .toUtf8();
    }

    bool inserted(const CaseloadRow& row)
    {
        m_insert.bindText(1, row.id);
        m_insert.bindText(2, m_asOf);
        m_insert.bindText(3, m_engine);
        CaseloadSummary::bind(m_insert, 4, row);
        return m_insert.exec() && m_insert.changes() == 1;
    }

    RawQuery m_remove;
    RawQuery m_insert;
    const QString m_asOf;
    const QString m_engine;
    bool m_kept = true;
};

// The rows evaluated on this thread and another, in chunks each takes as it is free, each thread
// with engines of its own (an engine keeps caches of its own; the rule books and event types they
// share are behind mutexes). A day not prepared evaluates every participant: on two cores in
// about half the time. With a `keeper`, this thread keeps the summaries of the chunks done (by
// either thread, in their order) between its own chunks, while the other evaluates on: keeping
// 10,000 summaries was 40-60 ms of one core idling (docs/benchmarks.md, issue 21). Each
// trajectory is let go of on the thread that evaluated it (400,000 events freed cost a tenth of
// the opening). Fewer rows than a thread is worth are evaluated here alone.
void evaluateOnBothCores(const QList<CaseloadRow*>& rows, QList<Trajectory>&& trajectories, const QDate& day,
                         const WorkingDays& calendar, SummaryKeeper* keeper)
{
    constexpr qsizetype chunkSize = 64;
    const qsizetype chunks = (rows.size() + chunkSize - 1) / chunkSize;
    Q_ASSERT(trajectories.size() == rows.size());      // loadMany gives one per id, or fails
    Trajectory* const histories = trajectories.data(); // one detach, before any thread
    std::atomic<qsizetype> nextChunk{0};
    const std::unique_ptr<std::atomic<bool>[]> done(new std::atomic<bool>[size_t(chunks)]);
    for (qsizetype c = 0; c < chunks; ++c)
        done[size_t(c)].store(false, std::memory_order_relaxed);
    qsizetype keptUpTo = 0; // chunks kept; this thread's alone
    const auto keepDone = [&] {
        for (; keptUpTo < chunks && done[size_t(keptUpTo)].load(std::memory_order_acquire); ++keptUpTo) {
            for (qsizetype i = keptUpTo * chunkSize; i < std::min(rows.size(), (keptUpTo + 1) * chunkSize);
                 ++i)
                keeper->keep(*rows[i]);
        }
    };
    const auto evaluateChunks = [&](bool keeping) {
        RowEvaluator evaluator(calendar);
        for (qsizetype c = nextChunk.fetch_add(1); c < chunks; c = nextChunk.fetch_add(1)) {
            for (qsizetype i = c * chunkSize; i < std::min(rows.size(), (c + 1) * chunkSize); ++i) {
                evaluator.evaluate(*rows[i], histories[i], day);
                histories[i] = Trajectory();
            }
            done[size_t(c)].store(true, std::memory_order_release);
            if (keeping)
                keepDone();
        }
    };
    constexpr qsizetype worthAThread = 200;
    {
        std::jthread other; // joined at the end of this block, however it ends
        if (rows.size() >= worthAThread && std::thread::hardware_concurrency() >= 2) {
            try {
                other = std::jthread(evaluateChunks, false);
            } catch (const std::system_error&) { // no thread to be had: all of it here
            }
        }
        evaluateChunks(keeper != nullptr);
    }
    if (keeper)
        keepDone(); // what the other thread finished last
}

// Evaluates `rows` as of `day` and, with `keep`, keeps their summaries. Writing them is only a
// saving for the next opening: when it fails (a read-only or full disk) the rows are still
// right, so the failure is not the caller's problem.
Result<bool> evaluateAndKeep(const QSqlDatabase& database, QList<CaseloadRow*> rows, const QDate& day,
                             const QString& engine, const WorkingDays& calendar, bool keep = true)
{
    if (rows.isEmpty())
        return true;
    QStringList ids;
    for (const CaseloadRow* row : rows)
        ids << row->id;
    // The transaction begins before the events are read, and holds the write lock from its
    // start (SqlCipherDriver begins IMMEDIATE): another connection (the team sync) cannot add an
    // event and forget a summary between the read and the keeping, so no summary is kept of a
    // history that has changed. The team sync waits for it (the busy timeout).
    QSqlDatabase writer = database;
    const bool keeping = keep && writer.transaction();
    // Holding the write lock (SqlCipherDriver begins IMMEDIATE), the events may be read on two
    // connections: nobody can commit between their reads.
    Result<QList<Trajectory>> trajectories = TrajectoryRepository(database).loadMany(
        ids, keeping ? TrajectoryRepository::Reading::TwoConnectionsUnderWriteLock
                     : TrajectoryRepository::Reading::OneConnection);
    if (!trajectories) {
        if (keeping)
            writer.rollback();
        return Result<bool>::failure(trajectories.errors());
    }
    // A write that failed while reading (the packs of the events, on a full disk) may have ended
    // the transaction in SQLite: a summary written now would be its own commit, outside the lock.
    const bool stillKeeping = keeping && RawQuery::inTransaction(writer);
    std::optional<SummaryKeeper> keeper;
    if (stillKeeping)
        keeper.emplace(writer, day, engine);
    evaluateOnBothCores(rows, std::move(trajectories).value(), day, calendar, keeper ? &*keeper : nullptr);
    if (!keeping)
        return !keep;
    const bool kept = keeper && keeper->kept();
    keeper.reset(); // its statements finished before the commit or the rollback
    if (kept && writer.commit())
        return true;
    writer.rollback();
    return false;
}

} // namespace

QString Caseload::engineFingerprint(const WorkingDays& calendar)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(summaryFormat));
    hash.addData(BuildInfo::version().toUtf8());
    hash.addData(QByteArray::number(int(calendar.policy().goedeVrijdagIsDayOff)) +
                 QByteArray::number(int(calendar.policy().bevrijdingsdagIsDayOff)));
    // The rule files are compiled in and never change while the program runs: read them once,
    // not at every opening of the caseload.
    static const QByteArray rulesDigest = [] {
        QCryptographicHash rulesHash(QCryptographicHash::Sha256);
        for (const QString& profile : RuleProfile::builtInIds()) {
            QFile rules(QStringLiteral(":/rules/%1.json").arg(profile));
            if (rules.open(QIODevice::ReadOnly))
                rulesHash.addData(rules.readAll());
        }
        return rulesHash.result();
    }();
    hash.addData(rulesDigest);
    return QString::fromLatin1(hash.result().toHex().left(16));
}

const QStringList& Caseload::settledRulesKept()
{
    static const QStringList rules{QStringLiteral("kennismakingsgesprek"), QStringLiteral("woonevaluatie"),
                                   QStringLiteral("overlast_reactie")};
    return rules;
}

QByteArray Caseload::rowsSql(Use use, bool oneParticipant)
{
    const bool forList = use == Use::List;
    // In a team, the begeleider is who holds the participant there (team_holder, issue 19): the
    // teamleider's figures per begeleider follow handovers, not a name typed once.
    return QStringLiteral("SELECT p.id, p.naam, p.profile, coalesce(h.holder, p.begeleider), "
                          "p.woningcorporatie, p.stadsdeel, p.team, %1%2 "
                          "FROM participant p LEFT JOIN caseload_summary s "
                          "ON s.participant_id = p.id AND s.as_of = ? AND s.engine = ? "
                          "LEFT JOIN team_holder h ON h.participant_id = p.id %3 %4")
        .arg(QStringLiteral("s.") + QLatin1String(CaseloadSummary::columns)
                                        .toString()
                                        .replace(QStringLiteral(", "), QStringLiteral(", s.")),
             forList ? QStringLiteral(", p.adres, p.postcode, p.woonplaats") : QString(),
             oneParticipant ? QStringLiteral("WHERE p.id = ?") : QString(),
             forList ? QStringLiteral("ORDER BY p.naam, p.id") : QString())
        .toUtf8();
}

Result<QList<CaseloadRow>> Caseload::evaluate(const QSqlDatabase& database, const QStringList& ids,
                                              const QDate& day, const WorkingDays& calendar)
{
    QList<CaseloadRow> rows(ids.size());
    QList<CaseloadRow*> toEvaluate;
    toEvaluate.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        rows[i].id = ids.at(i);
        toEvaluate.append(&rows[i]);
    }
    const Result<bool> evaluated =
        evaluateAndKeep(database, toEvaluate, day, engineFingerprint(calendar), calendar);
    if (!evaluated)
        return Result<QList<CaseloadRow>>::failure(evaluated.errors());
    return rows;
}

namespace {

// Participants joined with their summary of the day; `onlyId` narrows it to one participant.
// For the figures the address is not read and the rows are not sorted by name: the dashboard
// reads 10,000 rows per opening and neither shows addresses nor lists everyone.
Result<QList<CaseloadRow>> loadRows(const QSqlDatabase& database, const QDate& today,
                                    const WorkingDays& calendar, const QString& onlyId, Caseload::Use use)
{
    using Rows = QList<CaseloadRow>;
    const QString engine = Caseload::engineFingerprint(calendar);
    const bool forList = use == Caseload::Use::List;
    const QByteArray sql = Caseload::rowsSql(use, !onlyId.isNull());
    RawQuery query(database, sql.constData());
    query.bindText(1, isoDate(today));
    query.bindText(2, engine);
    if (!onlyId.isNull())
        query.bindText(3, onlyId);
    constexpr int summaryColumn = Caseload::summaryColumn;
    constexpr int addressColumn = summaryColumn + CaseloadSummary::columnCount;
    CaseloadSummary::Decoder decoder;
    SharedTexts& shared = decoder.texts(); // a few begeleiders, teams and districts over 10,000 rows
    Rows rows;
    QList<qsizetype> unsummarised;
    while (query.next()) {
        CaseloadRow row;
        row.id = QString::fromUtf8(query.text(0));
        row.naam = QString::fromUtf8(query.text(1));
        row.profile = shared.of(query.text(2));
        row.begeleider = shared.of(query.text(3));
        row.woningcorporatie = shared.of(query.text(4));
        row.stadsdeel = shared.of(query.text(5));
        row.team = shared.of(query.text(6));
        if (forList)
            row.adres = address(QString::fromUtf8(query.text(addressColumn)),
                                QString::fromUtf8(query.text(addressColumn + 1)),
                                QString::fromUtf8(query.text(addressColumn + 2)));
        if (!decoder.decode(query, summaryColumn, row))
            unsummarised.append(rows.size());
        rows.append(std::move(row));
    }
    if (!query.error().isEmpty())
        return Result<Rows>::failure(query.error());
    query.finish();

    QList<CaseloadRow*> toEvaluate;
    for (const qsizetype index : unsummarised)
        toEvaluate.append(&rows[index]);
    // One participant read again after an edit is not kept: a commit (an fsync) would cost more
    // than evaluating one trajectory, and the next full load keeps it.
    const Result<bool> evaluated =
        evaluateAndKeep(database, toEvaluate, today, engine, calendar, onlyId.isNull());
    if (!evaluated)
        return Result<Rows>::failure(evaluated.errors());
    for (CaseloadRow* row : std::as_const(toEvaluate)) { // they served the keeping; lists need none
        row->termsPacked = false;
        row->packedOpenTerms.clear();
        row->packedSettledTerms.clear();
    }

    // Signatures change without an event, so they are read each time, not kept in the summary.
    const Result<QList<SignatureRepository::Awaiting>> awaiting =
        SignatureRepository::awaiting(database, onlyId);
    if (!awaiting)
        return Result<Rows>::failure(awaiting.errors());
    QHash<QString, qsizetype> indexOf; // only when a form waits: 10,000 ids hashed cost 5 ms
    for (qsizetype i = 0; i < rows.size() && !awaiting->isEmpty(); ++i)
        indexOf.insert(rows.at(i).id, i);
    for (const SignatureRepository::Awaiting& form : awaiting.value()) {
        if (const auto found = indexOf.constFind(form.participantId); found != indexOf.cend())
            rows[*found].awaitingSignatures.append(
                {form.formId, form.form, form.edition, form.finalisedOn, form.missing});
    }
    return rows;
}

} // namespace

Result<QList<CaseloadRow>> Caseload::load(const QSqlDatabase& database, const QDate& today,
                                          const WorkingDays& calendar, Use use)
{
    return loadRows(database, today, calendar, QString(), use);
}

Result<CaseloadRow> Caseload::loadRow(const QSqlDatabase& database, const QString& participantId,
                                      const QDate& today, const WorkingDays& calendar, Use use)
{
    const Result<QList<CaseloadRow>> rows = loadRows(database, today, calendar, participantId, use);
    if (!rows)
        return Result<CaseloadRow>::failure(rows.errors());
    if (rows.value().isEmpty())
        return Result<CaseloadRow>::failure(
            tr("There is no participant %1 in this case file.").arg(participantId));
    return rows.value().first();
}

Result<int> Caseload::prepareDay(const QSqlDatabase& database, const QDate& day, int atMost,
                                 const WorkingDays& calendar)
{
    const QString engine = engineFingerprint(calendar);
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT p.id FROM participant p WHERE NOT EXISTS (SELECT 1 FROM "
                                 "caseload_summary s WHERE s.participant_id = p.id AND s.as_of = ? AND "
                                 "s.engine = ?) LIMIT ?"));
    query.addBindValue(isoDate(day));
    query.addBindValue(engine);
    query.addBindValue(atMost);
    if (!query.exec())
        return Result<int>::failure(StoreError::describe(query.lastError()));
    QList<CaseloadRow> rows;
    while (query.next()) {
        CaseloadRow row;
        row.id = query.value(0).toString();
        rows.append(row);
    }
    query.finish();
    QList<CaseloadRow*> toEvaluate;
    for (CaseloadRow& row : rows)
        toEvaluate.append(&row);
    const Result<bool> kept = evaluateAndKeep(database, toEvaluate, day, engine, calendar);
    if (!kept)
        return Result<int>::failure(kept.errors());
    if (!kept.value())
        return Result<int>::failure(
            tr("The caseload of %1 could not be prepared in the case file.").arg(DateText::date(day)));
    return int(rows.size());
}

QString Caseload::forgetSummariesBefore(const QSqlDatabase& database, const QDate& day)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("DELETE FROM caseload_summary WHERE as_of < ?"));
    query.addBindValue(isoDate(day));
    return query.exec() ? QString() : StoreError::describe(query.lastError());
}

bool Caseload::isDueSoon(const Deadline& deadline, const QDate& today, int days)
{
    return deadline.due <= today.addDays(days);
}

QList<CaseloadDeadline> Caseload::dueSoon(const QList<CaseloadRow>& rows, const QDate& today, int days)
{
    QList<CaseloadDeadline> due;
    for (const CaseloadRow& row : rows) {
        for (const Deadline& deadline : row.deadlines) {
            if (deadline.status == DeadlineStatus::Overdue || isDueSoon(deadline, today, days))
                due.append({row.id, row.naam, deadline});
        }
    }
    std::stable_sort(due.begin(), due.end(), [](const CaseloadDeadline& a, const CaseloadDeadline& b) {
        return a.deadline.due < b.deadline.due;
    });
    return due;
}
