// Items received but not put in this case file (docs/team-sync.md, "Items not put in"): an
// answer for a form this file lacks, an event of a shape this program does not take. They stay
// on record in team_item with the reason. Each sync tries them again, since what stood in the
// way may be gone (the form arrived, the program was updated); one still left out after that
// second try is flagged for the teamleider, so that the difference between this laptop and the
// team is never silent.
#include "team/TeamSync.h"

#include "store/StoreError.h"
#include "team/ReceivedItems.h"

QString TeamSync::retryNotPutIn(Report& report)
{
    m_stillNotPutIn.clear();
    QSqlQuery query(m_caseFile);
    if (!query.exec(QStringLiteral("SELECT uuid, problem FROM team_item WHERE problem IS NOT NULL")))
        return StoreError::describe(query.lastError());
    QHash<QString, QString> problemOf;
    while (query.next())
        problemOf.insert(query.value(0).toString(), query.value(1).toString());
    if (problemOf.isEmpty())
        return {};
    // All in one query (an array of ids); the ones this user no longer sees do not come back:
    // their participant leaves the laptop.
    const QStringList ids = problemOf.keys();
    const Result<QList<TeamItem>> found =
        fetch(QStringLiteral("uuid = ANY(CAST(? AS uuid[])) ORDER BY deelnemer, volgnummer"),
              {QStringLiteral("{%1}").arg(ids.join(u','))});
    if (!found)
        return found.errors().join(u' ');
    for (const TeamItem& item : found.value()) {
        if (const QString error = retryOne(item, problemOf.value(item.uuid), report); !error.isEmpty())
            return error;
    }
    return {};
}

QString TeamSync::retryOne(const TeamItem& item, const QString& problemBefore, Report& report)
{
    if (!m_caseFile.transaction())
        return StoreError::describe(m_caseFile.lastError());
    const auto fail = [&](const QString& error) {
        m_caseFile.rollback();
        return error;
    };
    QSqlQuery newer(m_caseFile);
    if (!prepareSuperseded(newer))
        return fail(StoreError::describe(newer.lastError()));
    const Result<bool> superseded = isSuperseded(newer, item);
    if (!superseded)
        return fail(superseded.errors().join(u' '));
    // Newer data about the same thing arrived meanwhile: nothing of this one is missing now.
    const QString problem =
        superseded.value() ? QString() : ReceivedItems(m_caseFile, m_clock.now()).apply(item);
    if (!problem.isEmpty() && !StoreError::inTransaction(m_caseFile))
        return fail(tr("The case file stopped taking changes: %1").arg(problem));
    if (!problem.isEmpty())
        m_stillNotPutIn.append(
            {item.participantId,
             item.uuid,
             item.volgnummer,
             {},
             notPutIn,
             tr("the item could not be put in the case file of %1: %2").arg(m_user, problem)});
    if (problem == problemBefore) {
        m_caseFile.rollback(); // nothing changed: no write at every sync for an item that stays out
        return {};
    }
    QSqlQuery update(m_caseFile);
    // Put in now: checked for conflicts like any item just received.
    update.prepare(
        QStringLiteral("UPDATE team_item SET problem = ?, checked = CASE WHEN ? THEN checked ELSE 0 "
                       "END WHERE uuid = ?"));
    update.addBindValue(problem.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(problem));
    update.addBindValue(!problem.isEmpty());
    update.addBindValue(item.uuid);
    if (!update.exec())
        return fail(StoreError::describe(update.lastError()));
    if (!m_caseFile.commit())
        return StoreError::describe(m_caseFile.lastError());
    if (problem.isEmpty() && !superseded.value()) {
        ++report.received;
        report.notes
            << tr("Item %1 of %2 was put in this case file after all.").arg(item.uuid, item.participantId);
    }
    return {};
}

QString TeamSync::flagNotPutIn(Report& report)
{
    for (const Review& review : std::as_const(m_stillNotPutIn)) {
        // This laptop's own finding, not one every laptop shares: named after the user too.
        const QString name = review.participantId + u'/' + QString::number(review.volgnummer) +
                             QStringLiteral("/niet-verwerkt/") + m_user;
        if (const QString error = flag(review, name, report); !error.isEmpty())
            return error;
    }
    m_stillNotPutIn.clear();
    return {};
}
