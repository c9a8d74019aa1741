// Filling in the Supplement and the Woonevaluatieformulier (issue 6): edition by date, skip
// logic, pre-fill from the dossier, and what making a form final records through the engine.
#include "StoreFixture.h"
#include "TrajectoryBuilder.h"

#include "common/DateText.h"
#include "filing/FormFiling.h"
#include "filing/FormSigning.h"
#include "forms/FormCheck.h"
#include "forms/FormOutcome.h"
#include "forms/FormSet.h"
#include "store/FormAnswerRepository.h"
#include "store/ParticipantRepository.h"
#include "store/SignatureRepository.h"
#include "store/StoreError.h"
#include "trajectory/RuleProfile.h"

#include <QSqlQuery>

using namespace storefixture;

namespace {

FormDefinition definition(const char* form, const char* edition)
{
    const Result<FormDefinition> loaded =
        FormDefinition::builtIn(QString::fromUtf8(form), QString::fromUtf8(edition));
    INFO(loaded.errors().join(u'\n').toStdString());
    REQUIRE(loaded.ok());
    return loaded.value();
}

QStringList applying(const FormDefinition& form, const FormAnswers& answers, const QStringList& ids)
{
    const FormCheck check(form, answers);
    QStringList result;
    for (const QString& id : ids) {
        if (check.applies(*form.field(id)))
            result << id;
    }
    return result;
}

QStringList problemFields(const FormDefinition& form, const FormAnswers& answers)
{
    QStringList fields;
    for (const FormProblem& problem : FormCheck(form, answers).problems())
        fields << problem.fieldId;
    return fields;
}

void importInto(EncryptedStore& store, const TrajectoryBuilder& builder, const QDate& today)
{
    const QString error = TrajectoryRepository(store.database())
                              .importTrajectory(builder.trajectory(), tester(), today, fixedNow());
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

QStringList eventTypes(const QList<TrajectoryEvent>& events)
{
    QStringList types;
    for (const TrajectoryEvent& event : events)
        types << event.type;
    return types;
}

QList<TrajectoryEvent> storedEvents(EncryptedStore& store)
{
    const Result<Trajectory> trajectory = TrajectoryRepository(store.database()).load(QStringLiteral("T-1"));
    REQUIRE(trajectory.ok());
    return trajectory->events;
}

} // namespace

TEST_CASE("Amsterdam 2026: the 2026 forms for conversations from 1 January 2026, the 2020 forms before",
          "[forms]")
{
    for (const char* form : {"supplement-wgh", "woonevaluatie"}) {
        const QString name = QString::fromUtf8(form);
        CHECK(FormDefinition::editionFor(name, QDate(2025, 12, 31))->edition == QStringLiteral("2020"));
        CHECK(FormDefinition::editionFor(name, QDate(2026, 1, 1))->edition == QStringLiteral("2026"));
    }
    const Result<FormDefinition> tooEarly =
        FormDefinition::editionFor(QStringLiteral("woonevaluatie"), QDate(2019, 5, 1));
    REQUIRE_FALSE(tooEarly.ok());
    CHECK(tooEarly.errors().join(u' ').contains(QStringLiteral("01-05-2019")));
}

TEST_CASE(
    "Bijlage 2b and 3a (2020) load with the 2020 wording: bewoner, Mailadres, question 6 without overlast",
    "[forms]")
{
    const FormDefinition supplement = definition("supplement-wgh", "2020");
    CHECK(supplement.field(QStringLiteral("deelnemer"))->label == QStringLiteral("Gegevens van de bewoner:"));
    CHECK(supplement.sections.at(1).title ==
          QStringLiteral("Goed huurderschap")); // before part 1, as in 2020
    CHECK(supplement.field(QStringLiteral("huisregels"))->label ==
          QStringLiteral("Zijn er huisregels in het complex waarmee je rekening moet houden?"));
    const FormDefinition evaluation = definition("woonevaluatie", "2020");
    CHECK(evaluation.field(QStringLiteral("overlast_woonfraude")) == nullptr);
    CHECK(evaluation.field(QStringLiteral("steunstructuur"))->label ==
          QStringLiteral(
              "Op welke steunstructuur / structuren kun je een beroep doen na het moment van omklappen?"));
    CHECK(evaluation.field(QStringLiteral("contact_zorgaanbieder"))
              ->definition.value(QStringLiteral("partLabels"))
              .toObject()
              .value(QStringLiteral("email"))
              .toString() == QStringLiteral("Mailadres"));
}

TEST_CASE("Woonevaluatie question 6: 'Nee: ga naar vraag 7 / Ja: vul vraag 6 in, vraag 7 vervalt'", "[forms]")
{
    for (const char* edition : {"2026", "2020"}) {
        const FormDefinition form = definition("woonevaluatie", edition);
        const QStringList six{QStringLiteral("alle_doelen_behaald"), QStringLiteral("steunstructuur")};
        const QStringList seven{QStringLiteral("volgend_gesprek"), QStringLiteral("bijzonderheden")};
        FormAnswers answers{{QStringLiteral("voordracht_omklap"), QStringLiteral("nee")}};
        CHECK(applying(form, answers, six + seven) == seven);
        answers[QStringLiteral("voordracht_omklap")] = QStringLiteral("ja");
        CHECK(applying(form, answers, six + seven) == six);
        answers.remove(QStringLiteral("voordracht_omklap")); // not answered yet: neither part
        CHECK(applying(form, answers, six + seven).isEmpty());
    }
}

TEST_CASE("A form is checked against its definition: required answers, constraints and types", "[forms]")
{
    const FormDefinition form = definition("woonevaluatie", "2026");
    FormAnswers answers;
    CHECK(problemFields(form, answers) ==
          QStringList{QStringLiteral("datum_woonevaluatiegesprek"), QStringLiteral("voordracht_omklap")});
    CHECK(FormCheck(form, answers).problems().first().message ==
          QStringLiteral("Vul de datum van het woonevaluatiegesprek in."));

    answers = {{QStringLiteral("datum_kennismakingsgesprek"), QStringLiteral("2026-03-01")},
               {QStringLiteral("datum_woonevaluatiegesprek"), QStringLiteral("2026-02-01")},
               {QStringLiteral("voordracht_omklap"), QStringLiteral("misschien")},
               {QStringLiteral("doelen"),
                QStringLiteral(R"([{"omschrijving": "Huur op tijd", "leefdomein": "geld"}])")}};
    const QList<FormProblem> problems = FormCheck(form, answers).problems();
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(0).message ==
          QStringLiteral("Het woonevaluatiegesprek kan niet vóór het kennismakingsgesprek zijn."));
    CHECK(problems.at(1).fieldId == QStringLiteral("doelen")); // leefdomein "geld" is not a life domain
    CHECK(problems.at(2).fieldId == QStringLiteral("voordracht_omklap"));

