#pragma once

#include "team/TeamLink.h"

#include <QObject>
#include <QTimer>

#include <memory>

class TeamConnection;

// Hears when a colleague's items land on the team server (issue 19, team schema 3: PostgreSQL
// LISTEN/NOTIFY through QSqlDriver's notifications) on the team's channel, whose random token
// the server tells its members only (thuis.team_kanaal). Lives on a thread of its own with its
// own server connection, which stays open while the case file is unlocked; the payload is only
// the team's newest position, the pull that follows goes by the laptop's own cursor. Checked
// every minute (a dead connection is reported, and the app opens a new one at the next sync).
class TeamListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int checkSeconds = 60;

    explicit TeamListener(std::shared_ptr<const TeamLink::Credentials> credentials);
    ~TeamListener() override;

public slots:
    // Connects and listens; `listening` or `lost` tells how it went. Call on the listener's thread.
    void start();
    // Closes the connection; call on the listener's thread before it ends.
    void stop();

signals:
    void listening();
    // Items up to `position` of the team are on the server.
    void landed(qint64 position);
    void lost(const QString& reason);

private:
    void check();

    std::shared_ptr<const TeamLink::Credentials> m_credentials;
    std::unique_ptr<TeamConnection> m_connection;
    QTimer* m_check = nullptr;
};
