// A trajectory file is read strictly (issue 16): what QJsonDocument would let through silently —
// a typo in a field, a key given twice, a number where text belongs, a participant number with a
// space, a NUL or half a character — is refused with a message naming the place.
#include "QtCatch.h"

#include "common/StrictJson.h"
#include "forms/AnswersFile.h"
#include "people/ParticipantNumber.h"
#include "trajectory/RuleBook.h"
#include "trajectory/RuleNames.h"
#include "trajectory/Trajectory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// A valid file with `deelnemer` and `event` spliced in as raw JSON text.
QByteArray file(const QByteArray& deelnemer, const QByteArray& event)
{
    return R"({"profile": "amsterdam-2026", "deelnemer": )" + deelnemer +
           R"(, "events": [{"type": "aanmelding", "date": "2026-01-05"}, )" + event + "]}";
}

QString onlyError(const QByteArray& json)
{
    const Result<Trajectory> result = Trajectory::fromJson(json);
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.errors().size() == 1);
    return result.errors().first();
}

const QByteArray plainDeelnemer = R"({"id": "D-1", "naam": "Sanne"})";
const QByteArray plainEvent = R"({"type": "kennismakingsgesprek_gehouden", "date": "2026-03-02"})";

} // namespace

TEST_CASE("A well-formed trajectory file is read as it was", "[file]")
{
    const Result<Trajectory> result = Trajectory::fromJson(file(
        R"({"id": "D-1", "naam": "Sanne \ud83d\ude00", "huishouden": "gezin"})",
        R"({"type": "kennismakingsgesprek_gehouden", "date": "2026-03-02", "volgende_gesprek": "2026-09-01"})"));
    REQUIRE(result.ok());
    CHECK(result->deelnemer.naam == QStringLiteral("Sanne \U0001F600"));
    CHECK(result->events.at(1).text(u"volgende_gesprek") == QStringLiteral("2026-09-01"));
    CHECK(Trajectory::fromJson(file(R"({"id": 42})", plainEvent))->deelnemer.id == QStringLiteral("42"));
}

TEST_CASE("A typo in an event's field is refused, not ignored", "[file]")
{
    const QString error = onlyError(file(
        plainDeelnemer,
        R"({"type": "kennismakingsgesprek_gehouden", "date": "2026-03-02", "volgende_gesprk": "2026-09-01"})"));
    CHECK(error.startsWith(
        QStringLiteral("event 2 (kennismakingsgesprek_gehouden): the field \"volgende_gesprk\" is unknown")));
}

TEST_CASE("Unknown fields of the file and the participant are refused", "[file]")
{
    CHECK(onlyError(R"({"profile": "amsterdam-2026", "profiel": "amsterdam-2020", "deelnemer": {"id": "D-1"},
                        "events": []})")
              .startsWith(QStringLiteral("The trajectory file has a field \"profiel\"")));
    CHECK(onlyError(file(R"({"id": "D-1", "geboorte": "1990-01-01"})", plainEvent))
              .startsWith(QStringLiteral("deelnemer has a field \"geboorte\"")));
}

TEST_CASE("A key given twice is refused with its place, so a second profile cannot switch the rules",
          "[file]")
{
    CHECK(onlyError(R"({"profile": "amsterdam-2026", "deelnemer": {"id": "D-1"}, "events": [],
                        "profile": "amsterdam-2020"})") ==
          QStringLiteral("The trajectory file is refused: \"profile\" appears twice."));
    CHECK(onlyError(file(plainDeelnemer,
                         R"({"type": "overlast_gemeld", "date": "2026-03-02", "id": "m1", "id": "m2"})")) ==
          QStringLiteral("The trajectory file is refused: event 2, field \"id\" appears twice."));
    // The same key in two different objects is fine.
    CHECK(Trajectory::fromJson(file(R"({"id": "D-1"})", R"({"type": "overlast_gemeld", "date": "2026-03-02",
                                                            "id": "m1"})"))
              .ok());
}

