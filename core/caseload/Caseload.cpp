#include "caseload/Caseload.h"

#include "store/StoreError.h"
#include "trajectory/EventTypeRegistry.h"
#include "trajectory/IsoDate.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace {

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
    for (const Deadline& deadline : evaluation.deadlines) {
        if (deadline.status != DeadlineStatus::Open && deadline.status != DeadlineStatus::Overdue)
            continue;
        row.deadlines.append(deadline);
        if (deadline.status == DeadlineStatus::Overdue)
            ++row.overdue;
        if (!row.nextDeadline || deadline.due < row.nextDeadline->due)
            row.nextDeadline = deadline;
    }
}

} // namespace

Result<QList<CaseloadRow>> Caseload::load(const QSqlDatabase& database, const QDate& today,
                                          const WorkingDays& calendar)
{
    using Rows = QList<CaseloadRow>;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, naam, geboortedatum, huishouden, profile, adres, postcode, woonplaats, "
            "begeleider FROM participant ORDER BY naam, id")))
        return Result<Rows>::failure(StoreError::describe(query.lastError()));
    Rows rows;
    QList<Trajectory> trajectories;
    QHash<QString, qsizetype> indexOf;
    while (query.next()) {
        CaseloadRow row;
        row.id = query.value(0).toString();
        row.naam = query.value(1).toString();
        row.profile = query.value(4).toString();
        row.adres = address(query.value(5).toString(), query.value(6).toString(), query.value(7).toString());
        row.begeleider = query.value(8).toString();
        Trajectory trajectory;
        trajectory.profileId = row.profile;
        trajectory.deelnemer =
            Deelnemer{row.id, row.naam, parseIsoDate(query.value(2).toString()),
                      householdFromCode(query.value(3).toString()).value_or(Household::Alleenstaand)};
        indexOf.insert(row.id, rows.size());
        rows.append(row);
        trajectories.append(trajectory);
    }

    if (!query.exec(
            QStringLiteral("SELECT participant_id, type, date, fields FROM trajectory_event ORDER BY id")))
        return Result<Rows>::failure(StoreError::describe(query.lastError()));
    while (query.next()) {
        const auto found = indexOf.constFind(query.value(0).toString());
        if (found == indexOf.cend())
            continue;
        Trajectory& trajectory = trajectories[*found];
        TrajectoryEvent event;
        event.number = int(trajectory.events.size() + 1);
        event.type = query.value(1).toString();
        event.typeId = EventTypeRegistry::idOf(event.type);
        event.date = parseIsoDate(query.value(2).toString());
        const QString fields = query.value(3).toString();
        if (fields.size() > 2) // "{}" has nothing to parse
            event.fields = QJsonDocument::fromJson(fields.toUtf8()).object();
        trajectory.events.append(event);
    }

    // One engine per rule profile, built once.
    std::map<QString, std::unique_ptr<TrajectoryEngine>> engines;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        CaseloadRow& row = rows[i];
        auto& engine = engines[row.profile];
        if (!engine) {
            const Result<RuleProfile> profile = RuleProfile::builtIn(row.profile);
            if (!profile) {
                row.error = profile.errors().join(u' ');
                continue;
            }
            engine = std::make_unique<TrajectoryEngine>(profile.value(), calendar);
        }
        const Result<Evaluation> evaluation = engine->evaluate(trajectories.at(i), today);
        if (evaluation)
            summarise(row, evaluation.value());
        else
            row.error = evaluation.errors().join(u' ');
    }
    return rows;
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
