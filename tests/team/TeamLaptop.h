#pragma once
// One begeleider's laptop in the team tests (issue 18, 19): an encrypted case file of its own,
// linked to the throwaway team server as one of the test's users, synced in the test's thread.
#include "QtCatch.h"
#include "StoreFixture.h"
#include "TeamTestServer.h"

#include "store/AuditLog.h"
#include "store/EncryptedStore.h"
#include "store/ParticipantRepository.h"
#include "store/TrajectoryRepository.h"
#include "team/TeamLink.h"
#include "team/TeamSync.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace teamtest {

using storefixture::create;
using storefixture::fixedNow;
using storefixture::tester;

// The day the laptops' events are recorded against.
inline const QDate laptopToday(2026, 11, 23);

// One begeleider's laptop: an encrypted case file linked to the team as `user`.
struct Laptop
{
    QTemporaryDir folder;
    std::unique_ptr<EncryptedStore> store;
    const TeamServer& server;
    const char* base; // the user, before the server's suffix
    ManualClock clock{fixedNow()};

    Laptop(const TeamServer& teamServer, const char* userBase)
        : server(teamServer)
        , base(userBase)
    {
        REQUIRE(folder.isValid());
        store = create(folder.filePath(QStringLiteral("dossier.thuis")));
    }

    QSqlDatabase database() const { return store->database(); }
    QString path() const { return store->path(); }

    void join()
    {
        const auto connection = server.as(base);
        const Result<QString> team = TeamLink::teamOnServer(connection->database());
        REQUIRE(team.ok());
        const QString error = TeamLink::join(database(), server.address(base), SecretBytes(), SecretBytes(),
                                             team.value(), tester(), clock.now());
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
    }

    Result<TeamSync::Report> trySync(const TeamSync::Hooks& hooks = {})
    {
        Result<std::unique_ptr<TeamConnection>> connection =
            TeamConnection::open(server.address(base), SecretBytes());
        if (!connection)
            return Result<TeamSync::Report>::failure(connection.errors());
        TeamSync sync(database(), connection.value()->database(), clock);
        sync.setHooks(hooks);
        return sync.run();
    }

    TeamSync::Report sync()
    {
        const Result<TeamSync::Report> report = trySync();
        INFO(report.errors().join(u' ').toStdString());
        REQUIRE(report.ok());
        return report.value();
    }

    void record(const QString& participant, const char* type, const char* date)
    {
        TrajectoryEvent event;
        event.type = QString::fromLatin1(type);
        event.date = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
        const QString error = TrajectoryRepository(database())
                                  .recordEvent(participant, event, tester(), laptopToday, clock.now());
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        clock.advance(60);
    }

    QStringList history(const QString& participant) const
    {
        const Result<QList<RecordedEvent>> events = TrajectoryRepository(database()).history(participant);
        REQUIRE(events.ok());
        QStringList found;
        for (const RecordedEvent& recorded : events.value())
            found << recorded.event.type + u' ' + recorded.event.date.toString(Qt::ISODate);
        return found;
    }

    void setPhone(const QString& participant, const char* phone)
    {
        ParticipantRepository repository(database());
        Result<ParticipantDetails> loaded = repository.load(participant);
        REQUIRE(loaded.ok());
        ParticipantDetails details = std::move(loaded).value();
        details.telefoon = QString::fromLatin1(phone);
        const QString error = repository.update(details, tester(), clock.now());
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        clock.advance(60);
    }

    int count(const QString& sql) const
    {
        QSqlQuery query(database());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }

    bool auditIntact() const
    {
        const AuditLog::Verification verification = AuditLog(database()).verify();
        INFO(verification.findings.join(u'\n').toStdString());
        return verification.intact;
    }
};

} // namespace teamtest