TEST_CASE("Text where text belongs: a name of 42 is not silently empty", "[file]")
{
    CHECK(onlyError(file(R"({"id": "D-1", "naam": 42})", plainEvent)) ==
          QStringLiteral("\"deelnemer.naam\" must be text, not a number."));
    CHECK(onlyError(file(plainDeelnemer, R"({"type": 7, "date": "2026-03-02"})"))
              .startsWith(QStringLiteral("event 2, \"type\" must be text, not a number.")));
    CHECK(onlyError(
              file(plainDeelnemer, R"({"type": "overlast_gemeld", "date": "2026-03-02", "id": {"a": 1}})"))
              .contains(
                  QStringLiteral("the field \"id\" must be text, a number or true/false, not an object")));
    CHECK(onlyError(file(R"({"id": 4.5})", plainEvent))
              .startsWith(QStringLiteral("\"deelnemer.id\" must be text or a whole number")));
}

TEST_CASE("Participant numbers differing by space, NUL or invisible characters are refused", "[file]")
{
    CHECK(onlyError(file(R"({"id": "D-1 "})", plainEvent))
              .contains(QStringLiteral("contains U+0020 at position 4")));
    CHECK(onlyError(file(R"({"id": " D-1"})", plainEvent)).contains(QStringLiteral("must start with")));
    CHECK(onlyError(file(R"({"id": "D\u00001"})", plainEvent)) ==
          QStringLiteral(
              "The trajectory file is refused: \"deelnemer.id\" contains a NUL character (\\u0000)."));
    CHECK(onlyError(file(R"({"id": "D\u200b1"})", plainEvent))
              .contains(QStringLiteral("U+200B at position 2")));
    CHECK(onlyError(file(R"({"id": ""})", plainEvent)).contains(QStringLiteral("is empty")));
}

TEST_CASE("Half a UTF-16 character in a name is refused, not mangled", "[file]")
{
    CHECK(
        onlyError(file(R"({"id": "D-1", "naam": "Sanne \ud83d"})", plainEvent)) ==
        QStringLiteral("The trajectory file is refused: \"deelnemer.naam\" contains half a character (a lone "
                       "\\ud83d)."));
    CHECK(onlyError(file(R"({"id": "D-1", "naam": "\ude00 Sanne"})", plainEvent))
              .contains(QStringLiteral("lone \\ude00")));
    CHECK(onlyError(file(R"({"id": "D-1", "naam": "\ud83d\u0041"})", plainEvent))
              .contains(QStringLiteral("lone")));
}

TEST_CASE("The strict reader is linear and needs no stack for depth", "[file]")
{
    // 100,000 nested lists: QJsonDocument refuses the depth itself, the scanner must not crash
    // on what it is given either.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    CHECK_FALSE(StrictJson::firstProblem(deep).has_value());
    QByteArray wide = "{";
    for (int i = 0; i < 100000; ++i)
        wide += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",";
    wide += "\"k7\": 1}";
    const auto problem = StrictJson::firstProblem(wide);
    REQUIRE(problem.has_value());
    CHECK(problem->path == QStringList{QStringLiteral("k7")});
}

TEST_CASE("Every field a built-in rule profile reads is a known event field", "[file]")
{
    for (const QString& region : RuleBook::builtInRegions()) {
        const Result<RuleBook> book = RuleBook::builtIn(region);
        REQUIRE(book.ok());
        for (const RuleProfile& profile : book->editions()) {
            for (const EventRule& rule : profile.events) {
                for (const QString& field : rule.requiredFields)
                    CHECK(Trajectory::knownEventFields().contains(field));
                for (auto it = rule.allowedValues.cbegin(); it != rule.allowedValues.cend(); ++it)
                    CHECK(Trajectory::knownEventFields().contains(it.key()));
            }
            for (const DeadlineRule& rule : profile.deadlines) {
                QStringList read{rule.refField, rule.anchorDateField, rule.agreedDateField};
                for (const QJsonObject& where : {rule.anchorWhere, rule.anchorUnless, rule.satisfiedWhere})
                    read << where.keys();
                for (const QString& field : std::as_const(read))
                    CHECK((field.isEmpty() || Trajectory::knownEventFields().contains(field)));
            }
        }
    }
}

TEST_CASE("A participant number is plain letters, digits and - _ . /", "[file]")
{
    CHECK(ParticipantNumber::problem(QStringLiteral("DEMO-00012")).isEmpty());
    CHECK(ParticipantNumber::problem(QStringLiteral("2026/14.b_3")).isEmpty());
    CHECK_FALSE(ParticipantNumber::problem(QStringLiteral("Dé-1")).isEmpty());
    CHECK_FALSE(ParticipantNumber::problem(QString(41, u'a')).isEmpty());
    CHECK(ParticipantNumber::key(QStringLiteral("d-1")) == ParticipantNumber::key(QStringLiteral("D-1")));
}

