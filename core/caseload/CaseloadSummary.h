#pragma once

#include "caseload/Caseload.h"
#include "common/SharedTexts.h"

#include <QtEndian>

#include <climits>

class RawQuery;

// The engine's verdict on one caseload row as kept in `caseload_summary` (schema 12): what the
// dashboard's figures need in typed columns (the phase, the omklap state and its date, the
// milestones as Julian days), the deadlines packed in two byte columns, the open ones for the
// lists, the settled ones for the quarterly figures. Only derived data: the participant's own
// data (name, address) is always read from the participant table itself.
//
// The deadlines are packed rather than rows of a table of their own: a day not prepared writes
// 10,000 summaries at once, and ~6 rows more per participant would double what that writes,
// while the figures read them per participant anyway. A record: status (1 byte), the dates as
// Julian days (4 bytes each, little-endian, INT32_MIN for none), then the texts, each a 2-byte
// length and UTF-8.
namespace CaseloadSummary {

// The engine's columns, in the order bind() binds them and Decoder reads them.
inline constexpr const char* columns = "phase, error, omklap_eligible, omklap_earliest, omklap_unmet, "
                                       "overeenkomst_on, omgeklapt_on, open_terms, settled_terms";
inline constexpr int columnCount = 9;

// Binds the row's engine columns to parameters first, first + 1, ... of an insert.
void bind(RawQuery& insert, int first, const CaseloadRow& row);

// The packed forms of a row's open deadlines (CaseloadRow::deadlines, for the lists: with the
// anchor date, the reference and the citation) and settled ones (CaseloadRow::settled, for the
// quarterly figures: no anchor, no reference, no citation).
enum class Terms { Open, Settled };
// A date none: a Julian day no date of the program comes near.
inline constexpr qint32 noDay = INT32_MIN;
QByteArray pack(const QList<Deadline>& deadlines, Terms terms);
// Packs the row's open and settled deadlines into it (CaseloadRow::packedOpenTerms, ...).
void packTerms(CaseloadRow& row);
// The row's packed open or settled deadlines: those packed into it, else packed now.
QByteArray packedTerms(const CaseloadRow& row, Terms terms);

// The omklap's unmet codes as kept (omklap_unmet: separated by spaces).
QStringList unmetCodes(QByteArrayView codes, SharedTexts& texts);

// One packed deadline as it lies in the bytes: nothing is made of it until it is needed (the
// dashboard walks 60,000 and shows a few thousand). The texts are views of the bytes read.
struct PackedTerm
{
    DeadlineStatus status = DeadlineStatus::Open;
    QDate anchorDate; // Open only
    QDate due;
    QDate metOn;
    QByteArrayView rule;
    QByteArrayView ref;      // Open only
    QByteArrayView citation; // Open only

    // The Deadline itself, its repeated texts (rule id, citation) shared.
    [[nodiscard]] Deadline deadline(SharedTexts& texts) const;
};

// Walks packed deadlines one by one. After a record that is cut off or has an unknown status,
// next() returns false and ok() tells the bytes are not of this format.
class TermReader
{
public:
    TermReader(QByteArrayView bytes, Terms terms)
        : m_bytes(bytes)
        , m_terms(terms)
    {}

    // Inline: the dashboard reads 60,000 at every opening.
    bool next(PackedTerm& term)
    {
        if (!m_ok || m_at >= m_bytes.size() || !take(1))
            return false;
        const auto status = quint8(m_bytes[m_at - 1]);
        if (status > quint8(DeadlineStatus::MetLate))
            return m_ok = false;
        term.status = DeadlineStatus(status);
        const bool open = m_terms == Terms::Open;
        term.anchorDate = open ? day() : QDate();
        term.due = day();
        term.metOn = day();
        term.rule = text();
        term.ref = open ? text() : QByteArrayView();
        term.citation = open ? text() : QByteArrayView();
        return m_ok;
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    // Every record whole and of this format.
    [[nodiscard]] static bool valid(QByteArrayView bytes, Terms terms)
    {
        TermReader reader(bytes, terms);
        PackedTerm term;
        while (reader.next(term)) {
        }
        return reader.ok();
    }

private:
    bool take(qsizetype count)
    {
        if (!m_ok || m_bytes.size() - m_at < count)
            return m_ok = false;
        m_at += count;
        return true;
    }
    QDate day()
    {
        if (!take(4))
            return {};
        const auto value = qFromLittleEndian<qint32>(m_bytes.data() + m_at - 4);
        return value == noDay ? QDate() : QDate::fromJulianDay(value);
    }
    QByteArrayView text()
    {
        if (!take(2))
            return {};
        const quint16 length = qFromLittleEndian<quint16>(m_bytes.data() + m_at - 2);
        if (!take(length))
            return {};
        return m_bytes.sliced(m_at - length, length);
    }

    QByteArrayView m_bytes;
    Terms m_terms;
    qsizetype m_at = 0;
    bool m_ok = true;
};

// Reads summaries row after row, the repeated texts shared (SharedTexts): the caseload and the
// dashboard read 10,000 at an opening.
class Decoder
{
public:
    // Fills the engine's part of `row` from the query's columns first, first + 1, ...; false
    // (and `row` untouched) when there is no summary (the join found none) or its packed
    // deadlines are not of this format, so the caller evaluates the trajectory instead.
    bool decode(const RawQuery& query, int first, CaseloadRow& row);

    SharedTexts& texts() { return m_texts; }

private:
    SharedTexts m_texts;
};

} // namespace CaseloadSummary