    answers[QStringLiteral("datum_woonevaluatiegesprek")] =
        QStringLiteral("31-02-2026"); // not ISO, not a date
    CHECK(problemFields(form, answers).first() == QStringLiteral("datum_woonevaluatiegesprek"));
    CHECK_FALSE(FormCheck::parseDate(QStringLiteral("31-02-2026")).isValid());
    CHECK(FormCheck::parseDate(QStringLiteral("5-3-2027")) == QDate(2027, 3, 5));
    // What the English interface shows (DateText: dd/mm/yyyy) is read back as the same day.
    CHECK(FormCheck::parseDate(QStringLiteral("05/03/2027")) == QDate(2027, 3, 5));
    CHECK(FormCheck::looksLikeDate(QStringLiteral("05/03/2027")));
    DateText::useEnglish(true);
    const QString shownInEnglish = DateText::date(QDate(2027, 3, 5));
    DateText::useEnglish(false);
    CHECK(shownInEnglish == QStringLiteral("05/03/2027"));
    CHECK(FormCheck::parseDate(shownInEnglish) == QDate(2027, 3, 5));
}

TEST_CASE(
    "A new Supplement is pre-filled from the dossier, correcting a pre-filled answer changes only the form",
    "[forms][store]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    importInto(*store,
               TrajectoryBuilder("amsterdam-2026")
                   .startedOn("2026-01-15")
                   .add("sleutel_overgedragen", "2026-01-19")
                   .add("kennismakingsgesprek_gepland", "2026-01-20",
                        fields({{QStringLiteral("gepland_op"), QStringLiteral("2026-02-10")}})),
               QDate(2026, 1, 20));
    FormFiling filing(store->database(), tester(), QDateTime(QDate(2026, 2, 10), QTime(9, 30)));
    const Result<qint64> form = filing.start(QStringLiteral("T-1"), QStringLiteral("supplement-wgh"));
    INFO(form.errors().join(u' ').toStdString());
    REQUIRE(form.ok());
    CHECK(filing.instance(form.value())->edition == QStringLiteral("2026"));
    FormAnswers answers = filing.answers(form.value()).value();
    CHECK(
        FormValues::parseContact(answers.value(QStringLiteral("deelnemer"))).value(QStringLiteral("naam")) ==
        QStringLiteral("Test Deelnemer"));
    // The lease starts when the home is handed over, not when the omklap clock starts (15 Jan).
    CHECK(answers.value(QStringLiteral("startdatum_intermediaire_verhuur")) == QStringLiteral("2026-01-19"));
    CHECK(answers.value(QStringLiteral("datum_kennismakingsgesprek")) == QStringLiteral("2026-02-10"));

    REQUIRE(filing
                .saveAnswer(form.value(), QStringLiteral("deelnemer"),
                            FormValues::contactToJson(
                                {{QStringLiteral("naam"), QStringLiteral("Test D. Deelnemer")}}))
                .isEmpty());
    CHECK(ParticipantRepository(store->database()).load(QStringLiteral("T-1"))->naam ==
          QStringLiteral("Test Deelnemer"));
}

