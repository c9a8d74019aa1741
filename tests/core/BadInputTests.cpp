// Bad input is refused with a message naming the event and the rule it breaks; never skipped.
#include "QtCatch.h"
#include "TrajectoryBuilder.h"

#include "trajectory/EventFields.h"
#include "trajectory/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <random>

namespace {

QString firstError(const Result<Evaluation>& result)
{
    REQUIRE_FALSE(result.ok());
    return result.errors().first();
}

} // namespace

TEST_CASE("An event before its phase names the step that is missing", "[badinput]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15").add("woonzaken_akkoord", "2026-05-01");
    const QString error = firstError(builder.evaluate("2026-06-01"));
    CHECK(error.startsWith(QStringLiteral("event 9 (woonzaken_akkoord, 2026-05-01): cannot come before "
                                          "voordracht_omklap_ingediend")));
}

TEST_CASE("An event that needs an earlier one names it", "[badinput]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.add("aanmelding", "2026-01-05")
        .add("toestemming_gegeven", "2026-01-06")
        .add("urgentie_aangevraagd", "2026-01-06")
        .add("urgentie_verleend", "2026-02-01")
        .add("woning_bezichtigd", "2026-02-10");
    CHECK(firstError(builder.evaluate("2026-03-01")) ==
          QStringLiteral("event 5 (woning_bezichtigd, 2026-02-10): cannot come before woning_aangeboden"));
}

TEST_CASE("A backdated entry is applied in date order, so it is fine", "[badinput]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.add("toestemming_gegeven", "2026-01-06")
        .add("urgentie_aangevraagd", "2026-01-06")
        .add("aanmelding", "2026-01-05");
    const Result<Evaluation> result = builder.evaluate("2026-03-01");
    REQUIRE(result.ok());
    CHECK(result->phase == QStringLiteral("urgentie"));
}

TEST_CASE("Unknown event types, goals and meldingen are errors", "[badinput]")
{
    TrajectoryBuilder unknownType("amsterdam-2026");
    unknownType.add("aanmelding", "2026-01-05").add("feestje", "2026-01-06");
    CHECK(firstError(unknownType.evaluate("2026-03-01"))
              .startsWith(QStringLiteral("event 2 (feestje, 2026-01-06): unknown event type")));

    TrajectoryBuilder unknownGoal("amsterdam-2026");
    unknownGoal.startedOn("2026-01-15").add("doel_behaald", "2026-03-01", idField("g9"));
    CHECK(firstError(unknownGoal.evaluate("2026-04-01")).contains(QStringLiteral("unknown goal \"g9\"")));

    TrajectoryBuilder unknownMelding("amsterdam-2026");
    unknownMelding.startedOn("2026-01-15").add("overlast_opgelost", "2026-03-01", idField("m9"));
    CHECK(
        firstError(unknownMelding.evaluate("2026-04-01")).contains(QStringLiteral("unknown melding \"m9\"")));

    TrajectoryBuilder duplicate("amsterdam-2026");
    duplicate.startedOn("2026-01-15")
        .add("overlast_gemeld", "2026-03-01", idField("m1"))
        .add("overlast_gemeld", "2026-03-02", idField("m1"));
    CHECK(firstError(duplicate.evaluate("2026-04-01")).contains(QStringLiteral("already exists")));
}

TEST_CASE("Bijlage 1: protocol actions 4 to 6 only after the one before", "[badinput][overlast]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15")
        .add("overlast_gemeld", "2026-03-01", idField("m1"))
        .add("overlast_actie", "2026-03-02",
             fields({{QStringLiteral("id"), QStringLiteral("m1")}, {QStringLiteral("actie"), 5}}));
    CHECK(firstError(builder.evaluate("2026-04-01"))
              .endsWith(QStringLiteral("actie 5 cannot come before actie 4")));
}

