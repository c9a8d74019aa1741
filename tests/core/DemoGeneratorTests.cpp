// Demo caseloads (issue 8): written through the engine, every phase and side path, the same
// data for the same seed.
#include "StoreFixture.h"

#include "caseload/Caseload.h"
#include "demo/DemoGenerator.h"
#include "store/AuditLog.h"
#include "store/SignatureRepository.h"
#include "store/TrajectoryRepository.h"
#include "trajectory/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace storefixture;

namespace {

DemoOptions options(int count, quint64 seed)
{
    DemoOptions demo;
    demo.count = count;
    demo.seed = seed;
    demo.begeleiders = 6;
    demo.today = QDate(2026, 11, 23);
    return demo;
}

// Everything generated for a participant, as comparable text.
QByteArray fingerprint(const DemoParticipant& demo)
{
    QByteArray text = (demo.details.id + u'|' + demo.details.naam + u'|' + demo.details.adres + u'|' +
                       demo.details.begeleider + u'|' + demo.details.team + u'|' + demo.details.stadsdeel +
                       u'|' + demo.details.woningcorporatie + u'|' + demo.trajectory.profileId)
                          .toUtf8();
    for (const TrajectoryEvent& event : demo.trajectory.events)
        text += '\n' + event.type.toUtf8() + ' ' + event.date.toString(Qt::ISODate).toUtf8() + ' ' +
                QJsonDocument(event.fields.toJsonObject()).toJson(QJsonDocument::Compact);
    return text;
}

QSet<QString> column(const QSqlDatabase& database, const QString& sql)
{
    QSet<QString> values;
    QSqlQuery query(database);
    REQUIRE(query.exec(sql));
    while (query.next())
        values.insert(query.value(0).toString());
    return values;
}

} // namespace

TEST_CASE(
    "The same seed gives the same demo participants, another seed others, a larger count keeps the smaller")
{
    for (int i = 0; i < 50; ++i) {
        const QByteArray first = fingerprint(DemoGenerator::participant(options(50, 11), i));
        CHECK(first == fingerprint(DemoGenerator::participant(options(500, 11), i)));
        CHECK(first != fingerprint(DemoGenerator::participant(options(50, 12), i)));
    }
}