TEST_CASE("An unfinished form is continued: a second one of the same form is never started beside it",
          "[forms][store]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    importInto(*store, TrajectoryBuilder("amsterdam-2026").startedOn("2026-01-15"), QDate(2026, 2, 10));
    FormFiling filing(store->database(), tester(), QDateTime(QDate(2026, 2, 10), QTime(9, 30)));
    CHECK_FALSE(
        filing.unfinished(QStringLiteral("T-1"), QStringLiteral("woonevaluatie")).value().has_value());
    const qint64 form = filing.start(QStringLiteral("T-1"), QStringLiteral("woonevaluatie")).value();
    CHECK(filing.unfinished(QStringLiteral("T-1"), QStringLiteral("woonevaluatie")).value() == form);

    const Result<qint64> second = filing.start(QStringLiteral("T-1"), QStringLiteral("woonevaluatie"));
    REQUIRE_FALSE(second.ok());
    CHECK(second.errors().join(u' ') ==
          QStringLiteral("Participant T-1 already has an unfinished form woonevaluatie (number %1): continue "
                         "that one; no second one was started.")
              .arg(form));
    CHECK(FormAnswerRepository(store->database()).instances(QStringLiteral("T-1"))->size() == 1);
    // Another form of the same participant is its own matter.
    CHECK(filing.start(QStringLiteral("T-1"), QStringLiteral("supplement-wgh")).ok());

    REQUIRE(filing.saveAnswers(form, {{QStringLiteral("ervaring_wonen"), QStringLiteral("Fijn")}}).isEmpty());
    CHECK(filing.answers(form)->value(QStringLiteral("ervaring_wonen")) == QStringLiteral("Fijn"));
}

TEST_CASE(
    "Making the Supplement final records kennismakingsgesprek_gehouden and doel_vastgesteld, then locks it",
    "[forms][store]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    importInto(*store, TrajectoryBuilder("amsterdam-2026").startedOn("2026-01-15"), QDate(2026, 2, 10));
    FormFiling filing(store->database(), tester(), QDateTime(QDate(2026, 2, 10), QTime(9, 30)));
    const qint64 form = filing.start(QStringLiteral("T-1"), QStringLiteral("supplement-wgh")).value();
    REQUIRE(filing
                .saveAnswer(
                    form, QStringLiteral("woondoelen"),
                    QStringLiteral(R"([{"omschrijving": "Huur op tijd betalen", "leefdomein": "financieel"},
                                              {"omschrijving": "Kennismaken met de buren", "leefdomein": "sociaal"}])"))
                .isEmpty());
    // A new goal gets its id when it is saved, so a later correction knows it.
    QList<GoalRow> rows;
    REQUIRE(FormValues::parseGoals(filing.answers(form)->value(QStringLiteral("woondoelen")), rows));
    CHECK(rows.at(0).id == QStringLiteral("g1"));
    CHECK(rows.at(1).id == QStringLiteral("g2"));

    const int before = int(storedEvents(*store).size());
    const QString error = filing.finalise(form);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    const QList<TrajectoryEvent> events = storedEvents(*store).mid(before);
    CHECK(eventTypes(events) == QStringList{QStringLiteral("kennismakingsgesprek_gehouden"),
                                            QStringLiteral("doel_vastgesteld"),
                                            QStringLiteral("doel_vastgesteld")});
    CHECK(events.at(0).date == QDate(2026, 2, 10));
    CHECK(events.at(2).text(u"omschrijving") == QStringLiteral("Kennismaken met de buren"));
    CHECK(filing.instance(form)->status == QStringLiteral("definitief"));

    // Locked: by the program and by the database itself.
    CHECK_FALSE(filing.saveAnswer(form, QStringLiteral("borg"), QStringLiteral("Nee")).isEmpty());
    QSqlQuery query(store->database());
    CHECK_FALSE(query.exec(
        QStringLiteral("UPDATE form_answer SET value = 'x' WHERE form_instance_id = %1").arg(form)));
    CHECK_FALSE(filing.finalise(form).isEmpty());
}

