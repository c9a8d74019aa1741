#pragma once

#include "caseload/Caseload.h"
#include "common/SharedTexts.h"

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
