#include "ReviewDialog.h"

#include "HandoverDialog.h"
#include "PageStyle.h"

#include "common/DateText.h"
#include "store/StoreSession.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

QString aboutText(const QString& about)
{
    if (about == TeamReview::refusedAbout)
        return ReviewDialog::tr("refused by the server");
    return about == u"niet verwerkt" ? ReviewDialog::tr("not put in") : ReviewDialog::tr("at the same time");
}

// Where a refused item's participant is now, and so what would get the items sent.
QString refusedSituation(const TeamReview::Item& item)
{
    if (!item.notAssigned)
        return ReviewDialog::tr(
            "The server refused these for what they are, not for who holds the participant: "
            "handing over does not help. The begeleider looks at the reason (the number may "
            "be another person's) and sends them again once it is gone.");
    if (item.holder.isEmpty())
        return ReviewDialog::tr("This laptop knows no participant of the team by this number: the "
                                "begeleider checks the number (it may be another person's).");
    if (item.holder == item.author)
        return ReviewDialog::tr("%1 holds the participant again: their laptop sends the items at its next "
                                "sync.")
            .arg(item.author);
    return ReviewDialog::tr("%1 holds the participant now. Hand the participant back to %2 to have the "
                            "items sent; what both recorded is then compared as usual.")
        .arg(item.holder, item.author);
}

} // namespace

ReviewDialog::ReviewDialog(StoreSession& session, const Actor& actor, bool mayDecide, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(actor)
    , m_list(new QListWidget(this))
    , m_reason(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_authorTitle(new QLabel(this))
    , m_byAuthor(new QListWidget(this))
    , m_byOthers(new QListWidget(this))
    , m_note(new QLineEdit(this))
    , m_problem(createProblemLabel(this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("For review"));
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_verdict->setObjectName(QStringLiteral("reviewVerdict"));
    m_byAuthor->setObjectName(QStringLiteral("reviewByAuthor"));
    m_byOthers->setObjectName(QStringLiteral("reviewByOthers"));
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setPlaceholderText(tr("why (goes with the decision; the question for the begeleider)"));
    m_mayDecide = mayDecide;
    for (QLabel* label : {m_reason, m_verdict}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText); // the reason may come from another laptop: never markup
    }

    auto* details = new QWidget(this);
    auto* grid = new QGridLayout;
    grid->addWidget(m_authorTitle, 0, 0);
    grid->addWidget(new QLabel(tr("Recorded by the others:"), details), 0, 1);
    grid->addWidget(m_byAuthor, 1, 0);
    grid->addWidget(m_byOthers, 1, 1);
    auto* noteLabel = new QLabel(tr("&Note:"), details);
    noteLabel->setBuddy(m_note);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    m_keep = new QPushButton(tr("&Keep both"), details);
    m_keep->setObjectName(QStringLiteral("reviewKeep"));
    m_retract = new QPushButton(tr("&Retract the chosen event"), details);
    m_retract->setObjectName(QStringLiteral("reviewRetract"));
    m_ask = new QPushButton(tr("&Ask the begeleider"), details);
    m_ask->setObjectName(QStringLiteral("reviewAsk"));
    connect(m_keep, &QPushButton::clicked, this, [this] { decide(TeamReview::Decision::Keep); });
    connect(m_retract, &QPushButton::clicked, this, [this] { decide(TeamReview::Decision::Retract); });
    connect(m_ask, &QPushButton::clicked, this, [this] { decide(TeamReview::Decision::AskBegeleider); });
    m_handBack = new QPushButton(tr("&Hand back..."), details);
    m_handBack->setObjectName(QStringLiteral("reviewHandBack"));
    m_handBack->setVisible(false);
    connect(m_handBack, &QPushButton::clicked, this, &ReviewDialog::handBack);
    auto* decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_keep);
    decisionRow->addWidget(m_retract);
    decisionRow->addWidget(m_ask);
    decisionRow->addWidget(m_handBack);
    decisionRow->addStretch(1);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_reason);
    detailsLayout->addWidget(m_verdict);
    detailsLayout->addLayout(grid, 1);
    detailsLayout->addLayout(noteRow);
    detailsLayout->addLayout(decisionRow);
    if (!m_mayDecide) {
        for (QWidget* widget : std::initializer_list<QWidget*>{m_keep, m_retract, m_ask, m_note, noteLabel})
            widget->setVisible(false);
        auto* onlyLooking =
            new QLabel(tr("The teamleider decides; you see the items about your participants."), details);
        onlyLooking->setObjectName(QStringLiteral("reviewOnlyLooking"));
        detailsLayout->addWidget(onlyLooking);
    }
    detailsLayout->addWidget(m_problem);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({fontMetrics().averageCharWidth() * 50, fontMetrics().averageCharWidth() * 100});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 30);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReviewDialog::showItem);
    // One event chosen at a time, in either column.
    connect(m_byAuthor, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_byAuthor->selectedItems().isEmpty())
            m_byOthers->clearSelection();
        m_retract->setEnabled(chosenEvent().has_value());
    });
    connect(m_byOthers, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_byOthers->selectedItems().isEmpty())
            m_byAuthor->clearSelection();
        m_retract->setEnabled(chosenEvent().has_value());
    });
    fill();
}