TEST_CASE("When the engine refuses the form's events, nothing is recorded and the draft stays as it was",
          "[forms][store][badinput]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    // Still waiting for a home: no kennismakingsgesprek possible yet (Werkafspraak 4: after the
    // begeleidingsovereenkomst).
    importInto(*store, TrajectoryBuilder("amsterdam-2026").add("aanmelding", "2026-01-05"),
               QDate(2026, 2, 10));
    FormFiling filing(store->database(), tester(), QDateTime(QDate(2026, 2, 10), QTime(9, 30)));
    const qint64 form = filing.start(QStringLiteral("T-1"), QStringLiteral("supplement-wgh")).value();
    REQUIRE(filing.saveAnswer(form, QStringLiteral("borg"), QStringLiteral("Nee")).isEmpty());
    const FormAnswers before = filing.answers(form).value();
    const QString error = filing.finalise(form);
    CHECK(error.contains(QStringLiteral("kennismakingsgesprek_gehouden")));
    CHECK(storedEvents(*store).size() == 1);
    CHECK(filing.instance(form)->status == QStringLiteral("concept"));
    CHECK(filing.answers(form).value() == before);
}

TEST_CASE(
    "Woonevaluatie final: woonevaluatie_gehouden with the agreed next date, goal statuses, omklap check",
    "[forms][store]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15")
        .add("doel_vastgesteld", "2026-02-01",
             fields({{QStringLiteral("id"), QStringLiteral("g1")},
                     {QStringLiteral("leefdomein"), QStringLiteral("financieel")},
                     {QStringLiteral("omschrijving"), QStringLiteral("Huur op tijd betalen")}}));
    importInto(*store, builder, QDate(2026, 11, 20));
    FormFiling filing(store->database(), tester(), QDateTime(QDate(2026, 11, 20), QTime(9, 30)));
    const qint64 form = filing.start(QStringLiteral("T-1"), QStringLiteral("woonevaluatie")).value();
    QList<GoalRow> rows;
    REQUIRE(FormValues::parseGoals(filing.answers(form)->value(QStringLiteral("doelen")), rows));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().behaald == QStringLiteral("nee")); // the last status the dossier knows
    rows.first().behaald = QStringLiteral("ja");
    rows.first().stand = QStringLiteral("Al tien maanden op tijd betaald");
    REQUIRE(filing.saveAnswer(form, QStringLiteral("doelen"), FormValues::goalsToJson(rows)).isEmpty());
    REQUIRE(filing.saveAnswer(form, QStringLiteral("voordracht_omklap"), QStringLiteral("nee")).isEmpty());
    REQUIRE(
        filing.saveAnswer(form, QStringLiteral("volgend_gesprek"), QStringLiteral("15-05-2027")).isEmpty());

    const Result<QList<TrajectoryEvent>> outcome = filing.outcome(form);
    REQUIRE(outcome.ok());
    CHECK(eventTypes(outcome.value()) ==
          QStringList{QStringLiteral("woonevaluatie_gehouden"), QStringLiteral("doel_behaald")});
    CHECK(outcome->first().text(u"volgende_gesprek") == QStringLiteral("2027-05-15"));
    // Werkafspraak 8: the year has not passed yet, so the check shows what is still unmet.
    const Result<Evaluation> preview = filing.preview(form);
    REQUIRE(preview.ok());
    CHECK(preview->omklap.unmet == QStringList{QStringLiteral("minimum_duur")});

    // Question 6 Ja: question 7 falls away, so "volgend gesprek" no longer says anything.
    REQUIRE(filing.saveAnswer(form, QStringLiteral("voordracht_omklap"), QStringLiteral("ja")).isEmpty());
    CHECK_FALSE(filing.outcome(form)->first().fields.contains(u"volgende_gesprek"));
    CHECK(filing.answers(form)->value(QStringLiteral("volgend_gesprek")) ==
          QStringLiteral("15-05-2027")); // kept

    REQUIRE(filing.finalise(form).isEmpty());
    const Evaluation after = builder.add("woonevaluatie_gehouden", "2026-11-20")
                                 .add("doel_behaald", "2026-11-20", idField("g1"))
                                 .evaluate("2026-11-20")
                                 .value();
    CHECK(after.goals.first().behaald);
    CHECK(eventTypes(storedEvents(*store).mid(9)) ==
          QStringList{QStringLiteral("woonevaluatie_gehouden"), QStringLiteral("doel_behaald")});
}