TEST_CASE("A demo case file holds every phase and side path, all accepted by the engine, under the profile "
          "of the start")
{
    QTemporaryDir dir;
    const auto store = create(dir.filePath(QStringLiteral("demo.thuis")));
    const DemoOptions demo = options(400, 5);
    int reported = 0;
    const Result<int> written =
        DemoGenerator::fill(store->database(), demo, tester(), [&](int done) { reported = done; });
    INFO(written.errors().join(u'\n').toStdString());
    REQUIRE(written.ok());
    CHECK(written.value() == 400);
    CHECK(reported == 400);

    const auto rows = Caseload::load(store->database(), demo.today);
    REQUIRE(rows.ok());
    QSet<QString> phases;
    for (const CaseloadRow& row : rows.value()) {
        INFO(row.id.toStdString() << ": " << row.error.toStdString());
        CHECK(row.error.isEmpty()); // the engine accepts every history as of today
        phases.insert(row.phase);
    }
    for (const char* phase : {"aanmelding", "urgentie", "matching", "herstelfase", "omklapfase", "na_omklap",
                              "afgesloten", "beeindigd"})
        CHECK(phases.contains(QString::fromUtf8(phase)));

    const QSet<QString> types =
        column(store->database(), QStringLiteral("SELECT DISTINCT type FROM trajectory_event"));
    for (const char* type :
         {"time_out_gestart", "verhuisd_herijking", "woonfraude_vastgesteld", "toestemming_ingetrokken",
          "tijdelijk_afgemeld", "woning_geweigerd", "mzwo_gemeld", "urgentie_ingetrokken",
          "duurzame_intermediaire_verhuur_besloten", "onafhankelijke_derde_afgewezen", "huurcontract_omgezet",
          "traject_afgesloten", "overlast_navraag_gedaan"})
        CHECK(types.contains(QString::fromUtf8(type)));
    // Bijlage 1 all the way: a repeated complaint taken to actie 6.
    CHECK_FALSE(
        column(store->database(),
               QStringLiteral("SELECT participant_id FROM trajectory_event WHERE type = 'overlast_actie' "
                              "AND fields LIKE '%\"actie\":6%'"))
            .isEmpty());

    // Werkafspraken 2026 apply to trajectories signed from 1 January 2026; earlier ones keep 2020.
    QSqlQuery profiles(store->database());
    REQUIRE(
        profiles.exec(QStringLiteral("SELECT p.profile, min(e.date), max(e.date) FROM participant p JOIN "
                                     "trajectory_event e ON e.participant_id = p.id "
                                     "AND e.type = 'begeleidingsovereenkomst_getekend' GROUP BY p.profile")));
    int profileCount = 0;
    while (profiles.next()) {
        ++profileCount;
        if (profiles.value(0).toString() == u"amsterdam-2020")
            CHECK(profiles.value(2).toString() < u"2026-01-01");
        else
            CHECK(profiles.value(1).toString() >= u"2026-01-01");
    }
    CHECK(profileCount == 2);

    // Several begeleiders, teams, corporations and stadsdelen; no event after the demo's today.
    CHECK(column(store->database(), QStringLiteral("SELECT DISTINCT begeleider FROM participant")).size() ==
          6);
    CHECK(column(store->database(), QStringLiteral("SELECT DISTINCT team FROM participant")).size() == 3);
    CHECK(column(store->database(), QStringLiteral("SELECT DISTINCT woningcorporatie FROM participant"))
              .size() >= 3);
    CHECK(column(store->database(), QStringLiteral("SELECT DISTINCT stadsdeel FROM participant")).size() >=
          5);
    CHECK(column(store->database(), QStringLiteral("SELECT max(date) FROM trajectory_event"))
              .values()
              .first() <= u"2026-11-23");
    CHECK(
        column(store->database(), QStringLiteral("SELECT min(date) FROM trajectory_event")).values().first() <
        u"2020-03-01");

    // Issue 20: a well-run team's caseload. Few terms overdue, none by more than a few months; nobody
    // has waited long in the herstelfase for a voordracht the engine would accept.
    int overdueParticipants = 0;
    for (const CaseloadRow& row : rows.value()) {
        overdueParticipants += row.overdue > 0 ? 1 : 0;
        for (const Deadline& deadline : row.deadlines) {
            INFO(row.id.toStdString() << ": " << deadline.rule.toStdString() << " due "
                                      << deadline.due.toString(Qt::ISODate).toStdString());
            if (deadline.status == DeadlineStatus::Overdue)
                CHECK(deadline.due >= demo.today.addDays(-120));
        }
        if (row.phase == u"herstelfase" && row.omklap.eligible && row.omklap.earliest) {
            INFO(row.id.toStdString() << " could have had a voordracht since "
                                      << row.omklap.earliest->toString(Qt::ISODate).toStdString());
            CHECK(*row.omklap.earliest >= demo.today.addDays(-180));
        }
    }
    CHECK(overdueParticipants <= 400 / 50); // at most 2%

    // Issue 20: the paperwork of those histories: final forms and letters of every kind, some
    // waiting for the corporation's signature, and concepts for conversations coming up.
    QSqlQuery forms(store->database());
    REQUIRE(
        forms.exec(QStringLiteral("SELECT form, status, count(*) FROM form_instance GROUP BY form, status")));
    QHash<QString, int> counted;
    while (forms.next())
        counted.insert(forms.value(0).toString() + u' ' + forms.value(1).toString(), forms.value(2).toInt());
    INFO(QStringList(counted.keys()).join(u", ").toStdString());
    for (const char* form :
         {"supplement-wgh", "woonevaluatie", "voordracht-omklap", "toestemmingsverklaring",
          "terugkoppeling-overlast", "waarschuwingsbrief", "officiele-waarschuwingsbrief", "sommatiebrief"})
        CHECK(counted.value(QString::fromUtf8(form) + QStringLiteral(" definitief")) > 0);
    CHECK(counted.value(QStringLiteral("woonevaluatie concept")) > 0);
    const Result<QList<SignatureRepository::Awaiting>> awaiting =
        SignatureRepository::awaiting(store->database());
    REQUIRE(awaiting.ok());
    CHECK_FALSE(awaiting->isEmpty());
    CHECK(awaiting->size() < counted.value(QStringLiteral("woonevaluatie definitief")));
    CHECK(AuditLog(store->database()).verify().intact);
}

