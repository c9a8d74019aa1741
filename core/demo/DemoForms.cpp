#include "demo/DemoForms.h"

#include "demo/DemoRandom.h"

#include "filing/FormFiling.h"
#include "filing/FormPrefill.h"
#include "forms/FormCheck.h"
#include "forms/FormDefinition.h"
#include "forms/FormOutcome.h"
#include "store/FormAnswerRepository.h"
#include "store/SignatureRepository.h"
#include "trajectory/IsoDate.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>

namespace {

// What a begeleider writes, short and ordinary; never anything that could be a real person's.
const QStringList sentences{
    QStringLiteral("Gaat goed; de deelnemer houdt zich aan de afspraken."),
    QStringLiteral("Besproken tijdens het huisbezoek; de deelnemer pakt dit zelf op."),
    QStringLiteral("Nog een aandachtspunt: de post op tijd openen. De begeleider helpt wekelijks."),
    QStringLiteral("Contact met de buren is vriendelijk; er zijn geen klachten bekend."),
    QStringLiteral("De huur wordt via budgetbeheer betaald, zonder achterstand."),
    QStringLiteral("Afgesproken dit bij de volgende woonevaluatie opnieuw te bespreken."),
    QStringLiteral("De deelnemer heeft een vast dagritme en gaat drie dagen per week naar de dagbesteding."),
    QStringLiteral("Zus en een buurman zijn het steunsysteem; het Buurtteam is al eens langs geweest."),
};

// Answers that must fit their question rather than be any sentence: "form/field" first, then
// "field" for every form.
const QHash<QString, QString> specific{
    {QStringLiteral("bewaartermijn"), QStringLiteral("Tot twee jaar na het einde van de begeleiding")},
    {QStringLiteral("professionals"), QStringLiteral("WPI en het Buurtteam: beide akkoord met omklappen.")},
    {QStringLiteral("steun_na_omklap"),
     QStringLiteral("Budgetbeheer loopt door; het Buurtteam komt de eerste drie maanden maandelijks langs.")},
    {QStringLiteral("volgend_gesprek"), QStringLiteral("Over een jaar, of eerder als het nodig is")},
    {QStringLiteral("steunsysteem"),
     QStringLiteral("Zus en een buurman; het Buurtteam is al eens langs geweest.")},
    {QStringLiteral("open_vragen"), QStringLiteral("Hoe lang het budgetbeheer nog nodig is.")},
    {QStringLiteral("voordracht-omklap/vervolgstappen"),
     QStringLiteral(
         "De begeleider draagt de begeleiding binnen drie maanden na de omklap over aan het Buurtteam.")},
    {QStringLiteral("toelichting"),
     QStringLiteral("De deelnemer woont sinds de start zonder klachten en betaalt de huur op tijd.")},
    {QStringLiteral("derde_naam"), QStringLiteral("Ilse Schakel")},
    {QStringLiteral("derde_afdeling"), QStringLiteral("Kwaliteit en zorg")},
    {QStringLiteral("gedrag"), QStringLiteral("Harde muziek en geschreeuw na 23.00 uur, ook doordeweeks.")},
    {QStringLiteral("ondersteuning"),
     QStringLiteral(
         "Samen met de begeleider een vast avondritme afspreken; wekelijks een gesprek over de buren.")},
    {QStringLiteral("afspraken"),
     QStringLiteral("Na 22.00 uur geen muziek; bezoek vertrekt voor 23.00 uur.")},
    {QStringLiteral("waarschuwingsbrief/vervolgstappen"),
     QStringLiteral(
         "Bij herhaling volgt een officiële waarschuwingsbrief en een gesprek met de teammanager.")},
    {QStringLiteral("officiele-waarschuwingsbrief/vervolgstappen"),
     QStringLiteral("Bij voortduring volgt een aangetekende sommatiebrief.")},
    {QStringLiteral("eerdere_acties"),
     QStringLiteral("Waarschuwingsgesprek en waarschuwingsbrief; afspraken over een vast avondritme.")},
    {QStringLiteral("sommatie"),
     QStringLiteral("Vanaf vandaag geen geluidsoverlast meer tussen 22.00 en 7.00 uur.")},
    {QStringLiteral("gevolgen"),
     QStringLiteral(
         "Bij voortduring van de overlast ontbindt de zorgaanbieder de zorgleveringsovereenkomst en "
         "verliest de deelnemer het recht om de woning te bewonen.")},
    {QStringLiteral("ondernomen_acties"),
     QStringLiteral("Gesprek met de deelnemer (wederhoor) en met de melder.")},
    {QStringLiteral("overlast_ervaren"), QStringLiteral("nee")},
    {QStringLiteral("overlast_woonfraude"), QStringLiteral("nee")},
};

struct Filled
{
    QString form;
    QDate on;
    QHash<QString, QString> given; // answers the history decides (the melding, the judgement)
    QStringList signedBy;          // parties that signed on paper, on `on`
    bool final = true;
};

class Writer
{
public:
    Writer(const QSqlDatabase& database, const DossierFacts& facts, const Actor& actor, const QDate& today,
           quint64 seed)
        : m_database(database)
        , m_facts(facts)
        , m_details(facts.participant)
        , m_actor(actor)
        , m_today(today)
        , m_random(seed)
    {}

