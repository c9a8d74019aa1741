#pragma once

#include "caseload/Caseload.h"

#include <QByteArray>

// The engine's verdict on one caseload row (phase, error, open and overdue deadlines, omklap),
// as the compact CBOR kept in `caseload_summary`. Only derived data: the participant's own
// data (name, address) is always read from the participant table itself.
namespace CaseloadSummary {

QByteArray encode(const CaseloadRow& row);
// Fills the engine's part of `row`; false (and `row` untouched) when the bytes are not a
// summary of this format, so the caller evaluates the trajectory instead.
bool decode(const QByteArray& bytes, CaseloadRow& row);

} // namespace CaseloadSummary
