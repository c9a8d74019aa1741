// The laptop the lost-acknowledgement test kills: it syncs a case file and is killed (SIGKILL)
// the moment the server has committed the first batch, before the laptop could note it.
//   team_sync_child FILE SOCKET-FOLDER PORT DATABASE USER
#include "store/EncryptedStore.h"
#include "team/TeamServer.h"
#include "team/TeamSync.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 6)
        return 2;
    auto store = EncryptedStore::open(arguments.at(1), SecretBytes(QByteArray("Kraanvogel-Zomer-2026")),
                                      KdfParameters::cheapForTestsOnly());
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errors().join(u' ')));
        return 1;
    }
    TeamServerAddress address;
    address.host = arguments.at(2);
    address.port = arguments.at(3).toInt();
    address.database = arguments.at(4);
    address.user = arguments.at(5);
    auto server = TeamConnection::open(address, SecretBytes());
    if (!server) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errors().join(u' ')));
        return 1;
    }
    SystemClock clock;
    TeamSync sync(store.value()->database(), server.value()->database(), clock);
    sync.setHooks({{}, [] { std::raise(SIGKILL); }});
    const Result<TeamSync::Report> report = sync.run();
    std::fprintf(stderr, "not killed: %s\n", qPrintable(report.errors().join(u' ')));
    return 1;
}
