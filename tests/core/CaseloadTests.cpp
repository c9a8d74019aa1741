// Participants' details, events recorded one by one, and the caseload the begeleider sees.
#include "StoreFixture.h"
#include "TrajectoryBuilder.h"

#include "caseload/Caseload.h"
#include "store/ParticipantRepository.h"

#include <QSqlQuery>

using namespace storefixture;

namespace {

ParticipantDetails zoe()
{
    ParticipantDetails details;
    details.id = QStringLiteral("D-0001");
    details.naam = QStringLiteral("Zoë Müller");
    details.profile = QStringLiteral("amsterdam-2026");
    details.adres = QStringLiteral("Kraanstraat 12-2");
    details.postcode = QStringLiteral("1011ab");
    details.woonplaats = QStringLiteral("Amsterdam");
    details.telefoon = QStringLiteral("06-12345678");
    details.begeleider = QStringLiteral("Test Begeleider");
    return details;
}

} // namespace

TEST_CASE("A participant's details are checked, tidied, saved and every change audited", "[caseload][people]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    ParticipantRepository participants(store->database());
    REQUIRE(participants.create(zoe(), tester(), fixedNow()).isEmpty());
    ParticipantDetails saved = participants.load(QStringLiteral("D-0001")).value();
    CHECK(saved.postcode == QStringLiteral("1011 AB"));
    CHECK(saved.telefoon == QStringLiteral("+31 6 12345678"));

    ParticipantDetails wrong = saved;
    wrong.telefoon = QStringLiteral("0612");
    const QHash<QString, QString> problems = ParticipantRepository::validate(wrong, fixedNow().date());
    CHECK(problems.keys() == QStringList{QStringLiteral("telefoon")});
    // "In the future" is measured from the day given (the session's clock), not the machine's.
    ParticipantDetails born = saved;
    born.geboortedatum = fixedNow().date().addDays(1);
    CHECK(ParticipantRepository::validate(born, fixedNow().date()).keys() ==
          QStringList{QStringLiteral("geboortedatum")});
    CHECK(ParticipantRepository::validate(born, fixedNow().date().addDays(1)).isEmpty());
    CHECK(participants.update(wrong, tester(), fixedNow()).contains(QStringLiteral("0612")));
    CHECK(participants.load(QStringLiteral("D-0001"))->telefoon == QStringLiteral("+31 6 12345678"));

    saved.woonplaats = QStringLiteral("Amstelveen");
    REQUIRE(participants.update(saved, tester(), fixedNow()).isEmpty());
    QSqlQuery query(store->database());
    REQUIRE(
        query.exec(QStringLiteral("SELECT old_value, new_value FROM audit_log ORDER BY id DESC LIMIT 1")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("woonplaats=Amsterdam"));
    CHECK(query.value(1).toString() == QStringLiteral("woonplaats=Amstelveen"));

    CHECK_FALSE(participants.create(zoe(), tester(), fixedNow()).isEmpty()); // the number is taken
    ContactPerson corporation{QStringLiteral("woningcorporatie"), QStringLiteral("J. de Vries"),
                              QStringLiteral("woonconsulent"), QStringLiteral("020 624 1111"),
                              QStringLiteral("j.devries@woonstichting.nl")};
    REQUIRE(participants.setContact(QStringLiteral("D-0001"), corporation, tester(), fixedNow()).isEmpty());
    corporation.naam = QStringLiteral("A. Bakker");
    REQUIRE(participants.setContact(QStringLiteral("D-0001"), corporation, tester(), fixedNow()).isEmpty());
    const auto contacts = participants.contacts(QStringLiteral("D-0001"));
    REQUIRE(contacts->size() == 1);
    CHECK(contacts->first().naam == QStringLiteral("A. Bakker"));
    CHECK(contacts->first().telefoon == QStringLiteral("+31 20 624 1111"));
}

TEST_CASE("Werkafspraak 4: recording the signed agreement makes the kennismakingsgesprek due in three months",
          "[caseload]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    REQUIRE(ParticipantRepository(store->database()).create(zoe(), tester(), fixedNow()).isEmpty());
    TrajectoryRepository trajectories(store->database());
    const QDate today(2026, 11, 23);
    const QList<std::pair<const char*, QDate>> steps{{"aanmelding", QDate(2026, 6, 1)},
                                                     {"toestemming_gegeven", QDate(2026, 6, 1)},
                                                     {"urgentie_aangevraagd", QDate(2026, 6, 8)},
                                                     {"urgentie_verleend", QDate(2026, 7, 1)}};
    for (const auto& [type, date] : steps)
        REQUIRE(trajectories
                    .recordEvent(QStringLiteral("D-0001"), eventOn(type, date), tester(), today, fixedNow())
                    .isEmpty());
    // Not allowed yet: the engine's reason, and nothing written.
    const QString refused = trajectories.recordEvent(QStringLiteral("D-0001"),
                                                     eventOn("huurcontract_omgezet", QDate(2026, 11, 1)),
                                                     tester(), today, fixedNow());
    CHECK(refused.contains(QStringLiteral("huurcontract_omgezet")));
    CHECK(trajectories.load(QStringLiteral("D-0001"))->events.size() == 4);

    for (const auto& [type, date] :
         QList<std::pair<const char*, QDate>>{{"woning_aangeboden", QDate(2026, 8, 3)},
                                              {"woningaanbod_beantwoord", QDate(2026, 8, 3)},
                                              {"woning_geaccepteerd", QDate(2026, 8, 5)},
                                              {"begeleidingsovereenkomst_getekend", QDate(2026, 9, 1)}}) {
        const QJsonObject fields =
            QString::fromUtf8(type) == u"woning_aangeboden"
                ? QJsonObject{{QStringLiteral("beschikbaar_op"), QStringLiteral("2026-08-10")}}
                : QJsonObject{};
        const QString error = trajectories.recordEvent(QStringLiteral("D-0001"), eventOn(type, date, fields),
                                                       tester(), today, fixedNow());
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
    }

    const auto rows = Caseload::load(store->database(), today);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    const CaseloadRow& row = rows->first();
    CHECK(row.phase == QStringLiteral("herstelfase"));
    CHECK(row.adres == QStringLiteral("Kraanstraat 12-2, 1011 AB Amsterdam"));
    bool found = false;
    for (const Deadline& deadline : row.deadlines) {
        if (deadline.rule == u"kennismakingsgesprek") {
            found = true;
            CHECK(deadline.due == QDate(2026, 12, 1)); // three months after 2026-09-01
            CHECK(deadline.status == DeadlineStatus::Open);
        }
    }
    CHECK(found);
    const QList<CaseloadDeadline> soon = Caseload::dueSoon(rows.value(), today, 14);
    CHECK(std::any_of(soon.cbegin(), soon.cend(), [](const CaseloadDeadline& due) {
        return due.deadline.rule == u"kennismakingsgesprek";
    }));
}
