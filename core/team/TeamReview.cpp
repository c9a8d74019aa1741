#include "team/TeamReview.h"

#include "store/StoreError.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/Retractions.h"
#include "trajectory/TrajectoryEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

const QString decisionEntity = QStringLiteral("besluit");
const QString requestEntity = QStringLiteral("beoordeling");

QString exec(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec() ? QString() : StoreError::describe(query.lastError());
}

// The decision's row here and its audit row, which takes it to the team.
QString recordDecision(const QSqlDatabase& caseFile, const TeamReview::Item& item, const QString& decision,
                       const QString& note, const Actor& actor, const QDateTime& now)
{
    QSqlQuery query(caseFile);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO team_decision (participant_id, volgnummer, about, "
                                 "decision, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (const QString error = exec(query, {item.participantId, item.volgnummer, item.about, decision, note,
                                           actor.name, now.toUTC().toString(Qt::ISODateWithMs)});
        !error.isEmpty())
        return error;
    const QJsonObject what{{QStringLiteral("volgnummer"), QString::number(item.volgnummer)},
                           {QStringLiteral("over"), item.about},
                           {QStringLiteral("besluit"), decision},
                           {QStringLiteral("toelichting"), note}};
    return AuditLog(caseFile).append({now, actor, decisionEntity, item.participantId, std::nullopt,
                                      QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact))});
}

} // namespace

QString TeamReview::decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Keep:
        return QStringLiteral("behouden");
    case Decision::Retract:
        return QStringLiteral("herroepen");
    case Decision::AskBegeleider:
        break;
    }
    return QStringLiteral("vraag begeleider");
}

Result<QList<TeamReview::Item>> TeamReview::open(const QSqlDatabase& caseFile)
{
    QSqlQuery query(caseFile);
    if (!query.exec(QStringLiteral(
            "SELECT f.participant_id, coalesce(p.naam, ''), f.volgnummer, f.about, f.reason, f.flagged_at, "
            "coalesce(i.author, ''), coalesce(d.decision, ''), coalesce(d.note, '') FROM team_flag f "
            "LEFT JOIN participant p ON p.id = f.participant_id "
            "LEFT JOIN team_item i ON i.participant_id = f.participant_id AND i.volgnummer = f.volgnummer "
            "LEFT JOIN team_decision d ON d.participant_id = f.participant_id AND d.volgnummer = "
            "f.volgnummer "
            "AND d.about = f.about "
            "WHERE coalesce(d.decision, '') NOT IN ('behouden', 'herroepen') "
            "ORDER BY f.flagged_at DESC, f.participant_id, f.volgnummer")))
        return Result<QList<Item>>::failure(StoreError::describe(query.lastError()));
    QList<Item> items;
    while (query.next()) {
        Item item;
        item.participantId = query.value(0).toString();
        item.participantName = query.value(1).toString();
        item.volgnummer = query.value(2).toLongLong();
        item.about = query.value(3).toString();
        item.reason = query.value(4).toString();
        item.flaggedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        item.author = query.value(6).toString();
        if (query.value(7).toString() == decisionName(Decision::AskBegeleider))
            item.askedNote = query.value(8).toString();
        items.append(item);
    }
    if (const QString error = appendRefused(caseFile, items); !error.isEmpty())
        return Result<QList<Item>>::failure(error);
    return items;
}