TEST_CASE("Bijlage 1: actie 3 needs a repeated justified complaint", "[badinput][overlast]")
{
    const auto judged = [](const char* melding) {
        return fields({{QStringLiteral("id"), QString::fromUtf8(melding)},
                       {QStringLiteral("gedrag"), QStringLiteral("bewust")},
                       {QStringLiteral("klacht"), QStringLiteral("terecht")},
                       {QStringLiteral("veroorzaker"), QStringLiteral("deelnemer")}});
    };
    TrajectoryBuilder first("amsterdam-2026");
    first.startedOn("2026-01-15")
        .add("overlast_gemeld", "2026-03-01", idField("m1"))
        .add("overlast_beoordeeld", "2026-03-03", judged("m1"))
        .add("overlast_actie", "2026-03-04",
             fields({{QStringLiteral("id"), QStringLiteral("m1")}, {QStringLiteral("actie"), 3}}));
    CHECK(firstError(first.evaluate("2026-04-01")).contains(QStringLiteral("repeated justified complaint")));

    TrajectoryBuilder repeated("amsterdam-2026");
    repeated.startedOn("2026-01-15")
        .add("overlast_gemeld", "2026-03-01", idField("m1"))
        .add("overlast_beoordeeld", "2026-03-03", judged("m1"))
        .add("overlast_gemeld", "2026-04-01", idField("m2"))
        .add("overlast_beoordeeld", "2026-04-03", judged("m2"))
        .add("overlast_actie", "2026-04-04",
             fields({{QStringLiteral("id"), QStringLiteral("m2")}, {QStringLiteral("actie"), 3}}));
    const Result<Evaluation> result = repeated.evaluate("2026-05-01");
    REQUIRE(result.ok());
    CHECK(result->meldingen.at(1).categorie == 2);
}

TEST_CASE("Werkafspraak 8: a voordracht before omklap is possible is refused with the reasons",
          "[badinput][omklap]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.startedOn("2026-01-15").add("voordracht_omklap_ingediend", "2026-06-01");
    const QString error = firstError(builder.evaluate("2026-07-01"));
    CHECK(error.contains(QStringLiteral("omklap is not possible yet")));
    CHECK(error.contains(QStringLiteral("minimum_duur")));
}

TEST_CASE("Events after today, bad dates in fields and missing fields are errors", "[badinput]")
{
    TrajectoryBuilder future("amsterdam-2026");
    future.add("aanmelding", "2026-05-01");
    CHECK(firstError(future.evaluate("2026-04-01")).contains(QStringLiteral("lies after today")));

    TrajectoryBuilder badField("amsterdam-2026");
    badField.startedOn("2026-01-15")
        .add("kennismakingsgesprek_gepland", "2026-02-01",
             fields({{QStringLiteral("gepland_op"), QStringLiteral("2026-02-30")}}));
    CHECK(
        firstError(badField.evaluate("2026-03-01")).contains(QStringLiteral("\"gepland_op\" is not a date")));

    TrajectoryBuilder missing("amsterdam-2026");
    missing.startedOn("2026-01-15").add("doel_vastgesteld", "2026-02-01", idField("g1"));
    CHECK(firstError(missing.evaluate("2026-03-01"))
              .contains(QStringLiteral("the field \"leefdomein\" is missing")));
}

TEST_CASE("A trajectory file with a malformed date or event names the event", "[badinput][file]")
{
    const QByteArray json = R"({"profile": "amsterdam-2026", "deelnemer": {"id": "D1"},
        "events": [{"type": "aanmelding", "date": "2026-01-05"}, {"type": "urgentie_aangevraagd", "date": "05-01-2026"},
                   {"date": "2026-01-07"}]})";
    const Result<Trajectory> result = Trajectory::fromJson(json);
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors() ==
          QStringList{QStringLiteral("event 2 (urgentie_aangevraagd): the date \"05-01-2026\" is not a date "
                                     "of the form YYYY-MM-DD."),
                      QStringLiteral("event 3: has no type.")});

    CHECK_FALSE(Trajectory::fromJson("{ not json").ok());
    CHECK(Trajectory::fromJson(R"({"deelnemer": {}, "events": []})")
              .errors()
              .first()
              .contains(QStringLiteral("profile")));
}

TEST_CASE("An ISO date is read as QDate reads it, from text or from bytes: every day of 1600-2400, and "
          "impossible or misspelt dates refused",
          "[badinput][dates]")
{
    for (QDate day(1600, 1, 1); day <= QDate(2400, 12, 31); day = day.addDays(1)) {
        const QString text = day.toString(Qt::ISODate);
        if (parseIsoDate(text) != day || parseIsoDate(QByteArrayView(text.toLatin1())) != day)
            FAIL(text.toStdString());
    }
    for (const char* wrong :
         {"2026-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-01-00", "2026-04-31", "0000-01-01",
          "2026-1-01", "2026/01/01", "2026-01-01 ", "", "2026-0a-01"}) {
        INFO(wrong);
        CHECK_FALSE(parseIsoDate(QString::fromLatin1(wrong)).isValid());
        CHECK_FALSE(parseIsoDate(QByteArrayView(wrong)).isValid());
    }
    CHECK(parseIsoDate(QByteArrayView("2000-02-29")) == QDate(2000, 2, 29));
    CHECK(parseIsoDate(QByteArrayView("0001-01-01")) == QDate(1, 1, 1));
    CHECK(parseIsoDate(QByteArrayView("9999-12-31")) == QDate(9999, 12, 31));
    CHECK_FALSE(parseIsoDate(QStringLiteral("２０２６-01-01")).isValid()); // full-width digits
}