void ReviewDialog::fill()
{
    const Result<QList<TeamReview::Item>> items = TeamReview::open(m_session.database());
    m_items = items ? items.value() : QList<TeamReview::Item>();
    m_problem->setText(items ? QString() : items.errors().join(u' '));
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const TeamReview::Item& item : std::as_const(m_items)) {
        QString text = item.participantName.isEmpty()
                           ? QStringLiteral("%1 · %2").arg(item.participantId, aboutText(item.about))
                           : QStringLiteral("%1 (%2) · %3")
                                 .arg(item.participantName, item.participantId, aboutText(item.about));
        if (item.about == TeamReview::refusedAbout)
            text += QStringLiteral(" (%1)").arg(item.author);
        if (!item.askedNote.isEmpty())
            text += u' ' + tr("· asked the begeleider");
        m_list->addItem(text);
    }
    for (QPushButton* button : {m_keep, m_ask})
        button->setEnabled(!m_items.isEmpty());
    if (m_items.isEmpty()) {
        m_reason->setText(tr("Nothing waits for review."));
        m_verdict->clear();
        m_authorTitle->clear();
        m_byAuthor->clear();
        m_byOthers->clear();
        m_retract->setEnabled(false);
        m_handBack->setVisible(false);
        return;
    }
    m_list->setCurrentRow(0);
    showItem(0);
}

void ReviewDialog::showItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    const TeamReview::Item& item = m_items.at(row);
    QString reason = tr("Flagged %1: %2").arg(DateText::moment(item.flaggedAt), item.reason);
    if (!item.askedNote.isEmpty())
        reason += u'\n' + tr("Asked the begeleider: %1").arg(item.askedNote);
    if (item.about == TeamReview::refusedAbout)
        reason += u'\n' + refusedSituation(item);
    m_reason->setText(reason);
    const QString verdict =
        TeamReview::verdict(m_session.database(), item.participantId, m_session.clock().now().date());
    m_verdict->setText(verdict.isEmpty() ? tr("The rules accept the history as it stands now.")
                                         : tr("What the rules say now: %1").arg(verdict));
    m_authorTitle->setText(item.author.isEmpty() ? tr("Recorded on this laptop:")
                                                 : tr("Recorded by %1:").arg(item.author));
    m_byAuthor->clear();
    m_byOthers->clear();
    const Result<QList<TeamReview::Event>> events =
        TeamReview::events(m_session.database(), item.participantId);
    if (!events) {
        m_problem->setText(events.errors().join(u' '));
        return;
    }
    for (const TeamReview::Event& event : events.value()) {
        QString text =
            QStringLiteral("%1. %2 %3").arg(event.place).arg(DateText::date(event.date), event.type);
        const bool byAuthor = !item.author.isEmpty() && event.author == item.author;
        if (!byAuthor)
            text += QStringLiteral(" (%1)").arg(event.author.isEmpty() ? tr("this laptop, not sent yet")
                                                                       : event.author);
        if (event.retracted)
            text += u' ' + tr("· retracted");
        auto* entry = new QListWidgetItem(text, byAuthor ? m_byAuthor : m_byOthers);
        entry->setData(Qt::UserRole, event.row);
        // A retracted event or a retraction cannot be retracted (again).
        if (event.retracted || event.type == u"gebeurtenis_herroepen")
            entry->setFlags(entry->flags() & ~Qt::ItemIsSelectable);
    }
    m_retract->setEnabled(false);
    m_problem->clear();
    showChoices(item);
}

void ReviewDialog::showChoices(const TeamReview::Item& item)
{
    const bool refused = item.about == TeamReview::refusedAbout;
    if (m_mayDecide) {
        for (QPushButton* button : {m_keep, m_retract, m_ask})
            button->setVisible(!refused);
        m_note->setEnabled(!refused);
        m_handBack->setVisible(refused);
        m_handBack->setEnabled(item.handBackHelps());
    }
    // A refused item's events are the team's, none of them the question: nothing to retract.
    for (QListWidget* list : {m_byAuthor, m_byOthers})
        list->setSelectionMode(refused ? QAbstractItemView::NoSelection : QAbstractItemView::SingleSelection);
    if (refused)
        m_authorTitle->setText(tr("Recorded by %1, as far as the team has it:").arg(item.author));
}

void ReviewDialog::handBack()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const TeamReview::Item item = m_items.at(row);
    HandoverDialog dialog(m_session, m_actor, item.participantId, this);
    dialog.preferColleague(item.author);
    if (dialog.exec() != QDialog::Accepted || m_session.state() != StoreSession::State::Unlocked)
        return;
    ++m_decisions; // the handover's audit row goes to the team with the decisions
    fill();        // the item stays until the laptop that holds it has sent it: now with its new holder
    for (int other = 0; other < m_items.size(); ++other) {
        const TeamReview::Item& again = m_items.at(other);
        if (again.about == item.about && again.author == item.author &&
            again.participantId == item.participantId)
            m_list->setCurrentRow(other);
    }
}

std::optional<qint64> ReviewDialog::chosenEvent() const
{
    for (const QListWidget* list : {m_byAuthor, m_byOthers}) {
        if (const QList<QListWidgetItem*> chosen = list->selectedItems(); !chosen.isEmpty())
            return chosen.first()->data(Qt::UserRole).toLongLong();
    }
    return std::nullopt;
}

void ReviewDialog::decide(TeamReview::Decision decision)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const QString error =
        TeamReview::decide(m_session.database(), m_items.at(row), decision, m_note->text().trimmed(),
                           chosenEvent(), m_actor, m_session.clock().now().date(), m_session.clock().now());
    if (!error.isEmpty()) {
        m_problem->setText(error);
        return;
    }
    ++m_decisions;
    m_note->clear();
    fill();
}