    QString write(const Filled& filled)
    {
        const Result<FormDefinition> definition = FormDefinition::editionFor(filled.form, filled.on);
        if (!definition)
            return {}; // no edition for that day (a letter before 2026): the paper era
        FormAnswers answers = FormPrefill::answers(definition.value(), m_facts);
        answers.insert(definition->conversationDateField, isoDate(filled.on));
        for (auto it = filled.given.cbegin(); it != filled.given.cend(); ++it) {
            if (definition->field(it.key()) != nullptr) // the 2026 Voordracht has no derde
                answers.insert(it.key(), it.value());
        }
        m_form = filled.form;
        for (const FormSection& section : definition->sections) {
            for (const FormField& field : section.fields) {
                if (field.type == FieldType::GoalsTable)
                    answers.insert(field.id, goalsOn(filled.on));
            }
        }
        fillIn(definition.value(), answers, filled.final);
        // Written when the demo is made, like its events: a team's laptops order what they send by
        // that moment, and a form dated before its participant arrived would wait for them.
        const QDateTime at(m_today, QTime(12, 0), Qt::UTC);
        FormAnswerRepository forms(m_database);
        const Result<qint64> created =
            forms.createForm(m_details.id, filled.form, definition->edition, m_actor, at, answers);
        if (!created)
            return created.errors().join(u' ');
        if (!filled.final)
            return {}; // a concept, as the caseworker left it
        if (const QList<FormProblem> problems = FormCheck(definition.value(), answers).problems();
            !problems.isEmpty())
            return DemoForms::tr("its answers do not pass the form's checks (%1: %2)")
                .arg(problems.first().fieldId, problems.first().message);
        QSqlDatabase database = m_database;
        if (!database.transaction())
            return database.lastError().text();
        if (const QString error = forms.markFinal(created.value(), m_actor, at); !error.isEmpty()) {
            database.rollback();
            return error;
        }
        if (!database.commit())
            return database.lastError().text();
        SignatureRepository signatures(m_database);
        for (const QString& party : filled.signedBy) {
            if (!SignatureRepository::partiesOf(filled.form, definition->edition).contains(party))
                continue;
            const DrawnSignature signature{party, signerOf(party), functionOf(party), filled.on, {}};
            if (const QString error =
                    signatures.recordOnPaper(created.value(), signature, m_actor, m_today, at);
                !error.isEmpty())
                return error;
        }
        return {};
    }

private:
    // Every question the form asks that the dossier and the history left open; a concept gets
    // only its first few, as a conversation broken off.
    void fillIn(const FormDefinition& definition, FormAnswers& answers, bool complete)
    {
        int budget = complete ? 1000 : 5;
        for (const FormSection& section : definition.sections) {
            for (const FormField& field : section.fields) {
                if (answers.contains(field.id) || budget <= 0)
                    continue;
                const QString value = valueFor(field, answers.value(definition.conversationDateField));
                if (value.isEmpty())
                    continue;
                answers.insert(field.id, value);
                --budget;
            }
        }
    }

    QString specificFor(const FormField& field) const
    {
        return specific.value(m_form + u'/' + field.id, specific.value(field.id));
    }

    // The goals as they stood on the form's day: those set by then, met only if met by then, each
    // with a line on where it stands.
    QString goalsOn(const QDate& on) const
    {
        QList<GoalRow> rows;
        for (const Goal& goal : m_facts.evaluation.goals) {
            if (goal.vastgesteldOp > on)
                continue;
            const bool met = goal.behaald && goal.statusSince <= on;
            rows << GoalRow{goal.id, goal.leefdomein, goal.omschrijving,
                            met ? QStringLiteral("Behaald sinds %1; besproken met de woningcorporatie.")
                                      .arg(goal.statusSince.toString(QStringLiteral("dd-MM-yyyy")))
                                : QStringLiteral("Hier wordt aan gewerkt; besproken bij het huisbezoek."),
                            met ? QStringLiteral("ja") : QStringLiteral("nee")};
        }
        return FormValues::goalsToJson(rows);
    }