QString TeamReview::appendRefused(const QSqlDatabase& caseFile, QList<Item>& items)
{
    QSqlQuery query(caseFile);
    if (!query.exec(QStringLiteral(
            "SELECT r.reporter, r.participant_id, coalesce(p.naam, ''), coalesce(h.holder, ''), r.entity, "
            "r.reason, r.tries, r.since FROM team_refused r LEFT JOIN participant p ON p.id = "
            "r.participant_id "
            "LEFT JOIN team_holder h ON h.participant_id = r.participant_id "
            "ORDER BY r.reporter, r.participant_id, r.since")))
        return StoreError::describe(query.lastError());
    // One entry per laptop and participant: a refused participant refuses all its items alike.
    struct Group
    {
        Item item;
        QStringList kinds;
        QStringList reasons;
        int tries = 0;
    };
    QList<Group> groups;
    while (query.next()) {
        const QString reporter = query.value(0).toString();
        const QString participantId = query.value(1).toString();
        if (groups.isEmpty() || groups.last().item.author != reporter ||
            groups.last().item.participantId != participantId) {
            Group group;
            group.item.participantId = participantId;
            group.item.participantName = query.value(2).toString();
            group.item.about = refusedAbout;
            group.item.author = reporter;
            group.item.holder = query.value(3).toString();
            group.item.flaggedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
            groups.append(group);
        }
        Group& group = groups.last();
        ++group.item.refusedItems;
        if (!group.kinds.contains(query.value(4).toString()))
            group.kinds << query.value(4).toString();
        if (!group.reasons.contains(query.value(5).toString()))
            group.reasons << query.value(5).toString();
        group.tries = std::max(group.tries, query.value(6).toInt());
    }
    std::sort(groups.begin(), groups.end(),
              [](const Group& a, const Group& b) { return a.item.flaggedAt < b.item.flaggedAt; });
    for (Group& group : groups) {
        group.item.notAssigned =
            std::all_of(group.reasons.cbegin(), group.reasons.cend(), [](const QString& reason) {
                return reason.contains(QStringLiteral("SQLSTATE 42501"));
            });
        if (!group.item.notAssigned) {
            group.item.holder.clear();
            group.item.participantName.clear();
        }
        group.item.reason = tr("%n item(s) (%1) from %2's laptop were refused by the team server, tried "
                               "%3 time(s): %4",
                               nullptr, group.item.refusedItems)
                                .arg(group.kinds.join(QStringLiteral(", ")), group.item.author)
                                .arg(group.tries)
                                .arg(group.reasons.join(QStringLiteral("; ")));
        items.append(group.item);
    }
    return {};
}

Result<QList<TeamReview::Event>> TeamReview::events(const QSqlDatabase& caseFile,
                                                    const QString& participantId)
{
    using Read = Result<QList<Event>>;
    const TrajectoryRepository repository(caseFile);
    const Result<QList<qint64>> rows = repository.eventRows(participantId);
    const Result<Trajectory> trajectory = repository.load(participantId);
    if (!rows || !trajectory)
        return Read::failure(!rows ? rows.errors() : trajectory.errors());
    QSqlQuery query(caseFile);
    query.prepare(QStringLiteral(
        "SELECT k.local_id, i.author FROM team_item i JOIN team_key k ON k.uuid = substr(i.entity_key, 18) "
        "WHERE i.participant_id = ? AND i.entity_key LIKE 'trajectory_event:%' AND k.entity = "
        "'trajectory_event'"));
    query.addBindValue(participantId);
    if (!query.exec())
        return Read::failure(StoreError::describe(query.lastError()));
    QHash<qint64, QString> authors;
    while (query.next())
        authors.insert(query.value(0).toLongLong(), query.value(1).toString());
    const QSet<int> retracted = Retractions::retractedNumbers(trajectory->events);
    QList<Event> events;
    for (qsizetype i = 0; i < trajectory->events.size() && i < rows->size(); ++i) {
        const TrajectoryEvent& event = trajectory->events.at(i);
        const int place = int(i + 1);
        events.append({place, rows->at(i), event.date, event.type, authors.value(rows->at(i)),
                       retracted.contains(place)});
    }
    return events;
}

QString TeamReview::verdict(const QSqlDatabase& caseFile, const QString& participantId, const QDate& today)
{
    const Result<Trajectory> trajectory = TrajectoryRepository(caseFile).load(participantId);
    if (!trajectory)
        return trajectory.errors().join(u' ');
    const Result<TrajectoryEngine> engine = TrajectoryEngine::builtIn(trajectory->profileId);
    if (!engine)
        return engine.errors().join(u' ');
    const Result<Evaluation> evaluation = engine->evaluate(trajectory.value(), today);
    return evaluation ? QString() : evaluation.errors().join(u' ');
}

