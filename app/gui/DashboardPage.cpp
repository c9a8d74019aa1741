#include "DashboardPage.h"

#include "common/DateText.h"
#include "forms/FormDefinition.h"

#include "DashboardModels.h"
#include "PageStyle.h"

#include "application/Settings.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPdf.h"
#include "dashboard/DashboardReport.h"
#include "store/StoreSession.h"
#include "trajectory/OmklapReasons.h"
#include "trajectory/RuleNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The filters, in the order shown: name (for tests and settings), label, caseload field.
struct Choice
{
    const char* name;
    const char* label;
    DashboardRows::Field field;
};

const Choice choices[] = {
    {"begeleider", QT_TRANSLATE_NOOP("DashboardPage", "&Begeleider:"), DashboardRows::Field::Begeleider},
    {"team", QT_TRANSLATE_NOOP("DashboardPage", "&Team:"), DashboardRows::Field::Team},
    {"corporatie", QT_TRANSLATE_NOOP("DashboardPage", "&Corporation:"),
     DashboardRows::Field::Woningcorporatie},
    {"stadsdeel", QT_TRANSLATE_NOOP("DashboardPage", "&District:"), DashboardRows::Field::Stadsdeel},
    {"profiel", QT_TRANSLATE_NOOP("DashboardPage", "&Agreement:"), DashboardRows::Field::Profile},
};

// A heading above a chart or table; kept so that a language switch can retitle it.
QLabel* chartTitle(const char* source, QWidget* parent, QList<QLabel*>& titles)
{
    auto* label = new QLabel(parent);
    label->setProperty("source", QByteArray(source));
    styleAsHeading(label, 1.1);
    titles.append(label);
    return label;
}

} // namespace

DashboardPage::DashboardPage(StoreSession& session, Settings& settings, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_title = new QLabel(this);
    styleAsHeading(m_title);
    m_teamState = new QLabel(this);
    m_teamState->setObjectName(QStringLiteral("dashboardTeamState"));
    m_teamState->setVisible(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_hideNames = new QCheckBox(this);
    m_hideNames->setObjectName(QStringLiteral("hideNames"));
    m_hideNames->setChecked(settings.dashboardHidesNames());
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("exportPdf"));
    m_csvButton = new QPushButton(this);
    m_csvButton->setObjectName(QStringLiteral("exportCsv"));
    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(QStringLiteral("back"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_hideNames);
    top->addWidget(m_pdfButton);
    top->addWidget(m_csvButton);
    top->addWidget(m_backButton);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(buildOverview(), QString());
    m_tabs->addTab(buildDeadlines(), QString());
    m_tabs->addTab(buildOmklap(), QString());
    m_tabs->addTab(buildQuality(), QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardPage::showTab);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buildFilters());
    layout->addWidget(m_teamState);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_hideNames, &QCheckBox::toggled, this, [this](bool hide) {
        m_settings.setDashboardHidesNames(hide);
        if (!m_settings.save())
            emit problem(tr("The choice was not remembered: %1").arg(m_settings.problem()));
        recompute();
    });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_backButton, &QPushButton::clicked, this, &DashboardPage::backRequested);
    retranslate();
}

QWidget* DashboardPage::buildFilters()
{
    // Two rows, so that the page still fits a small window (the window's minimum size is the
    // largest of its pages' minimums).
    auto* box = new QWidget(this);
    auto* rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    rows->addLayout(row);
    for (const Choice& choice : choices) {
        if (QByteArray(choice.name) == "stadsdeel") {
            row->addStretch(1);
            row = new QHBoxLayout;
            rows->addLayout(row);
        }
        auto* combo = new QComboBox(box);
        combo->setObjectName(QString::fromLatin1(choice.name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(8);
        auto* label = new QLabel(box);
        label->setBuddy(combo);
        label->setProperty("source", QByteArray(choice.label));
        m_choiceLabels.append(label);
        m_choices.append({QString::fromLatin1(choice.name), combo});
        row->addWidget(label);
        row->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardPage::recompute);
    }
    m_periodLabel = new QLabel(box);
    m_from = new QDateEdit(box);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit(box);
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(DateText::dateFormat());
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardPage::recompute);
    }
    m_periodLabel->setBuddy(m_from);
    row->addWidget(m_periodLabel);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), box));
    row->addWidget(m_to);
    m_clearButton = new QPushButton(box);
    m_clearButton->setObjectName(QStringLiteral("clearFilters"));
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        for (const auto& [name, combo] : m_choices)
            combo->setCurrentIndex(0);
    });
    row->addWidget(m_clearButton);
    row->addStretch(1);
    return box;
}

