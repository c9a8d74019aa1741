#include "CaseloadPage.h"

#include "CaseloadModel.h"
#include "CaseloadPreparer.h"
#include "PageStyle.h"
#include "StoreOverviewPage.h"

#include "store/StoreSession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

CaseloadPage::CaseloadPage(StoreSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_preparer(new CaseloadPreparer(session, this))
    , m_summary(new StoreOverviewPage(session, this))
    , m_model(new CaseloadModel(this))
    , m_filter(new CaseloadFilter(this))
    , m_search(new QLineEdit(this))
    , m_phase(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_overdue(new QCheckBox(this))
    , m_dueSoon(new QCheckBox(this))
    , m_searchLabel(new QLabel(this))
    , m_count(new QLabel(this))
    , m_problem(createProblemLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("caseloadPage"));
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("caseloadSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_phase->setObjectName(QStringLiteral("phaseFilter"));
    m_profile->setObjectName(QStringLiteral("profileFilter"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_dueSoon->setObjectName(QStringLiteral("dueSoonFilter"));
    m_count->setObjectName(QStringLiteral("caseloadCount"));

    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseloadModel::Datum, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_phase, 1);
    filters->addWidget(m_profile, 1);
    filters->addWidget(m_overdue);
    filters->addWidget(m_dueSoon);
    // The actions on a row of their own, so the window stays narrow enough for small screens.
    auto* actions = new QHBoxLayout;
    auto* today = new QPushButton(tr("&Today..."), this);
    today->setObjectName(QStringLiteral("todayButton"));
    connect(today, &QPushButton::clicked, this, &CaseloadPage::todayRequested);
    auto* add = new QPushButton(tr("New &participant..."), this);
    add->setObjectName(QStringLiteral("newParticipantButton"));
    connect(add, &QPushButton::clicked, this, &CaseloadPage::newParticipantRequested);
    auto* importButton = new QPushButton(tr("&Import..."), this);
    importButton->setObjectName(QStringLiteral("importTrajectoryButton"));
    connect(importButton, &QPushButton::clicked, this, &CaseloadPage::importRequested);
    m_handover = new QPushButton(tr("&Hand over..."), this);
    m_handover->setObjectName(QStringLiteral("caseloadHandoverButton"));
    m_handover->setVisible(false);
    connect(m_handover, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            emit handoverRequested(current.data(CaseloadModel::IdRole).toString());
    });
    for (QPushButton* button : {today, add, importButton, m_handover})
        actions->addWidget(button);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    // Ctrl+F puts the cursor in the search field from anywhere on the page.
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    connect(m_search, &QLineEdit::textChanged, m_filter, &CaseloadFilter::setSearchText);
    connect(m_phase, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPhase(m_phase->currentData().toString()); });
    connect(m_profile, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setProfile(m_profile->currentData().toString()); });
    connect(m_overdue, &QCheckBox::toggled, m_filter, &CaseloadFilter::setOverdueOnly);
    connect(m_dueSoon, &QCheckBox::toggled, m_filter, &CaseloadFilter::setDueWithin14DaysOnly);
    for (auto signal : {&QSortFilterProxyModel::rowsInserted, &QSortFilterProxyModel::rowsRemoved})
        connect(m_filter, signal, this, &CaseloadPage::updateCount);
    connect(m_filter, &QSortFilterProxyModel::modelReset, this, &CaseloadPage::updateCount);
    connect(m_filter, &QSortFilterProxyModel::layoutChanged, this, &CaseloadPage::updateCount);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit participantActivated(index.data(CaseloadModel::IdRole).toString());
    });
    retranslate();
}

void CaseloadPage::setHandoverAvailable(bool available)
{
    m_handover->setVisible(available);
}

void CaseloadPage::refresh(const QDate& today, int autoLockMinutes)
{
    m_summary->refresh(autoLockMinutes);
    const Result<QList<CaseloadRow>> rows = Caseload::load(m_session.database(), today);
    m_problem->setText(rows ? QString() : rows.errors().join(u' '));
    m_problem->setVisible(!rows);
    m_model->setRows(rows ? rows.value() : QList<CaseloadRow>(), today);
    fillChoices();
    m_table->resizeColumnsToContents();
    updateCount();
    m_preparer->start(today);
}

void CaseloadPage::fillChoices()
{
    // The phases and profiles that occur, so a filter never offers an empty result.
    QStringList phases;
    QStringList profiles;
    for (const CaseloadRow& row : m_model->rows()) {
        if (!row.phase.isEmpty() && !phases.contains(row.phase))
            phases << row.phase;
        if (!profiles.contains(row.profile))
            profiles << row.profile;
    }
    phases.sort();
    profiles.sort();
    const auto fill = [](QComboBox* box, const QString& all, const QStringList& values) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString& value : values)
            box->addItem(value, value);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_phase, tr("All phases"), phases);
    fill(m_profile, tr("All agreements"), profiles);
    m_filter->setPhase(m_phase->currentData().toString());
    m_filter->setProfile(m_profile->currentData().toString());
}

const QList<CaseloadRow>& CaseloadPage::rows() const
{
    return m_model->rows();
}

QString CaseloadPage::countText() const
{
    return m_count->text();
}

void CaseloadPage::updateCount()
{
    m_count->setText(tr("%1 of %n participant(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

void CaseloadPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaseloadPage::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("name, address, number or begeleider"));
    m_overdue->setText(tr("O&verdue"));
    m_dueSoon->setText(tr("Due within &14 days"));
    if (m_phase->count() > 0)
        m_phase->setItemText(0, tr("All phases"));
    if (m_profile->count() > 0)
        m_profile->setItemText(0, tr("All agreements"));
    updateCount();
}
