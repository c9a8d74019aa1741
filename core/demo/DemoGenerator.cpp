#include "demo/DemoGenerator.h"

#include "demo/DemoForms.h"
#include "demo/DemoRandom.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/EventTypeRegistry.h"
#include "trajectory/IsoDate.h"
#include "trajectory/RuleProfile.h"
#include "trajectory/TrajectoryEngine.h"

#include <QJsonObject>

#include <algorithm>
#include <map>
#include <memory>

namespace {

// Names that no real person is likely to have, and that a reader sees are made up.
const QStringList firstNames{
    QStringLiteral("Anouk"),   QStringLiteral("Bram"),  QStringLiteral("Daan"),  QStringLiteral("Eva"),
    QStringLiteral("Fatima"),  QStringLiteral("Gijs"),  QStringLiteral("Hanna"), QStringLiteral("Ibrahim"),
    QStringLiteral("Jesse"),   QStringLiteral("Kim"),   QStringLiteral("Lotte"), QStringLiteral("Mohamed"),
    QStringLiteral("Noor"),    QStringLiteral("Priya"), QStringLiteral("Ruben"), QStringLiteral("Sanne"),
    QStringLiteral("Tim"),     QStringLiteral("Yara"),  QStringLiteral("Zoë"),   QStringLiteral("Mehmet"),
    QStringLiteral("Anna"),    QStringLiteral("Sem"),   QStringLiteral("Luuk"),  QStringLiteral("Iris"),
    QStringLiteral("Chantal"), QStringLiteral("Dewi"),  QStringLiteral("Kofi"),  QStringLiteral("Marieke")};
const QStringList surnames{
    QStringLiteral("Voorbeeld"),    QStringLiteral("de Proef"),    QStringLiteral("van Verzonnen"),
    QStringLiteral("Fictiefsma"),   QStringLiteral("Testerink"),   QStringLiteral("de Demo"),
    QStringLiteral("van Oefening"), QStringLiteral("Namaakveld"),  QStringLiteral("Schijnhout"),
    QStringLiteral("Denkbeeld"),    QStringLiteral("van Nep"),     QStringLiteral("Bedachtsma"),
    QStringLiteral("Verzinsel"),    QStringLiteral("ter Probeer"), QStringLiteral("Oefenaar")};
const QStringList streets{QStringLiteral("Verzinselstraat"), QStringLiteral("Fantasiegracht"),
                          QStringLiteral("Voorbeeldlaan"),   QStringLiteral("Proefpad"),
                          QStringLiteral("Demoweg"),         QStringLiteral("Oefenplein"),
                          QStringLiteral("Namaakkade"),      QStringLiteral("Droomhof")};
const QStringList stadsdelen{QStringLiteral("Centrum"), QStringLiteral("Nieuw-West"), QStringLiteral("Noord"),
                             QStringLiteral("Oost"),    QStringLiteral("West"),       QStringLiteral("Zuid"),
                             QStringLiteral("Zuidoost")};
const QStringList corporations{QStringLiteral("Woonstichting Demohuis"), QStringLiteral("Proefwonen"),
                               QStringLiteral("Stichting Verzonnen Wonen"),
                               QStringLiteral("Woongoed Fictief")};
const QStringList begeleiderNames{QStringLiteral("Sara Zorgvuldig"),   QStringLiteral("Tom Hulpvaardig"),
                                  QStringLiteral("Nadia Steunpilaar"), QStringLiteral("Joris Luisterink"),
                                  QStringLiteral("Esra Bijstand"),     QStringLiteral("Wim Meedenker"),
                                  QStringLiteral("Lieke Gids"),        QStringLiteral("Omar Vangnet"),
                                  QStringLiteral("Femke Kompas"),      QStringLiteral("Ayoub Baken"),
                                  QStringLiteral("Ilse Schakel"),      QStringLiteral("Bas Wegwijzer")};
const QStringList teams{QStringLiteral("Team Noord"), QStringLiteral("Team Oost"),
                        QStringLiteral("Team West")};

const QList<std::pair<QString, QString>> goalIdeas{
    {QStringLiteral("financieel"), QStringLiteral("Huur elke maand op tijd betalen")},
    {QStringLiteral("financieel"), QStringLiteral("Schulden in beeld en een regeling getroffen")},
    {QStringLiteral("dagbesteding"), QStringLiteral("Drie dagen per week vrijwilligerswerk")},
    {QStringLiteral("dagbesteding"), QStringLiteral("Een opleiding volgen")},
    {QStringLiteral("sociaal"), QStringLiteral("Contact met de buren onderhouden")},
    {QStringLiteral("sociaal"), QStringLiteral("Een vaste steun in het netwerk")},
    {QStringLiteral("psychisch"), QStringLiteral("Behandeling volhouden")},
    {QStringLiteral("psychisch"), QStringLiteral("Een vast dagritme")},
    {QStringLiteral("kinderen"), QStringLiteral("De kinderen gaan elke dag naar school")},
};

QString begeleiderName(int index)
{
    const QString base = begeleiderNames.at(index % begeleiderNames.size());
    return index < begeleiderNames.size()
               ? base
               : QStringLiteral("%1 %2").arg(base).arg(index / begeleiderNames.size() + 1);
}

// One engine per profile, built once: the generator asks it when omklap becomes possible.
const TrajectoryEngine& engineFor(const QString& profileId)
{
    static std::map<QString, std::unique_ptr<TrajectoryEngine>> engines;
    auto& engine = engines[profileId];
    if (!engine)
        engine = std::make_unique<TrajectoryEngine>(TrajectoryEngine::builtIn(profileId).value());
    return *engine;
}

// Writes one participant's history in the order things happen.
class Story
{
public:
    explicit Story(DemoRandom& random)
        : m_random(random)
    {}

