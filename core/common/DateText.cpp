#include "common/DateText.h"

#include <atomic>

namespace {

std::atomic<bool> english{false};

const QString& dutchDate()
{
    static const QString format = QStringLiteral("dd-MM-yyyy");
    return format;
}

} // namespace

void DateText::useEnglish(bool useIt)
{
    english = useIt;
}

QString DateText::dateFormat()
{
    return english ? QStringLiteral("dd/MM/yyyy") : dutchDate();
}

QString DateText::date(const QDate& date)
{
    return date.isValid() ? date.toString(dateFormat()) : QString();
}

QString DateText::moment(const QDateTime& moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(dateFormat() + QStringLiteral(" HH:mm"))
                            : QString();
}

QString DateText::momentWithSeconds(const QDateTime& moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(dateFormat() + QStringLiteral(" HH:mm:ss"))
                            : QString();
}

QString DateText::documentDate(const QDate& date)
{
    return date.isValid() ? date.toString(dutchDate()) : QString();
}

QString DateText::documentMoment(const QDateTime& moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(dutchDate() + QStringLiteral(" HH:mm"))
                            : QString();
}
