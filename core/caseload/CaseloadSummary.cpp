#include "caseload/CaseloadSummary.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>

namespace {

// Dates as Julian day numbers: small integers in CBOR, and no parsing on the way back.
QCborValue day(const QDate& date)
{
    return date.isValid() ? QCborValue(date.toJulianDay()) : QCborValue(QCborSimpleType::Null);
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

// Decoding reads the CBOR as a stream (QCborStreamReader) instead of building a QCborValue
// tree first: the dashboard decodes 10,000 summaries per opening, and the tree cost twice as
// much as everything else.
namespace {

class SummaryReader
{
public:
    explicit SummaryReader(const QByteArray& bytes)
        : m_reader(bytes)
    {}

    bool ok() { return m_ok && m_reader.lastError() == QCborError::NoError; }

    QString text()
    {
        if (!m_reader.isString()) {
            m_ok = false;
            return {};
        }
        QString result;
        auto chunk = m_reader.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            result += chunk.data;
            chunk = m_reader.readString();
        }
        m_ok = m_ok && chunk.status == QCborStreamReader::EndOfString;
        return result;
    }

    QDate date()
    {
        if (m_reader.isInteger()) {
            const QDate day = QDate::fromJulianDay(m_reader.toInteger());
            m_reader.next();
            return day;
        }
        m_reader.next(); // null: no date
        return {};
    }

    qint64 integer()
    {
        if (!m_reader.isInteger()) {
            m_ok = false;
            return 0;
        }
        const qint64 value = m_reader.toInteger();
        m_reader.next();
        return value;
    }

    bool boolean()
    {
        const bool value = m_reader.isTrue();
        m_reader.next();
        return value;
    }

    // Calls `item` for each element of an array; false when the value is not one.
    template <typename Item> bool array(Item item)
    {
        if (!m_reader.isArray() || !m_reader.enterContainer())
            return false;
        while (m_ok && m_reader.hasNext())
            item();
        return m_reader.leaveContainer();
    }

    // A fixed-length array of fields (a deadline): `fields` reads them.
    template <typename Fields> bool record(qsizetype length, Fields fields)
    {
        if (!m_reader.isArray() || !m_reader.isLengthKnown() || m_reader.length() != quint64(length) ||
            !m_reader.enterContainer())
            return false;
        fields();
        return m_reader.leaveContainer();
    }

    QCborStreamReader& stream() { return m_reader; }
    void fail() { m_ok = false; }

private:
    QCborStreamReader m_reader;
    bool m_ok = true;
};

} // namespace

bool decode(const QByteArray& bytes, CaseloadRow& row)
{
    SummaryReader reader(bytes);
    QCborStreamReader& stream = reader.stream();
    if (!stream.isMap() || !stream.enterContainer())
        return false;
    CaseloadRow decoded = row;
    decoded.deadlines.clear();
    decoded.nextDeadline.reset();
    decoded.overdue = 0;
    decoded.omklap = {};
    decoded.settled.clear();
    bool sawPhase = false;
    bool sawDeadlines = false;
    bool sawSettled = false;
    while (reader.ok() && stream.hasNext()) {
        const QString key = reader.text();
        if (key == u"phase") {
            decoded.phase = reader.text();
            sawPhase = true;
        } else if (key == u"error") {
            decoded.error = reader.text();
        } else if (key == u"deadlines") {
            sawDeadlines = reader.array([&] {
                Deadline deadline;
                if (!reader.record(7, [&] {
                        deadline.rule = reader.text();
                        deadline.ref = reader.text();
                        deadline.anchorDate = reader.date();
                        deadline.due = reader.date();
                        deadline.status = DeadlineStatus(reader.integer());
                        deadline.metOn = reader.date();
                        deadline.citation = reader.text();
                    }))
                    reader.fail();
                decoded.addOpenDeadline(deadline);
            });
        } else if (key == u"eligible") {
            decoded.omklap.eligible = reader.boolean();
        } else if (key == u"earliest") {
            const QDate earliest = reader.date();
            decoded.omklap.earliest = earliest.isValid() ? std::optional<QDate>(earliest) : std::nullopt;
        } else if (key == u"unmet") {
            if (!reader.array([&] { decoded.omklap.unmet << reader.text(); }))
                reader.fail();
        } else if (key == u"settled") {
            sawSettled = reader.array([&] {
                Deadline deadline;
                if (!reader.record(4, [&] {
                        deadline.rule = reader.text();
                        deadline.due = reader.date();
                        deadline.status = DeadlineStatus(reader.integer());
                        deadline.metOn = reader.date();
                    }))
                    reader.fail();
                decoded.settled.append(deadline);
            });
        } else if (key == u"overeenkomst") {
            decoded.overeenkomstOn = reader.date();
        } else if (key == u"omgeklapt") {
            decoded.omgeklaptOn = reader.date();
        } else {
            reader.fail(); // another format: evaluate instead
        }
    }
    if (!reader.ok() || !sawPhase || !sawDeadlines || !sawSettled || !stream.leaveContainer())
        return false;
    row = std::move(decoded);
    return true;
}

} // namespace CaseloadSummary