    QString valueFor(const FormField& field, const QString& conversationDate)
    {
        const QString constraint = field.definition.value(QStringLiteral("constraint")).toString();
        switch (field.type) {
        case FieldType::Date:
            return conversationDate;
        case FieldType::YesNo:
            if (const QString fitting = specificFor(field); !fitting.isEmpty())
                return fitting;
            // "nee" where the form wants it ("Zijn er onaanvaardbare risico's?"), and for the
            // woonevaluatie's voordracht question: the Voordracht is a form of its own here.
            return constraint.contains(QStringLiteral("!= 'ja'")) || field.id == u"voordracht_omklap"
                       ? QStringLiteral("nee")
                       : QStringLiteral("ja");
        case FieldType::SingleChoice:
            return field.definition.value(QStringLiteral("options")).toArray().first().toString();
        case FieldType::ShortText:
            if (const QString fitting = specificFor(field); !fitting.isEmpty())
                return fitting;
            if (field.id.contains(QStringLiteral("organisatie")))
                return QStringLiteral("Stichting Voorbeeldzorg");
            if (field.id.contains(QStringLiteral("naam")) || field.id.contains(QStringLiteral("teammanager")))
                return m_details.begeleider;
            return QStringLiteral("n.v.t.");
        case FieldType::LongText:
            if (const QString fitting = specificFor(field); !fitting.isEmpty())
                return fitting;
            return m_random.pick(sentences);
        default:
            return {}; // contact blocks and goals come from the dossier; declarations and signatures are no
                       // answers
        }
    }

    QString signerOf(const QString& party) const
    {
        if (party == u"deelnemer")
            return m_details.naam;
        if (party == u"zorgaanbieder")
            return m_details.begeleider;
        return QStringLiteral("Woonconsulent van %1").arg(m_details.woningcorporatie);
    }

    static QString functionOf(const QString& party)
    {
        if (party == u"zorgaanbieder")
            return QStringLiteral("persoonlijk begeleider");
        if (party == u"woningcorporatie")
            return QStringLiteral("woonconsulent");
        return {};
    }