    void add(const char* type, const QDate& date, const QJsonObject& fields = {})
    {
        TrajectoryEvent event;
        event.type = QString::fromLatin1(type);
        event.typeId = EventTypeRegistry::idOf(event.type);
        event.date = date;
        event.fields = fields;
        m_events.append(event);
    }
    // Days later; never before the last event, so the order of writing is the order of dates.
    QDate after(const QDate& from, int low, int high) { return from.addDays(m_random.between(low, high)); }

    // What happened by `day`, in date order, and nothing after the trajectory ended: plans made
    // for later (a visit, a complaint's follow-up) do not happen once it has.
    QList<TrajectoryEvent> happenedBy(const QDate& day) const
    {
        QList<TrajectoryEvent> events;
        for (const TrajectoryEvent& event : m_events) {
            if (event.date <= day)
                events.append(event);
        }
        events = TrajectoryEngine::inDateOrder(events);
        static const QStringList endings{QStringLiteral("traject_beeindigd"),
                                         QStringLiteral("urgentie_ingetrokken"),
                                         QStringLiteral("traject_afgesloten")};
        const auto ending = std::find_if(events.cbegin(), events.cend(), [](const TrajectoryEvent& event) {
            return endings.contains(event.type);
        });
        if (ending != events.cend())
            events.erase(ending + 1, events.cend());
        return events;
    }
    // Drops the events of `type` on or after `date`: plans overtaken by what happened.
    void dropFrom(const char* type, const QDate& date)
    {
        const QString name = QString::fromLatin1(type);
        m_events.removeIf(
            [&](const TrajectoryEvent& event) { return event.type == name && event.date >= date; });
    }

private:
    DemoRandom& m_random;
    QList<TrajectoryEvent> m_events;
};

QJsonObject idField(const QString& id)
{
    return {{QStringLiteral("id"), id}};
}

// How a trajectory goes. Most reach omklap; the rest take the side paths of the agreements.
enum class Fate {
    Omklap,
    UrgentieIngetrokken,
    WoningGeweigerd,
    Woonfraude,
    OverlastEscalatie,
    ToestemmingIngetrokken,
    DuurzaamIntermediair,
    Beeindigd,
};

Fate chooseFate(DemoRandom& random)
{
    const int roll = random.between(1, 100);
    if (roll <= 3)
        return Fate::UrgentieIngetrokken;
    if (roll <= 6)
        return Fate::WoningGeweigerd;
    if (roll <= 8)
        return Fate::Woonfraude;
    if (roll <= 12)
        return Fate::OverlastEscalatie;
    if (roll <= 15)
        return Fate::ToestemmingIngetrokken;
    if (roll <= 18)
        return Fate::DuurzaamIntermediair;
    if (roll <= 22)
        return Fate::Beeindigd;
    return Fate::Omklap;
}

class TrajectoryWriter
{
public:
    TrajectoryWriter(DemoRandom& random, const QDate& today, const Deelnemer& deelnemer)
        : m_random(random)
        , m_today(today)
        , m_story(random)
        , m_deelnemer(deelnemer)
    {}

