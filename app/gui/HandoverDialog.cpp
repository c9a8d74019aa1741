#include "HandoverDialog.h"

#include "OffThread.h"
#include "PageStyle.h"

#include "store/ParticipantRepository.h"
#include "store/StoreSession.h"
#include "team/TeamHolders.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The team server's answer, read on the worker thread (its connection lives and dies there).
template <typename Value, typename Ask>
Result<Value> askServer(const std::shared_ptr<const TeamLink::Credentials>& credentials, Ask ask)
{
    const Result<std::unique_ptr<TeamConnection>> server = credentials->connect();
    if (!server)
        return Result<Value>::failure(server.errors());
    return ask(server.value()->database());
}

} // namespace

HandoverDialog::HandoverDialog(StoreSession& session, const Actor& actor, const QString& participantId,
                               QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(actor)
    , m_participantId(participantId)
    , m_holder(new QLabel(this))
    , m_colleagues(new QComboBox(this))
    , m_problem(createProblemLabel(this))
{
    setObjectName(QStringLiteral("handoverDialog"));
    setWindowTitle(tr("Hand over participant"));
    m_holder->setObjectName(QStringLiteral("handoverHolder"));
    m_colleagues->setObjectName(QStringLiteral("handoverColleague"));
    m_colleagues->setEnabled(false);

    const Result<ParticipantDetails> participant =
        ParticipantRepository(session.database()).load(participantId);
    auto* name = new QLabel(
        participant ? QStringLiteral("%1 (%2)").arg(participant->naam, participantId) : participantId, this);
    auto* form = new QFormLayout;
    form->addRow(tr("Participant:"), name);
    form->addRow(tr("Held by:"), m_holder);
    auto* label = new QLabel(tr("Hand over &to:"), this);
    label->setBuddy(m_colleagues);
    form->addRow(label, m_colleagues);
    auto* note = new QLabel(tr("The new begeleider's laptop receives the whole dossier at its next sync; the "
                               "previous one removes it once nothing of it waits to be sent."),
                            this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_handOverButton = buttons->addButton(tr("&Hand over"), QDialogButtonBox::AcceptRole);
    m_handOverButton->setObjectName(QStringLiteral("handOverButton"));
    m_handOverButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoverDialog::handOver);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    const Result<std::shared_ptr<const TeamLink::Credentials>> credentials =
        TeamLink::credentials(session.database());
    if (!credentials) {
        m_problem->setText(credentials.errors().join(u' '));
        return;
    }
    m_credentials = credentials.value();
    m_holder->setText(tr("asking the team server..."));
    m_work = runOffThread(
        this,
        [credentials = m_credentials, participantId] {
            return askServer<TeamHandover::Situation>(credentials, [&](const QSqlDatabase& server) {
                return TeamHandover::situation(server, participantId);
            });
        },
        [this](const Result<TeamHandover::Situation>& situation) { situationRead(situation); });
}

HandoverDialog::~HandoverDialog()
{
    if (m_work)
        m_work->wait();
}

void HandoverDialog::reject()
{
    if (!busy())
        QDialog::reject();
}

void HandoverDialog::situationRead(const Result<TeamHandover::Situation>& situation)
{
    m_work = nullptr;
    if (!situation) {
        m_holder->clear();
        m_problem->setText(situation.errors().join(u' '));
        return;
    }
    m_holderName = situation->holder;
    m_holder->setText(situation->holder);
    for (const TeamHandover::Colleague& colleague : situation->colleagues) {
        if (colleague.user == situation->holder)
            continue;
        m_colleagues->addItem(QStringLiteral("%1 (%2)").arg(colleague.user, colleague.function),
                              colleague.user);
    }
    const int preferred = m_colleagues->findData(m_preferred);
    if (preferred >= 0)
        m_colleagues->setCurrentIndex(preferred);
    // Asked to hand back to one who cannot take them now: never to whoever sorts first instead.
    const bool missing = !m_preferred.isEmpty() && preferred < 0;
    m_colleagues->setEnabled(m_colleagues->count() > 0 && !missing);
    m_handOverButton->setEnabled(m_colleagues->count() > 0 && !missing);
    if (missing)
        m_problem->setText(tr("%1 cannot take the participant now: they hold them already, or are no longer "
                              "an active begeleider of the team.")
                               .arg(m_preferred));
    else if (m_colleagues->count() == 0)
        m_problem->setText(tr("The team has no other active begeleider to hand over to."));
    m_colleagues->setFocus();
}

void HandoverDialog::handOver()
{
    if (busy() || !m_credentials || m_colleagues->currentIndex() < 0)
        return;
    const QString colleague = m_colleagues->currentData().toString();
    m_problem->clear();
    m_handOverButton->setEnabled(false);
    m_work = runOffThread(
        this,
        [credentials = m_credentials, participantId = m_participantId, holder = m_holderName, colleague] {
            const Result<bool> done = askServer<bool>(credentials, [&](const QSqlDatabase& server) {
                const QString error = TeamHandover::handOver(server, participantId, holder, colleague);
                return error.isEmpty() ? Result<bool>(true) : Result<bool>::failure(error);
            });
            return done ? QString() : done.errors().join(u' ');
        },
        [this, colleague](const QString& error) { handedOver(colleague, error); });
}

void HandoverDialog::handedOver(const QString& colleague, const QString& error)
{
    m_work = nullptr;
    if (!error.isEmpty()) {
        m_problem->setText(error);
        m_handOverButton->setEnabled(true);
        return;
    }
    // The server has it, and its own record of it (thuis.overdracht). Here the holder is noted at
    // once (the next sync says it again), and the handover is an audit row about the participant
    // ("overdracht": from whom, to whom) that goes to the team like every such row. Locked
    // meanwhile (the inactivity lock): nothing may be written; the server's record stands.
    if (m_session.state() != StoreSession::State::Unlocked) {
        m_outcome = tr("%1 is handed over to %2 on the team server; the case file was locked meanwhile, so "
                       "this laptop notes it at its next sync.")
                        .arg(m_participantId, colleague);
        done(QDialog::Accepted);
        return;
    }
    const QDateTime now = m_session.clock().now();
    QString note = TeamHolders::set(m_session.database(), m_participantId, colleague);
    if (note.isEmpty())
        note = AuditLog(m_session.database())
                   .append({now, m_actor, QStringLiteral("overdracht"), m_participantId, m_holderName,
                            colleague});
    m_outcome = tr("%1 is handed over to %2: their laptop receives the dossier at its next sync.")
                    .arg(m_participantId, colleague);
    if (!note.isEmpty())
        m_outcome += u' ' + tr("(Not noted in this case file: %1)").arg(note);
    accept();
}