QTableView* DashboardPage::createTable(DashboardRowsModel* model, const QString& name)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(DashboardRowsModel::SortRole);
    auto* table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // in the order core gives
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: measuring thousands of rows would cost more than
    // computing every figure.
    table->horizontalHeader()->setResizeContentsPrecision(100);
    // Enter and a double click both come as `activated`: open the participant's dossier.
    connect(table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(DashboardRowsModel::ParticipantIdRole).toString();
        if (!id.isEmpty())
            emit participantActivated(id);
    });
    return table;
}

QWidget* DashboardPage::buildOverview()
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    m_phaseChart = new ChartWidget(tr("Participants per phase"), page);
    m_begeleiderChart = new ChartWidget(tr("Participants per begeleider"), page);
    m_corporationChart = new ChartWidget(tr("Participants per housing corporation"), page);
    const QList<std::pair<const char*, ChartWidget*>> charts{
        {QT_TR_NOOP("Per phase"), m_phaseChart},
        {QT_TR_NOOP("Per begeleider"), m_begeleiderChart},
        {QT_TR_NOOP("Per housing corporation"), m_corporationChart}};
    for (int i = 0; i < charts.size(); ++i) {
        grid->addWidget(chartTitle(charts.at(i).first, page, m_chartTitles), 0, i);
        grid->addWidget(charts.at(i).second, 1, i);
        grid->setColumnStretch(i, 1);
    }
    // Below: what needs attention and how the team is doing, each in detail on its own tab.
    m_overviewOverdueChart = new ChartWidget(tr("Overdue deadlines per rule"), page);
    m_overviewQualityChart = new ChartWidget(tr("Terms kept per quarter"), page);
    grid->addWidget(chartTitle(QT_TR_NOOP("Overdue, by rule"), page, m_chartTitles), 2, 0);
    grid->addWidget(m_overviewOverdueChart, 3, 0);
    grid->addWidget(chartTitle(QT_TR_NOOP("Terms kept per quarter (%)"), page, m_chartTitles), 2, 1, 1, 2);
    grid->addWidget(m_overviewQualityChart, 3, 1, 1, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 1);
    return page;
}

QWidget* DashboardPage::buildDeadlines()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* charts = new QVBoxLayout;
    m_overdueRuleChart = new ChartWidget(tr("Overdue deadlines per rule"), page);
    m_overdueBegeleiderChart = new ChartWidget(tr("Overdue deadlines per begeleider"), page);
    charts->addWidget(chartTitle(QT_TR_NOOP("Overdue, by rule"), page, m_chartTitles));
    charts->addWidget(m_overdueRuleChart, 1);
    charts->addWidget(chartTitle(QT_TR_NOOP("Overdue, by begeleider"), page, m_chartTitles));
    charts->addWidget(m_overdueBegeleiderChart, 1);
    layout->addLayout(charts, 2);

    auto* list = new QVBoxLayout;
    m_deadlineChoice = new QComboBox(page);
    m_deadlineChoice->setObjectName(QStringLiteral("deadlineChoice"));
    connect(m_deadlineChoice, &QComboBox::currentIndexChanged, this, &DashboardPage::showDeadlines);
    list->addWidget(m_deadlineChoice);
    m_deadlines = new DashboardRowsModel(this);
    m_deadlineTable = createTable(m_deadlines, QStringLiteral("deadlineTable"));
    list->addWidget(m_deadlineTable, 1);
    m_deadlineNamesHidden = new QLabel(page);
    m_deadlineNamesHidden->setWordWrap(true);
    list->addWidget(m_deadlineNamesHidden, 1, Qt::AlignTop);
    layout->addLayout(list, 3);
    return page;
}