    // The agreements in force at the signing (or at the start, when it never came to that):
    // Amsterdam 2026 from 1 January 2026.
    QString chooseProfile(const QDate& decisive)
    {
        m_profileId = decisive < QDate(2026, 1, 1) ? QStringLiteral("amsterdam-2020")
                                                   : QStringLiteral("amsterdam-2026");
        return m_profileId;
    }

    // Aanmelding to the signed begeleidingsovereenkomst; the date of signing, or nothing when
    // the trajectory ended before it.
    std::optional<QDate> untilOvereenkomst(const QDate& start, Fate fate)
    {
        QDate date = start;
        m_story.add("aanmelding", date);
        m_story.add("toestemming_gegeven", date);
        date = m_story.after(date, 5, 21);
        m_story.add("urgentie_aangevraagd", date);
        if (fate == Fate::UrgentieIngetrokken) {
            m_story.add("urgentie_ingetrokken", m_story.after(date, 30, 120));
            return std::nullopt;
        }
        date = m_story.after(date, 20, 50);
        m_story.add("urgentie_verleend", date);
        if (m_random.chance(6)) {
            date = m_story.after(date, 10, 40);
            m_story.add("tijdelijk_afgemeld", date);
            date = m_story.after(date, 20, 70);
            m_story.add("afmelding_beeindigd", date);
        }
        date = m_story.after(date, 15, 150);
        const QDate available = m_story.after(date, 3, 10);
        m_story.add("woning_aangeboden", date, {{QStringLiteral("beschikbaar_op"), isoDate(available)}});
        m_story.add("woningaanbod_beantwoord", m_random.chance(90) ? date : m_story.after(date, 2, 4));
        date = available.addDays(m_random.chance(85) ? m_random.between(0, 2) : m_random.between(3, 6));
        m_story.add("woning_bezichtigd", date);
        date = m_story.after(date, 1, m_random.chance(85) ? 5 : 9);
        if (fate == Fate::WoningGeweigerd) {
            m_story.add("woning_geweigerd", date);
            m_story.add("traject_beeindigd", m_story.after(date, 1, 20),
                        {{QStringLiteral("reden"), QStringLiteral("passende woning geweigerd")}});
            return std::nullopt;
        }
        m_story.add("woning_geaccepteerd", date);
        date = m_story.after(date, 5, 30);
        m_story.add("begeleidingsovereenkomst_getekend", date);
        m_keys = m_story.after(date, 0, 3);
        m_story.add("sleutel_overgedragen", m_keys);
        return date;
    }

