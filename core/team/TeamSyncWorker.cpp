#include "team/TeamSyncWorker.h"

#include "store/EncryptedStore.h"
#include "team/ServerProbe.h"
#include "team/TeamLink.h"
#include "team/TeamServer.h"

#include <QEventLoop>
#include <QThread>

TeamSyncWorker::TeamSyncWorker(const EncryptedStore& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
{}

void TeamSyncWorker::run()
{
    QSqlDatabase caseFile;
    {
        // Scoped: no copy of the connection may outlive closeConnection below.
        const Result<QSqlDatabase> opened = m_store.openConnectionForThisThread();
        if (!opened) {
            emit finished({}, opened.errors().join(u' '));
            return;
        }
        caseFile = opened.value();
    }
    QString error;
    TeamSync::Report report;
    {
        const Result<std::shared_ptr<const TeamLink::Credentials>> credentials =
            TeamLink::credentials(caseFile);
        if (!credentials)
            error = credentials.errors().join(u' ');
        if (error.isEmpty()) {
            const TeamServerAddress& address = credentials.value()->address;
            emit progress(tr("Connecting to %1 ...").arg(address.host));
            Result<std::unique_ptr<TeamConnection>> server = credentials.value()->connect();
            if (!server) {
                error = server.errors().join(u' ');
                if (!ServerProbe::listening(address.host, address.port))
                    emit unreachable(error);
            } else {
                TeamSync sync(caseFile, server.value()->database(), m_clock);
                sync.setStopFlag(&m_stop);
                const Result<TeamSync::Report> result =
                    sync.run([this](const QString& line) { emit progress(line); });
                if (result)
                    report = result.value();
                else
                    error = result.errors().join(u' ');
            }
        }
    }
    EncryptedStore::closeConnection(caseFile);
    emit finished(report, error);
}

Result<TeamSync::Report> TeamSyncWorker::runAndWait(const EncryptedStore& store, const Clock& clock,
                                                    const TeamSync::Progress& progress)
{
    QThread thread;
    auto* worker = new TeamSyncWorker(store, clock);
    worker->moveToThread(&thread);
    QEventLoop loop;
    TeamSync::Report report;
    QString error;
    QObject::connect(&thread, &QThread::started, worker, &TeamSyncWorker::run);
    QObject::connect(worker, &TeamSyncWorker::progress, &loop, [&](const QString& line) {
        if (progress)
            progress(line);
    });
    QObject::connect(worker, &TeamSyncWorker::finished, &loop,
                     [&](const TeamSync::Report& result, const QString& failure) {
                         report = result;
                         error = failure;
                         loop.quit();
                     });
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    loop.exec();
    thread.quit();
    thread.wait();
    if (!error.isEmpty())
        return Result<TeamSync::Report>::failure(error);
    return report;
}