TEST_CASE("A correction is a new version linked to the final one, only what is new is recorded",
          "[forms][store]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    importInto(*store, TrajectoryBuilder("amsterdam-2026").startedOn("2026-01-15"), QDate(2026, 2, 10));
    FormFiling filing(store->database(), tester(), QDateTime(QDate(2026, 2, 10), QTime(9, 30)));
    const qint64 first = filing.start(QStringLiteral("T-1"), QStringLiteral("supplement-wgh")).value();
    REQUIRE(filing
                .saveAnswer(first, QStringLiteral("woondoelen"),
                            QStringLiteral(
                                R"([{"omschrijving": "Huur op tijd betalen", "leefdomein": "financieel"}])"))
                .isEmpty());
    REQUIRE(filing.finalise(first).isEmpty());
    const int afterFirst = int(storedEvents(*store).size());

    const Result<qint64> second = filing.startCorrection(first);
    REQUIRE(second.ok());
    const FormInstance correction = filing.instance(second.value()).value();
    CHECK(correction.version == 2);
    CHECK(correction.previousId == first);
    CHECK(correction.status == QStringLiteral("concept"));
    CHECK(filing.answers(second.value()).value() == filing.answers(first).value());
    CHECK(filing.outcome(second.value())->isEmpty()); // nothing new yet

    QList<GoalRow> rows;
    REQUIRE(
        FormValues::parseGoals(filing.answers(second.value())->value(QStringLiteral("woondoelen")), rows));
    rows.append(
        {QString(), QStringLiteral("sociaal"), QStringLiteral("Een vrijwilligersbaan vinden"), {}, {}});
    REQUIRE(filing.saveAnswer(second.value(), QStringLiteral("woondoelen"), FormValues::goalsToJson(rows))
                .isEmpty());
    REQUIRE(filing.finalise(second.value()).isEmpty());
    const QList<TrajectoryEvent> added = storedEvents(*store).mid(afterFirst);
    REQUIRE(eventTypes(added) == QStringList{QStringLiteral("doel_vastgesteld")});
    CHECK(added.first().text(u"id") == QStringLiteral("g2"));
    CHECK(filing.instance(first)->status == QStringLiteral("definitief")); // both kept
    CHECK_FALSE(filing.startCorrection(second.value() + 1).ok());
}

TEST_CASE("Impossible and implausible dates are refused with the field named, free text stays free",
          "[forms][badinput]")
{
    const FormDefinition form = definition("woonevaluatie", "2026");
    const FormField* next = form.field(QStringLiteral("volgend_gesprek"));
    const FormField* held = form.field(form.conversationDateField);
    REQUIRE(next != nullptr);
    REQUIRE(held != nullptr);
    // "Wat is een goed moment voor het volgende gesprek?": text, but a date must be a real one.
    CHECK(FormCheck::storedValue(*next, QStringLiteral("na de zomer")).value() ==
          QStringLiteral("na de zomer"));
    CHECK(FormCheck::storedValue(*next, QStringLiteral("1-9-2027")).ok());
    const Result<QString> impossible = FormCheck::storedValue(*next, QStringLiteral("30-02-2027"));
    REQUIRE_FALSE(impossible.ok());
    CHECK(impossible.errors().first().contains(QStringLiteral("volgend_gesprek")));
    CHECK_FALSE(FormCheck::storedValue(*held, QStringLiteral("01-01-0001")).ok());
    CHECK(FormCheck::storedValue(*held, QStringLiteral("20-11-2026")).value() ==
          QStringLiteral("2026-11-20"));
}

