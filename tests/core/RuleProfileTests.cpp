#include "QtCatch.h"

#include "trajectory/RuleProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace {

// The built-in 2026 profile with one change applied, as JSON text.
QByteArray amsterdam2026With(const std::function<void(QJsonObject&)>& change)
{
    QFile file(QStringLiteral(":/rules/amsterdam-2026.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    change(root);
    return QJsonDocument(root).toJson();
}

} // namespace

TEST_CASE("Every built-in rule profile loads", "[profiles]")
{
    const QStringList ids = RuleProfile::builtInIds();
    CHECK(ids.contains(QStringLiteral("amsterdam-2026")));
    CHECK(ids.contains(QStringLiteral("amsterdam-2020")));
    CHECK(ids.contains(QStringLiteral("amersfoort-2023")));
    CHECK(ids.contains(QStringLiteral("zuidoost-utrecht-2022")));
    for (const QString& id : ids) {
        const Result<RuleProfile> profile = RuleProfile::builtIn(id);
        INFO(id.toStdString() << ": " << profile.errors().join(u'\n').toStdString());
        REQUIRE(profile.ok());
        CHECK(profile->id == id);
        // Every rule carries the words of the document it comes from (issue 15).
        INFO("rules without a source quote: " << profile->unsourced().join(u", ").toStdString());
        CHECK(profile->unsourced().isEmpty());
    }
}

TEST_CASE("A rule without its source quote is named, a malformed source is refused", "[profiles][badinput]")
{
    const QByteArray withoutQuote = amsterdam2026With([](QJsonObject& root) {
        QJsonArray deadlines = root.value(u"deadlines").toArray();
        QJsonObject first = deadlines.at(0).toObject();
        first.remove(QStringLiteral("source"));
        deadlines[0] = first;
        root.insert(QStringLiteral("deadlines"), deadlines);
        QJsonObject omklap = root.value(u"omklap").toObject();
        QJsonObject sources = omklap.value(u"sources").toObject();
        sources.remove(QStringLiteral("woonfraude"));
        omklap.insert(QStringLiteral("sources"), sources);
        root.insert(QStringLiteral("omklap"), omklap);
    });
    const Result<RuleProfile> loaded = RuleProfile::fromJson(withoutQuote, QStringLiteral("x.json"));
    REQUIRE(loaded.ok()); // a profile in progress still loads; the fidelity check names the gaps
    CHECK(loaded->unsourced() == QStringList{QStringLiteral("$.deadlines[0] (woningaanbod_reactie)"),
                                             QStringLiteral("$.omklap.sources.woonfraude")});

    const QByteArray badSource = amsterdam2026With([](QJsonObject& root) {
        QJsonArray phases = root.value(u"phases").toArray();
        QJsonObject first = phases.at(0).toObject();
        first.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("quote"), QStringLiteral("x")},
                                                           {QStringLiteral("page"), 3}});
        phases[0] = first;
        root.insert(QStringLiteral("phases"), phases);
    });
    const Result<RuleProfile> refused = RuleProfile::fromJson(badSource, QStringLiteral("x.json"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors().join(u' ').contains(QStringLiteral("$.phases[0].source")));
}

