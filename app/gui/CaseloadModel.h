#pragma once

#include "caseload/Caseload.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// "Mijn deelnemers" as a table: one row per participant, as Caseload computed them. Display
// texts are Dutch-formatted (dd-mm-jjjj); Qt::UserRole gives the value to sort on.
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Naam, Adres, Fase, VolgendeTermijn, Datum, TeLaat, Omklap, Begeleider, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CaseloadModel(QObject* parent = nullptr);

    void setRows(QList<CaseloadRow> rows, const QDate& today);
    const QList<CaseloadRow>& rows() const { return m_rows; }
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString omklapText(const CaseloadRow& row) const;

    QList<CaseloadRow> m_rows;
    QDate m_today;
};

// Search as you type and the filters of the caseload: phase, overdue, due within 14 days,
// rule profile. Sorting on every column through CaseloadModel::SortRole.
class CaseloadFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseloadFilter(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setPhase(const QString& phase);     // empty: every phase
    void setProfile(const QString& profile); // empty: every profile
    void setOverdueOnly(bool on);
    void setDueWithin14DaysOnly(bool on);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QString m_phase;
    QString m_profile;
    bool m_overdueOnly = false;
    bool m_dueSoonOnly = false;
};
