#include "DashboardModels.h"

#include "common/DateText.h"

#include <QDate>
#include <QPainter>

void DashboardRowsModel::setRows(QStringList headers, QList<Row> rows)
{
    beginResetModel();
    m_headers = std::move(headers);
    m_rows = std::move(rows);
    endResetModel();
}

int DashboardRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant DashboardRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == ParticipantIdRole)
        return row.participantId;
    if (index.column() >= row.cells.size())
        return {};
    const QVariant& value = row.cells.at(index.column());
    if (role == SortRole)
        return value;
    if (role == Qt::DisplayRole) {
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().isValid() ? DateText::date(value.toDate()) : QString();
        return value;
    }
    if (role == Qt::TextAlignmentRole && value.typeId() == QMetaType::Int)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DashboardRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

ChartWidget::ChartWidget(const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(accessibleName);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ChartWidget::setPainter(Painter painter, int preferredHeight)
{
    m_painter = std::move(painter);
    m_preferredHeight = preferredHeight;
    setMinimumHeight(std::min(preferredHeight, 160));
    updateGeometry();
    update();
}

QSize ChartWidget::sizeHint() const
{
    return {300, m_preferredHeight};
}

void ChartWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_painter)
        m_painter(painter, QRectF(rect()).adjusted(8, 8, -8, -8));
}
