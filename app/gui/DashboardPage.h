#pragma once

#include "dashboard/Dashboard.h"
#include "store/AuditLog.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QWidget>

#include <optional>

class ChartWidget;
class DashboardRowsModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class Settings;
class StoreSession;

// The teamleider's dashboard: counts per phase, begeleider and corporation; overdue and coming
// deadlines; who can be put forward for omklap; the quality figures per quarter as charts.
// Filters narrow everything at once; Enter or a double click on a participant opens the
// dossier. Every figure is computed in core (DashboardFigures); this page only shows them.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(StoreSession& session, Settings& settings, Actor actor, QWidget* parent = nullptr);

    // Reads the case file as of `today` (from the day's kept summaries where there are some).
    [[nodiscard]] bool open(const QDate& today);
    // Reads one participant again after an edit in the dossier and updates the figures.
    void participantChanged(const QString& participantId);
    // Reads the case file again after a team sync brought colleagues' work, as of the same
    // day, keeping the filters, the period and the tab.
    void reload();
    // "Stand van <last sync>" for a case file linked to a team (the figures are the team's as
    // this laptop last heard them); nothing for a file without a team.
    void setTeamState(bool linked, const std::optional<QDateTime>& lastSync);
    void setActor(const Actor& actor) { m_actor = actor; }

    const DashboardFigures& figures() const { return m_figures; }
    QComboBox* filterChoice(const QString& name) const;
    QTableView* deadlineTable() const { return m_deadlineTable; }
    QTableView* omklapTable() const { return m_omklapTable; }
    QTabWidget* tabs() const { return m_tabs; }
    QCheckBox* hideNames() const { return m_hideNames; }
    [[nodiscard]] QString summaryText() const;
    // The exports behind the buttons, without the file dialog; empty or what went wrong.
    [[nodiscard]] QString exportPdf(const QString& path);
    [[nodiscard]] QString exportCsv(const QString& path);

signals:
    void participantActivated(const QString& participantId);
    void backRequested();
    void problem(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildFilters();
    QWidget* buildOverview();
    QWidget* buildDeadlines();
    QWidget* buildOmklap();
    QWidget* buildQuality();
    QTableView* createTable(DashboardRowsModel* model, const QString& name);
    void fillChoices();
    DashboardFilter currentFilter() const;
    [[nodiscard]] QString filterText() const;
    void recompute();
    void showDeadlines();
    void showOmklap();
    void showQuality();
    void showTab(int index);
    void chooseExport(bool pdf);
    void retranslate();

    StoreSession& m_session;
    Settings& m_settings;
    Actor m_actor;
    Dashboard m_dashboard;
    DashboardFigures m_figures;

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_teamState = nullptr;
    QCheckBox* m_hideNames = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_backButton = nullptr;
    QList<std::pair<QString, QComboBox*>> m_choices; // begeleider, team, corporatie, stadsdeel, profiel
    QList<QLabel*> m_choiceLabels;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_periodLabel = nullptr;
    QPushButton* m_clearButton = nullptr;
    QTabWidget* m_tabs = nullptr;

    ChartWidget* m_phaseChart = nullptr;
    ChartWidget* m_begeleiderChart = nullptr;
    ChartWidget* m_corporationChart = nullptr;
    ChartWidget* m_overviewOverdueChart = nullptr;
    ChartWidget* m_overviewQualityChart = nullptr;
    ChartWidget* m_overdueRuleChart = nullptr;
    ChartWidget* m_overdueBegeleiderChart = nullptr;
    ChartWidget* m_unmetChart = nullptr;
    ChartWidget* m_percentChart = nullptr;
    ChartWidget* m_omklapChart = nullptr;
    QComboBox* m_deadlineChoice = nullptr;
    DashboardRowsModel* m_deadlines = nullptr;
    DashboardRowsModel* m_omklap = nullptr;
    DashboardRowsModel* m_quarters = nullptr;
    QTableView* m_deadlineTable = nullptr;
    QTableView* m_omklapTable = nullptr;
    QLabel* m_deadlineNamesHidden = nullptr;
    QLabel* m_omklapNamesHidden = nullptr;
    QList<QLabel*> m_chartTitles;
    QSet<int> m_staleTabs; // tabs whose lists do not show the current figures yet
};
