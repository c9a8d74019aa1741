// The team in the app (issue 19), against the throwaway PostgreSQL 15 of the team tests: a
// linked case file syncs on its own thread right after the unlock and on F5, the status bar says
// how it stands (last sync, items waiting, offline), and a lock in the middle of a sync loses
// nothing.
#include "GuiFixture.h"
#include "StoreFixture.h"
#include "TeamCertificates.h"
#include "TeamLaptop.h"
#include "TeamTestServer.h"

#include "CaseloadPage.h"
#include "DashboardPage.h"
#include "DossierPage.h"
#include "HandoverDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "Questions.h"
#include "ReviewDialog.h"
#include "TeamDialog.h"
#include "TeamSyncController.h"

#include "common/DateText.h"
#include "store/ParticipantRepository.h"
#include "store/TeamOutbox.h"
#include "store/TrajectoryRepository.h"
#include "team/TeamCredentials.h"
#include "team/TeamHolders.h"
#include "team/TeamLink.h"
#include "team/TeamReview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace teamtest;

namespace {

const char* const strongPassphrase = "kraanvogel zomer fietsbel lantaarn";
constexpr int syncTimeoutMs = 20'000;

// Anna's case file with participant TW-1 and two events, linked to the team and closed: the
// window opens it from the passphrase page.
void prepareLinkedFile(WindowFixture& fixture, const TeamServer& server)
{
    const QString path = fixture.folder.filePath(QStringLiteral("anna.thuis"));
    REQUIRE(fixture.session.create(path, SecretBytes(QByteArray(strongPassphrase))).ok);
    storefixture::addParticipant(*fixture.session.store(), QStringLiteral("TW-1"));
    TrajectoryRepository events(fixture.session.database());
    for (const char* type : {"aanmelding", "toestemming_gegeven"}) {
        TrajectoryEvent event;
        event.type = QString::fromLatin1(type);
        event.date = QDate(2026, 11, 2);
        REQUIRE(events
                    .recordEvent(QStringLiteral("TW-1"), event, storefixture::tester(), QDate(2026, 11, 23),
                                 fixture.clock.now())
                    .isEmpty());
    }
    const Result<QString> team = TeamLink::teamOnServer(server.as("anna")->database());
    REQUIRE(team.ok());
    REQUIRE(TeamLink::join(fixture.session.database(), server.address("anna"), SecretBytes(), SecretBytes(),
                           team.value(), storefixture::tester(), fixture.clock.now())
                .isEmpty());
    fixture.session.close();
    fixture.settings.setLastStorePath(path);
}

int itemsOnServer(const TeamServer& server)
{
    QSqlQuery query(server.admin->database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM thuis.item")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

int waitingHere(const WindowFixture& fixture)
{
    QSqlQuery query(fixture.session.database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM outbox")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

bool syncEnded(const MainWindow& window)
{
    return QTest::qWaitFor([&] { return !window.teamSync()->isRunning(); }, syncTimeoutMs);
}

QString statusBarText(const MainWindow& window)
{
    const auto* label = window.findChild<QLabel*>(QStringLiteral("teamStatus"));
    REQUIRE(label != nullptr);
    return label->isVisibleTo(&window) ? label->text() : QString();
}

// One more event for TW-1, recorded as the app does (engine first, then the case file).
void recordConsent(WindowFixture& fixture)
{
    TrajectoryEvent event;
    event.type = QStringLiteral("toestemming_gegeven");
    event.date = QDate(2026, 11, 20);
    REQUIRE(TrajectoryRepository(fixture.session.database())
                .recordEvent(QStringLiteral("TW-1"), event, storefixture::tester(), QDate(2026, 11, 23),
                             fixture.clock.now())
                .isEmpty());
}

// Anna (begeleider of team noord) opens her linked case file in `window` from the passphrase
// page, as she would; the sync that starts right after the unlock, on its own thread (the
// window stays usable meanwhile), has ended.
void openAnnasLinkedFile(const TeamServer& server, WindowFixture& fixture, MainWindow& window)
{
    server.addUser("anna", "begeleider", "noord");
    prepareLinkedFile(fixture, server);
    window.resize(1366, 768);
    window.show();
    window.showStart();
    typePassphraseAndEnter(window, strongPassphrase);
    REQUIRE(syncEnded(window));
}

} // namespace

TEST_CASE("A linked case file syncs after the unlock and on F5, and the status bar says how it stands",
          "[gui][team]")
{
    TeamServer server;
    WindowFixture fixture;
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    openAnnasLinkedFile(server, fixture, window);
    QCoreApplication::processEvents();
    CHECK(window.teamSync()->state() == TeamSyncController::State::Idle);
    const int sent = itemsOnServer(server);
    CHECK(sent >= 3); // the participant and its two events, with their audit rows
    CHECK(waitingHere(fixture) == 0);
    CHECK(statusBarText(window).contains(QStringLiteral("laatst gesynchroniseerd 23-11-2026")));
    CHECK(statusBarText(window).contains(QStringLiteral("0 items wachtend")));

    // A change waits, and says so; F5 sends it.
    recordConsent(fixture);
    window.teamSync()->refreshStatus();
    CHECK(statusBarText(window).contains(QStringLiteral("1 item wachtend")));
    QTest::keyClick(&window, Qt::Key_F5);
    CHECK(window.teamSync()->isRunning());
    REQUIRE(syncEnded(window));
    QCoreApplication::processEvents();
    CHECK(itemsOnServer(server) == sent + 1);
    CHECK(statusBarText(window).contains(QStringLiteral("0 items wachtend")));
    const auto* explain = window.findChild<QToolButton*>(QStringLiteral("teamExplain"));
    REQUIRE(explain != nullptr);
    CHECK_FALSE(explain->isVisibleTo(&window)); // nothing more to say
    saveScreenshot(window, "team-status-synced.png");

    // The server out of reach: offline, the change kept, an explanation at hand.
    QSqlQuery move(fixture.session.database());
    REQUIRE(move.exec(QStringLiteral("UPDATE team_link SET address = replace(address, 'port=%1', 'port=1')")
                          .arg(serverPort())));
    REQUIRE(move.numRowsAffected() == 1);
    recordConsent(fixture);
    QTest::keyClick(&window, Qt::Key_F5);
    REQUIRE(syncEnded(window));
    QCoreApplication::processEvents();
    CHECK(window.teamSync()->state() == TeamSyncController::State::Offline);
    CHECK(statusBarText(window).contains(QStringLiteral("offline")));
    CHECK(statusBarText(window).contains(QStringLiteral("1 item wachtend")));
    CHECK(explain->isVisibleTo(&window));
    CHECK(window.teamSync()->explanation().contains(QStringLiteral("niet bereikbaar")));
    CHECK(waitingHere(fixture) == 1);
    saveScreenshot(window, "team-status-offline.png");
}

TEST_CASE("Locking in the middle of a sync that hangs on the server: the sync ends first, then the file "
          "locks, and nothing is lost",
          "[gui][team]")
{
    TeamServer server;
    WindowFixture fixture;
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    openAnnasLinkedFile(server, fixture, window);
    const int before = itemsOnServer(server);

    // The server's item table held by someone else: the sync's push waits for it (at most its
    // lock_timeout, 15 s), well past the 3 s a lock gives what waits.
    QSqlDatabase holder = server.admin->database();
    REQUIRE(holder.transaction());
    REQUIRE(QSqlQuery(holder).exec(QStringLiteral("LOCK TABLE thuis.item IN ACCESS EXCLUSIVE MODE")));
    for (int i = 0; i < 40; ++i)
        recordConsent(fixture);
    QTest::keyClick(&window, Qt::Key_F5);
    REQUIRE(window.teamSync()->isRunning());
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    // The lock waited for the sync to end (its own connection writes to the file): none runs
    // now, and only then did the file lock.
    CHECK_FALSE(window.teamSync()->isRunning());
    CHECK(fixture.session.state() == StoreSession::State::Locked);
    CHECK(statusBarText(window).isEmpty()); // nothing of the team on a locked screen
    REQUIRE(holder.rollback());

    typePassphraseAndEnter(window, strongPassphrase);
    REQUIRE(fixture.session.state() == StoreSession::State::Unlocked);
    REQUIRE(syncEnded(window));
    QCoreApplication::processEvents();
    CHECK(waitingHere(fixture) == 0);
    CHECK(itemsOnServer(server) == before + 40);
}

TEST_CASE("A person removed from the team (a lost laptop) is stopped at once: refused, explained, nothing "
          "on the laptop lost",
          "[gui][team]")
{
    TeamServer server;
    WindowFixture fixture;
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    openAnnasLinkedFile(server, fixture, window);

    REQUIRE(TeamAdministration(server.admin->database()).removeUser(server.name("anna")).isEmpty());
    recordConsent(fixture);
    QTest::keyClick(&window, Qt::Key_F5);
    REQUIRE(syncEnded(window));
    QCoreApplication::processEvents();
    // The server answered and refused: not "offline", a problem with its reason.
    CHECK(window.teamSync()->state() == TeamSyncController::State::Problem);
    CHECK(statusBarText(window).contains(QStringLiteral("mislukt")));
    CHECK(window.teamSync()->explanation().contains(server.name("anna")));
    CHECK(waitingHere(fixture) == 1);
}

namespace {

// Tess, teamleider of the team, opens her own (empty) case file linked to the team in `window`;
// the first sync, right after the unlock, has brought the team's participants.
void openTeamleidersWindow(const TeamServer& server, WindowFixture& fixture, MainWindow& window)
{
    fixture.settings.setUserProfile(
        {QStringLiteral("Tess Leider"), QStringLiteral("teamleider"), QStringLiteral("teamleider")});
    const QString path = fixture.folder.filePath(QStringLiteral("tess.thuis"));
    REQUIRE(fixture.session.create(path, SecretBytes(QByteArray(strongPassphrase))).ok);
    const Result<QString> team = TeamLink::teamOnServer(server.as("tess")->database());
    REQUIRE(team.ok());
    REQUIRE(TeamLink::join(fixture.session.database(), server.address("tess"), SecretBytes(), SecretBytes(),
                           team.value(), storefixture::tester(), fixture.clock.now())
                .isEmpty());
    fixture.session.close();
    fixture.settings.setLastStorePath(path);
    window.resize(1366, 768);
    window.show();
    window.showStart();
    typePassphraseAndEnter(window, strongPassphrase);
    REQUIRE(syncEnded(window));
    QCoreApplication::processEvents();
}

// Runs `drive` on the Team dialog once Bestand > Team... has opened it (modal), and says whether
// it got there.
bool withTeamDialog(MainWindow& window, const std::function<void(TeamDialog&)>& drive)
{
    bool driven = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<TeamDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        drive(*dialog);
        driven = true;
        // done(), not reject(): a dialog refuses to close while the server is asked, and a test
        // that failed half-way must not leave it open (exec() would never return).
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    auto* action = window.findChild<QAction*>(QStringLiteral("teamAction"));
    if (!action || !action->isEnabled())
        return false;
    action->trigger();
    return driven;
}

QString problemOf(const TeamDialog& dialog)
{
    const auto* label = dialog.findChild<QLabel*>(QStringLiteral("problem"));
    return label ? label->text() : QStringLiteral("(no problem label)");
}

// Clicks "Test connection and join" and waits until the test on its own thread has ended.
bool tryJoin(TeamDialog& dialog)
{
    auto* join = dialog.findChild<QPushButton*>(QStringLiteral("joinButton"));
    if (!join || !join->isEnabled())
        return false;
    join->click();
    return QTest::qWaitFor([&] { return !dialog.testing(); }, syncTimeoutMs);
}

} // namespace

TEST_CASE("Joining a team in the app: the connection tested before anything is saved, a failure in words, "
          "and leaving keeps the case file whole",
          "[gui][team][join]")
{
    TeamServer server;
    server.addUser("anna", "begeleider", "noord");
    const QByteArray teamPassword = "lantaarn-fietsbel-42";
    REQUIRE(TeamAdministration(server.admin->database())
                .setPassword(server.name("anna"), SecretBytes(QByteArray(teamPassword)))
                .isEmpty());
    QTemporaryDir certificates;
    REQUIRE(certificates.isValid());
    const QString annasBundle = bundle(certificates,
                                       issue(certificates, server.name("anna"),
                                             socketFolder() + QStringLiteral("/tls"), QStringLiteral("anna")),
                                       QStringLiteral("anna"), QStringLiteral("p12-geheim"));

    WindowFixture fixture;
    // The test certificates are made now and valid for a day.
    fixture.clock.advance(fixture.clock.now().secsTo(QDateTime::currentDateTime()));
    const QString path = fixture.folder.filePath(QStringLiteral("anna.thuis"));
    REQUIRE(fixture.session.create(path, SecretBytes(QByteArray(strongPassphrase))).ok);
    storefixture::addParticipant(*fixture.session.store(), QStringLiteral("TW-1"));
    fixture.session.close();
    fixture.settings.setLastStorePath(path);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.resize(1366, 768);
    window.show();
    window.showStart();
    typePassphraseAndEnter(window, strongPassphrase);
    REQUIRE(fixture.session.state() == StoreSession::State::Unlocked);
    CHECK(statusBarText(window).isEmpty()); // not linked: nothing of a team shown

    QString wrongPasswordProblem;
    QStringList leftOver{QStringLiteral("(not looked)")};
    bool joined = false;
    CHECK(withTeamDialog(window, [&](TeamDialog& dialog) {
        dialog.findChild<QLineEdit*>(QStringLiteral("teamHost"))->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QSpinBox*>(QStringLiteral("teamPort"))->setValue(serverPort());
        dialog.findChild<QLineEdit*>(QStringLiteral("teamDatabase"))->setText(server.database);
        dialog.findChild<QLineEdit*>(QStringLiteral("teamAuthority"))
            ->setText(socketFolder() + QStringLiteral("/tls/ca.crt"));
        dialog.findChild<QLineEdit*>(QStringLiteral("teamCertificate"))->setText(annasBundle);
        dialog.findChild<QLineEdit*>(QStringLiteral("teamCertificatePassword"))
            ->setText(QStringLiteral("p12-geheim"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("teamPassword"));
        password->setText(QStringLiteral("verkeerd"));
        if (!tryJoin(dialog))
            return;
        wrongPasswordProblem = problemOf(dialog);
        // The certificate files made for the attempt went with it.
        leftOver =
            QDir(fixture.folder.path()).entryList({QStringLiteral("anna.thuis.team-*")}, QDir::AllEntries);
        saveScreenshot(dialog, "team-join-wrong-password.png");
        password->setText(QString::fromLatin1(teamPassword));
        if (!tryJoin(dialog))
            return;
        joined = QTest::qWaitFor([&] { return !dialog.isVisible(); }, syncTimeoutMs);
        INFO(problemOf(dialog).toStdString());
    }));
    INFO(wrongPasswordProblem.toStdString());
    CHECK(wrongPasswordProblem.contains(QStringLiteral("teamwachtwoord")));
    CHECK(leftOver.isEmpty());
    REQUIRE(joined);
    // Linked; the first sync sent what the file held; the certificate files are the user's alone.
    const Result<std::optional<TeamLink::Details>> link = TeamLink::read(fixture.session.database());
    REQUIRE(link.ok());
    REQUIRE(link.value());
    CHECK(link.value()->team == u"noord");
    CHECK(link.value()->address.user == server.name("anna"));
    const QString credentials =
        TeamCredentials::folderOf(path, link.value()->address.tls.value(QStringLiteral("sslkey")));
    REQUIRE_FALSE(credentials.isEmpty());
    REQUIRE(syncEnded(window));
    QCoreApplication::processEvents();
    CHECK(window.teamSync()->state() == TeamSyncController::State::Idle);
    CHECK(itemsOnServer(server) >= 1);
    CHECK(statusBarText(window).contains(QStringLiteral("laatst gesynchroniseerd")));
    saveScreenshot(window, "team-joined.png");

    // Leaving: asked first, then the link and its certificate files go, the participant stays.
    Questions::setNextAnswer(QMessageBox::Yes);
    bool left = false;
    CHECK(withTeamDialog(window, [&](TeamDialog& dialog) {
        const auto* text = dialog.findChild<QLabel*>(QStringLiteral("teamLinkedText"));
        CHECK((text && text->text().contains(QStringLiteral("noord"))));
        saveScreenshot(dialog, "team-linked.png");
        dialog.findChild<QPushButton*>(QStringLiteral("leaveButton"))->click();
        left = !dialog.isVisible();
    }));
    CHECK(left);
    CHECK(Questions::lastText().contains(QStringLiteral("noord")));
    const Result<std::optional<TeamLink::Details>> after = TeamLink::read(fixture.session.database());
    REQUIRE(after.ok());
    CHECK_FALSE(after.value());
    CHECK_FALSE(QFileInfo::exists(credentials));
    CHECK(waitingHere(fixture) == 0);
    QSqlQuery leaving(fixture.session.database());
    REQUIRE(leaving.exec(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'team' AND new_value IS NULL")));
    REQUIRE(leaving.next());
    CHECK(leaving.value(0).toInt() == 1); // the row that says the file left
    CHECK(ParticipantRepository(fixture.session.database()).load(QStringLiteral("TW-1")).ok());
    QCoreApplication::processEvents();
    CHECK(statusBarText(window).isEmpty());
}

TEST_CASE(
    "The teamleider hands a participant over in the app: the new begeleider's laptop receives the whole "
    "dossier, the old one lets it go, and all see who holds it",
    "[gui][team][handover]")
{
    TeamServer server;
    server.addUser("tess", "teamleider", "noord");
    server.addUser("anna", "begeleider", "noord");
    server.addUser("bert", "begeleider", "noord");
    Laptop anna(server, "anna");
    anna.join();
    storefixture::addParticipant(*anna.store, QStringLiteral("TW-1"));
    anna.record(QStringLiteral("TW-1"), "aanmelding", "2026-11-02");
    anna.record(QStringLiteral("TW-1"), "toestemming_gegeven", "2026-11-02");
    anna.sync();
    Laptop bert(server, "bert");
    bert.join();
    bert.sync();
    CHECK(bert.count(QStringLiteral("SELECT count(*) FROM participant")) == 0);

    // Tess, the teamleider, opens her linked case file: the sync brings the team's participants.
    WindowFixture fixture;
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    openTeamleidersWindow(server, fixture, window);
    CHECK(TeamHolders::of(fixture.session.database(), QStringLiteral("TW-1")).value() == server.name("anna"));

    // A teamleider opens on the dashboard, which counts what the sync brought, as of that sync.
    auto* dashboard = window.findChild<DashboardPage*>();
    REQUIRE(dashboard != nullptr);
    REQUIRE(dashboard->isVisible());
    CHECK(dashboard->figures().participants == 1);
    const auto* teamState = dashboard->findChild<QLabel*>(QStringLiteral("dashboardTeamState"));
    REQUIRE(teamState != nullptr);
    CHECK(teamState->isVisibleTo(&window));
    CHECK(teamState->text().contains(DateText::moment(fixture.clock.now())));

    window.showCaseload();
    auto* caseload = window.findChild<CaseloadPage*>();
    REQUIRE(caseload != nullptr);
    REQUIRE(caseload->table()->model()->rowCount() == 1);
    caseload->table()->selectRow(0);
    auto* handover = window.findChild<QPushButton*>(QStringLiteral("caseloadHandoverButton"));
    REQUIRE(handover != nullptr);
    REQUIRE(handover->isVisibleTo(&window));

    QString holderShown;
    QString holderRightAfter;
    QStringList offered;
    bool handedOver = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<HandoverDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (QTest::qWaitFor([&] { return !dialog->busy(); }, syncTimeoutMs)) {
            holderShown = dialog->findChild<QLabel*>(QStringLiteral("handoverHolder"))->text();
            auto* colleague = dialog->findChild<QComboBox*>(QStringLiteral("handoverColleague"));
            for (int i = 0; i < colleague->count(); ++i)
                offered << colleague->itemData(i).toString();
            colleague->setCurrentIndex(colleague->findData(server.name("bert")));
            saveScreenshot(*dialog, "team-handover.png");
            dialog->findChild<QPushButton*>(QStringLiteral("handOverButton"))->click();
            handedOver = QTest::qWaitFor([&] { return !dialog->isVisible(); }, syncTimeoutMs);
            // Noted here at once, before any sync says it again.
            holderRightAfter = TeamHolders::of(fixture.session.database(), QStringLiteral("TW-1")).value();
        }
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    handover->click();
    CHECK(holderShown == server.name("anna"));
    // The current holder is not offered; the teamleider is (a teamleider may hold participants).
    CHECK(offered == QStringList{server.name("bert"), server.name("tess")});
    REQUIRE(handedOver);
    CHECK(holderRightAfter == server.name("bert"));
    REQUIRE(syncEnded(window));
    QCoreApplication::processEvents();

    // The server holds it; Tess's file says so, at once and after the sync.
    QSqlQuery assigned(server.admin->database());
    REQUIRE(assigned.exec(QStringLiteral("SELECT begeleider FROM thuis.deelnemer WHERE id = 'TW-1'")));
    REQUIRE(assigned.next());
    CHECK(assigned.value(0).toString() == server.name("bert"));
    CHECK(TeamHolders::of(fixture.session.database(), QStringLiteral("TW-1")).value() == server.name("bert"));
    // The handover itself is on the server's record, as an audit item naming both.
    QSqlQuery record(server.admin->database());
    REQUIRE(record.exec(QStringLiteral("SELECT count(*) FROM thuis.item WHERE deelnemer = 'TW-1' AND "
                                       "inhoud->>'entiteit' = 'overdracht' AND inhoud->>'nieuw' = '%1'")
                            .arg(server.name("bert"))));
    REQUIRE(record.next());
    INFO(window.findChild<MessageBanner*>()->text().toStdString());
    CHECK(record.value(0).toInt() == 1);
    // And on the server's own record, made in the handover's transaction.
    QSqlQuery serverRecord(server.admin->database());
    REQUIRE(serverRecord.exec(
        QStringLiteral("SELECT van, naar, door FROM thuis.overdracht WHERE deelnemer = 'TW-1'")));
    REQUIRE(serverRecord.next());
    CHECK(serverRecord.value(0).toString() == server.name("anna"));
    CHECK(serverRecord.value(1).toString() == server.name("bert"));
    CHECK(serverRecord.value(2).toString() == server.name("tess"));

    // Bert's laptop receives the whole history; Anna's lets the participant go.
    bert.sync();
    CHECK(bert.history(QStringLiteral("TW-1")) == anna.history(QStringLiteral("TW-1")));
    CHECK(TeamHolders::of(bert.database(), QStringLiteral("TW-1")).value() == server.name("bert"));
    const TeamSync::Report annasSync = anna.sync();
    CHECK(annasSync.removed == 1);
    CHECK(anna.count(QStringLiteral("SELECT count(*) FROM participant")) == 0);
    CHECK(anna.auditIntact());

    // The dossier on Tess's laptop says who holds it, and offers the handover there too.
    caseload->table()->selectRow(0);
    QTest::keyClick(caseload->table(), Qt::Key_Return);
    auto* dossier = window.findChild<DossierPage*>();
    REQUIRE(dossier != nullptr);
    REQUIRE(dossier->participantId() == u"TW-1");
    const auto* holder = dossier->findChild<QLabel*>(QStringLiteral("dossierHolder"));
    REQUIRE(holder != nullptr);
    CHECK(holder->text().contains(server.name("bert")));
    CHECK(dossier->findChild<QPushButton*>(QStringLiteral("handoverButton"))->isVisibleTo(&window));
    saveScreenshot(window, "team-dossier-holder.png");
}

TEST_CASE("The teamleider's dashboard follows the team: a colleague's sync shows within seconds, without F5",
          "[gui][team][notify]")
{
    TeamServer server;
    server.addUser("tess", "teamleider", "noord");
    server.addUser("anna", "begeleider", "noord");
    Laptop anna(server, "anna");
    anna.join();
    storefixture::addParticipant(*anna.store, QStringLiteral("TW-1"));
    anna.sync();

    WindowFixture fixture;
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    openTeamleidersWindow(server, fixture, window);
    auto* dashboard = window.findChild<DashboardPage*>();
    REQUIRE(dashboard != nullptr);
    REQUIRE(dashboard->isVisible());
    REQUIRE(dashboard->figures().participants == 1);

    // Once Tess's laptop listens, Anna, on her own laptop, takes on a second participant and
    // syncs; Tess does nothing.
    REQUIRE(QTest::qWaitFor([&] { return window.teamSync()->isListening(); }, syncTimeoutMs));
    storefixture::addParticipant(*anna.store, QStringLiteral("TW-2"));
    anna.sync();
    CHECK(QTest::qWaitFor([&] { return dashboard->figures().participants == 2; }, syncTimeoutMs));
    CHECK(dashboard->isVisible());
    saveScreenshot(window, "team-dashboard-followed.png");

    // Tess's laptop keeps one connection open to listen, and none once the file is locked.
    const auto tessConnections = [&] {
        QSqlQuery listening(server.admin->database());
        REQUIRE(listening.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1'")
                                   .arg(server.name("tess"))));
        REQUIRE(listening.next());
        return listening.value(0).toInt();
    };
    REQUIRE(syncEnded(window));
    CHECK(QTest::qWaitFor([&] { return tessConnections() == 1; }, syncTimeoutMs)); // the sync's has closed
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(fixture.session.state() == StoreSession::State::Locked);
    CHECK(QTest::qWaitFor([&] { return tessConnections() == 0; }, syncTimeoutMs));
}

TEST_CASE("The teamleider settles a flagged conflict in the review queue, and the decision reaches the "
          "begeleider's laptop",
          "[gui][team][review]")
{
    TeamServer server;
    server.addUser("tess", "teamleider", "noord");
    server.addUser("anna", "begeleider", "noord");
    Laptop anna(server, "anna");
    anna.join();
    storefixture::addParticipant(*anna.store, QStringLiteral("TW-1"));
    anna.record(QStringLiteral("TW-1"), "aanmelding", "2026-09-01");
    anna.record(QStringLiteral("TW-1"), "toestemming_gegeven", "2026-09-01");
    anna.sync();

    WindowFixture fixture;
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    openTeamleidersWindow(server, fixture, window);
    // Both ask an urgentie for TW-1 without knowing of the other's; the rules allow one.
    anna.record(QStringLiteral("TW-1"), "urgentie_aangevraagd", "2026-09-08");
    anna.sync();
    TrajectoryEvent urgentie;
    urgentie.type = QStringLiteral("urgentie_aangevraagd");
    urgentie.date = QDate(2026, 9, 9);
    REQUIRE(TrajectoryRepository(fixture.session.database())
                .recordEvent(QStringLiteral("TW-1"), urgentie, storefixture::tester(), QDate(2026, 11, 23),
                             fixture.clock.now())
                .isEmpty());
    QTest::keyClick(&window, Qt::Key_F5);
    REQUIRE(syncEnded(window));
    QCoreApplication::processEvents();
    CHECK(statusBarText(window).contains(QStringLiteral("1 ter beoordeling")));

    int listed = -1;
    QString verdict;
    int listedAfter = -1;
    auto* action = window.findChild<QAction*>(QStringLiteral("reviewAction"));
    REQUIRE(action != nullptr);
    REQUIRE(action->isEnabled());
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<ReviewDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        listed = dialog->findChild<QListWidget*>(QStringLiteral("reviewList"))->count();
        verdict = dialog->findChild<QLabel*>(QStringLiteral("reviewVerdict"))->text();
        // Tess's own urgentie stands in her column; she retracts it.
        auto* byAuthor = dialog->findChild<QListWidget*>(QStringLiteral("reviewByAuthor"));
        if (byAuthor->count() == 1) {
            byAuthor->setCurrentRow(0);
            dialog->findChild<QLineEdit*>(QStringLiteral("reviewNote"))
                ->setText(QStringLiteral("dubbel aangevraagd"));
            saveScreenshot(*dialog, "team-review.png");
            dialog->findChild<QPushButton*>(QStringLiteral("reviewRetract"))->click();
        }
        listedAfter = dialog->findChild<QListWidget*>(QStringLiteral("reviewList"))->count();
        dialog->done(QDialog::Accepted);
    });
    action->trigger();
    CHECK(listed == 1);
    CHECK(verdict.contains(QStringLiteral("urgentie")));
    CHECK(listedAfter == 0);
    // The decision goes to the team at once.
    REQUIRE(syncEnded(window));
    QCoreApplication::processEvents();
    CHECK_FALSE(statusBarText(window).contains(QStringLiteral("ter beoordeling")));
    CHECK(waitingHere(fixture) == 0);
    anna.sync();
    CHECK(anna.count(QStringLiteral("SELECT count(*) FROM team_decision WHERE decision = 'herroepen'")) == 1);
    CHECK(TeamReview::open(anna.database())->isEmpty());
    CHECK(TeamReview::verdict(anna.database(), QStringLiteral("TW-1"), QDate(2026, 11, 23)).isEmpty());
}

TEST_CASE("What the server refused on a begeleider's laptop is on the teamleider's review list, and handing "
          "the participant back from there lets it go",
          "[gui][team][review]")
{
    TeamServer server;
    server.addUser("tess", "teamleider", "noord");
    server.addUser("anna", "begeleider", "noord");
    server.addUser("bert", "begeleider", "noord");
    Laptop anna(server, "anna");
    anna.join();
    storefixture::addParticipant(*anna.store, QStringLiteral("TW-1"));
    anna.record(QStringLiteral("TW-1"), "aanmelding", "2026-09-01");
    anna.sync();
    REQUIRE(TeamAdministration(server.as("tess")->database())
                .assign(QStringLiteral("TW-1"), server.name("bert"))
                .isEmpty());
    anna.setPhone(QStringLiteral("TW-1"), "0201234567"); // offline, before she knew
    REQUIRE(anna.sync().quarantined >= 1);

    WindowFixture fixture;
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    openTeamleidersWindow(server, fixture, window);
    QTest::keyClick(&window, Qt::Key_F5);
    REQUIRE(syncEnded(window));
    QCoreApplication::processEvents();
    CHECK(statusBarText(window).contains(QStringLiteral("1 ter beoordeling")));

    QString listedText;
    QString reason;
    bool keepShown = true;
    bool handBackEnabled = false;
    QString offeredFirst;
    bool handedBack = false;
    QString reasonAfter;
    QTimer::singleShot(0, &window, [&] {
        auto* review = qobject_cast<ReviewDialog*>(QApplication::activeModalWidget());
        if (!review)
            return;
        auto* list = review->findChild<QListWidget*>(QStringLiteral("reviewList"));
        listedText = list->count() == 1 ? list->item(0)->text() : QString();
        reason = review->findChild<QLabel*>(QStringLiteral("reviewReason"))->text();
        keepShown = review->findChild<QPushButton*>(QStringLiteral("reviewKeep"))->isVisible();
        auto* handBack = review->findChild<QPushButton*>(QStringLiteral("reviewHandBack"));
        handBackEnabled = handBack->isVisible() && handBack->isEnabled();
        saveScreenshot(*review, "team-review-refused.png");
        QTimer::singleShot(0, review, [&] {
            auto* dialog = qobject_cast<HandoverDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (QTest::qWaitFor([&] { return !dialog->busy(); }, syncTimeoutMs)) {
                offeredFirst = dialog->findChild<QComboBox*>(QStringLiteral("handoverColleague"))
                                   ->currentData()
                                   .toString();
                dialog->findChild<QPushButton*>(QStringLiteral("handOverButton"))->click();
                handedBack = QTest::qWaitFor([&] { return !dialog->isVisible(); }, syncTimeoutMs);
            }
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        if (handBackEnabled)
            handBack->click();
        reasonAfter = review->findChild<QLabel*>(QStringLiteral("reviewReason"))->text();
        review->done(QDialog::Accepted);
    });
    window.findChild<QAction*>(QStringLiteral("reviewAction"))->trigger();
    CHECK(listedText.contains(QStringLiteral("geweigerd")));
    CHECK(listedText.contains(server.name("anna")));
    CHECK(reason.contains(server.name("bert")));
    CHECK_FALSE(keepShown); // nothing to keep or retract: the server never had the items
    REQUIRE(handBackEnabled);
    CHECK(offeredFirst == server.name("anna")); // back to the laptop that holds the items
    REQUIRE(handedBack);
    CHECK(reasonAfter.contains(QStringLiteral("weer")));
    REQUIRE(syncEnded(window));

    // Anna's next sync sends them; Tess's after it clears the list.
    const TeamSync::Report back = anna.sync();
    CHECK(back.requeued >= 1);
    CHECK(back.quarantined == 0);
    REQUIRE(syncEnded(window)); // one woken by Anna's items may run: the next starts after it
    REQUIRE(window.teamSync()->syncNow());
    REQUIRE(syncEnded(window));
    QCoreApplication::processEvents();
    const QList<TeamReview::Item> left = TeamReview::open(fixture.session.database()).value();
    QString leftText;
    for (const TeamReview::Item& item : left)
        leftText += item.about + u':' + item.reason + u';';
    CHECK(leftText.toStdString().empty());
    CHECK_FALSE(statusBarText(window).contains(QStringLiteral("ter beoordeling")));
}
