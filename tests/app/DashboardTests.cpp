// The teamleider's dashboard in the window (issue 8): a generated case file, a filter, a
// drill-down to a dossier and back, names hidden, the exports; screenshots at 1366x768 and
// 1920x1080 in build/*/tests/app/screenshots/.
#include "GuiFixture.h"

#include "DashboardPage.h"
#include "DossierPage.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"

#include "demo/DemoGenerator.h"
#include "store/AuditLog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

const char* const strongPassphrase = "kraanvogel zomer fietsbel lantaarn";

// A demo case file of 150 participants, and the user profile of a teamleider.
void prepareTeam(WindowFixture& fixture)
{
    const QString path = fixture.folder.filePath(QStringLiteral("team.thuis"));
    REQUIRE(fixture.session.create(path, SecretBytes(QByteArray(strongPassphrase))).ok);
    DemoOptions demo;
    demo.count = 150;
    demo.seed = 4;
    demo.begeleiders = 6;
    demo.today = fixture.clock.now().date();
    const Actor actor{QStringLiteral("demo"), QString(), QStringLiteral("opdrachtregel")};
    const Result<int> written = DemoGenerator::fill(fixture.session.database(), demo, actor);
    INFO(written.errors().join(u'\n').toStdString());
    REQUIRE(written.ok());
    fixture.session.close();
    fixture.settings.setLastStorePath(path);
    fixture.settings.setUserProfile(
        {QStringLiteral("Tea Leider"), QStringLiteral("teamleider"), QStringLiteral("teamleider")});
}

QWidget* currentPage(MainWindow& window)
{
    return window.findChild<QStackedWidget*>()->currentWidget();
}

// Shows the window at `size` and types the passphrase: a teamleider lands on the dashboard.
DashboardPage* unlockAt(MainWindow& window, const QSize& size)
{
    window.resize(size);
    window.show();
    window.showStart();
    typePassphraseAndEnter(window, strongPassphrase);
    REQUIRE(currentPage(window) == window.dashboard());
    return window.dashboard();
}

} // namespace

TEST_CASE(
    "A teamleider opens the case file on the dashboard, filters it and drills down to a dossier and back")
{
    WindowFixture fixture;
    prepareTeam(fixture);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    DashboardPage* dashboard = unlockAt(window, QSize(1366, 768));
    CHECK(dashboard->figures().participants == 150);
    CHECK(dashboard->summaryText().contains(QStringLiteral("150")));
    saveScreenshot(window, "dashboard-overview-1366x768.png");

    // A filter narrows every figure to that begeleider's participants.
    QComboBox* begeleider = dashboard->filterChoice(QStringLiteral("begeleider"));
    REQUIRE(begeleider->count() == 7); // "alle" and six begeleiders
    // The begeleider with the most overdue deadlines, as a teamleider would look first.
    REQUIRE_FALSE(dashboard->figures().overdueByBegeleider.isEmpty());
    begeleider->setCurrentIndex(begeleider->findData(dashboard->figures().overdueByBegeleider.first().key));
    const QString chosen = begeleider->currentData().toString();
    QSqlQuery count(fixture.session.database());
    count.prepare(QStringLiteral("SELECT count(*) FROM participant WHERE begeleider = ?"));
    count.addBindValue(chosen);
    REQUIRE(count.exec());
    REQUIRE(count.next());
    CHECK(dashboard->figures().participants == count.value(0).toInt());
    CHECK(dashboard->figures().participants < 150);
    for (const DashboardDeadline& item : dashboard->figures().overdue)
        CHECK(item.begeleider == chosen);

    // Deadlines tab: the overdue list; Enter opens the dossier of the selected participant.
    dashboard->tabs()->setCurrentIndex(1);
    QTableView* table = dashboard->deadlineTable();
    REQUIRE(table->model()->rowCount() == dashboard->figures().overdue.size());
    REQUIRE(table->model()->rowCount() > 0);
    saveScreenshot(window, "dashboard-deadlines-1366x768.png");
    table->setFocus();
    table->selectRow(0);
    const QString participant = table->model()->index(0, 0).data(Qt::UserRole + 1).toString();
    QTest::keyClick(table, Qt::Key_Return);
    auto* dossier = window.findChild<DossierPage*>();
    REQUIRE(currentPage(window) == dossier);
    CHECK(dossier->participantId() == participant);
    emit dossier->backRequested();
    CHECK(currentPage(window) == dashboard);
    CHECK(begeleider->currentData().toString() == chosen); // the filter is still there

    dashboard->tabs()->setCurrentIndex(2);
    saveScreenshot(window, "dashboard-omklap-1366x768.png");
}

