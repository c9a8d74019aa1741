#pragma once

#include "store/AuditLog.h"
#include "trajectory/Trajectory.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class StoreSession;

// "Traject importeren": a trajectory file (the engine's JSON format) read and shown first —
// participant, agreements, every event, and where the engine says it stands today — and
// imported only when the engine accepts the whole history. A file that breaks a rule is
// refused with the engine's message naming the event.
class ImportTrajectoryDialog : public QDialog
{
    Q_OBJECT

public:
    ImportTrajectoryDialog(StoreSession& session, Actor actor, const QString& path, const QDate& today,
                           QWidget* parent = nullptr);

    [[nodiscard]] bool canImport() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString participantId() const;
    void import();

private:
    void preview(const QString& path);

    StoreSession& m_session;
    Actor m_actor;
    QDate m_today;
    std::optional<Trajectory> m_trajectory;
    QLabel* m_summary = nullptr;
    QTableWidget* m_events = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_importButton = nullptr;
};
