#include "team/TeamListener.h"

#include "team/TeamServer.h"

#include <QSqlDriver>
#include <QSqlQuery>

TeamListener::TeamListener(std::shared_ptr<const TeamLink::Credentials> credentials)
    : m_credentials(std::move(credentials))
{}

TeamListener::~TeamListener() = default;

void TeamListener::start()
{
    Result<std::unique_ptr<TeamConnection>> opened = m_credentials->connect();
    if (!opened) {
        emit lost(opened.errors().join(u' '));
        return;
    }
    m_connection = std::move(opened).value();
    QSqlQuery token(m_connection->database());
    if (!token.exec(QStringLiteral("SELECT thuis.team_kanaal()")) || !token.next() ||
        token.value(0).isNull()) {
        const QString reason = TeamConnection::describe(token.lastError());
        m_connection.reset();
        emit lost(reason);
        return;
    }
    const QString channel = QStringLiteral("thuis_") + token.value(0).toString();
    token.finish();
    QSqlDriver* driver = m_connection->database().driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                bool number = false;
                const qint64 position = payload.toString().toLongLong(&number);
                if (number)
                    emit landed(position);
            });
    if (!driver->subscribeToNotification(channel)) {
        const QString reason = TeamConnection::describe(driver->lastError());
        m_connection.reset();
        emit lost(reason);
        return;
    }
    m_check = new QTimer(this);
    m_check->setInterval(checkSeconds * 1000);
    connect(m_check, &QTimer::timeout, this, &TeamListener::check);
    m_check->start();
    emit listening();
}

void TeamListener::stop()
{
    if (m_check)
        m_check->stop();
    m_connection.reset();
}

void TeamListener::check()
{
    if (!m_connection)
        return;
    QSqlQuery query(m_connection->database());
    if (query.exec(QStringLiteral("SELECT 1")))
        return;
    const QString reason = TeamConnection::describe(query.lastError());
    stop();
    emit lost(reason);
}