TEST_CASE("Demo names and addresses are visibly made up")
{
    const QRegularExpression madeUp(
        QStringLiteral("Voorbeeld|Proef|Verzonnen|Fictief|Tester|Demo|Oefen|Namaak|Schijn|"
                       "Denkbeeld|Nep|Bedacht|Verzinsel|Probeer"));
    for (int i = 0; i < 100; ++i) {
        const DemoParticipant demo = DemoGenerator::participant(options(100, 3), i);
        CHECK(madeUp.match(demo.details.naam).hasMatch());
        CHECK(demo.details.postcode.endsWith(QStringLiteral(" ZZ")));
        CHECK(demo.details.id.startsWith(QStringLiteral("DEMO-")));
    }
}

TEST_CASE("Reading hundreds of trajectories at once, on one connection or two, gives each the history "
          "that reading it alone gives",
          "[demo][store]")
{
    QTemporaryDir dir;
    const auto store = create(dir.filePath(QStringLiteral("demo.thuis")));
    DemoOptions demo = options(560, 9);
    demo.forms = false;
    REQUIRE(DemoGenerator::fill(store->database(), demo, tester(), {}).ok());
    // The demo writes one history after the other; real files interleave them. A copy of the
    // first event of every seventh participant, at the end of the file, gives them events in both
    // halves that two connections read.
    const auto eventCount = [&store] {
        return column(store->database(), QStringLiteral("SELECT count(*) FROM trajectory_event"))
            .values()
            .first()
            .toInt();
    };
    // Appends an event after the first event of each participant whose first event's id is a
    // multiple of `every`: its type and fields are SQL of that first event's columns.
    const auto appendAfterFirstEvents = [&store](int every, const QString& type, const QString& fields) {
        return QSqlQuery(store->database())
            .exec(
                QStringLiteral("INSERT INTO trajectory_event (participant_id, type, date, fields, "
                               "recorded_at, recorded_by) SELECT participant_id, %1, date, %2, recorded_at, "
                               "recorded_by FROM trajectory_event WHERE id IN (SELECT min(id) FROM "
                               "trajectory_event GROUP BY participant_id) AND id % %3 = 0")
                    .arg(type, fields, QString::number(every)));
    };
    const int written = eventCount();
    REQUIRE(appendAfterFirstEvents(7, QStringLiteral("type"), QStringLiteral("fields")));
    REQUIRE(eventCount() - written > 50);
    // And a retraction of a first event, for every 50th participant by its place, for every 45th
    // by the team's id of the event (which arranging looks up in the file, so only the caller's
    // thread arranges those histories).
    const int beforeRetractions = eventCount();
    REQUIRE(appendAfterFirstEvents(50, QStringLiteral("'gebeurtenis_herroepen'"),
                                   QStringLiteral("'{\"nummer\":1,\"reden\":\"dubbel ingevoerd\"}'")));
    REQUIRE(
        QSqlQuery(store->database())
            .exec(QStringLiteral("INSERT INTO team_key (entity, local_id, uuid) SELECT 'trajectory_event', "
                                 "id, 'uuid-' || id FROM trajectory_event WHERE id IN (SELECT min(id) FROM "
                                 "trajectory_event GROUP BY participant_id) AND id % 45 = 0")));
    REQUIRE(
        QSqlQuery(store->database())
            .exec(QStringLiteral(
                "INSERT INTO trajectory_event (participant_id, type, date, fields, recorded_at, "
                "recorded_by) SELECT e.participant_id, 'gebeurtenis_herroepen', e.date, "
                "'{\"gebeurtenis\":\"' || k.uuid || '\",\"reden\":\"dubbel ingevoerd\"}', "
                "e.recorded_at, e.recorded_by FROM trajectory_event e JOIN team_key k ON k.local_id = e.id "
                "AND k.entity = 'trajectory_event'")));
    REQUIRE(eventCount() - beforeRetractions > 15);
    QStringList ids = column(store->database(), QStringLiteral("SELECT id FROM participant")).values();
    std::sort(ids.begin(), ids.end(), std::greater<>()); // not the file's order
    ids.removeLast(); // and not everyone: the others' events are passed over
    const TrajectoryRepository repository(store->database());
    REQUIRE(ids.size() > TrajectoryRepository::oneByOneUpTo); // the bulk read, not one by one

    const auto many = repository.loadMany(ids);
    REQUIRE(many.ok());
    REQUIRE(many->size() == ids.size());
    const auto shown = [](const Trajectory& trajectory) {
        QStringList lines{trajectory.deelnemer.id + u'|' + trajectory.deelnemer.naam + u'|' +
                          isoDate(trajectory.deelnemer.geboortedatum) + u'|' + trajectory.profileId};
        for (const TrajectoryEvent& event : trajectory.events)
            lines << event.type + u'|' + QString::number(event.typeId) + u'|' + isoDate(event.date) + u'|' +
                         QString::fromUtf8(
                             QJsonDocument(event.fields.toJsonObject()).toJson(QJsonDocument::Compact));
        return lines;
    };
    qsizetype events = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto alone = repository.load(ids.at(i));
        REQUIRE(alone.ok());
        INFO(ids.at(i).toStdString());
        CHECK(shown(many->at(i)) == shown(alone.value()));
        events += alone->events.size();
    }
    CHECK(events > 20 * ids.size());

    // Under the write lock (BEGIN IMMEDIATE), the later half of the events read on a helper
    // thread through a connection of its own: the same histories.
    QSqlDatabase writer = store->database();
    REQUIRE(writer.transaction());
    const auto twice = repository.loadMany(ids, TrajectoryRepository::Reading::TwoConnectionsUnderWriteLock);
    REQUIRE(twice.ok());
    REQUIRE(twice->size() == ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        INFO(ids.at(i).toStdString());
        CHECK(shown(twice->at(i)) == shown(many->at(i)));
    }
    // That read kept a pack of each history (EventPacks). Read again in the same transaction,
    // the packs the helper's connection sees (none: not committed) are not the caller's, so the
    // caller reads them all: the same histories.
    REQUIRE(column(writer, QStringLiteral("SELECT count(*) FROM event_pack")).values().first() ==
            QString::number(ids.size()));
    const auto fromPacks =
        repository.loadMany(ids, TrajectoryRepository::Reading::TwoConnectionsUnderWriteLock);
    REQUIRE(fromPacks.ok());
    for (qsizetype i = 0; i < ids.size(); ++i)
        CHECK(shown(fromPacks->at(i)) == shown(many->at(i)));
    // A caller that wrote an event before reading (which the caller may not): the helper's
    // connection does not see it (another connection indeed), notices that it sees another file,
    // and leaves it all to the caller, whose read has the event.
    REQUIRE(QSqlQuery(writer).exec(QStringLiteral("DELETE FROM event_pack_mark")));
    REQUIRE(QSqlQuery(writer).exec(
        QStringLiteral("INSERT INTO trajectory_event (participant_id, type, date, fields, recorded_at, "
                       "recorded_by) SELECT participant_id, type, date, fields, recorded_at, recorded_by "
                       "FROM trajectory_event WHERE participant_id = '%1' ORDER BY id DESC LIMIT 1")
            .arg(ids.first())));
    const auto afterWrite = repository.loadMany(ids, TrajectoryRepository::Reading::OneConnection);
    const auto afterWriteTwice =
        repository.loadMany(ids, TrajectoryRepository::Reading::TwoConnectionsUnderWriteLock);
    REQUIRE(afterWrite.ok());
    REQUIRE(afterWriteTwice.ok());
    CHECK(afterWrite->first().events.size() == many->first().events.size() + 1);
    CHECK(afterWriteTwice->first().events.size() == many->first().events.size() + 1);
    // and kept no packs of what it read (the mark deleted above stays deleted).
    CHECK(column(writer, QStringLiteral("SELECT count(*) FROM event_pack_mark")).values().first() ==
          QStringLiteral("0"));
    REQUIRE(writer.rollback());

    // Outside a transaction no write lock holds the snapshot: read on one connection, the same.
    const auto unlocked =
        repository.loadMany(ids, TrajectoryRepository::Reading::TwoConnectionsUnderWriteLock);
    REQUIRE(unlocked.ok());
    for (qsizetype i = 0; i < ids.size(); ++i)
        CHECK(shown(unlocked->at(i)) == shown(many->at(i)));

    // The caseload on a day not prepared reads on two connections inside its keeping transaction:
    // each row as the participant's row read alone (one by one, not kept) shows it.
    const auto verdict = [](const CaseloadRow& row) {
        QStringList lines{row.id + u'|' + row.phase + u'|' + row.error + u'|' +
                          QString::number(row.omklap.eligible) + u'|' + isoDate(row.overeenkomstOn) + u'|' +
                          isoDate(row.omgeklaptOn)};
        for (const QList<Deadline>* list : {&row.deadlines, &row.settled}) {
            for (const Deadline& deadline : *list)
                lines << deadline.rule + u'|' + deadline.ref + u'|' + isoDate(deadline.due) + u'|' +
                             QString::number(int(deadline.status));
        }
        return lines;
    };
    QHash<QString, QStringList> alone;
    for (const QString& id : std::as_const(ids)) {
        const auto row = Caseload::loadRow(store->database(), id, demo.today);
        REQUIRE(row.ok());
        alone.insert(id, verdict(row.value()));
    }
    REQUIRE(
        column(store->database(), QStringLiteral("SELECT count(*) FROM caseload_summary")).values().first() ==
        QStringLiteral("0")); // a day not prepared: everyone is evaluated
    const auto caseload = Caseload::load(store->database(), demo.today);
    REQUIRE(caseload.ok());
    REQUIRE(caseload->size() == ids.size() + 1); // and the participant left out of ids
    for (const CaseloadRow& row : caseload.value()) {
        if (alone.contains(row.id))
            CHECK(verdict(row) == alone.value(row.id));
    }
    CHECK(
        column(store->database(), QStringLiteral("SELECT count(*) FROM caseload_summary")).values().first() ==
        QString::number(ids.size() + 1)); // kept: the keeping transaction was the one read in

    // The next day not prepared reads the packs that opening kept: the same rows.
    REQUIRE(column(store->database(), QStringLiteral("SELECT count(*) FROM event_pack")).values().first() ==
            QString::number(ids.size() + 1));
    REQUIRE(QSqlQuery(store->database()).exec(QStringLiteral("DELETE FROM caseload_summary")));
    const auto nextDay = Caseload::load(store->database(), demo.today);
    REQUIRE(nextDay.ok());
    REQUIRE(nextDay->size() == ids.size() + 1);
    for (const CaseloadRow& row : nextDay.value()) {
        if (alone.contains(row.id))
            CHECK(verdict(row) == alone.value(row.id));
    }

    ids.append(QStringLiteral("DEMO-99999"));
    const auto unknown = repository.loadMany(ids);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errors().first().contains(QStringLiteral("DEMO-99999")));
}
