// "Mijn deelnemers": the caseload table, its filters and search, with Qt's model tester.
#include "GuiFixture.h"

#include "CaseloadModel.h"
#include "CaseloadPage.h"
#include "CaseloadPreparer.h"
#include "ImportTrajectoryDialog.h"
#include "MainWindow.h"

#include "store/ParticipantRepository.h"
#include "store/TrajectoryRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace {

const char* const strongPassphrase = "kraanvogel zomer fietsbel lantaarn";
const Actor tester{QStringLiteral("Test Begeleider"), QString(), QStringLiteral("begeleider")};

void addParticipant(StoreSession& session, const QString& id, const QString& naam, const QString& begeleider,
                    const QList<std::pair<const char*, QDate>>& events, const QDate& today)
{
    ParticipantDetails details;
    details.id = id;
    details.naam = naam;
    details.profile = QStringLiteral("amsterdam-2026");
    details.adres = QStringLiteral("Kraanstraat 12");
    details.postcode = QStringLiteral("1011 AB");
    details.woonplaats = QStringLiteral("Amsterdam");
    details.begeleider = begeleider;
    REQUIRE(ParticipantRepository(session.database())
                .create(details, tester, QDateTime::currentDateTimeUtc())
                .isEmpty());
    for (const auto& [type, date] : events) {
        TrajectoryEvent event;
        event.type = QString::fromUtf8(type);
        event.date = date;
        if (event.type == u"woning_aangeboden")
            event.fields =
                QJsonObject{{QStringLiteral("beschikbaar_op"), date.addDays(7).toString(Qt::ISODate)}};
        const QString error = TrajectoryRepository(session.database())
                                  .recordEvent(id, event, tester, today, QDateTime::currentDateTimeUtc());
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
    }
}

// Three participants: one just registered, one whose deadlines are overdue, one in time.
QString prepareCaseload(WindowFixture& fixture)
{
    const QString path = fixture.folder.filePath(QStringLiteral("dossiers.thuis"));
    REQUIRE(fixture.session.create(path, SecretBytes(QByteArray(strongPassphrase))).ok);
    const QDate today = fixture.clock.now().date();
    const QList<std::pair<const char*, QDate>> toHerstelfase{
        {"aanmelding", QDate(2026, 3, 2)},           {"toestemming_gegeven", QDate(2026, 3, 2)},
        {"urgentie_aangevraagd", QDate(2026, 3, 9)}, {"urgentie_verleend", QDate(2026, 4, 1)},
        {"woning_aangeboden", QDate(2026, 5, 4)},    {"woningaanbod_beantwoord", QDate(2026, 5, 4)},
        {"woning_geaccepteerd", QDate(2026, 5, 6)}};
    addParticipant(fixture.session, QStringLiteral("D-0001"), QStringLiteral("Zoë Müller"),
                   QStringLiteral("Anna"), {{"aanmelding", QDate(2026, 11, 2)}}, today);
    auto overdue = toHerstelfase;
    overdue.append({"begeleidingsovereenkomst_getekend", QDate(2026, 6, 1)});
    addParticipant(fixture.session, QStringLiteral("D-0002"), QStringLiteral("Bram de Boer"),
                   QStringLiteral("Anna"), overdue, today);
    auto recent = toHerstelfase;
    recent.append({"begeleidingsovereenkomst_getekend", QDate(2026, 11, 2)});
    addParticipant(fixture.session, QStringLiteral("D-0003"), QStringLiteral("Ceylan Yıldız"),
                   QStringLiteral("Piet"), recent, today);
    fixture.session.close();
    fixture.settings.setLastStorePath(path);
    return path;
}

} // namespace

TEST_CASE("The caseload model passes Qt's model tester and sorts on every column", "[gui][caseload]")
{
    WindowFixture fixture;
    prepareCaseload(fixture);
    REQUIRE(
        fixture.session.open(fixture.settings.lastStorePath(), SecretBytes(QByteArray(strongPassphrase))).ok);
    const auto rows = Caseload::load(fixture.session.database(), fixture.clock.now().date());
    REQUIRE(rows.ok());

    CaseloadModel model;
    CaseloadFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(rows.value(), fixture.clock.now().date());
    REQUIRE(model.rowCount() == 3);
    for (int column = 0; column < CaseloadModel::ColumnCount; ++column) {
        filter.sort(column, Qt::AscendingOrder);
        filter.sort(column, Qt::DescendingOrder);
    }
    filter.sort(CaseloadModel::Naam, Qt::AscendingOrder);
    CHECK(filter.index(0, CaseloadModel::Naam).data().toString() == QStringLiteral("Bram de Boer"));
    filter.setSearchText(QStringLiteral("müller"));
    CHECK(filter.rowCount() == 1);
    filter.setSearchText(QStringLiteral("piet"));
    CHECK(filter.rowCount() == 1);
    filter.setSearchText(QString());
    filter.setOverdueOnly(true);
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, CaseloadModel::Naam).data().toString() == QStringLiteral("Bram de Boer"));
    // Werkafspraak 1: a home visit every month from the signed agreement (2026-06-01) on; none recorded.
    CHECK(filter.index(0, CaseloadModel::VolgendeTermijn).data().toString() ==
          QStringLiteral("Maandelijks huisbezoek"));
    CHECK(filter.index(0, CaseloadModel::Datum).data().toString() == QStringLiteral("01-07-2026"));
    filter.setOverdueOnly(false);
    filter.setPhase(QStringLiteral("aanmelding"));
    CHECK(filter.rowCount() == 1);
}

