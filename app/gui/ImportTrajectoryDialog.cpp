#include "ImportTrajectoryDialog.h"

#include "common/DateText.h"
#include "common/InputFile.h"

#include "PageStyle.h"

#include "store/StoreSession.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportTrajectoryDialog::ImportTrajectoryDialog(StoreSession& session, Actor actor, const QString& path,
                                               const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(std::move(actor))
    , m_today(today)
    , m_summary(new QLabel(this))
    , m_events(new QTableWidget(0, 3, this))
    , m_problem(createProblemLabel(this))
{
    setObjectName(QStringLiteral("importTrajectoryDialog"));
    setWindowTitle(tr("Import trajectory"));
    m_summary->setWordWrap(true);
    m_events->setObjectName(QStringLiteral("importedEvents"));
    m_events->setHorizontalHeaderLabels({tr("Date"), tr("Event"), tr("Details")});
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportTrajectoryDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_events, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 26);
    preview(path);
}

void ImportTrajectoryDialog::preview(const QString& path)
{
    m_trajectory.reset();
    const Result<QByteArray> json = InputFile::read(path, InputFile::jsonLimit);
    if (!json) {
        m_problem->setText(json.errors().join(u' '));
        m_importButton->setEnabled(false);
        return;
    }
    const Result<Trajectory> trajectory = Trajectory::fromJson(json.value());
    if (!trajectory) {
        m_problem->setText(trajectory.errors().join(u'\n'));
        m_importButton->setEnabled(false);
        return;
    }
    m_events->setRowCount(int(trajectory->events.size()));
    for (int row = 0; row < trajectory->events.size(); ++row) {
        const TrajectoryEvent& event = trajectory->events.at(row);
        QStringList details;
        const QJsonObject fields = event.fields.toJsonObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            details << it.key() + QStringLiteral(": ") + EventFields::textOf(it.value());
        const QStringList texts{DateText::date(event.date), event.type, details.join(QStringLiteral("; "))};
        for (int column = 0; column < texts.size(); ++column)
            m_events->setItem(row, column, new QTableWidgetItem(texts.at(column)));
    }
    m_events->resizeColumnsToContents();

    const Result<TrajectoryEngine> engine = TrajectoryEngine::builtIn(trajectory->profileId);
    const Result<Evaluation> evaluation =
        engine ? engine->evaluate(trajectory.value(), m_today) : Result<Evaluation>::failure(engine.errors());
    m_summary->setText(tr("%1 (%2), agreements %3: %n event(s).", nullptr, int(trajectory->events.size()))
                           .arg(trajectory->deelnemer.naam, trajectory->deelnemer.id, trajectory->profileId) +
                       (evaluation ? u' ' + tr("Phase today: %1.").arg(evaluation->phase) : QString()));
    if (!evaluation) {
        m_problem->setText(tr("This file cannot be imported: %1").arg(evaluation.errors().join(u' ')));
        m_importButton->setEnabled(false);
        return;
    }
    m_problem->clear();
    m_trajectory = trajectory.value();
    m_importButton->setEnabled(true);
}

bool ImportTrajectoryDialog::canImport() const
{
    return m_trajectory.has_value();
}

QString ImportTrajectoryDialog::problem() const
{
    return m_problem->text();
}

QString ImportTrajectoryDialog::participantId() const
{
    return m_trajectory ? m_trajectory->deelnemer.id : QString();
}

void ImportTrajectoryDialog::import()
{
    if (!m_trajectory)
        return;
    const QString error =
        TrajectoryRepository(m_session.database())
            .importTrajectory(*m_trajectory, m_actor, m_today, m_session.clock().now().toUTC());
    if (!error.isEmpty()) {
        showWrapped(m_problem, error);
        return;
    }
    accept();
}