    // The herstelfase from the overeenkomst on `signed`; ends in omklap, a side path or today.
    void herstelfase(const QDate& signed_, Fate fate)
    {
        QDate clockStart = signed_;
        const QDate planned = m_story.after(signed_, 10, 40);
        const QDate meeting = m_story.after(planned, 10, 45);
        const QDate held = m_random.chance(85) ? meeting : m_story.after(meeting, 30, 60);
        m_story.add("kennismakingsgesprek_gepland", planned,
                    {{QStringLiteral("gepland_op"), isoDate(meeting)}});
        m_story.add("kennismakingsgesprek_gehouden", held);
        // Goals within 6 weeks, mostly on time: of the overeenkomst (Werkafspraak 2, 2026), of the
        // kennismakingsgesprek (2020).
        const QDate goalsFrom = m_profileId == u"amsterdam-2020" ? held : signed_;
        const QDate plan = m_story.after(goalsFrom, 7, m_random.chance(85) ? 40 : 60);
        m_story.add("begeleidingsplan_vastgesteld", plan);
        const int goalCount = m_random.between(1, 3);
        QList<QString> goals;
        for (int i = 1; i <= goalCount; ++i) {
            const auto& [leefdomein, omschrijving] = m_random.pick(goalIdeas);
            const QString id = QStringLiteral("g%1").arg(i);
            goals << id;
            m_story.add("doel_vastgesteld", plan,
                        {{QStringLiteral("id"), id},
                         {QStringLiteral("leefdomein"), leefdomein},
                         {QStringLiteral("omschrijving"), omschrijving}});
        }

        // When the trajectory stops being in the herstelfase by a side path.
        QDate end = m_today.addDays(1);
        if (fate == Fate::Woonfraude)
            end = m_story.after(signed_, 90, 540);
        if (fate == Fate::Beeindigd)
            end = m_story.after(signed_, 60, 600);

        if (m_random.chance(5)) { // herijking van het perspectief: a move restarts the clock (Bijlage 6)
            clockStart = m_story.after(signed_, 120, 300);
            if (clockStart < end)
                m_story.add("verhuisd_herijking", clockStart);
        }

        QDate lastGoal = plan;
        for (const QString& id : goals) {
            QDate date = m_story.after(plan, 90, 400);
            if (m_random.chance(15)) {
                m_story.add("doel_niet_behaald", date, idField(id));
                date = m_story.after(date, 30, 150);
            }
            const bool reached = fate == Fate::Omklap || m_random.chance(50);
            if (reached && date < end) {
                m_story.add("doel_behaald", date, idField(id));
                lastGoal = std::max(lastGoal, date);
            }
        }

        if (m_random.chance(10)) { // time-out: at most 20 days (2026), sometimes longer
            const QDate start = m_story.after(signed_, 60, 300);
            if (start < end) {
                m_story.add("time_out_gestart", start);
                m_story.add("time_out_beeindigd", m_story.after(start, 5, m_random.chance(85) ? 20 : 28));
            }
        }
        if (m_random.chance(4)) { // no access for more than a month: MZWO
            const QDate refused = m_story.after(signed_, 60, 300);
            if (refused < end) {
                m_story.add("toegang_geweigerd", refused);
                m_story.add("mzwo_gemeld", m_story.after(refused, 30, 40));
            }
        }
        if (m_random.chance(25))
            mildOverlast(m_story.after(signed_, 30, 400), fate == Fate::Omklap);
        if (fate == Fate::OverlastEscalatie)
            end = escalation(m_story.after(signed_, 40, 200));
        if (fate == Fate::ToestemmingIngetrokken)
            m_story.add("toestemming_ingetrokken", m_story.after(signed_, 60, 500));
        if (fate == Fate::DuurzaamIntermediair)
            m_story.add("duurzame_intermediaire_verhuur_besloten", m_story.after(signed_, 300, 500));

        const QDate firstEvaluation = evaluations(signed_, end);
        QDate closed = end;
        if (fate == Fate::Omklap) {
            QDate proposal =
                std::max({clockStart.addMonths(12).addDays(m_random.chance(85) ? m_random.between(0, 45)
                                                                               : m_random.between(45, 120)),
                          firstEvaluation.addDays(7), lastGoal.addDays(7)});
            closed = omklap(proposal);
        }
        if (fate == Fate::Woonfraude && end <= m_today) {
            m_story.add("woonfraude_vastgesteld", end);
            m_story.add("traject_beeindigd", m_story.after(end, 1, 14),
                        {{QStringLiteral("reden"), QStringLiteral("woonfraude")}});
        }
        if (fate == Fate::Beeindigd && end <= m_today)
            m_story.add("traject_beeindigd", end,
                        {{QStringLiteral("reden"),
                          QStringLiteral("begeleiding beëindigd op verzoek van de deelnemer")}});
        visits(signed_, closed);
    }

