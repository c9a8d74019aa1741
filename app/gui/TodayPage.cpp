#include "TodayPage.h"

#include "PageStyle.h"
#include "common/DateText.h"

#include "forms/FormDefinition.h"
#include "trajectory/RuleNames.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TodayPage::TodayPage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("todayPage"));
    styleAsHeading(m_heading, 1.4);
    m_table->setObjectName(QStringLiteral("todayTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Due"), tr("Participant"), tr("Deadline"), tr("Status"), tr("Rule")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        emit participantActivated(m_table->item(index.row(), 1)->data(Qt::UserRole).toString());
    });
    auto* back = new QPushButton(tr("← &Back to My participants"), this);
    connect(back, &QPushButton::clicked, this, &TodayPage::backRequested);
    auto* escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &TodayPage::backRequested);
    addAction(escape);

    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addWidget(m_heading, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
}

void TodayPage::show(const QList<CaseloadRow>& rows, const QDate& today)
{
    const QList<CaseloadDeadline> due = Caseload::dueSoon(rows, today);
    // Final forms still waiting for a signature (Werkafspraak 4 / Bijlage 2a) follow the terms.
    QList<std::pair<const CaseloadRow*, const AwaitedSignature*>> unsigned_;
    for (const CaseloadRow& row : rows) {
        for (const AwaitedSignature& form : row.awaitingSignatures)
            unsigned_.append({&row, &form});
    }
    m_heading->setText(tr("Today, %1: %n deadline(s) overdue or due within 14 days", nullptr, int(due.size()))
                           .arg(DateText::date(today)) +
                       (unsigned_.isEmpty()
                            ? QString()
                            : tr(", %n form(s) waiting for a signature", nullptr, int(unsigned_.size()))));
    m_table->setRowCount(int(due.size() + unsigned_.size()));
    const auto fill = [this](int row, const QStringList& texts, const QColor& colour,
                             const QString& participantId) {
        for (int column = 0; column < texts.size(); ++column) {
            auto* cell = new QTableWidgetItem(texts.at(column));
            cell->setBackground(colour);
            m_table->setItem(row, column, cell);
        }
        m_table->item(row, 1)->setData(Qt::UserRole, participantId);
    };
    for (int row = 0; row < due.size(); ++row) {
        const CaseloadDeadline& item = due.at(row);
        const bool overdue = item.deadline.status == DeadlineStatus::Overdue;
        fill(row,
             {DateText::date(item.deadline.due), item.naam,
              RuleNames::deadline(item.deadline.rule, item.deadline.ref),
              overdue ? tr("overdue") : tr("due within 14 days"), item.deadline.citation},
             overdue ? QColor(0xf8, 0xd7, 0xd7) : QColor(0xfd, 0xeb, 0xc8), item.participantId);
    }
    for (int i = 0; i < unsigned_.size(); ++i) {
        const auto& [participant, form] = unsigned_.at(i);
        const Result<FormDefinition> definition = FormDefinition::builtIn(form->form, form->edition);
        fill(int(due.size()) + i,
             {DateText::date(form->finalisedOn), participant->naam,
              tr("%1: signature missing").arg(definition ? definition->title : form->form),
              tr("waiting for: %1").arg(form->missing.join(QStringLiteral(", "))),
              tr("Werkafspraak 4, Bijlage 2a: signed by all three parties")},
             QColor(0xfd, 0xeb, 0xc8), participant->id);
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}
