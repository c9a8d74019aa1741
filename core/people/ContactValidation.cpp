#include "people/ContactValidation.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

} // namespace

Result<QString> ContactValidation::phone(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(trimmed.toStdString(), "NL", &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsValidNumber(number))
        return Result<QString>::failure(
            tr("\"%1\" is not a valid phone number; for example 06-12345678 or 020-1234567.").arg(trimmed));
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

Result<QString> ContactValidation::postcode(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return QString();
    static const QRegularExpression pattern(QStringLiteral("^([1-9][0-9]{3})\\s?([A-Za-z]{2})$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    const QString letters = match.captured(2).toUpper();
    if (!match.hasMatch() || letters == u"SA" || letters == u"SD" || letters == u"SS")
        return Result<QString>::failure(
            tr("\"%1\" is not a Dutch postcode; write four digits and two letters, for example 1234 AB.")
                .arg(trimmed));
    return match.captured(1) + u' ' + letters;
}

Result<QString> ContactValidation::email(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return QString();
    // One @, no spaces, a domain with at least one dot and no empty labels.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*["
                       "A-Za-z0-9])?)+$"));
    if (!pattern.match(trimmed).hasMatch() || trimmed.contains(QStringLiteral("..")))
        return Result<QString>::failure(
            tr("\"%1\" is not an e-mail address; for example naam@voorbeeld.nl.").arg(trimmed));
    return trimmed;
}