    Trajectory trajectory()
    {
        Trajectory trajectory;
        trajectory.profileId = m_profileId;
        trajectory.deelnemer = m_deelnemer;
        trajectory.events = m_story.happenedBy(m_today);
        for (qsizetype i = 0; i < trajectory.events.size(); ++i)
            trajectory.events[i].number = int(i + 1);
        return trajectory;
    }

private:
    // A complaint handled by actie 1 and judged; for an omklap trajectory rarely against the
    // participant (the engine then moves omklap a year on).
    void mildOverlast(const QDate& reported, bool headingForOmklap)
    {
        const QString id = QStringLiteral("m%1").arg(++m_meldingen);
        m_story.add("overlast_gemeld", reported, idField(id));
        QJsonObject action = idField(id);
        action.insert(QStringLiteral("actie"), 1);
        m_story.add("overlast_actie", m_story.after(reported, 0, m_random.chance(80) ? 2 : 6), action);
        const QDate judged = m_story.after(reported, 7, 14);
        const bool justified = m_random.chance(headingForOmklap ? 30 : 55);
        const QString gedrag = m_random.chance(50) ? QStringLiteral("onbewust") : QStringLiteral("bewust");
        m_story.add(
            "overlast_beoordeeld", judged,
            {{QStringLiteral("id"), id},
             {QStringLiteral("gedrag"), gedrag},
             {QStringLiteral("klacht"), justified ? QStringLiteral("terecht") : QStringLiteral("onterecht")},
             {QStringLiteral("veroorzaker"),
              m_random.chance(75) ? QStringLiteral("deelnemer") : QStringLiteral("buren")}});
        QDate solved = m_story.after(judged, 14, 80);
        if (justified && gedrag == u"onbewust") { // Bijlage 1: after 6 weeks ask whether it stopped
            const QDate enquiry = m_story.after(judged, 42, 50);
            m_story.add("overlast_navraag_gedaan", enquiry, idField(id));
            solved = std::max(solved, enquiry);
        }
        m_story.add("overlast_opgelost", solved, idField(id));
    }

    // A justified complaint, then a repeated one taken through the protocol's actions 3 to 6;
    // actie 6 ends the care agreement. Returns the day the trajectory ends (or after today).
    QDate escalation(const QDate& first)
    {
        const QString firstId = QStringLiteral("m%1").arg(++m_meldingen);
        m_story.add("overlast_gemeld", first, idField(firstId));
        m_story.add("overlast_actie", m_story.after(first, 0, 2),
                    {{QStringLiteral("id"), firstId}, {QStringLiteral("actie"), 1}});
        const QDate judged = m_story.after(first, 5, 12);
        m_story.add("overlast_beoordeeld", judged,
                    {{QStringLiteral("id"), firstId},
                     {QStringLiteral("gedrag"), QStringLiteral("bewust")},
                     {QStringLiteral("klacht"), QStringLiteral("terecht")},
                     {QStringLiteral("veroorzaker"), QStringLiteral("deelnemer")}});
        m_story.add("overlast_opgelost", m_story.after(judged, 10, 40), idField(firstId));

        const QString id = QStringLiteral("m%1").arg(++m_meldingen);
        QDate date = m_story.after(judged, 60, 150);
        m_story.add("overlast_gemeld", date, idField(id));
        m_story.add("overlast_actie", m_story.after(date, 0, 3),
                    {{QStringLiteral("id"), id}, {QStringLiteral("actie"), 1}});
        date = m_story.after(date, 5, 12);
        m_story.add("overlast_beoordeeld", date,
                    {{QStringLiteral("id"), id},
                     {QStringLiteral("gedrag"), QStringLiteral("bewust")},
                     {QStringLiteral("klacht"), QStringLiteral("terecht")},
                     {QStringLiteral("veroorzaker"), QStringLiteral("deelnemer")}});
        const int lastAction = m_random.between(3, 6);
        for (int action = 3; action <= lastAction; ++action) {
            date = m_story.after(date, action == 3 ? 3 : 20, action == 3 ? 10 : 45);
            m_story.add("overlast_actie", date,
                        {{QStringLiteral("id"), id}, {QStringLiteral("actie"), action}});
        }
        if (lastAction < 6) {
            m_story.add("overlast_opgelost", m_story.after(date, 20, 60), idField(id));
            return m_today.addDays(1);
        }
        const QDate ended = m_story.after(date, 7, 30);
        m_story.add("traject_beeindigd", ended,
                    {{QStringLiteral("reden"),
                      QStringLiteral("ontbinding zorgovereenkomst (overlastprotocol, actie 6)")}});
        return ended;
    }

