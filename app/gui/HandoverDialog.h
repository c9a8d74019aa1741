#pragma once

#include "store/AuditLog.h"
#include "team/TeamHandover.h"
#include "team/TeamLink.h"

#include <QDialog>
#include <QPointer>
#include <QThread>

class QComboBox;
class QLabel;
class QPushButton;
class StoreSession;

// "Overdragen" (issue 19): the teamleider hands a participant to a colleague of the team, from
// the caseload or the dossier. Who holds them now and who may take them come from the team
// server, on a thread of its own; the server decides whether the handover is allowed. The new
// holder's laptop receives the dossier at its next sync; the old one removes it once nothing of
// it waits to be sent.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverDialog(StoreSession& session, const Actor& actor, const QString& participantId,
                   QWidget* parent = nullptr);
    ~HandoverDialog() override;

    [[nodiscard]] QString outcomeMessage() const { return m_outcome; }
    // The colleague chosen once the server has said who may take the participant (the review
    // queue: back to the one whose laptop holds refused items).
    void preferColleague(const QString& user) { m_preferred = user; }
    // While the server is asked: true (tests wait for it).
    [[nodiscard]] bool busy() const { return m_work != nullptr; }

    void reject() override;

private:
    void situationRead(const Result<TeamHandover::Situation>& situation);
    void handOver();
    void handedOver(const QString& colleague, const QString& error);

    StoreSession& m_session;
    Actor m_actor;
    QString m_participantId;
    std::shared_ptr<const TeamLink::Credentials> m_credentials;
    QLabel* m_holder = nullptr;
    QString m_holderName; // as the server said when the dialog opened
    QComboBox* m_colleagues = nullptr;
    QPushButton* m_handOverButton = nullptr;
    QLabel* m_problem = nullptr;
    QPointer<QThread> m_work;
    QString m_outcome;
    QString m_preferred;
};
