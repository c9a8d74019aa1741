#include "caseload/CaseloadSummary.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

namespace {

// Dates as Julian day numbers: small integers in CBOR, and no parsing on the way back.
QCborValue day(const QDate& date)
{
    return date.isValid() ? QCborValue(date.toJulianDay()) : QCborValue(QCborSimpleType::Null);
}

QDate dayFrom(const QCborValue& value)
{
    return value.isInteger() ? QDate::fromJulianDay(value.toInteger()) : QDate();
}

} // namespace

namespace CaseloadSummary {

QByteArray encode(const CaseloadRow& row)
{
    QCborArray deadlines;
    for (const Deadline& deadline : row.deadlines)
        deadlines.append(QCborArray{deadline.rule, deadline.ref, day(deadline.anchorDate), day(deadline.due),
                                    int(deadline.status), day(deadline.metOn), deadline.citation});
    // Settled deadlines only for the figures: no citation (the dashboard counts, it does not cite).
    QCborArray settled;
    for (const Deadline& deadline : row.settled)
        settled.append(
            QCborArray{deadline.rule, day(deadline.due), int(deadline.status), day(deadline.metOn)});
    QCborArray unmet;
    for (const QString& code : row.omklap.unmet)
        unmet.append(code);
    const QCborMap summary{
        {QStringLiteral("phase"), row.phase},
        {QStringLiteral("error"), row.error},
        {QStringLiteral("deadlines"), deadlines},
        {QStringLiteral("eligible"), row.omklap.eligible},
        {QStringLiteral("earliest"), day(row.omklap.earliest.value_or(QDate()))},
        {QStringLiteral("unmet"), unmet},
        {QStringLiteral("settled"), settled},
        {QStringLiteral("overeenkomst"), day(row.overeenkomstOn)},
        {QStringLiteral("omgeklapt"), day(row.omgeklaptOn)},
    };
    return summary.toCborValue().toCbor();
}

bool decode(const QByteArray& bytes, CaseloadRow& row)
{
    const QCborMap summary = QCborValue::fromCbor(bytes).toMap();
    if (!summary.contains(QStringLiteral("deadlines")) || !summary.contains(QStringLiteral("phase")) ||
        !summary.contains(QStringLiteral("settled")))
        return false;
    CaseloadRow decoded = row;
    decoded.phase = summary.value(QStringLiteral("phase")).toString();
    decoded.error = summary.value(QStringLiteral("error")).toString();
    decoded.deadlines.clear();
    decoded.nextDeadline.reset();
    decoded.overdue = 0;
    for (const QCborValue& value : summary.value(QStringLiteral("deadlines")).toArray()) {
        const QCborArray fields = value.toArray();
        if (fields.size() != 7)
            return false;
        Deadline deadline;
        deadline.rule = fields.at(0).toString();
        deadline.ref = fields.at(1).toString();
        deadline.anchorDate = dayFrom(fields.at(2));
        deadline.due = dayFrom(fields.at(3));
        deadline.status = DeadlineStatus(fields.at(4).toInteger());
        deadline.metOn = dayFrom(fields.at(5));
        deadline.citation = fields.at(6).toString();
        decoded.addOpenDeadline(deadline);
    }
    decoded.omklap.eligible = summary.value(QStringLiteral("eligible")).toBool();
    const QDate earliest = dayFrom(summary.value(QStringLiteral("earliest")));
    decoded.omklap.earliest = earliest.isValid() ? std::optional<QDate>(earliest) : std::nullopt;
    decoded.omklap.unmet.clear();
    for (const QCborValue& code : summary.value(QStringLiteral("unmet")).toArray())
        decoded.omklap.unmet << code.toString();
    decoded.settled.clear();
    for (const QCborValue& value : summary.value(QStringLiteral("settled")).toArray()) {
        const QCborArray fields = value.toArray();
        if (fields.size() != 4)
            return false;
        Deadline deadline;
        deadline.rule = fields.at(0).toString();
        deadline.due = dayFrom(fields.at(1));
        deadline.status = DeadlineStatus(fields.at(2).toInteger());
        deadline.metOn = dayFrom(fields.at(3));
        decoded.settled.append(deadline);
    }
    decoded.overeenkomstOn = dayFrom(summary.value(QStringLiteral("overeenkomst")));
    decoded.omgeklaptOn = dayFrom(summary.value(QStringLiteral("omgeklapt")));
    row = decoded;
    return true;
}

} // namespace CaseloadSummary