TEST_CASE("A malformed profile is rejected naming the file and the JSON path", "[profiles][badinput]")
{
    const QString file = QStringLiteral("kapot.json");
    CHECK(RuleProfile::fromJson("{\"id\": ", file)
              .errors()
              .first()
              .startsWith(QStringLiteral("kapot.json: not valid JSON")));

    const auto badUnit = amsterdam2026With([](QJsonObject& root) {
        QJsonArray deadlines = root.value(u"deadlines").toArray();
        QJsonObject first = deadlines.at(0).toObject();
        first.insert(QStringLiteral("offset"), QJsonObject{{QStringLiteral("jaren"), 1}});
        deadlines.replace(0, first);
        root.insert(QStringLiteral("deadlines"), deadlines);
    });
    CHECK(RuleProfile::fromJson(badUnit, file).errors() ==
          QStringList{QStringLiteral("kapot.json: $.deadlines[0].offset: unknown unit \"jaren\" (use "
                                     "werkdagen, days, weeks or months)")});

    const auto unknownPhase = amsterdam2026With([](QJsonObject& root) {
        QJsonArray events = root.value(u"events").toArray();
        QJsonObject first = events.at(0).toObject();
        first.insert(QStringLiteral("to"), QStringLiteral("wachtkamer"));
        events.replace(0, first);
        root.insert(QStringLiteral("events"), events);
    });
    CHECK(RuleProfile::fromJson(unknownPhase, file).errors() ==
          QStringList{QStringLiteral("kapot.json: $.events[0]: unknown phase \"wachtkamer\"")});

    const auto backwardWorkingDays = amsterdam2026With([](QJsonObject& root) {
        QJsonArray deadlines = root.value(u"deadlines").toArray();
        QJsonObject first = deadlines.at(0).toObject();
        first.insert(QStringLiteral("offset"), QJsonObject{{QStringLiteral("werkdagen"), -2}});
        deadlines.replace(0, first);
        root.insert(QStringLiteral("deadlines"), deadlines);
    });
    CHECK(RuleProfile::fromJson(backwardWorkingDays, file)
              .errors()
              .first()
              .startsWith(QStringLiteral(
                  "kapot.json: $.deadlines[0].offset.werkdagen: must be a whole number other than 0")));

    // Found by fuzz_rule_profile (docs/fuzzing.md): 1e300 months was cast to int (undefined
    // behaviour); a term of 10^9 werkdagen would be counted day by day. Both are refused.
    const auto hugeMonths = amsterdam2026With([](QJsonObject& root) {
        QJsonObject omklap = root.value(u"omklap").toObject();
        omklap.insert(QStringLiteral("minimumMonths"), 1e300);
        root.insert(QStringLiteral("omklap"), omklap);
    });
    CHECK(RuleProfile::fromJson(hugeMonths, file)
              .errors()
              .first()
              .endsWith(QStringLiteral("minimumMonths: must be a whole number from 1 to 1000")));
    const auto hugeTerm = amsterdam2026With([](QJsonObject& root) {
        QJsonArray deadlines = root.value(u"deadlines").toArray();
        QJsonObject first = deadlines.at(0).toObject();
        first.insert(QStringLiteral("offset"), QJsonObject{{QStringLiteral("werkdagen"), 1e9}});
        deadlines.replace(0, first);
        root.insert(QStringLiteral("deadlines"), deadlines);
    });
    CHECK(RuleProfile::fromJson(hugeTerm, file)
              .errors()
              .first()
              .contains(QStringLiteral("from -3660 to 3660")));

    const auto typo =
        amsterdam2026With([](QJsonObject& root) { root.insert(QStringLiteral("deadline"), QJsonArray()); });
    CHECK(RuleProfile::fromJson(typo, file)
              .errors()
              .first()
              .startsWith(QStringLiteral("kapot.json: $: unknown key \"deadline\"")));

    const auto unknownEvent = amsterdam2026With([](QJsonObject& root) {
        QJsonObject omklap = root.value(u"omklap").toObject();
        omklap.insert(QStringLiteral("clockStartsAt"), QStringLiteral("sleutel_kwijt"));
        root.insert(QStringLiteral("omklap"), omklap);
    });
    CHECK(RuleProfile::fromJson(unknownEvent, file).errors() ==
          QStringList{QStringLiteral("kapot.json: $.omklap: unknown event \"sleutel_kwijt\"")});
}

TEST_CASE("An unknown built-in profile lists the known ones", "[profiles][badinput]")
{
    const Result<RuleProfile> profile = RuleProfile::builtIn(QStringLiteral("utrecht-1999"));
    REQUIRE_FALSE(profile.ok());
    CHECK(profile.errors().first().contains(QStringLiteral("amsterdam-2026")));
}