TEST_CASE("Issue 20: each region's agreements offer their own forms, and no borrowed Amsterdam form",
          "[forms][regions]")
{
    // Every rule profile has its set, and every form a set offers is a form of the program.
    const QStringList builtInForms = FormDefinition::builtInForms();
    for (const QString& profile : RuleProfile::builtInIds()) {
        const Result<FormSet> set = FormSet::forProfile(profile);
        INFO(profile.toStdString() << ": " << set.errors().join(u' ').toStdString());
        REQUIRE(set.ok());
        for (const FormSet::Offered& offered : set->forms)
            CHECK(builtInForms.contains(offered.form));
        CHECK_FALSE((set->forms.isEmpty() && set->notAvailable.isEmpty())); // nothing said at all
    }
    CHECK(FormSet::forProfile(QStringLiteral("amsterdam-2026"))->offers(QStringLiteral("woonevaluatie")));
    CHECK_FALSE(FormSet::forProfile(QStringLiteral("zuidoost-utrecht-2022"))
                    ->offers(QStringLiteral("woonevaluatie")));
    CHECK(FormSet::forProfile(QStringLiteral("zuidoost-utrecht-2022"))
              ->offers(QStringLiteral("overdrachtsdocument")));
    CHECK(FormSet::forProfile(QStringLiteral("amersfoort-2023"))->forms.isEmpty());

    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    importInto(*store,
               TrajectoryBuilder("zuidoost-utrecht-2022")
                   .add("aanmelding", "2026-01-05")
                   .add("uitstroomvoorbereiding_gestart", "2026-01-12"),
               QDate(2026, 2, 10));
    FormFiling filing(store->database(), tester(), QDateTime(QDate(2026, 2, 10), QTime(9, 30)));
    // The Amsterdam Woonevaluatie, whose events this region's engine would refuse: not started.
    const Result<qint64> borrowed = filing.start(QStringLiteral("T-1"), QStringLiteral("woonevaluatie"));
    REQUIRE_FALSE(borrowed.ok());
    CHECK(
        borrowed.errors().join(u' ') ==
        QStringLiteral("Form woonevaluatie is not one of the forms of the agreements zuidoost-utrecht-2022, "
                       "which participant T-1 follows (their forms: overdrachtsdocument, "
                       "preventie-actieplan). Nothing was "
                       "started."));
    CHECK(FormAnswerRepository(store->database()).instances(QStringLiteral("T-1"))->isEmpty());
    // The region's own Overdrachtsdocument: started, filled in and made final (it records no
    // events: the agreements tie none to it).
    const Result<qint64> handover =
        filing.start(QStringLiteral("T-1"), QStringLiteral("overdrachtsdocument"));
    INFO(handover.errors().join(u' ').toStdString());
    REQUIRE(handover.ok());
    // The client's name comes from the dossier (prefill "deelnemer.naam"), as the wizard shows it.
    const Result<Trajectory> participant =
        TrajectoryRepository(store->database()).load(QStringLiteral("T-1"));
    REQUIRE(participant.ok());
    REQUIRE_FALSE(participant->deelnemer.naam.isEmpty());
    CHECK(filing.answers(handover.value())->value(QStringLiteral("naam_client")) ==
          participant->deelnemer.naam);
    const QString finalised = filing.finalise(handover.value());
    INFO(finalised.toStdString());
    CHECK(finalised.isEmpty());
    CHECK(filing.instance(handover.value())->isFinal());

    // Badly written sets are refused with what is wrong, never read as "no forms".
    CHECK(FormSet::fromJson(R"({"profile": "x", "source": "y", "froms": [], "notAvailable": []})",
                            QStringLiteral("x.json"))
              .errors()
              .join(u' ')
              .contains(QStringLiteral("unknown key \"froms\"")));
    CHECK_FALSE(
        FormSet::fromJson(R"({"profile": "x", "source": "y", "forms": [{"form": "a"}], "notAvailable": []})",
                          QStringLiteral("x.json"))
            .ok());
    CHECK_FALSE(
        FormSet::fromJson(
            R"({"profile": "x", "source": "y", "forms": [{"form": "a", "when": "b"}, {"form": "a", "when": "c"}], "notAvailable": []})",
            QStringLiteral("x.json"))
            .ok());
    CHECK_FALSE(FormSet::forProfile(QStringLiteral("utrecht-2099")).ok());
}