TEST_CASE("After the passphrase the caseload shows, typing filters it, Ctrl+F reaches the search",
          "[gui][caseload]")
{
    WindowFixture fixture;
    prepareCaseload(fixture);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.resize(1366, 768);
    window.show();
    window.showStart();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    typePassphraseAndEnter(window, strongPassphrase);

    auto* page = window.findChild<CaseloadPage*>();
    REQUIRE(page != nullptr);
    REQUIRE(window.findChild<QStackedWidget*>()->currentWidget() == page);
    CHECK(page->table()->model()->rowCount() == 3);
    CHECK(page->countText() == QStringLiteral("3 van 3 deelnemers"));
    saveScreenshot(window, "caseload.png");

    QTest::keySequence(&window, QKeySequence::Find);
    CHECK(page->searchField()->hasFocus());
    QTest::keyClicks(page->searchField(), QStringLiteral("bram"));
    CHECK(page->table()->model()->rowCount() == 1);
    CHECK(page->countText() == QStringLiteral("1 van 3 deelnemers"));
    page->searchField()->clear();
    page->findChild<QCheckBox*>(QStringLiteral("overdueFilter"))->setChecked(true);
    CHECK(page->table()->model()->rowCount() == 1);
    saveScreenshot(window, "caseload-overdue.png");
}

TEST_CASE("Vandaag lists what is overdue or due soon across the caseload, Enter opens the dossier",
          "[gui][caseload][today]")
{
    WindowFixture fixture;
    prepareCaseload(fixture);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.resize(1366, 768);
    window.show();
    window.showStart();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    typePassphraseAndEnter(window, strongPassphrase);

    window.findChild<QPushButton*>(QStringLiteral("todayButton"))->click();
    auto* today = window.findChild<QTableWidget*>(QStringLiteral("todayTable"));
    REQUIRE(window.findChild<QStackedWidget*>()->currentWidget()->objectName() ==
            QStringLiteral("todayPage"));
    REQUIRE(today->rowCount() > 0);
    // Soonest first; the overdue ones of Bram de Boer lead.
    CHECK(today->item(0, 1)->text() == QStringLiteral("Bram de Boer"));
    for (int row = 1; row < today->rowCount(); ++row)
        CHECK(QDate::fromString(today->item(row - 1, 0)->text(), QStringLiteral("dd-MM-yyyy")) <=
              QDate::fromString(today->item(row, 0)->text(), QStringLiteral("dd-MM-yyyy")));
    saveScreenshot(window, "today.png");
    today->setFocus();
    QTest::keyClick(today, Qt::Key_Return);
    CHECK(window.findChild<QStackedWidget*>()->currentWidget()->objectName() ==
          QStringLiteral("dossierPage"));
}

TEST_CASE(
    "Started with --store FILE --deelnemer ID the app opens that dossier, THUIS_PASSPHRASE for automation",
    "[gui][caseload][commandline]")
{
    WindowFixture fixture;
    const QString path = prepareCaseload(fixture);
    fixture.settings.setLastStorePath(QString());
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.show();
    qputenv("THUIS_PASSPHRASE", strongPassphrase);
    window.openFromCommandLine(path, QStringLiteral("D-0003"));
    qunsetenv("THUIS_PASSPHRASE");
    REQUIRE(fixture.session.state() == StoreSession::State::Unlocked);
    CHECK(window.findChild<QStackedWidget*>()->currentWidget()->objectName() ==
          QStringLiteral("dossierPage"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("dossiers")));

    fixture.session.close();
    qputenv("THUIS_PASSPHRASE", strongPassphrase);
    window.openFromCommandLine(path, QStringLiteral("D-9999"));
    qunsetenv("THUIS_PASSPHRASE");
    CHECK(window.banner()->text().contains(QStringLiteral("D-9999")));

    fixture.session.close();
    window.openFromCommandLine(path, QStringLiteral("D-0001")); // no THUIS_PASSPHRASE: ask
    CHECK(window.findChild<QStackedWidget*>()->currentWidget()->objectName() == QStringLiteral("unlockPage"));
}

