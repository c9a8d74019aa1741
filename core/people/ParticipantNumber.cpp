#include "people/ParticipantNumber.h"

namespace {

bool isPlainLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// How a character is shown in a message: a space or an invisible character by its code.
QString shown(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("\"%1\"").arg(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QChar(u'0')).toUpper();
}

} // namespace

QString ParticipantNumber::problem(const QString& number)
{
    if (number.isEmpty())
        return tr("The participant number is empty.");
    if (number.size() > maximumLength)
        return tr("The participant number is longer than %1 characters.").arg(maximumLength);
    if (!isPlainLetterOrDigit(number.front()))
        return tr("The participant number must start with a letter or a digit, not %1.")
            .arg(shown(number.front()));
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        if (!isPlainLetterOrDigit(c) && c != u'-' && c != u'_' && c != u'.' && c != u'/')
            return tr("The participant number contains %1 at position %2; use only letters, digits and - _ . "
                      "/.")
                .arg(shown(c))
                .arg(i + 1);
    }
    return {};
}