QString TeamReview::decide(QSqlDatabase caseFile, const Item& item, Decision decision, const QString& note,
                           std::optional<qint64> eventRow, const Actor& actor, const QDate& today,
                           const QDateTime& now)
{
    if (item.about == refusedAbout)
        return tr("The team server never had these items: hand the participant back to %1, whose laptop "
                  "then sends them.")
            .arg(item.author);
    const QString name = decisionName(decision);
    const auto writeDecision = [&] { return recordDecision(caseFile, item, name, note, actor, now); };
    if (decision == Decision::Retract) {
        if (!eventRow)
            return tr("Choose the event to retract.");
        const QString reden = note.isEmpty() ? tr("review of a concurrent change") : note;
        return TrajectoryRepository(caseFile).retractEvent(item.participantId, *eventRow, reden, actor, today,
                                                           now, writeDecision);
    }
    if (decision == Decision::AskBegeleider && note.trimmed().isEmpty())
        return tr("Say what the begeleider should look at.");
    if (!caseFile.transaction())
        return StoreError::describe(caseFile.lastError());
    return StoreError::commitOrRollBack(caseFile, writeDecision());
}

QString TeamReview::received(const QSqlDatabase& caseFile, const TeamItem& item, const QDateTime& now)
{
    const QString entity = item.entity();
    if (entity != requestEntity && entity != decisionEntity)
        return {};
    const QString participantId = item.participantId;
    if (item.payload.value(QStringLiteral("sleutel")).toString() != participantId)
        return tr("a review item about %1 sent as one about %2: not taken")
            .arg(item.payload.value(QStringLiteral("sleutel")).toString(), participantId);
    QSqlQuery query(caseFile);
    if (entity == requestEntity) {
        // A colleague's laptop flagged it: the same item in this laptop's queue (flagged here
        // already: ignored).
        const QString kind = item.payload.value(QStringLiteral("soort")).toString();
        const QString about = kind == u"niet verwerkt" ? kind : QStringLiteral("samenloop");
        const QString reason = item.payload.value(QStringLiteral("reden")).toString();
        query.prepare(
            QStringLiteral("INSERT OR IGNORE INTO team_flag (participant_id, volgnummer, about, reason, "
                           "flagged_at) VALUES (?, ?, ?, ?, ?)"));
        return exec(query,
                    {participantId, item.payload.value(QStringLiteral("volgnummer")).toString().toLongLong(),
                     about,
                     reason.isEmpty() ? tr("flagged by %1's laptop (%2)").arg(item.author, kind) : reason,
                     now.toUTC().toString(Qt::ISODateWithMs)});
    }
    const QJsonObject what =
        QJsonDocument::fromJson(item.payload.value(QStringLiteral("nieuw")).toString().toUtf8()).object();
    const QString decision = what.value(QStringLiteral("besluit")).toString();
    if (decision != u"behouden" && decision != u"herroepen" && decision != u"vraag begeleider")
        return {}; // not a decision this version knows: kept on the server, nothing here
    const qint64 volgnummer = what.value(QStringLiteral("volgnummer")).toString().toLongLong();
    const QString about = what.value(QStringLiteral("over")).toString();
    if (decision == decisionName(Decision::AskBegeleider)) {
        query.prepare(
            QStringLiteral("SELECT count(*) FROM team_decision WHERE participant_id = ? AND volgnummer = ? "
                           "AND about = ? AND decision IN ('behouden', 'herroepen')"));
        if (const QString error = exec(query, {participantId, volgnummer, about}); !error.isEmpty())
            return error;
        if (query.next() && query.value(0).toInt() > 0)
            return {}; // settled already: the question came late
    }
    const QJsonObject who = item.payload.value(QStringLiteral("wie")).toObject();
    const QString decidedBy =
        tr("%1 (%2, via the team)").arg(who.value(QStringLiteral("naam")).toString(), item.author);
    const QString decidedAt = item.payload.value(QStringLiteral("wanneer")).toString();
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO team_decision (participant_id, volgnummer, about, decision, "
                       "note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (const QString error =
            exec(query, {participantId, volgnummer, about, decision,
                         what.value(QStringLiteral("toelichting")).toString(), decidedBy, decidedAt});
        !error.isEmpty())
        return error;
    // On this laptop's record too: an item leaves its queue by a colleague's decision.
    AuditLog::Entry entry{QDateTime::fromString(decidedAt, Qt::ISODateWithMs),
                          Actor{decidedBy, who.value(QStringLiteral("functie")).toString(),
                                who.value(QStringLiteral("rol")).toString()},
                          decisionEntity,
                          participantId,
                          std::nullopt,
                          item.payload.value(QStringLiteral("nieuw")).toString()};
    entry.fromTeam = true;
    return AuditLog(caseFile).append(entry);
}
