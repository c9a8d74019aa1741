#include "caseload/CaseloadSummary.h"

#include "store/RawQuery.h"

#include <QtEndian>

#include <climits>

namespace {

using CaseloadSummary::noDay;

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

void bindDay(RawQuery& insert, int index, const QDate& date)
{
    const qint32 day = julianDay(date);
    if (day == noDay)
        insert.bindNull(index);
    else
        insert.bindInteger(index, day);
}

} // namespace

namespace CaseloadSummary {

QByteArray pack(const QList<Deadline>& deadlines, Terms terms)
{
    Packer packer;
    for (const Deadline& deadline : deadlines) {
        packer.status(deadline.status);
        if (terms == Terms::Open)
            packer.day(deadline.anchorDate);
        packer.day(deadline.due);
        packer.day(deadline.metOn);
        packer.text(deadline.rule);
        if (terms == Terms::Open) {
            packer.text(deadline.ref);
            packer.text(deadline.citation);
        }
    }
    return packer.bytes();
}

Deadline PackedTerm::deadline(SharedTexts& texts) const
{
    Deadline made;
    made.status = status;
    made.anchorDate = anchorDate;
    made.due = due;
    made.metOn = metOn;
    // Rule ids and citations repeat; a reference to a melding or goal is the participant's own.
    made.rule = texts.of(rule);
    made.ref = QString::fromUtf8(ref);
    if (!citation.isEmpty())
        made.citation = texts.of(citation);
    return made;
}

QStringList unmetCodes(QByteArrayView codes, SharedTexts& texts)
{
    QStringList unmet;
    for (qsizetype from = 0; from < codes.size();) { // each code without a space
        qsizetype to = codes.indexOf(' ', from);
        if (to < 0)
            to = codes.size();
        if (to > from)
            unmet.append(texts.of(codes.sliced(from, to - from)));
        from = to + 1;
    }
    return unmet;
}

void packTerms(CaseloadRow& row)
{
    row.packedOpenTerms = pack(row.deadlines, Terms::Open);
    row.packedSettledTerms = pack(row.settled, Terms::Settled);
    row.termsPacked = true;
}

QByteArray packedTerms(const CaseloadRow& row, Terms terms)
{
    if (row.termsPacked)
        return terms == Terms::Open ? row.packedOpenTerms : row.packedSettledTerms;
    return pack(terms == Terms::Open ? row.deadlines : row.settled, terms);
}

void bind(RawQuery& insert, int first, const CaseloadRow& row)
{
    insert.bindText(first, row.phase);
    insert.bindText(first + 1, row.error);
    insert.bindInteger(first + 2, row.omklap.eligible ? 1 : 0);
    bindDay(insert, first + 3, row.omklap.earliest.value_or(QDate()));
    insert.bindText(first + 4, row.omklap.unmet.join(u' '));
    bindDay(insert, first + 5, row.overeenkomstOn);
    bindDay(insert, first + 6, row.omgeklaptOn);
    insert.bindBlob(first + 7, packedTerms(row, Terms::Open));
    insert.bindBlob(first + 8, packedTerms(row, Terms::Settled));
}

bool Decoder::decode(const RawQuery& query, int first, CaseloadRow& row)
{
    if (query.isNull(first)) // no summary of this day by this engine
        return false;
    QList<Deadline> open;
    open.reserve(8); // a few each: one allocation, not one per deadline
    PackedTerm term;
    TermReader openReader(query.blob(first + 7), Terms::Open);
    while (openReader.next(term))
        open.append(term.deadline(m_texts));
    QList<Deadline> settled;
    settled.reserve(4);
    TermReader settledReader(query.blob(first + 8), Terms::Settled);
    while (settledReader.next(term))
        settled.append(term.deadline(m_texts));
    if (!openReader.ok() || !settledReader.ok())
        return false;

    row.phase = m_texts.of(query.text(first));
    row.error = QString::fromUtf8(query.text(first + 1));
    row.omklap = {};
    row.omklap.eligible = query.integer(first + 2) != 0;
    if (const QDate earliest = query.julianDay(first + 3); earliest.isValid())
        row.omklap.earliest = earliest;
    row.omklap.unmet = unmetCodes(query.text(first + 4), m_texts);
    row.overeenkomstOn = query.julianDay(first + 5);
    row.omgeklaptOn = query.julianDay(first + 6);
    row.deadlines.clear();
    row.nextDeadline.reset();
    row.overdue = 0;
    for (Deadline& deadline : open)
        row.addOpenDeadline(std::move(deadline));
    row.settled = std::move(settled);
    row.termsPacked = false; // any packed forms were of other deadlines
    return true;
}

} // namespace CaseloadSummary
