#pragma once

#include "caseload/Caseload.h"
#include "common/SharedTexts.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class RawQuery;

// What the dashboard's figures need of every participant, read from the day's kept summaries
// as they lie: the texts that repeat (begeleider, team, phase) as numbers, the participant's own
// texts and the packed deadlines as bytes, nothing made of them until a figure needs it. A
// teamleider's file holds 10,000 participants with 60,000 deadlines, of which the lists show a
// few thousand: making a Deadline of each at every opening cost twice the reading itself
// (docs/benchmarks.md, issue 21).
class DashboardRows
{
public:
    // What a teamleider narrows the figures by.
    enum class Field { Begeleider, Team, Woningcorporatie, Stadsdeel, Profile };
    static constexpr int fieldCount = 5;

    // A stretch of bytes(): a participant's own text or packed deadlines.
    struct Span
    {
        qsizetype at = 0;
        qsizetype size = 0;
    };

    struct Row
    {
        std::array<int, fieldCount> fields{}; // numbers of texts(), by Field
        int phase = 0;                        // a number of texts(); the empty text when broken
        bool broken = false;                  // the history breaks a rule: counted, in no figure
        bool omklapEligible = false;
        QDate omklapEarliest;
        QDate overeenkomstOn;
        QDate omgeklaptOn;
        Span id;
        Span naam;
        Span omklapUnmet; // the codes, separated by spaces (CaseloadSummary::unmetCodes)
        Span openTerms;   // CaseloadSummary::pack(..., Terms::Open)
        // The earliest due date of the open terms (an invalid date first; unset when there are
        // none): the figures skip the terms of a row whose first is beyond their lists.
        std::optional<QDate> firstDue;
        Span settledTerms; // CaseloadSummary::pack(..., Terms::Settled)
    };

    // Every participant with the engine's verdict on `today`: from the day's summaries, and for
    // those without one (a day not prepared, a participant edited today, a summary of an older
    // format) evaluated now and kept (Caseload::evaluate). Forms awaiting signatures are read
    // each time (they change without an event).
    static Result<DashboardRows> read(const QSqlDatabase& database, const QDate& today,
                                      const WorkingDays& calendar = WorkingDays());
    // The rows of caseload rows read or made elsewhere (one participant after an edit, tests).
    static DashboardRows of(const QList<CaseloadRow>& rows);

    // Puts this participant's row in place of the one with its id, or adds it at the end.
    void put(const CaseloadRow& row);

    const std::vector<Row>& rows() const { return m_rows; }
    QByteArrayView bytes(const Span& span) const
    {
        return QByteArrayView(m_bytes.data() + span.at, span.size);
    }
    QString text(const Span& span) const { return QString::fromUtf8(bytes(span)); }
    const QString& text(int number) const { return m_texts.at(number); }
    int textCount() const { return m_texts.count(); }
    // The number of a text if any row has it, otherwise -1.
    int findText(const QString& text) const { return m_texts.find(text); }
    const QString& field(const Row& row, Field field) const { return m_texts.at(row.fields[size_t(field)]); }
    // The forms waiting for a signature, with the index of their participant's row, in the order
    // of the rows.
    const QList<std::pair<qsizetype, AwaitedSignature>>& awaiting() const { return m_awaiting; }
    // The distinct values of a field across the rows, sorted: what a filter can choose from.
    [[nodiscard]] QStringList choices(Field field) const;

private:
    Span keep(QByteArrayView bytes);
    bool readSummary(const RawQuery& query, int first, Row& row);
    void setVerdict(Row& row, const CaseloadRow& evaluated);
    void setParticipant(Row& row, const CaseloadRow& participant);

    std::vector<Row> m_rows;
    std::string m_bytes; // every row's own bytes, one after the other (appended at a memcpy's cost)
    SharedTexts m_texts;
    QList<std::pair<qsizetype, AwaitedSignature>> m_awaiting;
    QHash<QString, qsizetype> m_indexOf; // id to row, made at the first put()
};
