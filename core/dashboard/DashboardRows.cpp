#include "dashboard/DashboardRows.h"

#include "caseload/CaseloadSummary.h"
#include "store/RawQuery.h"
#include "store/SignatureRepository.h"
#include "trajectory/IsoDate.h"

#include <algorithm>

DashboardRows::Span DashboardRows::keep(QByteArrayView bytes)
{
    const Span span{qsizetype(m_bytes.size()), bytes.size()};
    m_bytes.append(bytes.data(), size_t(bytes.size()));
    return span;
}

// The summary's columns (CaseloadSummary::columns) from `first` on; false, and `row`'s verdict
// not set, when there is none of this day and engine or its deadlines are not of this format.
bool DashboardRows::readSummary(const RawQuery& query, int first, Row& row)
{
    using CaseloadSummary::Terms;
    if (query.isNull(first))
        return false;
    const QByteArrayView open = query.blob(first + 7);
    const QByteArrayView settled = query.blob(first + 8);
    // Walked once here: whole and of this format, and the first due date.
    CaseloadSummary::TermReader openReader(open, Terms::Open);
    std::optional<QDate> firstDue;
    for (CaseloadSummary::PackedTerm term; openReader.next(term);)
        firstDue = firstDue ? std::min(*firstDue, term.due) : term.due;
    if (!openReader.ok() || !CaseloadSummary::TermReader::valid(settled, Terms::Settled))
        return false;
    row.firstDue = firstDue;
    row.phase = m_texts.numberOf(query.text(first));
    row.broken = !query.text(first + 1).isEmpty();
    row.omklapEligible = query.integer(first + 2) != 0;
    row.omklapEarliest = query.julianDay(first + 3);
    row.omklapUnmet = keep(query.text(first + 4));
    row.overeenkomstOn = query.julianDay(first + 5);
    row.omgeklaptOn = query.julianDay(first + 6);
    row.openTerms = keep(open);
    row.settledTerms = keep(settled);
    return true;
}

void DashboardRows::setVerdict(Row& row, const CaseloadRow& evaluated)
{
    using CaseloadSummary::Terms;
    row.phase = m_texts.numberOf(evaluated.phase.toUtf8());
    row.broken = !evaluated.error.isEmpty();
    row.omklapEligible = evaluated.omklap.eligible;
    row.omklapEarliest = evaluated.omklap.earliest.value_or(QDate());
    row.omklapUnmet = keep(evaluated.omklap.unmet.join(u' ').toUtf8());
    row.overeenkomstOn = evaluated.overeenkomstOn;
    row.omgeklaptOn = evaluated.omgeklaptOn;
    row.openTerms = keep(CaseloadSummary::packedTerms(evaluated, Terms::Open));
    row.firstDue.reset();
    for (const Deadline& deadline : evaluated.deadlines)
        row.firstDue = row.firstDue ? std::min(*row.firstDue, deadline.due) : deadline.due;
    row.settledTerms = keep(CaseloadSummary::packedTerms(evaluated, Terms::Settled));
}

void DashboardRows::setParticipant(Row& row, const CaseloadRow& participant)
{
    row.id = keep(participant.id.toUtf8());
    row.naam = keep(participant.naam.toUtf8());
    const QString* values[fieldCount] = {&participant.begeleider, &participant.team,
                                         &participant.woningcorporatie, &participant.stadsdeel,
                                         &participant.profile};
    for (int field = 0; field < fieldCount; ++field)
        row.fields[size_t(field)] = m_texts.numberOf(values[field]->toUtf8());
}

