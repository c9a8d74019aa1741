#pragma once

#include <QAbstractTableModel>
#include <QChar>
#include <QStringList>
#include <QVariant>
#include <QWidget>

#include <functional>

// A table of prepared rows for the dashboard's lists: each cell holds its value (a QDate sorts
// as a date and shows as dd-mm-jjjj, a number as a number), each row the participant it is
// about, so that Enter or a double click opens the dossier.
class DashboardRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles { ParticipantIdRole = Qt::UserRole + 1, SortRole };

    struct Row
    {
        QString participantId;
        QVariantList cells;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QStringList headers, QList<Row> rows);
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

// A chart on the dashboard: paints with core's DashboardCharts, so the screen and the PDF agree.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    using Painter = std::function<void(QPainter& painter, const QRectF& area)>;

    ChartWidget(const QString& accessibleName, QWidget* parent = nullptr);
    void setPainter(Painter painter, int preferredHeight);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Painter m_painter;
    int m_preferredHeight = 200;
};
