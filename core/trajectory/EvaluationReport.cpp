#include "trajectory/EvaluationReport.h"

#include "common/DateText.h"
#include "trajectory/IsoDate.h"
#include "trajectory/OmklapReasons.h"
#include "trajectory/RuleNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

QString deadlineStatusCode(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Open:
        return QStringLiteral("open");
    case DeadlineStatus::Overdue:
        return QStringLiteral("overdue");
    case DeadlineStatus::Met:
        return QStringLiteral("met");
    case DeadlineStatus::MetLate:
        return QStringLiteral("met_late");
    }
    return {};
}

QJsonObject EvaluationReport::toJson(const Evaluation& evaluation)
{
    QJsonArray deadlines;
    for (const Deadline& deadline : evaluation.deadlines) {
        deadlines.append(QJsonObject{
            {QStringLiteral("rule"), deadline.rule},
            {QStringLiteral("ref"),
             deadline.ref.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(deadline.ref)},
            {QStringLiteral("due"), isoDate(deadline.due)},
            {QStringLiteral("status"), deadlineStatusCode(deadline.status)},
            {QStringLiteral("edition"), deadline.edition},
        });
    }
    QJsonArray editions;
    for (const EditionPeriod& period : evaluation.editions)
        editions.append(QJsonObject{{QStringLiteral("profile"), period.profileId},
                                    {QStringLiteral("from"), isoDate(period.from)}});
    const OmklapStatus& omklap = evaluation.omklap;
    return QJsonObject{
        {QStringLiteral("profile"), evaluation.profileId},
        {QStringLiteral("today"), isoDate(evaluation.today)},
        {QStringLiteral("editions"), editions},
        {QStringLiteral("phase"), evaluation.phase},
        {QStringLiteral("flags"), QJsonArray::fromStringList(evaluation.flags)},
        {QStringLiteral("deadlines"), deadlines},
        {QStringLiteral("omklap"),
         QJsonObject{
             {QStringLiteral("eligible"), omklap.eligible},
             {QStringLiteral("earliest"),
              omklap.earliest ? QJsonValue(isoDate(*omklap.earliest)) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("unmet"), QJsonArray::fromStringList(omklap.unmet)},
         }},
    };
}

namespace {

// Writes a JSON value with the keys of objects in the order given by `keyOrder` (other keys
// follow alphabetically). Scalars and strings are encoded by QJsonDocument, so escaping is Qt's.
QByteArray orderedJson(const QJsonValue& value, const QStringList& keyOrder, int depth)
{
    const QByteArray indent(4 * (depth + 1), ' ');
    const QByteArray closingIndent(4 * depth, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList keys;
        for (const QString& key : keyOrder) {
            if (object.contains(key))
                keys << key;
        }
        for (const QString& key : object.keys()) {
            if (!keys.contains(key))
                keys << key;
        }
        QByteArrayList members;
        for (const QString& key : keys)
            members << indent +
                           QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
                           ": " + orderedJson(object.value(key), keyOrder, depth + 1);
        return members.isEmpty() ? QByteArray("{}")
                                 : "{\n" + members.join(",\n") + "\n" + closingIndent + "}";
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QByteArrayList items;
        for (const QJsonValue& item : array)
            items << indent + orderedJson(item, keyOrder, depth + 1);
        return items.isEmpty() ? QByteArray("[]") : "[\n" + items.join(",\n") + "\n" + closingIndent + "]";
    }
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QString statusText(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Open:
        return EvaluationReport::tr("open");
    case DeadlineStatus::Overdue:
        return EvaluationReport::tr("OVERDUE");
    case DeadlineStatus::Met:
        return EvaluationReport::tr("met");
    case DeadlineStatus::MetLate:
        return EvaluationReport::tr("met late");
    }
    return {};
}

} // namespace

QByteArray EvaluationReport::toJsonText(const Evaluation& evaluation)
{
    static const QStringList keyOrder = {
        QStringLiteral("profile"),   QStringLiteral("today"),    QStringLiteral("editions"),
        QStringLiteral("from"),      QStringLiteral("phase"),    QStringLiteral("flags"),
        QStringLiteral("deadlines"), QStringLiteral("omklap"),   QStringLiteral("rule"),
        QStringLiteral("ref"),       QStringLiteral("due"),      QStringLiteral("status"),
        QStringLiteral("edition"),   QStringLiteral("eligible"), QStringLiteral("earliest"),
        QStringLiteral("unmet")};
    return orderedJson(toJson(evaluation), keyOrder, 0) + '\n';
}

QString EvaluationReport::toText(const Evaluation& evaluation)
{
    QString text;
    text += tr("Profile: %1, as of %2\n").arg(evaluation.profileId, DateText::date(evaluation.today));
    if (evaluation.editions.size() > 1) {
        QStringList periods;
        for (const EditionPeriod& period : evaluation.editions)
            periods << tr("%1 from %2").arg(period.profileId, DateText::date(period.from));
        text += tr("Editions: %1\n").arg(periods.join(u"; "));
    }
    text += tr("Phase: %1\n").arg(evaluation.phase);
    if (!evaluation.flags.isEmpty())
        text += tr("Flags: %1\n").arg(evaluation.flags.join(u", "));

    text += tr("\nDeadlines:\n");
    if (evaluation.deadlines.isEmpty())
        text += tr("  none\n");
    for (const Deadline& deadline : evaluation.deadlines) {
        QString line =
            QStringLiteral("  %1  %2  %3")
                .arg(DateText::date(deadline.due))
                .arg(statusText(deadline.status), -15)
                .arg(deadline.ref.isEmpty()
                         ? RuleNames::deadline(deadline.rule)
                         : QStringLiteral("%1 [%2]").arg(RuleNames::deadline(deadline.rule), deadline.ref));
        if (deadline.metOn.isValid())
            line += tr(" (on %1)").arg(DateText::date(deadline.metOn));
        if (evaluation.editions.size() > 1)
            line += QStringLiteral("  [%1]").arg(deadline.edition);
        text += line + u'\n';
    }

    if (!evaluation.goals.isEmpty()) {
        text += tr("\nGoals:\n");
        for (const Goal& goal : evaluation.goals)
            text += QStringLiteral("  [%1] %2 (%3): %4\n")
                        .arg(goal.behaald ? QStringLiteral("x") : QStringLiteral(" "), goal.omschrijving,
                             goal.leefdomein, goal.behaald ? tr("achieved") : tr("not achieved yet"));
    }
    if (!evaluation.meldingen.isEmpty()) {
        text += tr("\nComplaints (overlast):\n");
        for (const Melding& melding : evaluation.meldingen) {
            QString state = melding.isOpgelost()
                                ? tr("resolved on %1").arg(DateText::date(melding.opgelostOp))
                                : tr("open");
            if (melding.isBeoordeeld())
                state +=
                    QStringLiteral(", %1/%2, %3").arg(melding.gedrag, melding.klacht, melding.veroorzaker);
            text += tr("  %1 reported %2, category %3: %4\n")
                        .arg(melding.id, DateText::date(melding.gemeldOp))
                        .arg(melding.categorie)
                        .arg(state);
        }
    }

    const OmklapStatus& omklap = evaluation.omklap;
    text += tr("\nOmklap: %1").arg(omklap.eligible ? tr("possible") : tr("not possible yet"));
    if (omklap.earliest)
        text += tr(" (date conditions met from %1)").arg(DateText::date(*omklap.earliest));
    text += u'\n';
    for (const QString& code : omklap.unmet)
        text += QStringLiteral("  ✗ ") + OmklapReasons::text(code) + u'\n';
    return text;
}