    // Woonevaluaties through the herstelfase: yearly (half-yearly for families with many
    // problems under the 2020 agreements), mostly on time. Returns the first one's date.
    QDate evaluations(const QDate& signed_, const QDate& end)
    {
        // 2020: the year starts at the key, half a year for multiprobleemgezinnen and young adults.
        const bool under2020 = m_profileId == u"amsterdam-2020";
        const QDate anchor = under2020 ? m_keys : signed_;
        const qint64 age = m_deelnemer.geboortedatum.daysTo(anchor) / 365;
        const bool halfYearly = under2020 && (m_deelnemer.huishouden == Household::Multiprobleemgezin ||
                                              (age >= 18 && age <= 27));
        const int months = halfYearly ? 6 : 12;
        QDate first;
        QDate due = anchor.addMonths(months);
        while (true) {
            const QDate held = m_random.chance(80) ? due.addDays(-m_random.between(5, 40))
                                                   : due.addDays(m_random.between(3, 60));
            if (held >= end || held > m_today)
                break;
            QJsonObject fields;
            if (m_random.chance(40)) {
                const QDate next = held.addMonths(months).addDays(-m_random.between(0, 20));
                fields.insert(QStringLiteral("volgende_gesprek"), isoDate(next));
                due = next;
            } else {
                due = held.addMonths(months);
            }
            m_story.add("woonevaluatie_gehouden", held, fields);
            if (!first.isValid())
                first = held;
        }
        return first.isValid() ? first : anchor.addMonths(months);
    }

    // From the voordracht to a closed trajectory, as far as today. The engine says from which
    // day omklap is possible (Werkafspraak 8); the voordracht waits for it. Returns the day the
    // begeleiding ended (huisbezoeken stop) or after today.
    QDate omklap(QDate proposal, bool mayBeRefused = true)
    {
        const TrajectoryEngine& engine = engineFor(m_profileId);
        for (int attempt = 0; attempt < 3 && proposal <= m_today; ++attempt) {
            Trajectory sofar;
            sofar.profileId = m_profileId;
            sofar.deelnemer = m_deelnemer;
            sofar.events = m_story.happenedBy(proposal);
            const Result<Evaluation> evaluation = engine.evaluate(sofar, proposal);
            if (!evaluation)
                return m_today.addDays(1);
            const OmklapStatus& status = evaluation->omklap;
            if (status.eligible)
                return afterProposal(proposal, mayBeRefused);
            if (!status.waitsOnlyForTime() || !status.earliest)
                return m_today.addDays(1);
            proposal = status.earliest->addDays(m_random.between(0, 21));
        }
        return m_today.addDays(1);
    }

    QDate afterProposal(const QDate& proposal, bool mayBeRefused = true)
    {
        // Woonevaluaties belong to the herstelfase: none are held once the voordracht is in.
        m_story.dropFrom("woonevaluatie_gehouden", proposal);
        m_story.add("voordracht_omklap_ingediend", proposal);
        QDate date = m_story.after(proposal, 5, 20);
        if (mayBeRefused && m_random.chance(5)) {
            // Back in the herstelfase, as a well-run team goes on: what the derde missed is worked
            // on, a new woonevaluatie within a few months, then a second voordracht.
            m_story.add("onafhankelijke_derde_afgewezen", date);
            const QDate evaluated = m_story.after(date, 60, 120);
            m_story.add("woonevaluatie_gehouden", evaluated);
            // Yearly on time from there, for as long as no second voordracht is made (the
            // voordracht drops those after it).
            for (QDate next = evaluated.addMonths(12).addDays(-m_random.between(5, 30)); next <= m_today;
                 next = next.addMonths(12).addDays(-m_random.between(5, 30)))
                m_story.add("woonevaluatie_gehouden", next);
            return omklap(m_story.after(evaluated, 7, 30), false); // the engine decides again
        }
        m_story.add("onafhankelijke_derde_akkoord", date);
        date = m_story.after(date, 1, m_random.chance(85) ? 7 : 12);
        m_story.add("woonzaken_akkoord", date);
        date = m_story.after(date, 28, m_random.chance(85) ? 42 : 60);
        m_story.add("huurcontract_omgezet", date);
        const QDate closed = m_story.after(date, 90, 200);
        m_story.add("traject_afgesloten", closed);
        return closed;
    }

    // Begeleiding at home about monthly, from the key to the end (not on the last day).
    void visits(const QDate& signed_, const QDate& end)
    {
        for (QDate date = m_story.after(signed_, 10, 25); date < end && date <= m_today;
             date = m_story.after(date, 21, m_random.chance(90) ? 33 : 50))
            m_story.add("huisbezoek", date);
    }