namespace {

// The fields read by EventFields::fromJson against QJsonDocument's reading of the same bytes.
void checkReadAsQtReads(const QByteArray& json)
{
    INFO(json.toStdString());
    const QJsonObject qt = QJsonDocument::fromJson(json).object();
    const EventFields fast = EventFields::fromJson(json);
    const EventFields throughQt(qt);
    CHECK(fast.toJsonObject() == qt);
    CHECK(fast.isEmpty() == qt.isEmpty());
    for (auto it = qt.begin(); it != qt.end(); ++it) {
        CHECK(fast.value(it.key()) == it.value());
        CHECK(fast.text(it.key()) == throughQt.text(it.key()));
    }
}

} // namespace

TEST_CASE("An event's stored fields are read as QJsonDocument reads them, in the store's shape and in any "
          "other",
          "[badinput][fields]")
{
    for (const char* json : {"",
                             "{}",
                             "{\"a\":1,\"a\":2}",
                             "{\"b\":1,\"a\":2}",
                             "{\"a\":01}",
                             "{\"a\":-0}",
                             "{\"a\":\"x\"}rest",
                             "[1,2]",
                             "{\"a\":\"\\u00e9\\n\\\"\"}",
                             "{\"\xc3\xa9\":1}",
                             "{\"a\":\"\xff\xfe\"}",
                             "{\"a\":1234567890123456789}",
                             "{\"a\":123456789012345678}",
                             "{\"a\":-123456789012345678}",
                             "{\"a\":tru}",
                             "{\"a\":1.5}",
                             "{\"a\":2e3}",
                             "{\"a\":[1,{\"b\":null}]}",
                             "{\"a\":{}}",
                             "{ \"a\" : 1 }",
                             "{\"a\":true,\"b\":false,\"c\":null}",
                             "{\"a\":\"\"}",
                             "{\"\":\"leeg\"}",
                             "{\"a\":\"\t\"}",
                             "{\"a\":1,}",
                             "{,}",
                             "{\"a\"}",
                             "{\"a\":}",
                             "\"a\"",
                             "{\"id\":\"m1\",\"actie\":2,\"omschrijving\":\"Buren leren kennen, één keer\"}"})
        checkReadAsQtReads(QByteArray(json));

    // Objects as the store writes them (QJsonDocument, compact), of every kind of value.
    std::mt19937 random(7);
    const QStringList keys{
        QStringLiteral("id"),    QStringLiteral("leefdomein"),     QStringLiteral("omschrijving"),
        QStringLiteral("actie"), QStringLiteral("beschikbaar_op"), QStringLiteral("gedrag")};
    const QList<QJsonValue> values{QJsonValue(QStringLiteral("m1")),
                                   QJsonValue(QStringLiteral("Zoë \"z\" \\ ok")),
                                   QJsonValue(QStringLiteral("2026-12-01")),
                                   QJsonValue(0),
                                   QJsonValue(-7),
                                   QJsonValue(qint64(1) << 52),
                                   QJsonValue(2.5),
                                   QJsonValue(true),
                                   QJsonValue(false),
                                   QJsonValue(QJsonValue::Null),
                                   QJsonValue(QJsonArray{1, 2}),
                                   QJsonValue(QStringLiteral("regel\nnieuw"))};
    for (int round = 0; round < 400; ++round) {
        QJsonObject object;
        for (int field = int(random() % 5); field > 0; --field)
            object.insert(keys.at(qsizetype(random() % quint32(keys.size()))),
                          values.at(qsizetype(random() % quint32(values.size()))));
        checkReadAsQtReads(QJsonDocument(object).toJson(QJsonDocument::Compact));
        checkReadAsQtReads(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
}