QWidget* DashboardPage::buildOmklap()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* list = new QVBoxLayout;
    m_omklap = new DashboardRowsModel(this);
    m_omklapTable = createTable(m_omklap, QStringLiteral("omklapTable"));
    list->addWidget(m_omklapTable, 1);
    m_omklapNamesHidden = new QLabel(page);
    m_omklapNamesHidden->setWordWrap(true);
    list->addWidget(m_omklapNamesHidden, 1, Qt::AlignTop);
    layout->addLayout(list, 3);
    auto* chart = new QVBoxLayout;
    m_unmetChart = new ChartWidget(tr("Unmet omklap conditions"), page);
    chart->addWidget(chartTitle(QT_TR_NOOP("Not yet: what is missing"), page, m_chartTitles));
    chart->addWidget(m_unmetChart, 1);
    layout->addLayout(chart, 2);
    return page;
}

QWidget* DashboardPage::buildQuality()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_percentChart = new ChartWidget(tr("Terms kept per quarter"), page);
    m_omklapChart = new ChartWidget(tr("Median days to omklap per quarter"), page);
    layout->addWidget(chartTitle(QT_TR_NOOP("Terms kept per quarter (%)"), page, m_chartTitles));
    layout->addWidget(m_percentChart, 3);
    auto* lower = new QHBoxLayout;
    auto* omklap = new QVBoxLayout;
    omklap->addWidget(chartTitle(QT_TR_NOOP("Median days from overeenkomst to omklap"), page, m_chartTitles));
    omklap->addWidget(m_omklapChart, 1);
    lower->addLayout(omklap, 1);
    m_quarters = new DashboardRowsModel(this);
    lower->addWidget(createTable(m_quarters, QStringLiteral("quarterTable")), 1);
    layout->addLayout(lower, 2);
    return page;
}

bool DashboardPage::open(const QDate& today)
{
    if (m_session.state() != StoreSession::State::Unlocked)
        return false;
    if (const QString error = m_dashboard.load(m_session.database(), today); !error.isEmpty()) {
        emit problem(error);
        return false;
    }
    // Two years of quarters by default: enough to see a trend, few enough to read.
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(DashboardFigures::quarterStart(today.addYears(-2)));
    m_to->setDate(today);
    fillChoices();
    recompute();
    return true;
}

void DashboardPage::participantChanged(const QString& participantId)
{
    if (m_session.state() != StoreSession::State::Unlocked || !m_dashboard.today().isValid())
        return;
    if (const QString error = m_dashboard.refresh(m_session.database(), participantId); !error.isEmpty()) {
        emit problem(error);
        return;
    }
    recompute();
}

void DashboardPage::reload()
{
    if (m_session.state() != StoreSession::State::Unlocked || !m_dashboard.today().isValid())
        return;
    if (const QString error = m_dashboard.load(m_session.database(), m_dashboard.today()); !error.isEmpty()) {
        emit problem(error);
        return;
    }
    fillChoices();
    recompute();
}

void DashboardPage::setTeamState(bool linked, const std::optional<QDateTime>& lastSync)
{
    m_teamState->setVisible(linked);
    m_teamState->setText(!linked    ? QString()
                         : lastSync ? tr("The team as of %1 (the last sync)").arg(DateText::moment(*lastSync))
                                    : tr("The team as of: not synced yet; the figures are this case file's"));
}