    QSqlDatabase m_database;
    const DossierFacts& m_facts; // as of today: the forms add no events
    ParticipantDetails m_details;
    Actor m_actor;
    QDate m_today;
    DemoRandom m_random; // the demo generator's, seeded per participant
    QString m_form;      // the form being filled in
};

const QStringList allParties{QStringLiteral("deelnemer"), QStringLiteral("zorgaanbieder"),
                             QStringLiteral("woningcorporatie")};

// The forms the history asks for, oldest first.
QList<Filled> formsOf(const Trajectory& trajectory, const Evaluation& evaluation, const QDate& today,
                      bool recentUnsigned)
{
    QList<Filled> filled;
    QList<TrajectoryEvent> evaluations;
    QHash<QString, TrajectoryEvent> reported;
    for (const TrajectoryEvent& event : trajectory.events) {
        if (event.type == u"kennismakingsgesprek_gehouden")
            filled << Filled{QStringLiteral("supplement-wgh"), event.date, {}, allParties};
        else if (event.type == u"woonevaluatie_gehouden")
            evaluations << event;
        else if (event.type == u"toestemming_gegeven" && event.date >= QDate(2026, 1, 1))
            filled << Filled{QStringLiteral("toestemmingsverklaring"), event.date, {}, allParties};
        else if (event.type == u"voordracht_omklap_ingediend")
            filled << Filled{QStringLiteral("voordracht-omklap"),
                             event.date,
                             {{QStringLiteral("datum_evaluatie"),
                               isoDate(evaluations.isEmpty() ? event.date : evaluations.last().date)}},
                             allParties};
        else if (event.type == u"overlast_gemeld")
            reported.insert(event.text(u"id"), event);
        else if (event.type == u"overlast_actie" &&
                 FormOutcome::letterForAction(event.fields.value(u"actie").toInt()) != QString()) {
            const QString melding = event.text(u"id");
            filled << Filled{FormOutcome::letterForAction(event.fields.value(u"actie").toInt()),
                             event.date,
                             {{QStringLiteral("melding"), melding},
                              {QStringLiteral("datum_melding"), isoDate(reported.value(melding).date)},
                              {QStringLiteral("klacht"),
                               QStringLiteral("Geluidsoverlast 's avonds laat, gemeld door de onderburen.")}},
                             allParties};
        } else if (event.type == u"overlast_beoordeeld" && reported.contains(event.text(u"id"))) {
            const auto melding = std::find_if(evaluation.meldingen.cbegin(), evaluation.meldingen.cend(),
                                              [&](const Melding& m) { return m.id == event.text(u"id"); });
            if (melding == evaluation.meldingen.cend() || melding->categorie != 1)
                continue;
            filled << Filled{
                QString::fromLatin1(FormOutcome::feedbackLetter),
                event.date,
                {{QStringLiteral("melding"), melding->id},
                 {QStringLiteral("datum_melding"), isoDate(melding->gemeldOp)},
                 {QStringLiteral("datum_gesprek"), isoDate(event.date)},
                 {QStringLiteral("klacht"),
                  QStringLiteral("Harde muziek na middernacht, gemeld bij de woningcorporatie.")},
                 {QStringLiteral("oordeel_gedrag"), event.text(u"gedrag")},
                 {QStringLiteral("oordeel_klacht"), event.text(u"klacht")},
                 {QStringLiteral("veroorzaker"), event.text(u"veroorzaker")}},
                allParties};
        }
    }
    // The last two woonevaluaties on file (earlier ones were on paper before the program); the one
    // a voordracht rests on says so (question 6).
    QSet<QDate> leadingToVoordracht;
    for (Filled& voordracht : filled) {
        if (voordracht.form != u"voordracht-omklap")
            continue;
        leadingToVoordracht.insert(
            FormCheck::parseDate(voordracht.given.value(QStringLiteral("datum_evaluatie"))));
        // The onafhankelijke derde's judgement as the history has it (the 2020 edition asks it).
        for (const TrajectoryEvent& event : trajectory.events) {
            if (event.date < voordracht.on || !event.type.startsWith(u"onafhankelijke_derde_"))
                continue;
            const bool agreed = event.type == u"onafhankelijke_derde_akkoord";
            voordracht.given.insert(QStringLiteral("derde_datum"), isoDate(event.date));
            voordracht.given.insert(QStringLiteral("derde_oordeel"),
                                    agreed ? QStringLiteral("akkoord") : QStringLiteral("niet akkoord"));
            if (!agreed)
                voordracht.given.insert(
                    QStringLiteral("derde_redenen"),
                    QStringLiteral("Het doel rond het dagritme is nog niet toekomstbestendig."));
            break;
        }
    }
    for (qsizetype i = std::max<qsizetype>(0, evaluations.size() - 2); i < evaluations.size(); ++i) {
        const QDate on = evaluations.at(i).date;
        const bool proposed = leadingToVoordracht.contains(on);
        QHash<QString, QString> given{{QStringLiteral("voordracht_omklap"), QStringLiteral("nee")}};
        if (proposed)
            given = {{QStringLiteral("voordracht_omklap"), QStringLiteral("ja")},
                     {QStringLiteral("alle_doelen_behaald"), QStringLiteral("ja")}};
        filled << Filled{QStringLiteral("woonevaluatie"), on, given, allParties};
    }
    std::stable_sort(filled.begin(), filled.end(),
                     [](const Filled& a, const Filled& b) { return a.on < b.on; });
    // The newest one still waits for the corporation's signature now and then.
    if (recentUnsigned && !filled.isEmpty() && filled.last().on > today.addDays(-60))
        filled.last().signedBy.removeAll(QStringLiteral("woningcorporatie"));
    // A conversation coming up within a month: its form already begun.
    for (const Deadline& deadline : evaluation.deadlines) {
        if (deadline.status != DeadlineStatus::Open || deadline.due < today ||
            deadline.due > today.addDays(30))
            continue;
        if (deadline.rule == u"woonevaluatie")
            filled << Filled{QStringLiteral("woonevaluatie"), deadline.due, {}, {}, false};
        else if (deadline.rule == u"kennismakingsgesprek")
            filled << Filled{QStringLiteral("supplement-wgh"), deadline.due, {}, {}, false};
    }
    return filled;
}

} // namespace

QString DemoForms::add(const QSqlDatabase& database, const ParticipantDetails& details, const Actor& actor,
                       const QDate& today, quint64 seed)
{
    const Result<DossierFacts> facts = FormFiling(database, actor, today.startOfDay()).facts(details.id);
    if (!facts)
        return facts.errors().join(u' ');
    Writer writer(database, facts.value(), actor, today, seed);
    for (const Filled& filled : formsOf(facts->trajectory, facts->evaluation, today, seed % 3 == 0)) {
        if (const QString error = writer.write(filled); !error.isEmpty())
            return tr("Demo form %1 of %2 was refused: %3").arg(filled.form, details.id, error);
    }
    return {};
}