TEST_CASE("Every deadline rule of a built-in profile has a name of its own for the screens", "[names]")
{
    for (const QString& region : RuleBook::builtInRegions()) {
        const Result<RuleBook> book = RuleBook::builtIn(region);
        REQUIRE(book.ok());
        for (const RuleProfile& profile : book->editions()) {
            for (const DeadlineRule& rule : profile.deadlines) {
                INFO(profile.id.toStdString() << ": " << rule.id.toStdString());
                CHECK(RuleNames::knows(rule.id));
            }
        }
    }
    CHECK(RuleNames::deadline(QStringLiteral("overlast_opgelost"), QStringLiteral("m1")) ==
          QStringLiteral("Nuisance resolved (m1)"));
    CHECK(RuleNames::deadline(QStringLiteral("eigen_regel")) == QStringLiteral("Eigen regel"));
    CHECK(RuleNames::overlastAction(4) == QStringLiteral("4: continuing, warning letter"));
}

TEST_CASE("An answers file with a key given twice is refused, not read as its last value", "[file][forms]")
{
    const Result<FormDefinition> woonevaluatie =
        FormDefinition::builtIn(QStringLiteral("woonevaluatie"), QStringLiteral("2026"));
    REQUIRE(woonevaluatie.ok());
    const Result<FormAnswers> twice = AnswersFile::read(
        R"({"datum_woonevaluatiegesprek": "2026-11-02", "datum_woonevaluatiegesprek": "2026-11-03"})",
        woonevaluatie.value());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errors().first() ==
          QStringLiteral("the answers are refused: \"datum_woonevaluatiegesprek\" appears twice"));
    const Result<FormAnswers> once =
        AnswersFile::read(R"({"datum_woonevaluatiegesprek": "2026-11-02"})", woonevaluatie.value());
    REQUIRE(once.ok());
    CHECK(once->value(QStringLiteral("datum_woonevaluatiegesprek")) == QStringLiteral("2026-11-02"));
}

TEST_CASE("What QJsonDocument reads leniently cannot hide a second key", "[file]")
{
    // "pr\ofile" is "profile" to QJsonDocument: an unknown escape is refused, not decoded otherwise.
    const QByteArray escaped =
        R"({"profile": "amsterdam-2026", "deelnemer": {"id": "D-1"}, "events": [], "pr\ofile": "amsterdam-2020"})";
    CHECK_FALSE(Trajectory::fromJson(escaped).ok());
    REQUIRE(StrictJson::firstProblem(escaped).has_value());
    CHECK(StrictJson::firstProblem(escaped)->what ==
          QStringLiteral("contains an escape that JSON does not know"));

    // A byte order mark (Notepad) does not hide the root object from the check.
    const QByteArray bom = "\xEF\xBB\xBF"
                           R"({"profile": "amsterdam-2026", "profile": "amsterdam-2020"})";
    REQUIRE(StrictJson::firstProblem(bom).has_value());
    CHECK(StrictJson::firstProblem(bom)->path == QStringList{QStringLiteral("profile")});

    // A raw control character inside a string.
    const QByteArray raw = QByteArray(R"({"naam": "D)") + '\0' + QByteArray(R"(1"})");
    REQUIRE(StrictJson::firstProblem(raw).has_value());
    CHECK(StrictJson::firstProblem(raw)->what.startsWith(QStringLiteral("contains a control character")));

    // A problem in a key is placed in its object, not under the key before it.
    const QByteArray key = R"({"deelnemer": {"id": "D-1", "na\ud800am": "x"}})";
    REQUIRE(StrictJson::firstProblem(key).has_value());
    CHECK(StrictJson::firstProblem(key)->path == QStringList{QStringLiteral("deelnemer")});

    // Input QJsonDocument would refuse still ends the scan (the fuzz target's "\0").
    CHECK_FALSE(StrictJson::firstProblem(QByteArray(1, '\0')).has_value());
    CHECK_FALSE(StrictJson::firstProblem(QByteArray("@#!")).has_value());
}
