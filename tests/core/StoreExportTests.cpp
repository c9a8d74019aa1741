// AVG inzage: the export of one participant holds all of theirs and nothing of anyone else.
#include "StoreFixture.h"

#include "store/FormAnswerRepository.h"
#include "store/StoreExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace storefixture;

TEST_CASE("The export of one participant holds their answers and audit rows, and no one else's",
          "[store][export]")
{
    QTemporaryDir folder;
    auto store = create(folder.filePath(QStringLiteral("dossiers.thuis")));
    addParticipant(*store, QStringLiteral("D-0001"), QStringLiteral("Zoë Müller"));
    addParticipant(*store, QStringLiteral("D-0002"), QStringLiteral("Iemand Anders"));
    FormAnswerRepository answers(store->database());
    const qint64 own = answers
                           .createForm(QStringLiteral("D-0001"), QStringLiteral("supplement-wonen"),
                                       QStringLiteral("amsterdam-2026"), tester(), fixedNow())
                           .value();
    const qint64 other = answers
                             .createForm(QStringLiteral("D-0002"), QStringLiteral("supplement-wonen"),
                                         QStringLiteral("amsterdam-2026"), tester(), fixedNow())
                             .value();
    REQUIRE(
        answers
            .saveAnswer(own, QStringLiteral("toelichting"), QStringLiteral("Één café"), tester(), fixedNow())
            .isEmpty());
    REQUIRE(answers
                .saveAnswer(other, QStringLiteral("toelichting"), QStringLiteral("geheim van een ander"),
                            tester(), fixedNow())
                .isEmpty());

    const Result<QByteArray> json =
        StoreExport(store->database()).toJson(QStringLiteral("D-0001"), fixedNow());
    REQUIRE(json.ok());
    CHECK_FALSE(json.value().contains("geheim van een ander"));
    CHECK_FALSE(json.value().contains("Iemand Anders"));
    const QJsonObject document = QJsonDocument::fromJson(json.value()).object();
    const QJsonArray participants = document.value(u"deelnemers").toArray();
    REQUIRE(participants.size() == 1);
    const QJsonObject participant = participants.first().toObject();
    CHECK(participant.value(u"naam").toString() == QStringLiteral("Zoë Müller"));
    const QJsonArray forms = participant.value(u"formulieren").toArray();
    REQUIRE(forms.size() == 1);
    CHECK(forms.first()
              .toObject()
              .value(u"antwoorden")
              .toArray()
              .first()
              .toObject()
              .value(u"waarde")
              .toString() == QStringLiteral("Één café"));
    // Their participant row, their form and their answer: three audit rows.
    CHECK(participant.value(u"auditlog").toArray().size() == 3);

    const Result<QByteArray> everyone = StoreExport(store->database()).toJson(std::nullopt, fixedNow());
    REQUIRE(everyone.ok());
    CHECK(QJsonDocument::fromJson(everyone.value()).object().value(u"deelnemers").toArray().size() == 2);
    CHECK_FALSE(StoreExport(store->database()).toJson(QStringLiteral("D-9999"), fixedNow()).ok());
}