void DashboardPage::fillChoices()
{
    for (int i = 0; i < m_choices.size(); ++i) {
        QComboBox* combo = m_choices.at(i).second;
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("all"), QString());
        for (const QString& value : m_dashboard.rows().choices(choices[i].field))
            combo->addItem(value, value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
}

QComboBox* DashboardPage::filterChoice(const QString& name) const
{
    for (const auto& [choiceName, combo] : m_choices) {
        if (choiceName == name)
            return combo;
    }
    return nullptr;
}

DashboardFilter DashboardPage::currentFilter() const
{
    DashboardFilter filter;
    filter.begeleider = filterChoice(QStringLiteral("begeleider"))->currentData().toString();
    filter.team = filterChoice(QStringLiteral("team"))->currentData().toString();
    filter.woningcorporatie = filterChoice(QStringLiteral("corporatie"))->currentData().toString();
    filter.stadsdeel = filterChoice(QStringLiteral("stadsdeel"))->currentData().toString();
    filter.profile = filterChoice(QStringLiteral("profiel"))->currentData().toString();
    filter.from = m_from->date();
    filter.to = m_to->date();
    return filter;
}

QString DashboardPage::filterText() const
{
    return currentFilter().describe();
}

QString DashboardPage::summaryText() const
{
    return m_summary->text();
}

void DashboardPage::recompute()
{
    if (!m_dashboard.today().isValid())
        return;
    m_figures = m_dashboard.figures(currentFilter());
    QString summary = tr("%n participant(s)", nullptr, m_figures.participants) + QStringLiteral(" · ") +
                      tr("%n overdue deadline(s)", nullptr, int(m_figures.overdue.size())) +
                      QStringLiteral(" · ") + tr("%n due within 14 days", nullptr, m_figures.dueWithinSoon) +
                      QStringLiteral(" · ") +
                      tr("%n can be put forward for omklap", nullptr, int(m_figures.omklapNow.size()));
    if (m_figures.brokenHistories > 0)
        summary += QStringLiteral(" · ") +
                   tr("%n history(ies) break a rule and are left out", nullptr, m_figures.brokenHistories);
    m_summary->setText(tr("Reference date %1: %2").arg(DateText::date(m_figures.today), summary));

    // Bar charts of counts; the list is shared (implicitly) with the painter, not copied.
    const auto bars = [](ChartWidget* chart, const QList<DashboardCount>& counts, int color, int height) {
        chart->setPainter(
            [counts, color](QPainter& painter, const QRectF& area) {
                DashboardCharts::paintBars(painter, area, counts, DashboardCharts::seriesColor(color));
            },
            height);
    };
    const DashboardFigures& figures = m_figures;
    bars(m_phaseChart, DashboardCharts::readable(figures.perPhase), 0, 260);
    bars(m_begeleiderChart, figures.perBegeleider, 0, 260);
    bars(m_corporationChart, figures.perCorporation, 0, 260);
    bars(m_overdueRuleChart, DashboardCharts::readable(figures.overdueByRule), 1, 200);
    bars(m_overdueBegeleiderChart, figures.overdueByBegeleider, 1, 200);
    bars(m_unmetChart, DashboardCharts::readable(figures.omklapUnmet), 2, 240);
    bars(m_overviewOverdueChart, DashboardCharts::readable(figures.overdueByRule), 1, 200);
    const QList<QuarterFigures> quarters = figures.quarters;
    m_overviewQualityChart->setPainter(
        [quarters](QPainter& painter, const QRectF& area) {
            DashboardCharts::paintLines(painter, area, DashboardCharts::quarterLabels(quarters),
                                        DashboardCharts::percentSeries(quarters), 100, QStringLiteral("%"));
        },
        200);
    // The lists are filled for the tab on screen only; the others when they are opened.
    m_staleTabs = {1, 2, 3};
    showTab(m_tabs->currentIndex());
}

void DashboardPage::showTab(int index)
{
    if (!m_staleTabs.remove(index))
        return;
    if (index == 1)
        showDeadlines();
    else if (index == 2)
        showOmklap();
    else if (index == 3)
        showQuality();
}

namespace {
constexpr int signaturesChoice = 3; // the fourth entry of the deadline choice
} // namespace

void DashboardPage::showDeadlines()
{
    const bool withNames = !m_hideNames->isChecked();
    m_deadlineTable->setVisible(withNames);
    m_deadlineChoice->setVisible(withNames);
    m_deadlineNamesHidden->setVisible(!withNames);
    m_deadlineNamesHidden->setText(
        tr("Names are hidden: %1 overdue, %2 due within %3 days, %4 within %5 days.")
            .arg(m_figures.overdue.size())
            .arg(m_figures.dueWithinSoon)
            .arg(DashboardFigures::soonDays)
            .arg(m_figures.dueWithin.size())
            .arg(DashboardFigures::laterDays) +
        u' ' +
        tr("%n final form(s) waiting for a signature.", nullptr, int(m_figures.awaitingSignatures.size())));
    QList<DashboardRowsModel::Row> rows;
    if (withNames && m_deadlineChoice->currentIndex() == signaturesChoice) {
        // Werkafspraak 4 / Bijlage 2a: a form is complete once all three parties signed it.
        for (const DashboardSignatureWait& item : m_figures.awaitingSignatures) {
            const Result<FormDefinition> definition =
                FormDefinition::builtIn(item.form.form, item.form.edition);
            rows.append({item.participantId,
                         {item.naam, item.begeleider, definition ? definition->title : item.form.form,
                          item.form.finalisedOn,
                          tr("waiting for: %1").arg(item.form.missing.join(QStringLiteral(", ")))}});
        }
        m_deadlines->setRows({tr("Name"), tr("Begeleider"), tr("Form"), tr("Final since"), tr("Signature")},
                             rows);
        m_deadlineTable->resizeColumnsToContents();
        m_deadlineTable->horizontalHeader()->setStretchLastSection(true);
        return;
    }
    if (withNames) {
        const int choice = m_deadlineChoice->currentIndex();
        const QDate soon = m_figures.today.addDays(DashboardFigures::soonDays);
        const QList<DashboardDeadline>& items = choice <= 0 ? m_figures.overdue : m_figures.dueWithin;
        for (const DashboardDeadline& item : items) {
            if (choice == 1 && item.deadline.due > soon)
                continue;
            rows.append(
                {item.participantId,
                 {item.naam, item.begeleider, RuleNames::deadline(item.deadline.rule, item.deadline.ref),
                  item.deadline.due, item.deadline.citation}});
        }
    }
    m_deadlines->setRows({tr("Name"), tr("Begeleider"), tr("Deadline"), tr("Due"), tr("Rule")}, rows);
    m_deadlineTable->resizeColumnsToContents();
    m_deadlineTable->horizontalHeader()->setStretchLastSection(true);
}

void DashboardPage::showOmklap()
{
    const bool withNames = !m_hideNames->isChecked();
    m_omklapTable->setVisible(withNames);
    m_omklapNamesHidden->setVisible(!withNames);
    m_omklapNamesHidden->setText(
        tr("Names are hidden: %1 can be put forward now, %2 within %3 days, %4 not yet.")
            .arg(m_figures.omklapNow.size())
            .arg(m_figures.omklapSoon.size())
            .arg(DashboardFigures::laterDays)
            .arg(m_figures.omklapLater.size()));
    QList<DashboardRowsModel::Row> rows;
    if (withNames) {
        QHash<QString, QString> reasonOf; // thousands of rows, a handful of codes
        const auto add = [&rows, &reasonOf](const OmklapCandidate& candidate, const QString& status) {
            QStringList reasons;
            for (const QString& code : candidate.unmet) {
                auto found = reasonOf.find(code);
                if (found == reasonOf.end())
                    found = reasonOf.insert(code, OmklapReasons::text(code));
                reasons << *found;
            }
            rows.append(
                {candidate.participantId,
                 {candidate.naam, candidate.begeleider, status, candidate.eligibleOn, reasons.join(u' ')}});
        };
        for (const OmklapCandidate& candidate : m_figures.omklapNow)
            add(candidate, tr("now"));
        for (const OmklapCandidate& candidate : m_figures.omklapSoon)
            add(candidate, tr("within %1 days").arg(DashboardFigures::laterDays));
        for (const OmklapCandidate& candidate : m_figures.omklapLater)
            add(candidate, tr("not yet"));
    }
    m_omklap->setRows(
        {tr("Name"), tr("Begeleider"), tr("Omklap"), tr("Possible from"), tr("What is missing")}, rows);
    m_omklapTable->resizeColumnsToContents();
    m_omklapTable->horizontalHeader()->setStretchLastSection(true);
}

void DashboardPage::showQuality()
{
    const QList<QuarterFigures> quarters = m_figures.quarters;
    m_percentChart->setPainter(
        [quarters](QPainter& painter, const QRectF& area) {
            DashboardCharts::paintLines(painter, area, DashboardCharts::quarterLabels(quarters),
                                        DashboardCharts::percentSeries(quarters), 100, QStringLiteral("%"));
        },
        260);
    m_omklapChart->setPainter(
        [quarters](QPainter& painter, const QRectF& area) {
            const QList<DashboardCharts::Series> series = DashboardCharts::omklapSeries(quarters);
            DashboardCharts::paintLines(painter, area, DashboardCharts::quarterLabels(quarters), series,
                                        DashboardCharts::niceMaximum(series), tr(" d"));
        },
        200);
    QList<DashboardRowsModel::Row> rows;
    for (const QuarterFigures& quarter : quarters)
        rows.append({QString(),
                     {quarter.label(), DashboardReport::rateText(quarter.kennismakingsgesprek),
                      DashboardReport::rateText(quarter.woonevaluatie),
                      DashboardReport::rateText(quarter.overlastReactie), quarter.omklappen,
                      quarter.medianDaysToOmklap ? QVariant(int(*quarter.medianDaysToOmklap))
                                                 : QVariant(QString())}});
    m_quarters->setRows({tr("Quarter"), tr("Kennismakingsgesprek"), tr("Woonevaluatie"), tr("Overlast"),
                         tr("Omklappen"), tr("Median days")},
                        rows);
    if (auto* table = findChild<QTableView*>(QStringLiteral("quarterTable")))
        table->resizeColumnsToContents();
}

QString DashboardPage::exportPdf(const QString& path)
{
    const bool withNames = !m_hideNames->isChecked();
    return DashboardReport::save(m_session.database(), m_actor, m_session.clock().now().toUTC(),
                                 DashboardPdf::render(m_figures, filterText(), withNames), path, withNames);
}

QString DashboardPage::exportCsv(const QString& path)
{
    const bool withNames = !m_hideNames->isChecked();
    return DashboardReport::save(m_session.database(), m_actor, m_session.clock().now().toUTC(),
                                 DashboardReport::csv(m_figures, withNames), path, withNames);
}

void DashboardPage::chooseExport(bool pdf)
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                              QStringLiteral("dashboard-%1.%2")
                                  .arg(m_figures.today.toString(QStringLiteral("yyyy-MM-dd")),
                                       pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export dashboard as PDF") : tr("Export dashboard as CSV"), suggested,
        pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = pdf ? exportPdf(path) : exportCsv(path);
    if (!error.isEmpty())
        emit problem(error);
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_title->setText(tr("Team dashboard"));
    m_hideNames->setText(tr("&Hide names"));
    m_hideNames->setToolTip(tr("Counts only, no participant's name: for a presentation on a projector."));
    m_pdfButton->setText(tr("Export as &PDF…"));
    m_csvButton->setText(tr("Export as C&SV…"));
    m_backButton->setText(tr("&My participants"));
    m_periodLabel->setText(tr("&Quarters:"));
    m_clearButton->setText(tr("Clear filte&rs"));
    for (QLabel* label : m_choiceLabels)
        label->setText(tr(label->property("source").toByteArray().constData()));
    for (QLabel* label : m_chartTitles)
        label->setText(tr(label->property("source").toByteArray().constData()));
    m_tabs->setTabText(0, tr("&Overview"));
    m_tabs->setTabText(1, tr("Dead&lines"));
    m_tabs->setTabText(2, tr("Om&klap"));
    m_tabs->setTabText(3, tr("Q&uality"));
    const int deadlineChoice = std::max(0, m_deadlineChoice->currentIndex());
    const QSignalBlocker block(m_deadlineChoice);
    m_deadlineChoice->clear();
    m_deadlineChoice->addItems({tr("Overdue"), tr("Due within %1 days").arg(DashboardFigures::soonDays),
                                tr("Due within %1 days").arg(DashboardFigures::laterDays),
                                tr("Final forms waiting for a signature")});
    m_deadlineChoice->setCurrentIndex(deadlineChoice);
    if (m_dashboard.today().isValid()) {
        fillChoices();
        recompute();
    }
}
