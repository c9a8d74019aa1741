#include "CaseloadModel.h"

#include "common/DateText.h"
#include "trajectory/RuleNames.h"

#include <QBrush>
#include <QColor>

namespace {} // namespace

CaseloadModel::CaseloadModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CaseloadModel::setRows(QList<CaseloadRow> rows, const QDate& today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseloadModel::omklapText(const CaseloadRow& row) const
{
    if (!row.error.isEmpty())
        return QString();
    if (row.omklap.eligible)
        return tr("possible");
    if (row.omklap.earliest && row.omklap.waitsOnlyForTime()) // the one definition, as the dashboard
        return tr("from %1").arg(DateText::date(*row.omklap.earliest));
    return tr("not yet (%n condition(s) unmet)", nullptr, int(row.omklap.unmet.size()));
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseloadRow& row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::ToolTipRole && !row.error.isEmpty())
        return row.error;
    if (role == Qt::ForegroundRole && index.column() == TeLaat && row.overdue > 0)
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    if (role == Qt::ForegroundRole && index.column() == Datum && row.nextDeadline &&
        row.nextDeadline->status == DeadlineStatus::Overdue)
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (index.column()) {
    case Naam:
        return row.naam;
    case Adres:
        return row.adres;
    case Fase:
        return row.error.isEmpty() ? row.phase : tr("history breaks a rule");
    case VolgendeTermijn:
        return row.nextDeadline ? RuleNames::deadline(row.nextDeadline->rule, row.nextDeadline->ref)
                                : QString();
    case Datum:
        if (sorting) // no deadline sorts last
            return row.nextDeadline ? QVariant(row.nextDeadline->due) : QVariant(QDate(9999, 12, 31));
        return row.nextDeadline ? DateText::date(row.nextDeadline->due) : QString();
    case TeLaat:
        return sorting ? QVariant(row.overdue)
                       : (row.overdue > 0 ? QVariant(row.overdue) : QVariant(QString()));
    case Omklap:
        if (sorting)
            return row.omklap.eligible ? QDate(1, 1, 1) : row.omklap.earliest.value_or(QDate(9999, 12, 31));
        return omklapText(row);
    case Begeleider:
        return row.begeleider;
    default:
        return {};
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Naam:
        return tr("Name");
    case Adres:
        return tr("Address");
    case Fase:
        return tr("Phase");
    case VolgendeTermijn:
        return tr("Next deadline");
    case Datum:
        return tr("Due");
    case TeLaat:
        return tr("Overdue");
    case Omklap:
        return tr("Omklap");
    case Begeleider:
        return tr("Begeleider");
    default:
        return {};
    }
}

CaseloadFilter::CaseloadFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseloadModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CaseloadFilter::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void CaseloadFilter::setPhase(const QString& phase)
{
    m_phase = phase;
    invalidateRowsFilter();
}

void CaseloadFilter::setProfile(const QString& profile)
{
    m_profile = profile;
    invalidateRowsFilter();
}

void CaseloadFilter::setOverdueOnly(bool on)
{
    m_overdueOnly = on;
    invalidateRowsFilter();
}

void CaseloadFilter::setDueWithin14DaysOnly(bool on)
{
    m_dueSoonOnly = on;
    invalidateRowsFilter();
}

bool CaseloadFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const CaseloadModel*>(sourceModel());
    const CaseloadRow& row = model->rows().at(sourceRow);
    if (!m_phase.isEmpty() && row.phase != m_phase)
        return false;
    if (!m_profile.isEmpty() && row.profile != m_profile)
        return false;
    if (m_overdueOnly && row.overdue == 0)
        return false;
    if (m_dueSoonOnly && !(row.nextDeadline && Caseload::isDueSoon(*row.nextDeadline, model->today())))
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString* text : {&row.naam, &row.adres, &row.id, &row.begeleider}) {
        if (text->contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
