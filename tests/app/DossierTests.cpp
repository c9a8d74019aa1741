// The dossier of one participant, driven through the real window (issue 5's scenario).
#include "DossierFixture.h"
#include "GuiFixture.h"
#include "TrajectoryBuilder.h"

#include "AddEventDialog.h"
#include "CaseloadPage.h"
#include "ContactBox.h"
#include "DossierPage.h"
#include "MainWindow.h"
#include "NewParticipantDialog.h"
#include "ParticipantForm.h"
#include "WoonzakenAnswerDialog.h"
#include "filing/FormFiling.h"

#include "NextDialog.h"
#include "Questions.h"
#include "store/AuditLog.h"
#include "store/TrajectoryRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

TEST_CASE(
    "Dossier: record the agreement, see Werkafspraak 4's deadline, meet it, refuse what is not allowed, "
    "refuse a wrong phone number, and find it all again after a restart",
    "[gui][dossier]")
{
    WindowFixture fixture;
    const QString path = fixture.folder.filePath(QStringLiteral("dossiers.thuis"));
    REQUIRE(fixture.session.create(path, SecretBytes(QByteArray(strongPassphrase))).ok);
    fixture.session.close();
    fixture.settings.setLastStorePath(path);

    {
        MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
        window.resize(1366, 768);
        window.show();
        window.showStart();
        QApplication::setActiveWindow(&window); // shortcuts (Escape) need an active window
        REQUIRE(QTest::qWaitForWindowActive(&window));
        typePassphraseAndEnter(window, strongPassphrase);
        auto* caseload = window.findChild<CaseloadPage*>();
        REQUIRE(caseload->table()->model()->rowCount() == 0);
        // Nieuwe deelnemer: a wrong phone number is refused with everything typed kept.
        QString firstProblem;
        const NextDialog<NewParticipantDialog> newParticipant([&](NewParticipantDialog& dialog) {
            CHECK(dialog.participantId() == QStringLiteral("D-0001"));
            // A region, never an old edition: its editions apply by date.
            CHECK(dialog.findChild<QComboBox*>(QStringLiteral("profile"))->currentData().toString() ==
                  QStringLiteral("amsterdam"));
            CHECK(dialog.findChild<QComboBox*>(QStringLiteral("profile"))->currentText() ==
                  QStringLiteral("Amsterdam"));
            dialog.field(QStringLiteral("naam"))->setText(QStringLiteral("Zoë Müller"));
            dialog.field(QStringLiteral("telefoon"))->setText(QStringLiteral("0612"));
            dialog.create();
            firstProblem = dialog.problem();
            saveScreenshot(dialog, "new-participant-invalid.png");
            dialog.field(QStringLiteral("telefoon"))->setText(QStringLiteral("06-12345678"));
            // The corporation's contact person and the consent, in the same dialog.
            ContactBox* corporation = dialog.contactBox(QStringLiteral("woningcorporatie"));
            corporation->line(QStringLiteral("naam"))->setText(QStringLiteral("J. de Vries"));
            corporation->line(QStringLiteral("telefoon"))->setText(QStringLiteral("020 624 1111"));
            // Consent is not ticked or dated for the caseworker; ticked without a date is refused.
            CHECK_FALSE(dialog.consentGiven()->isChecked());
            dialog.consentGiven()->setChecked(true);
            dialog.create();
            CHECK(dialog.problem().contains(QStringLiteral("datum")));
            dialog.findChild<QDateEdit*>(QStringLiteral("consentDate"))->setDate(QDate(2026, 11, 20));
            saveScreenshot(dialog, "new-participant.png");
            dialog.create();
        });
        caseload->findChild<QPushButton*>(QStringLiteral("newParticipantButton"))->click();
        CHECK(newParticipant.answered());
        CHECK(firstProblem.contains(QStringLiteral("geen geldig telefoonnummer")));
        auto* dossier = window.findChild<DossierPage*>();
        REQUIRE(window.findChild<QStackedWidget*>()->currentWidget() == dossier);
        CHECK(dossier->participantId() == QStringLiteral("D-0001"));
        CHECK(dossier->findChild<QLabel*>(QStringLiteral("consent"))
                  ->text()
                  .contains(QStringLiteral("gegeven op 20-11-2026")));
        CHECK(dossier->form()->findChild<QLineEdit*>(QStringLiteral("woningcorporatie.telefoon"))->text() ==
              QStringLiteral("+31 20 624 1111"));
        // Back to the caseload and in again from the keyboard: Escape, then Enter on the row.
        QApplication::setActiveWindow(&window); // the dialog had the focus
        dossier->tabs()->setFocus();
        QTest::keyClick(dossier->tabs(), Qt::Key_Escape);
        REQUIRE(window.findChild<QStackedWidget*>()->currentWidget() == caseload);
        REQUIRE(caseload->table()->model()->rowCount() == 1);
        caseload->table()->setFocus();
        caseload->table()->setCurrentIndex(caseload->table()->model()->index(0, 0));
        QTest::keyClick(caseload->table(), Qt::Key_Return);
        REQUIRE(window.findChild<QStackedWidget*>()->currentWidget() == dossier);

        REQUIRE(dossier->recordEvent(eventOn("aanmelding", QDate(2026, 6, 1))).isEmpty());
        REQUIRE(dossier->recordEvent(eventOn("toestemming_gegeven", QDate(2026, 6, 1))).isEmpty());
        REQUIRE(dossier->recordEvent(eventOn("urgentie_aangevraagd", QDate(2026, 6, 8))).isEmpty());
        REQUIRE(dossier->recordEvent(eventOn("urgentie_verleend", QDate(2026, 7, 1))).isEmpty());
        REQUIRE(dossier
                    ->recordEvent(eventOn("woning_aangeboden", QDate(2026, 8, 3),
                                          {{QStringLiteral("beschikbaar_op"), QStringLiteral("2026-08-10")}}))
                    .isEmpty());
        const QString answered = dossier->recordEvent(eventOn("woningaanbod_beantwoord", QDate(2026, 8, 3)));
        INFO(answered.toStdString());
        REQUIRE(answered.isEmpty());
        REQUIRE(dossier->recordEvent(eventOn("woning_geaccepteerd", QDate(2026, 8, 5))).isEmpty());

        // The signed agreement through the dialog, which also lists what is not allowed and why.
        QStringList notAllowed;
        const NextDialog<AddEventDialog> agreement([&](AddEventDialog& dialog) {
            notAllowed = dialog.notAllowedTexts();
            dialog.choose(QStringLiteral("begeleidingsovereenkomst_getekend"));
            dialog.setDate(QDate(2026, 9, 1));
            saveScreenshot(dialog, "dossier-record-event.png");
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        dossier->findChild<QPushButton*>(QStringLiteral("recordEvent"))->click();
        CHECK(agreement.answered());
        CHECK(std::any_of(notAllowed.cbegin(), notAllowed.cend(), [](const QString& text) {
            return text.startsWith(QStringLiteral("huurcontract_omgezet: ")) && text.size() > 30;
        }));
        // Werkafspraak 4: the kennismakingsgesprek within three months of the agreement.
        CHECK(dossier->deadlineSummary(QStringLiteral("kennismakingsgesprek")) ==
              QStringLiteral("01-12-2026, open"));
        dossier->tabs()->setCurrentIndex(2);
        saveScreenshot(window, "dossier-deadlines.png");

        const QString refused = dossier->recordEvent(eventOn("huurcontract_omgezet", QDate(2026, 11, 20)));
        CHECK(refused.contains(QStringLiteral("Niet vastgelegd")));
        REQUIRE(
            dossier->recordEvent(eventOn("kennismakingsgesprek_gehouden", QDate(2026, 11, 16))).isEmpty());
        CHECK(dossier->deadlineSummary(QStringLiteral("kennismakingsgesprek")) ==
              QStringLiteral("01-12-2026, gehaald op 16-11-2026"));

        // Gegevens: a wrong phone number is marked at its field and not saved.
        dossier->tabs()->setCurrentIndex(0);
        ParticipantForm* form = dossier->form();
        form->findChild<QLineEdit*>(QStringLiteral("telefoon"))->setText(QStringLiteral("0612"));
        form->findChild<QLineEdit*>(QStringLiteral("postcode"))->setText(QStringLiteral("1011ab"));
        CHECK_FALSE(form->save());
        CHECK(form->problemAt(QStringLiteral("telefoon"))
                  .contains(QStringLiteral("geen geldig telefoonnummer")));
        saveScreenshot(window, "dossier-details-invalid.png");
        form->findChild<QLineEdit*>(QStringLiteral("telefoon"))->setText(QStringLiteral("06-12345678"));
        CHECK(form->save());
        CHECK(form->findChild<QLineEdit*>(QStringLiteral("telefoon"))->text() ==
              QStringLiteral("+31 6 12345678"));
        window.close();
    }

    // A restart: everything as it was.
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    window.show();
    window.showStart();
    typePassphraseAndEnter(window, strongPassphrase);
    window.openDossier(QStringLiteral("D-0001"));
    auto* dossier = window.findChild<DossierPage*>();
    CHECK(dossier->deadlineSummary(QStringLiteral("kennismakingsgesprek")) ==
          QStringLiteral("01-12-2026, gehaald op 16-11-2026"));
    CHECK(dossier->form()->findChild<QLineEdit*>(QStringLiteral("postcode"))->text() ==
          QStringLiteral("1011 AB"));
    dossier->tabs()->setCurrentIndex(1);
    saveScreenshot(window, "dossier-timeline.png");
}

TEST_CASE("Ctrl+Z undoes the last action after a question, by a correction the Tijdlijn shows",
          "[gui][dossier]")
{
    WindowFixture fixture;
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-09-01").add("kennismakingsgesprek_gehouden", "2026-11-16");
    prepareStoreWith(fixture, builder);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    DossierPage* dossier = unlockAndOpenDossier(window);
    CHECK(dossier->deadlineSummary(QStringLiteral("kennismakingsgesprek")) ==
          QStringLiteral("01-12-2026, gehaald op 16-11-2026"));

    dossier->tabs()->setCurrentIndex(1);
    auto* timeline = dossier->findChild<QTableWidget*>(QStringLiteral("timeline"));
    timeline->setFocus();
    Questions::setNextAnswer(QMessageBox::Yes);
    QTest::keySequence(timeline, QKeySequence::Undo);
    const QString question = Questions::lastText();
    CHECK(question.contains(QStringLiteral("kennismakingsgesprek_gehouden")));
    CHECK(question.contains(QStringLiteral("16-11-2026")));
    // Werkafspraak 4: the gesprek no longer counts, so its deadline is open again.
    CHECK(dossier->deadlineSummary(QStringLiteral("kennismakingsgesprek")) ==
          QStringLiteral("01-12-2026, open"));
    REQUIRE(timeline->rowCount() == 10);
    int undone = -1;
    for (int row = 0; row < timeline->rowCount(); ++row) {
        if (timeline->item(row, 1)->text() == u"kennismakingsgesprek_gehouden")
            undone = row;
    }
    REQUIRE(undone >= 0);
    CHECK(timeline->item(undone, 1)->font().strikeOut());
    CHECK(timeline->item(timeline->rowCount() - 1, 1)->text() == QStringLiteral("gebeurtenis_herroepen"));
    CHECK(timeline->item(timeline->rowCount() - 1, 2)
              ->text()
              .startsWith(QStringLiteral("maakt ongedaan: kennismakingsgesprek_gehouden van 16-11-2026")));
    saveScreenshot(window, "dossier-undo.png");

    // "No" changes nothing.
    Questions::setNextAnswer(QMessageBox::No);
    dossier->findChild<QPushButton*>(QStringLiteral("undoLast"))->click();
    CHECK(timeline->rowCount() == 10);
}

TEST_CASE("Overlast: a new complaint, then only the protocol's next steps are offered (Bijlage 1)",
          "[gui][dossier][overlast]")
{
    WindowFixture fixture;
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-09-01");
    prepareStoreWith(fixture, builder);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    DossierPage* dossier = unlockAndOpenDossier(window);
    dossier->tabs()->setCurrentIndex(5);
    auto* meldingen = dossier->findChild<QTableWidget*>(QStringLiteral("meldingen"));

    const NextDialog<AddEventDialog> newMelding([](AddEventDialog& dialog) {
        dialog.setDate(QDate(2026, 11, 19));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    dossier->findChild<QPushButton*>(QStringLiteral("newMelding"))->click();
    CHECK(newMelding.answered());
    REQUIRE(meldingen->rowCount() == 1);
    CHECK(meldingen->item(0, 0)->text() == QStringLiteral("m1"));

    meldingen->setCurrentCell(0, 0);
    QStringList offered;
    QStringList notAllowed;
    const NextDialog<AddEventDialog> nextStep([&](AddEventDialog& dialog) {
        auto* types = dialog.findChild<QComboBox*>(QStringLiteral("eventType"));
        for (int index = 0; index < types->count(); ++index)
            offered << types->itemText(index);
        notAllowed = dialog.notAllowedTexts();
        dialog.choose(
            QStringLiteral("Actie 1: binnen twee werkdagen contact opnemen met de woningcorporatie"));
        dialog.setDate(QDate(2026, 11, 20));
        saveScreenshot(dialog, "dossier-overlast-step.png");
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    dossier->findChild<QPushButton*>(QStringLiteral("overlastStep"))->click();
    CHECK(nextStep.answered());
    CHECK(offered.contains(QStringLiteral("Oordeel vastleggen")));
    CHECK(std::any_of(notAllowed.cbegin(), notAllowed.cend(), [](const QString& text) {
        return text.startsWith(QStringLiteral("Actie 4: voortduring en waarschuwingsbrief: "));
    }));
    REQUIRE(meldingen->rowCount() == 1);
    // The protocol's actions and running terms by their names, never as bare numbers or rule ids.
    CHECK(meldingen->item(0, 4)->text() ==
          QStringLiteral("1: binnen twee werkdagen contact opnemen met partners"));
    CHECK(meldingen->item(0, 6)->text().startsWith(QStringLiteral("Overlast verholpen uiterlijk ")));
    CHECK_FALSE(meldingen->item(0, 6)->text().contains(u'_'));
    saveScreenshot(window, "dossier-overlast.png");
}

TEST_CASE("Gegevens shows the consent to share, Doelen the history of the chosen goal",
          "[gui][dossier][consent]")
{
    WindowFixture fixture;
    TrajectoryBuilder builder = readyForOmklap();
    prepareStoreWith(fixture, builder);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    DossierPage* dossier = unlockAndOpenDossier(window);
    auto* consent = dossier->findChild<QLabel*>(QStringLiteral("consent"));
    CHECK(consent->text().contains(QStringLiteral("gegeven op 02-06-2025")));

    // Werkafspraak 10: withdrawing is recorded as an event, through the same dialog.
    const NextDialog<AddEventDialog> withdrawal([](AddEventDialog& dialog) {
        dialog.choose(QStringLiteral("toestemming_ingetrokken"));
        dialog.setDate(QDate(2026, 11, 20));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    dossier->findChild<QPushButton*>(QStringLiteral("recordConsent"))->click();
    CHECK(withdrawal.answered());
    CHECK(consent->text().contains(QStringLiteral("ingetrokken op 20-11-2026")));
    CHECK(consent->text().contains(QStringLiteral("niets met de woningcorporatie gedeeld")));
    saveScreenshot(window, "dossier-consent.png");

    dossier->tabs()->setCurrentIndex(4);
    auto* goals = dossier->findChild<QTableWidget*>(QStringLiteral("goals"));
    auto* history = dossier->findChild<QTableWidget*>(QStringLiteral("goalHistory"));
    REQUIRE(goals->rowCount() == 1);
    goals->setCurrentCell(0, 1);
    REQUIRE(history->rowCount() == 2);
    CHECK(history->item(0, 1)->text() == QStringLiteral("doel_vastgesteld"));
    CHECK(history->item(1, 1)->text() == QStringLiteral("doel_behaald"));
    CHECK(history->item(1, 0)->text() == QStringLiteral("01-10-2026"));
    saveScreenshot(window, "dossier-goals.png");
}

TEST_CASE("Opening a dossier is recorded: who, when, which participant (NEN 7513)", "[gui][dossier]")
{
    WindowFixture fixture;
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-09-01");
    prepareStoreWith(fixture, builder);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    unlockAndOpenDossier(window);
    const auto openings = [&] {
        QSqlQuery query(fixture.session.database());
        REQUIRE(
            query.exec(QStringLiteral("SELECT count(*), max(at) FROM audit_log WHERE entity = 'dossier' AND "
                                      "entity_id = 'D-0001' AND new_value = 'geopend'")));
        REQUIRE(query.next());
        return std::pair{query.value(0).toInt(), query.value(1).toString()};
    };
    CHECK(openings().first == 1);
    CHECK(openings().second == fixture.clock.now().toUTC().toString(Qt::ISODateWithMs));
    fixture.clock.advance(600);
    REQUIRE(window.openDossier(QStringLiteral("D-0001")));
    CHECK(openings().first == 2);
    CHECK(AuditLog(fixture.session.database()).verify().intact);
}

TEST_CASE("Issue 20: a Zuidoost-Utrecht dossier offers its own two documents and no Amsterdam form, an "
          "Amsterdam one "
          "says what is missing",
          "[gui][dossier][forms][regions]")
{
    WindowFixture fixture;
    prepareStoreWith(fixture, TrajectoryBuilder("zuidoost-utrecht-2022")
                                  .add("aanmelding", "2026-09-01")
                                  .add("uitstroomvoorbereiding_gestart", "2026-09-15"));
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    DossierPage* dossier = unlockAndOpenDossier(window);
    auto* forms = dossier->findChild<QTableWidget*>(QStringLiteral("forms"));
    REQUIRE(forms != nullptr);
    dossier->tabs()->setCurrentWidget(forms->parentWidget());
    CHECK(dossier->findChild<QPushButton*>(QStringLiteral("startWoonevaluatie")) == nullptr);
    CHECK(dossier->findChild<QPushButton*>(QStringLiteral("startSupplement")) == nullptr);
    auto* handover = dossier->findChild<QPushButton*>(QStringLiteral("start-overdrachtsdocument"));
    REQUIRE(handover != nullptr);
    CHECK(handover->text() ==
          QStringLiteral("Overdrachtsdocument bij de overgang naar zelfstandig wonen starten"));
    CHECK(handover->toolTip().contains(QStringLiteral("Bijlage 3")));
    auto* note = dossier->findChild<QLabel*>(QStringLiteral("formSetNote"));
    REQUIRE(note != nullptr);
    CHECK(note->isHidden()); // both of its documents are here
    CHECK(dossier->findChild<QPushButton*>(QStringLiteral("start-preventie-actieplan")) != nullptr);
    saveScreenshot(window, "dossier-forms-zuidoost-utrecht.png");

    // Started from here, it opens as a wizard like the others.
    handover->click();
    REQUIRE(forms->rowCount() == 1);
    CHECK(forms->item(0, 0)->text().contains(QStringLiteral("Overdrachtsdocument")));
    saveScreenshot(window, "wizard-overdrachtsdocument.png");
}

TEST_CASE(
    "Issue 20: an Amsterdam dossier offers every form of its agreements, the Voordracht once the omklap "
    "check passes, and records Woonzaken's answer against it",
    "[gui][dossier][forms][regions][omklap]")
{
    WindowFixture fixture;
    prepareStoreWith(fixture, readyForOmklap());
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    DossierPage* dossier = unlockAndOpenDossier(window);
    auto* forms = dossier->findChild<QTableWidget*>(QStringLiteral("forms"));
    REQUIRE(forms != nullptr);
    dossier->tabs()->setCurrentWidget(forms->parentWidget());
    CHECK(dossier->findChild<QPushButton*>(QStringLiteral("startWoonevaluatie")) != nullptr);
    CHECK(dossier->findChild<QPushButton*>(QStringLiteral("start-toestemmingsverklaring")) != nullptr);
    auto* note = dossier->findChild<QLabel*>(QStringLiteral("formSetNote"));
    REQUIRE(note != nullptr);
    CHECK(note->isHidden()); // every document of the 2026 agreements is in the program
    // The letters are not started here but from their complaint (tab Overlast).
    CHECK(dossier->findChild<QPushButton*>(QStringLiteral("start-waarschuwingsbrief")) == nullptr);
    // 23-11-2026: the year since the begeleidingsovereenkomst is not over, no Voordracht yet.
    auto* voordracht = dossier->findChild<QPushButton*>(QStringLiteral("start-voordracht-omklap"));
    REQUIRE(voordracht != nullptr);
    CHECK_FALSE(voordracht->isEnabled());
    CHECK(voordracht->toolTip().startsWith(QStringLiteral("Zodra de omklapcheck slaagt")));
    saveScreenshot(window, "dossier-forms-amsterdam.png");

    // 20-01-2027: every condition is met; the Voordracht starts as a wizard, pre-filled.
    fixture.clock.advance(qint64(58) * 24 * 3600);
    REQUIRE(window.openDossier(QStringLiteral("D-0001")));
    dossier->tabs()->setCurrentWidget(forms->parentWidget());
    voordracht = dossier->findChild<QPushButton*>(QStringLiteral("start-voordracht-omklap"));
    REQUIRE(voordracht != nullptr);
    REQUIRE(voordracht->isEnabled());
    voordracht->click();
    REQUIRE(forms->rowCount() == 1);
    CHECK(forms->item(0, 0)->text() == QStringLiteral("Voordracht voor Omklap"));
    saveScreenshot(window, "wizard-voordracht-omklap.png");
    const qint64 formId = forms->item(0, 0)->data(Qt::UserRole).toLongLong();
    const Actor begeleider{QStringLiteral("Test Begeleider"), QString(), QStringLiteral("begeleider")};
    FormFiling filing(fixture.session.database(), begeleider, fixture.clock.now());
    REQUIRE(
        filing
            .saveAnswers(formId, {{QStringLiteral("organisatie"), QStringLiteral("Stichting Voorbeeldzorg")},
                                  {QStringLiteral("datum_evaluatie"), QStringLiteral("2026-11-02")},
                                  {QStringLiteral("corporatie_akkoord"), QStringLiteral("ja")},
                                  {QStringLiteral("professionals_akkoord"), QStringLiteral("ja")},
                                  {QStringLiteral("steun_na_omklap"), QStringLiteral("Buurtteam")}})
            .isEmpty());
    const QString finalised = filing.finalise(formId);
    INFO(finalised.toStdString());
    REQUIRE(finalised.isEmpty());

    // Woonzaken's answer: nothing is assumed; a refusal without its motivation is refused.
    fixture.clock.advance(2 * 24 * 3600);
    REQUIRE(window.openDossier(QStringLiteral("D-0001")));
    dossier->tabs()->setCurrentWidget(forms->parentWidget());
    forms->setCurrentCell(0, 0);
    QString firstProblem;
    const NextDialog<WoonzakenAnswerDialog> answer([&](WoonzakenAnswerDialog& dialog) {
        dialog.date()->setDate(QDate(2027, 1, 22));
        dialog.record();
        firstProblem = dialog.problem();
        dialog.agreed()->setChecked(true);
        saveScreenshot(dialog, "dialog-woonzaken-answer.png");
        dialog.record();
    });
    dossier->findChild<QPushButton*>(QStringLiteral("woonzakenAnswer"))->click();
    CHECK(answer.answered());
    CHECK(firstProblem == QStringLiteral("Kies of Woonzaken akkoord ging of afwees."));
    CHECK(forms->item(0, 2)->text().contains(QStringLiteral("Woonzaken akkoord op 22-01-2027")));
    const Result<Trajectory> after =
        TrajectoryRepository(fixture.session.database()).load(QStringLiteral("D-0001"));
    REQUIRE(after.ok());
    CHECK(after->events.last().type == QStringLiteral("woonzaken_akkoord"));
    CHECK(after->events.last().text(u"voordracht") == QString::number(formId));
}

TEST_CASE("Issue 20: a complaint's letter is started from the complaint, at the protocol's step",
          "[gui][dossier][overlast][forms]")
{
    WindowFixture fixture;
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-09-01").add("overlast_gemeld", "2026-11-19", idField("m1"));
    prepareStoreWith(fixture, builder);
    MainWindow window(fixture.settings, fixture.languages, fixture.session, fixture.clock);
    DossierPage* dossier = unlockAndOpenDossier(window);
    auto* meldingen = dossier->findChild<QTableWidget*>(QStringLiteral("meldingen"));
    dossier->tabs()->setCurrentWidget(meldingen->parentWidget());
    auto* letter = dossier->findChild<QPushButton*>(QStringLiteral("overlastLetter"));
    REQUIRE(letter != nullptr);
    CHECK(dossier->lettersForSelectedMelding().isEmpty()); // no complaint chosen
    meldingen->setCurrentCell(0, 0);
    CHECK(dossier->lettersForSelectedMelding() == QStringList{QStringLiteral("terugkoppeling-overlast")});
    emit letter->menu()->aboutToShow();
    QAction* feedback = letter->menu()->findChild<QAction*>(QStringLiteral("terugkoppeling-overlast"));
    REQUIRE(feedback != nullptr);
    CHECK(feedback->text() == QStringLiteral("Terugkoppeling overlastklacht"));
    feedback->trigger();
    auto* forms = dossier->findChild<QTableWidget*>(QStringLiteral("forms"));
    REQUIRE(forms->rowCount() == 1);
    CHECK(forms->item(0, 2)->text().contains(QStringLiteral("melding m1")));
    FormFiling filing(fixture.session.database(),
                      Actor{QStringLiteral("Test Begeleider"), QString(), QStringLiteral("begeleider")},
                      fixture.clock.now());
    const FormAnswers started = filing.answers(forms->item(0, 0)->data(Qt::UserRole).toLongLong()).value();
    CHECK(started.value(QStringLiteral("melding")) == QStringLiteral("m1"));
    CHECK(started.value(QStringLiteral("datum_melding")) == QStringLiteral("2026-11-19"));
    saveScreenshot(window, "wizard-terugkoppeling-overlast.png");
}
