#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

// Checks and tidies what a caseworker types into contact fields, so that a phone number or a
// postcode in a case file can be relied on. An empty field is allowed (not everyone has an
// e-mail address); each error is one Dutch sentence naming the field's problem.
class ContactValidation
{
    Q_DECLARE_TR_FUNCTIONS(ContactValidation)

public:
    // Dutch and international numbers through libphonenumber (region NL), written the
    // international way: "06-12345678" -> "+31 6 12345678".
    static Result<QString> phone(const QString& input);
    // A Dutch postcode, "1234ab" -> "1234 AB". (SA, SD and SS are never used as letters.)
    static Result<QString> postcode(const QString& input);
    // The usual shape of an address (name@domain.tld); whether it exists cannot be known here.
    static Result<QString> email(const QString& input);
};