TEST_CASE("Names hidden for a projector: lists become counts, exports name nobody, views at 1920x1080")
{
    WindowFixture fixture;
    prepareTeam(fixture);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    DashboardPage* dashboard = unlockAt(window, QSize(1920, 1080));
    saveScreenshot(window, "dashboard-overview-1920x1080.png");
    dashboard->tabs()->setCurrentIndex(3);
    saveScreenshot(window, "dashboard-quality-1920x1080.png");

    dashboard->hideNames()->setChecked(true);
    CHECK(fixture.settings.dashboardHidesNames());
    dashboard->tabs()->setCurrentIndex(1);
    CHECK_FALSE(dashboard->deadlineTable()->isVisible());
    saveScreenshot(window, "dashboard-deadlines-hidden-names-1920x1080.png");

    const QString csv = fixture.folder.filePath(QStringLiteral("dashboard.csv"));
    const QString pdf = fixture.folder.filePath(QStringLiteral("dashboard.pdf"));
    REQUIRE(dashboard->exportCsv(csv).isEmpty());
    REQUIRE(dashboard->exportPdf(pdf).isEmpty());
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    CHECK(csvFile.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                    QFileDevice::WriteUser));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QByteArray pdfText = text.readAllStandardOutput();
    CHECK(pdfText.contains("150"));
    QSqlQuery names(fixture.session.database());
    REQUIRE(names.exec(QStringLiteral("SELECT naam FROM participant")));
    while (names.next()) {
        const QByteArray name = names.value(0).toString().toUtf8();
        CHECK_FALSE(csvBytes.contains(name));
        CHECK_FALSE(pdfText.contains(name));
    }
    // Each export is in the audit log, with its checksum.
    QSqlQuery audit(fixture.session.database());
    REQUIRE(audit.exec(QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE entity = 'export' AND entity_id = 'dashboard'")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 2);
}

TEST_CASE("A begeleider is not offered the dashboard, the role comes from the user profile in Voorkeuren")
{
    WindowFixture fixture;
    prepareTeam(fixture);
    fixture.settings.setUserProfile({QStringLiteral("Bea Geleider"), QStringLiteral("persoonlijk begeleider"),
                                     QStringLiteral("begeleider")});
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.resize(1366, 768);
    window.show();
    window.showStart();
    typePassphraseAndEnter(window, strongPassphrase);
    CHECK(currentPage(window) != window.dashboard()); // Mijn deelnemers
    auto* action = window.findChild<QAction*>(QStringLiteral("dashboardAction"));
    REQUIRE(action != nullptr);
    CHECK_FALSE(action->isEnabled());
    CHECK_FALSE(window.showDashboard());

    PreferencesDialog dialog(UiLanguage::Dutch, 5, 4, fixture.settings.userProfile());
    auto* role = dialog.findChild<QComboBox*>(QStringLiteral("userRole"));
    REQUIRE(role != nullptr);
    CHECK(dialog.userProfile().name == u"Bea Geleider");
    role->setCurrentIndex(role->findData(QStringLiteral("teamleider")));
    fixture.settings.setUserProfile(dialog.userProfile());
    CHECK(window.showDashboard());
    CHECK(currentPage(window) == window.dashboard());
}
