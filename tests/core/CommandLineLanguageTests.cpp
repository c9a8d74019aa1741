#include "QtCatch.h"

#include "application/CommandLineLanguage.h"

namespace {
CommandLineLanguage scan(std::initializer_list<const char*> arguments)
{
    QStringList list{QStringLiteral("program")};
    for (const char* argument : arguments)
        list << QString::fromUtf8(argument);
    return CommandLineLanguage::scan(list);
}
} // namespace

TEST_CASE("The option --lang chooses the interface language in both spellings", "[commandline]")
{
    CHECK(scan({"--lang", "en"}).requested() == UiLanguage::English);
    CHECK(scan({"--lang=nl"}).requested() == UiLanguage::Dutch);
    CHECK(scan({"help", "--lang", "EN"}).requested() == UiLanguage::English);
    CHECK(scan({"--lang", "en"}).error().isEmpty());
}

TEST_CASE("Without --lang no language is requested, so the setting decides", "[commandline]")
{
    const CommandLineLanguage result = scan({"help", "--version"});
    CHECK_FALSE(result.requested().has_value());
    CHECK(result.error().isEmpty());
}

TEST_CASE("An unknown or missing language is an error naming the problem", "[commandline]")
{
    const CommandLineLanguage unknown = scan({"--lang", "fr"});
    CHECK_FALSE(unknown.requested().has_value());
    CHECK(unknown.error().contains(QStringLiteral("\"fr\"")));

    const CommandLineLanguage missing = scan({"--lang"});
    CHECK_FALSE(missing.requested().has_value());
    CHECK(missing.error().contains(QStringLiteral("--lang")));
}

TEST_CASE("The other arguments are kept in order without the --lang option", "[commandline]")
{
    CHECK(scan({"trajectory", "--lang", "en", "evaluate", "x.json"}).remainingArguments() ==
          QStringList{QStringLiteral("trajectory"), QStringLiteral("evaluate"), QStringLiteral("x.json")});
    CHECK(scan({"--lang=nl", "help"}).remainingArguments() == QStringList{QStringLiteral("help")});
}
