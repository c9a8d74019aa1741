// Contact fields a caseworker types: phone numbers (libphonenumber), postcodes, e-mail; and the
// consent to share as the history records it.
#include "QtCatch.h"
#include "TrajectoryBuilder.h"

#include "people/ContactValidation.h"
#include "trajectory/Consent.h"

TEST_CASE("Phone numbers are checked by libphonenumber and written the international way", "[people]")
{
    CHECK(ContactValidation::phone(QStringLiteral("06-12345678")).value() ==
          QStringLiteral("+31 6 12345678"));
    CHECK(ContactValidation::phone(QStringLiteral("020 624 1111")).value() ==
          QStringLiteral("+31 20 624 1111"));
    CHECK(ContactValidation::phone(QStringLiteral(" +32 2 555 12 12 ")).value() ==
          QStringLiteral("+32 2 555 12 12"));
    CHECK(ContactValidation::phone(QString()).value().isEmpty());
    for (const char* wrong : {"0612", "12345", "06-1234567a", "bel maar"}) {
        const Result<QString> result = ContactValidation::phone(QString::fromUtf8(wrong));
        INFO(wrong);
        REQUIRE_FALSE(result.ok());
        CHECK(result.errors().first().contains(QString::fromUtf8(wrong)));
    }
}

TEST_CASE("Dutch postcodes: four digits, two letters, never SA, SD or SS", "[people]")
{
    CHECK(ContactValidation::postcode(QStringLiteral("1234ab")).value() == QStringLiteral("1234 AB"));
    CHECK(ContactValidation::postcode(QStringLiteral(" 3811 CD ")).value() == QStringLiteral("3811 CD"));
    for (const char* wrong : {"0123 AB", "123 AB", "1234 A", "1234 SS", "1234 SA", "1234 SD", "12345 AB"}) {
        INFO(wrong);
        CHECK_FALSE(ContactValidation::postcode(QString::fromUtf8(wrong)).ok());
    }
}

TEST_CASE("E-mail addresses have the usual shape", "[people]")
{
    CHECK(ContactValidation::email(QStringLiteral("j.de.vries@woonstichting.nl")).ok());
    CHECK(ContactValidation::email(QStringLiteral("zoë@voorbeeld.nl")).ok());
    for (const char* wrong : {"jan", "jan@", "@voorbeeld.nl", "jan@voorbeeld", "jan@@voorbeeld.nl",
                              "jan de vries@x.nl", "jan@voorbeeld..nl", "jan@-voorbeeld.nl"}) {
        INFO(wrong);
        CHECK_FALSE(ContactValidation::email(QString::fromUtf8(wrong)).ok());
    }
}

TEST_CASE(
    "Werkafspraak 10: consent to share follows the last toestemming event, a retracted one does not count",
    "[people][consent]")
{
    TrajectoryBuilder builder("amsterdam-2026");
    builder.add("aanmelding", "2026-03-02").add("toestemming_gegeven", "2026-03-02");
    const auto consentOf = [&] {
        const auto events = TrajectoryEngine::effectiveEvents(builder.trajectory(), day("2026-11-23"));
        REQUIRE(events.ok());
        return Consent::fromEvents(events.value());
    };
    Consent consent = consentOf();
    CHECK(consent.shared);
    CHECK(consent.given == day("2026-03-02"));
    CHECK_FALSE(consent.withdrawn.isValid());

    builder.add("toestemming_ingetrokken", "2026-10-01");
    consent = consentOf();
    CHECK_FALSE(consent.shared);
    CHECK(consent.withdrawn == day("2026-10-01"));

    builder.add("gebeurtenis_herroepen", "2026-10-02", fields({{QStringLiteral("nummer"), 3}}));
    consent = consentOf();
    CHECK(consent.shared);
    CHECK_FALSE(consent.withdrawn.isValid());
}