Result<DashboardRows> DashboardRows::read(const QSqlDatabase& database, const QDate& today,
                                          const WorkingDays& calendar)
{
    DashboardRows result;
    // About 600 bytes a participant (the deadlines' citations most of it): grown by copying
    // otherwise, a few times over at 10,000.
    result.m_bytes.reserve(size_t(4) << 20);
    QStringList unsummarised;
    QList<qsizetype> unsummarisedAt;
    {
        const QByteArray sql = Caseload::rowsSql(Caseload::Use::Figures, false);
        RawQuery query(database, sql.constData());
        constexpr Field fieldOfColumn[fieldCount] = {Field::Profile, Field::Begeleider,
                                                     Field::Woningcorporatie, Field::Stadsdeel, Field::Team};
        query.bindText(1, isoDate(today));
        query.bindText(2, Caseload::engineFingerprint(calendar));
        while (query.next()) {
            Row row;
            row.id = result.keep(query.text(0));
            row.naam = result.keep(query.text(1));
            // The query's order: profile, begeleider, woningcorporatie, stadsdeel, team.
            for (int column = 0; column < fieldCount; ++column)
                row.fields[size_t(fieldOfColumn[column])] = result.m_texts.numberOf(query.text(2 + column));
            if (!result.readSummary(query, Caseload::summaryColumn, row)) {
                unsummarised.append(QString::fromUtf8(query.text(0)));
                unsummarisedAt.append(qsizetype(result.m_rows.size()));
            }
            result.m_rows.push_back(row);
        }
        if (!query.error().isEmpty())
            return Result<DashboardRows>::failure(query.error());
    } // the read ends here: evaluating keeps the summaries, a write

    if (!unsummarised.isEmpty()) {
        const Result<QList<CaseloadRow>> evaluated =
            Caseload::evaluate(database, unsummarised, today, calendar);
        if (!evaluated)
            return Result<DashboardRows>::failure(evaluated.errors());
        for (qsizetype i = 0; i < unsummarisedAt.size(); ++i)
            result.setVerdict(result.m_rows[size_t(unsummarisedAt.at(i))], evaluated->at(i));
    }

    const Result<QList<SignatureRepository::Awaiting>> awaiting = SignatureRepository::awaiting(database);
    if (!awaiting)
        return Result<DashboardRows>::failure(awaiting.errors());
    if (!awaiting->isEmpty()) {
        QHash<QString, qsizetype> indexOf;
        indexOf.reserve(qsizetype(result.m_rows.size()));
        for (size_t i = 0; i < result.m_rows.size(); ++i)
            indexOf.insert(result.text(result.m_rows[i].id), qsizetype(i));
        for (const SignatureRepository::Awaiting& form : awaiting.value()) {
            if (const auto found = indexOf.constFind(form.participantId); found != indexOf.cend())
                result.m_awaiting.append(
                    {*found, {form.formId, form.form, form.edition, form.finalisedOn, form.missing}});
        }
        std::stable_sort(result.m_awaiting.begin(), result.m_awaiting.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    return result;
}

DashboardRows DashboardRows::of(const QList<CaseloadRow>& rows)
{
    DashboardRows result;
    for (const CaseloadRow& row : rows)
        result.put(row);
    return result;
}

void DashboardRows::put(const CaseloadRow& row)
{
    if (m_indexOf.isEmpty() && !m_rows.empty()) {
        m_indexOf.reserve(qsizetype(m_rows.size()));
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_indexOf.insert(text(m_rows[i].id), qsizetype(i));
    }
    Row made;
    setParticipant(made, row);
    setVerdict(made, row);
    qsizetype index = m_indexOf.value(row.id, -1);
    if (index < 0) {
        index = qsizetype(m_rows.size());
        m_indexOf.insert(row.id, index);
        m_rows.push_back(made);
    } else {
        m_rows[size_t(index)] = made;
    }
    // Its forms in the place of the old ones, the list still in the order of the rows.
    m_awaiting.removeIf([index](const auto& form) { return form.first == index; });
    auto at = std::find_if(m_awaiting.begin(), m_awaiting.end(),
                           [index](const auto& form) { return form.first > index; });
    for (const AwaitedSignature& form : row.awaitingSignatures)
        at = m_awaiting.insert(at, {index, form}) + 1;
}

QStringList DashboardRows::choices(Field field) const
{
    std::vector<bool> seen(size_t(m_texts.count()), false);
    for (const Row& row : m_rows)
        seen[size_t(row.fields[size_t(field)])] = true;
    QStringList values;
    for (size_t number = 0; number < seen.size(); ++number) {
        if (seen[number] && !m_texts.at(int(number)).isEmpty())
            values.append(m_texts.at(int(number)));
    }
    std::sort(values.begin(), values.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return values;
}
