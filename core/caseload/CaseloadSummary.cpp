#include "caseload/CaseloadSummary.h"

#include "store/RawQuery.h"

#include <QtEndian>

#include <climits>

namespace {

constexpr qint32 noDay = INT32_MIN;

qint32 julianDay(const QDate& date)
{
    const qint64 day = date.isValid() ? date.toJulianDay() : noDay;
    return day > noDay && day <= INT32_MAX ? qint32(day) : noDay; // beyond ±5 million years: none
}

class Packer
{
public:
    void status(DeadlineStatus status) { m_bytes.append(char(status)); }
    void day(const QDate& date)
    {
        char bytes[4];
        qToLittleEndian(julianDay(date), bytes);
        m_bytes.append(bytes, 4);
    }
    void text(const QString& text)
    {
        QByteArray utf8 = text.toUtf8();
        if (utf8.size() > UINT16_MAX) { // cut before the character that does not fit whole
            qsizetype cut = UINT16_MAX;
            while (cut > 0 && (quint8(utf8.at(cut)) & 0xC0) == 0x80)
                --cut;
            utf8.truncate(cut);
        }
        char length[2];
        qToLittleEndian(quint16(utf8.size()), length);
        m_bytes.append(length, 2).append(utf8);
    }
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Reads what Packer wrote; after the first overrun every read fails and ok() is false.
class Unpacker
{
public:
    Unpacker(QByteArrayView bytes, SharedTexts& texts)
        : m_bytes(bytes)
        , m_texts(texts)
    {}

    bool atEnd() const { return m_at >= m_bytes.size(); }
    bool ok() const { return m_ok; }

    DeadlineStatus status()
    {
        if (!take(1))
            return DeadlineStatus::Open;
        const auto value = quint8(m_bytes[m_at - 1]);
        if (value > quint8(DeadlineStatus::MetLate))
            m_ok = false;
        return DeadlineStatus(value);
    }
    QDate day()
    {
        if (!take(4))
            return {};
        const auto value = qFromLittleEndian<qint32>(m_bytes.data() + m_at - 4);
        return value == noDay ? QDate() : QDate::fromJulianDay(value);
    }
    // Texts repeat (rule ids, citations) and are shared; a reference to a melding or goal is
    // the participant's own and made each time.
    QString text(bool shared)
    {
        if (!take(2))
            return {};
        const quint16 length = qFromLittleEndian<quint16>(m_bytes.data() + m_at - 2);
        if (!take(length))
            return {};
        const QByteArrayView utf8 = m_bytes.sliced(m_at - length, length);
        return shared ? m_texts.of(utf8) : QString::fromUtf8(utf8);
    }

private:
    bool take(qsizetype count)
    {
        if (!m_ok || m_bytes.size() - m_at < count)
            return m_ok = false;
        m_at += count;
        return true;
    }

    QByteArrayView m_bytes;
    SharedTexts& m_texts;
    qsizetype m_at = 0;
    bool m_ok = true;
};

QByteArray openTerms(const CaseloadRow& row)
{
    Packer packer;
    for (const Deadline& deadline : row.deadlines) {
        packer.status(deadline.status);
        packer.day(deadline.anchorDate);
        packer.day(deadline.due);
        packer.day(deadline.metOn);
        packer.text(deadline.rule);
        packer.text(deadline.ref);
        packer.text(deadline.citation);
    }
    return packer.bytes();
}

// Settled deadlines only for the figures: no citation (the dashboard counts, it does not cite).
QByteArray settledTerms(const CaseloadRow& row)
{
    Packer packer;
    for (const Deadline& deadline : row.settled) {
        packer.status(deadline.status);
        packer.day(deadline.due);
        packer.day(deadline.metOn);
        packer.text(deadline.rule);
    }
    return packer.bytes();
}

void bindDay(RawQuery& insert, int index, const QDate& date)
{
    const qint32 day = julianDay(date);
    if (day == noDay)
        insert.bindNull(index);
    else
        insert.bindInteger(index, day);
}

QDate dayOf(const RawQuery& query, int column)
{
    return query.isNull(column) ? QDate() : QDate::fromJulianDay(query.integer(column));
}

} // namespace

namespace CaseloadSummary {

void bind(RawQuery& insert, int first, const CaseloadRow& row)
{
    insert.bindText(first, row.phase);
    insert.bindText(first + 1, row.error);
    insert.bindInteger(first + 2, row.omklap.eligible ? 1 : 0);
    bindDay(insert, first + 3, row.omklap.earliest.value_or(QDate()));
    insert.bindText(first + 4, row.omklap.unmet.join(u' '));
    bindDay(insert, first + 5, row.overeenkomstOn);
    bindDay(insert, first + 6, row.omgeklaptOn);
    insert.bindBlob(first + 7, openTerms(row));
    insert.bindBlob(first + 8, settledTerms(row));
}

bool Decoder::decode(const RawQuery& query, int first, CaseloadRow& row)
{
    if (query.isNull(first)) // no summary of this day by this engine
        return false;
    QList<Deadline> open;
    open.reserve(8); // a few each: one allocation, not one per deadline
    Unpacker openUnpacker(query.blob(first + 7), m_texts);
    while (openUnpacker.ok() && !openUnpacker.atEnd()) {
        Deadline deadline;
        deadline.status = openUnpacker.status();
        deadline.anchorDate = openUnpacker.day();
        deadline.due = openUnpacker.day();
        deadline.metOn = openUnpacker.day();
        deadline.rule = openUnpacker.text(true);
        deadline.ref = openUnpacker.text(false);
        deadline.citation = openUnpacker.text(true);
        open.append(std::move(deadline));
    }
    QList<Deadline> settled;
    settled.reserve(4);
    Unpacker settledUnpacker(query.blob(first + 8), m_texts);
    while (settledUnpacker.ok() && !settledUnpacker.atEnd()) {
        Deadline deadline;
        deadline.status = settledUnpacker.status();
        deadline.due = settledUnpacker.day();
        deadline.metOn = settledUnpacker.day();
        deadline.rule = settledUnpacker.text(true);
        settled.append(std::move(deadline));
    }
    if (!openUnpacker.ok() || !settledUnpacker.ok())
        return false;

    row.phase = m_texts.of(query.text(first));
    row.error = QString::fromUtf8(query.text(first + 1));
    row.omklap = {};
    row.omklap.eligible = query.integer(first + 2) != 0;
    if (const QDate earliest = dayOf(query, first + 3); earliest.isValid())
        row.omklap.earliest = earliest;
    const QByteArrayView unmet = query.text(first + 4); // codes, each without a space
    for (qsizetype from = 0; from < unmet.size();) {
        qsizetype to = unmet.indexOf(' ', from);
        if (to < 0)
            to = unmet.size();
        if (to > from)
            row.omklap.unmet.append(m_texts.of(unmet.sliced(from, to - from)));
        from = to + 1;
    }
    row.overeenkomstOn = dayOf(query, first + 5);
    row.omgeklaptOn = dayOf(query, first + 6);
    row.deadlines.clear();
    row.nextDeadline.reset();
    row.overdue = 0;
    for (Deadline& deadline : open)
        row.addOpenDeadline(std::move(deadline));
    row.settled = std::move(settled);
    return true;
}

} // namespace CaseloadSummary