TEST_CASE("Issue 20: the participant's signature on a final Toestemmingsverklaring records the consent it "
          "declares, in one transaction with the signature",
          "[forms][consent]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    importInto(*store, TrajectoryBuilder("amsterdam-2026").startedOn("2026-01-15"), QDate(2026, 11, 20));
    const QDateTime now(QDate(2026, 11, 20), QTime(9, 30));
    FormFiling filing(store->database(), tester(), now);
    FormSigning signing(store->database(), tester(), QDate(2026, 11, 20), now);
    CHECK(SignatureRepository::partiesOf(QStringLiteral("toestemmingsverklaring"), QStringLiteral("2026")) ==
          QStringList({QStringLiteral("deelnemer"), QStringLiteral("zorgaanbieder")}));
    CHECK(SignatureRepository::partiesOf(QStringLiteral("overdrachtsdocument"), QStringLiteral("2020"))
              .isEmpty());
    CHECK(SignatureRepository::partiesOf(QStringLiteral("woonevaluatie"), QStringLiteral("2026")).size() ==
          3);

    const auto consentEvents = [&store] {
        QStringList found;
        for (const TrajectoryEvent& event : storedEvents(*store)) {
            if (event.type.startsWith(QStringLiteral("toestemming_")))
                found << event.type + u' ' + event.date.toString(Qt::ISODate);
        }
        return found;
    };
    const QStringList before = consentEvents(); // given at the start (2025-06-02)
    REQUIRE(before == QStringList{QStringLiteral("toestemming_gegeven 2025-06-02")});

    const qint64 withdrawal =
        filing
            .start(QStringLiteral("T-1"), QStringLiteral("toestemmingsverklaring"), {}, {},
                   {{QStringLiteral("bewaartermijn"), QStringLiteral("Tot twee jaar na de omklap")},
                    {QStringLiteral("keuze"),
                     QStringLiteral(
                         "Ik trek mijn toestemming voor het delen van de informatie rond het wonen in.")}})
            .value();
    const DrawnSignature participant{QStringLiteral("deelnemer"),
                                     QStringLiteral("Test Deelnemer"),
                                     QString(),
                                     QDate(2026, 11, 20),
                                     {QPolygonF({QPointF(0, 0), QPointF(10, 5)})}};
    // Before it is final, what it declares could still change: the participant does not sign yet.
    CHECK(signing.sign(withdrawal, participant).contains(QStringLiteral("once it is final")));
    CHECK(consentEvents() == before);
    const QString finalised = filing.finalise(withdrawal);
    INFO(finalised.toStdString());
    REQUIRE(finalised.isEmpty());
    CHECK(consentEvents() == before); // making it final records nothing: the signature does

    // The care provider's signature records nothing; the participant's records the withdrawal.
    const DrawnSignature provider{QStringLiteral("zorgaanbieder"),
                                  QStringLiteral("Bea Begeleider"),
                                  QStringLiteral("persoonlijk begeleider"),
                                  QDate(2026, 11, 20),
                                  {QPolygonF({QPointF(0, 0), QPointF(10, 5)})}};
    REQUIRE(signing.sign(withdrawal, provider).isEmpty());
    CHECK(consentEvents() == before);
    DrawnSignature backdated = participant;
    backdated.signedOn = QDate(2026, 11, 1); // before the verklaring's own date (20-11-2026)
    CHECK(signing.sign(withdrawal, backdated)
              .contains(QStringLiteral("dated before the Toestemmingsverklaring")));
    REQUIRE(signing.sign(withdrawal, participant).isEmpty());
    CHECK(consentEvents() == QStringList({QStringLiteral("toestemming_gegeven 2025-06-02"),
                                          QStringLiteral("toestemming_ingetrokken 2026-11-20")}));
    // Signed once: a new decision is a new verklaring, not a second signature on this one.
    CHECK(signing.sign(withdrawal, participant)
              .contains(QStringLiteral("signed this Toestemmingsverklaring already")));
    CHECK(consentEvents().size() == 2);
    CHECK(FormAnswerRepository(store->database()).instance(withdrawal)->missingSignatures().isEmpty());

    // Consent given again later, on paper: the date written on the paper is the event's date.
    FormFiling later(store->database(), tester(), now.addDays(3));
    const qint64 consent =
        later
            .start(
                QStringLiteral("T-1"), QStringLiteral("toestemmingsverklaring"), {}, {},
                {{QStringLiteral("bewaartermijn"), QStringLiteral("Tot twee jaar na de omklap")},
                 {QStringLiteral("datum"), QStringLiteral("2026-11-21")},
                 {QStringLiteral("keuze"),
                  QStringLiteral(
                      "Ik geef toestemming voor het delen van de informatie rond het wonen, zoals hierboven "
                      "beschreven.")}})
            .value();
    REQUIRE(later.finalise(consent).isEmpty());
    FormSigning onPaper(store->database(), tester(), QDate(2026, 11, 23), now.addDays(3));
    REQUIRE(onPaper
                .recordOnPaper(consent, {QStringLiteral("deelnemer"),
                                         QStringLiteral("Test Deelnemer"),
                                         QString(),
                                         QDate(2026, 11, 22),
                                         {}})
                .isEmpty());
    CHECK(consentEvents().last() == QStringLiteral("toestemming_gegeven 2026-11-22"));
}

