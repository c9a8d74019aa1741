#pragma once

#include "store/AuditLog.h"
#include "team/TeamJoin.h"

#include <QDialog>
#include <QPointer>
#include <QThread>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class StoreSession;

// Bestand > Team... (issue 19): joining a team, or, for a linked case file, what it is linked to
// and leaving. Joining asks what the beheerder hands out: the server's address, the team's CA
// certificate, the personal certificate (PKCS#12) with its password, the user name and the team
// password. The connection is tested on a thread of its own before anything is saved; each
// failure says what to do. Leaving keeps every participant, form and event in the file.
class TeamDialog : public QDialog
{
    Q_OBJECT

public:
    TeamDialog(StoreSession& session, const Actor& actor, QWidget* parent = nullptr);
    ~TeamDialog() override;

    // What happened, for the main window's banner; empty when nothing changed.
    [[nodiscard]] QString outcomeMessage() const { return m_outcome; }
    // While a connection test runs: the dialog cannot be closed, the test ends by itself.
    [[nodiscard]] bool testing() const { return m_test != nullptr; }

    void reject() override;

private:
    QWidget* createJoinPage();
    QWidget* createLinkedPage();
    void showLinked();
    void chooseFile(QLineEdit* edit, const QString& filter);
    void updateJoinButton();
    void join();
    void joinTested(const TeamJoin::Outcome& outcome);
    void leave();

    StoreSession& m_session;
    Actor m_actor;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_authority = nullptr;
    QLineEdit* m_certificate = nullptr;
    QLineEdit* m_certificatePassword = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_joinButton = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_linkedText = nullptr;
    struct PendingJoin;
    std::unique_ptr<PendingJoin> m_pending; // the join whose connection is being tested
    QPointer<QThread> m_test;               // the connection test, while it runs
    QString m_outcome;
};
