#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringView>

// Dates in files and JSON output are YYYY-MM-DD; only that spelling is accepted, so
// "2026-2-3" or "03-02-2026" is an error instead of a guess.
// (A hand-written check rather than a regular expression: dates are parsed for every event
// of every trajectory the dashboard evaluates.)
namespace isodate {
constexpr char16_t codeOf(QChar c)
{
    return c.unicode();
}
constexpr char16_t codeOf(char c)
{
    return char16_t(static_cast<unsigned char>(c));
}
} // namespace isodate

template <typename Text> QDate parseIsoDateOf(Text text)
{
    using isodate::codeOf;
    if (text.size() != 10 || codeOf(text[4]) != u'-' || codeOf(text[7]) != u'-')
        return {};
    int parts[3] = {0, 0, 0};
    const qsizetype starts[3] = {0, 5, 8};
    const qsizetype lengths[3] = {4, 2, 2};
    for (int part = 0; part < 3; ++part) {
        for (qsizetype i = starts[part]; i < starts[part] + lengths[part]; ++i) {
            const char16_t c = codeOf(text[i]);
            if (c < u'0' || c > u'9')
                return {};
            parts[part] = parts[part] * 10 + (c - u'0');
        }
    }
    // The Julian day from the Gregorian parts (the Fliegel-Van Flandern formula): QDate's own
    // constructor goes through QCalendar, 250 instructions a date, 400,000 dates a day not
    // prepared. Qt's calendar has no year 0.
    const int year = parts[0];
    const int month = parts[1];
    const int day = parts[2];
    static constexpr int monthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    if (year < 1 || month < 1 || month > 12 || day < 1 ||
        day > monthDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return {}; // 2026-02-30
    const qint64 a = (14 - month) / 12;
    const qint64 y = year + 4800 - a;
    const qint64 m = month + 12 * a - 3;
    return QDate::fromJulianDay(day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045);
}

inline QDate parseIsoDate(QStringView text)
{
    return parseIsoDateOf(text);
}

// The same from UTF-8 bytes as SQLite gives them (400,000 event dates on a day not prepared).
inline QDate parseIsoDate(QByteArrayView text)
{
    return parseIsoDateOf(text);
}

inline QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}