TEST_CASE(
    "Importing a trajectory file: a preview first, a file that breaks a rule is refused naming the event",
    "[gui][caseload][import]")
{
    WindowFixture fixture;
    const QString path = fixture.folder.filePath(QStringLiteral("dossiers.thuis"));
    REQUIRE(fixture.session.create(path, SecretBytes(QByteArray(strongPassphrase))).ok);
    const QDate today = fixture.clock.now().date();

    ImportTrajectoryDialog bad(fixture.session, tester,
                               QStringLiteral(THUIS_SOURCE_DIR "/tests/core/trajectories/bad-order.json"),
                               today);
    CHECK_FALSE(bad.canImport());
    CHECK(bad.problem().contains(QStringLiteral("gebeurtenis 8")));
    saveScreenshot(bad, "import-refused.png");

    ImportTrajectoryDialog good(
        fixture.session, tester,
        QStringLiteral(THUIS_SOURCE_DIR "/tests/core/trajectories/amsterdam-2026-omklap.json"), today);
    REQUIRE(good.canImport());
    CHECK(good.findChild<QTableWidget*>(QStringLiteral("importedEvents"))->rowCount() == 31);
    saveScreenshot(good, "import-preview.png");
    good.import();
    CHECK(good.result() == QDialog::Accepted);
    const auto rows = Caseload::load(fixture.session.database(), today);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().id == good.participantId());
}

TEST_CASE("While the caseload is open the coming days are prepared, and locking stops that",
          "[gui][caseload][summary]")
{
    WindowFixture fixture;
    prepareCaseload(fixture);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.show();
    window.showStart();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    typePassphraseAndEnter(window, strongPassphrase);
    auto* preparer = window.findChild<CaseloadPage*>()->preparer();
    REQUIRE(preparer->isRunning());
    QSignalSpy finished(preparer, &CaseloadPreparer::finished);
    REQUIRE(finished.wait(10000));

    // Today (opened) and the three days after it, for each of the three participants.
    const QDate today = fixture.clock.now().date();
    QSqlQuery query(fixture.session.database());
    REQUIRE(query.exec(QStringLiteral("SELECT as_of, count(*) FROM caseload_summary GROUP BY as_of")));
    QMap<QString, int> perDay;
    while (query.next())
        perDay.insert(query.value(0).toString(), query.value(1).toInt());
    const QMap<QString, int> expected{{today.toString(Qt::ISODate), 3},
                                      {today.addDays(1).toString(Qt::ISODate), 3},
                                      {today.addDays(2).toString(Qt::ISODate), 3},
                                      {today.addDays(3).toString(Qt::ISODate), 3}};
    CHECK(perDay == expected);

    QSqlQuery(fixture.session.database()).exec(QStringLiteral("DELETE FROM caseload_summary"));
    window.findChild<CaseloadPage*>()->refresh(today, 5);
    REQUIRE(preparer->isRunning());
    fixture.session.lock();
    CHECK_FALSE(preparer->isRunning());
}

TEST_CASE("The caseload says 'vanaf' exactly when the dashboard counts omklap as waiting only for a date",
          "[gui][caseload][omklap]")
{
    // One definition (OmklapStatus::waitsOnlyForTime) for the caseload and the dashboard: the
    // minimum duration and a year without overlast are both conditions that time alone meets.
    WindowFixture fixture; // the interface in Dutch, as a caseworker has it
    CaseloadModel model;
    CaseloadRow row;
    row.id = QStringLiteral("D-0001");
    const QDate today(2026, 11, 30);
    const auto shown = [&] {
        model.setRows({row}, today);
        return model.data(model.index(0, CaseloadModel::Omklap)).toString();
    };
    row.omklap.earliest = QDate(2027, 3, 1);
    row.omklap.unmet = {QStringLiteral("minimum_duur"), QStringLiteral("overlast_afgelopen_jaar")};
    REQUIRE(row.omklap.waitsOnlyForTime());
    CHECK(shown() == QStringLiteral("vanaf 01-03-2027"));
    row.omklap.unmet = {QStringLiteral("overlast_afgelopen_jaar")};
    CHECK(shown() == QStringLiteral("vanaf 01-03-2027"));
    // A condition someone has to meet: no date to wait for.
    row.omklap.unmet = {QStringLiteral("minimum_duur"), QStringLiteral("woonevaluatie_ontbreekt")};
    CHECK_FALSE(row.omklap.waitsOnlyForTime());
    CHECK(shown().startsWith(QStringLiteral("nog niet")));
}