TEST_CASE(
    "Issue 20: when the engine refuses the consent a signature would record, the signature is not stored "
    "either",
    "[forms][consent]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    importInto(*store, TrajectoryBuilder("amsterdam-2026").startedOn("2026-01-15"), QDate(2026, 11, 20));
    const QDateTime now(QDate(2026, 11, 20), QTime(9, 30));
    FormFiling filing(store->database(), tester(), now);
    const QString withdraw =
        QStringLiteral("Ik trek mijn toestemming voor het delen van de informatie rond het wonen in.");
    const qint64 verklaring =
        filing
            .start(QStringLiteral("T-1"), QStringLiteral("toestemmingsverklaring"), {}, {},
                   {{QStringLiteral("bewaartermijn"), QStringLiteral("Tot twee jaar na de omklap")},
                    {QStringLiteral("keuze"), withdraw}})
            .value();
    REQUIRE(filing.finalise(verklaring).isEmpty());
    // The trajectory ends the next day; the participant signs the day after: no consent can be
    // recorded in an ended trajectory, so neither the event nor the signature is kept.
    TrajectoryEvent ended;
    ended.type = QStringLiteral("traject_beeindigd");
    ended.date = QDate(2026, 11, 21);
    ended.fields.insert(QStringLiteral("reden"), QStringLiteral("verhuisd naar elders"));
    REQUIRE(TrajectoryRepository(store->database())
                .recordEvent(QStringLiteral("T-1"), ended, tester(), QDate(2026, 11, 22), now.addDays(2))
                .isEmpty());
    const qsizetype eventsBefore = storedEvents(*store).size();
    FormSigning later(store->database(), tester(), QDate(2026, 11, 22), now.addDays(2));
    const QString refused = later.sign(verklaring, {QStringLiteral("deelnemer"),
                                                    QStringLiteral("Test Deelnemer"),
                                                    QString(),
                                                    QDate(2026, 11, 22),
                                                    {QPolygonF({QPointF(0, 0), QPointF(10, 5)})}});
    INFO(refused.toStdString());
    CHECK_FALSE(refused.isEmpty());
    CHECK(storedEvents(*store).size() == eventsBefore);
    CHECK(SignatureRepository(store->database()).valid(verklaring)->isEmpty());
    CHECK_FALSE(StoreError::inTransaction(store->database()));

    // A new verklaring in the ended trajectory cannot be made final: it could never be signed.
    FormFiling afterwards(store->database(), tester(), now.addDays(2));
    const qint64 afterEnd =
        afterwards
            .start(QStringLiteral("T-1"), QStringLiteral("toestemmingsverklaring"), {}, {},
                   {{QStringLiteral("bewaartermijn"), QStringLiteral("Tot twee jaar na de omklap")},
                    {QStringLiteral("keuze"), withdraw}})
            .value();
    CHECK(afterwards.finalise(afterEnd).contains(QStringLiteral("cannot be signed in this trajectory")));
}