    DemoRandom& m_random;
    QDate m_today;
    Story m_story;
    QString m_profileId;
    Deelnemer m_deelnemer;
    QDate m_keys; // sleutel_overgedragen
    int m_meldingen = 0;
};

} // namespace

DemoParticipant DemoGenerator::participant(const DemoOptions& options, int index)
{
    DemoRandom random(options.seed * 0x9E3779B97F4A7C15ULL + quint64(index) * 0xD1B54A32D192ED03ULL + 1);
    DemoParticipant result;
    ParticipantDetails& details = result.details;
    details.id = QStringLiteral("DEMO-%1").arg(index + 1, 5, 10, QLatin1Char('0'));
    details.naam = random.pick(firstNames) + u' ' + random.pick(surnames);
    details.geboortedatum = QDate(random.between(1962, 2005), random.between(1, 12), random.between(1, 28));
    const int household = random.between(1, 100);
    details.huishouden = household <= 75   ? Household::Alleenstaand
                         : household <= 90 ? Household::Gezin
                                           : Household::Multiprobleemgezin;
    details.adres = QStringLiteral("%1 %2").arg(random.pick(streets)).arg(random.between(1, 180));
    details.postcode = QStringLiteral("10%1 ZZ").arg(random.between(11, 99));
    details.woonplaats = QStringLiteral("Amsterdam");
    details.stadsdeel = random.pick(stadsdelen);
    details.woningcorporatie = random.pick(corporations);
    const int begeleider = random.between(0, std::max(1, options.begeleiders) - 1);
    details.begeleider = begeleiderName(begeleider);
    details.team = teams.at(begeleider % teams.size());
    result.corporationContact = {QStringLiteral("woningcorporatie"),
                                 random.pick(firstNames) + QStringLiteral(" van ") + details.woningcorporatie,
                                 QStringLiteral("woonconsulent"), QString(), QString()};

    // Starts spread from January 2020 to a few weeks ago; the agreements in force at the
    // signing decide the profile (Amsterdam 2026 from 1 January 2026).
    const QDate first(2020, 1, 6);
    const QDate start = first.addDays(random.between(0, int(first.daysTo(options.today.addDays(-7)))));
    const Fate fate = chooseFate(random);
    const Deelnemer deelnemer{details.id, details.naam, details.geboortedatum, details.huishouden};
    TrajectoryWriter writer(random, options.today, deelnemer);
    const std::optional<QDate> signed_ = writer.untilOvereenkomst(start, fate);
    details.profile = writer.chooseProfile(signed_ && *signed_ <= options.today ? *signed_ : start);
    if (signed_ && *signed_ <= options.today)
        writer.herstelfase(*signed_, fate);
    result.trajectory = writer.trajectory();
    return result;
}

Result<int> DemoGenerator::fill(const QSqlDatabase& database, const DemoOptions& options, const Actor& actor,
                                const std::function<void(int)>& progress)
{
    // Recorded "at noon of the demo's today": no wall clock, so the same seed gives the same file.
    const QDateTime now(options.today, QTime(12, 0), Qt::UTC);
    TrajectoryRepository trajectories(database);
    ParticipantRepository participants(database);
    for (int i = 0; i < options.count; ++i) {
        const DemoParticipant demo = participant(options, i);
        QString error = trajectories.importTrajectory(demo.trajectory, actor, options.today, now);
        if (error.isEmpty())
            error = participants.update(demo.details, actor, now);
        if (error.isEmpty())
            error = participants.setContact(demo.details.id, demo.corporationContact, actor, now);
        if (error.isEmpty() && options.forms) // the forms name the begeleider as the care provider's contact
            error = participants.setContact(demo.details.id,
                                            {QStringLiteral("zorgaanbieder"), demo.details.begeleider,
                                             QStringLiteral("persoonlijk begeleider"),
                                             QStringLiteral("020 555 0100"),
                                             QStringLiteral("begeleiding@voorbeeldzorg.invalid")},
                                            actor, now);
        if (error.isEmpty() && options.forms)
            error = DemoForms::add(database, demo.details, actor, options.today,
                                   options.seed * 7919 + quint64(i));
        if (!error.isEmpty())
            return Result<int>::failure(
                tr("Demo participant %1 was refused: %2").arg(demo.details.id, error));
        if (progress)
            progress(i + 1);
    }
    return options.count;
}
