#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

// Dates in files and JSON output are YYYY-MM-DD; only that spelling is accepted, so
// "2026-2-3" or "03-02-2026" is an error instead of a guess.
// (A hand-written check rather than a regular expression: dates are parsed for every event
// of every trajectory the dashboard evaluates.)
inline QDate parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    int parts[3] = {0, 0, 0};
    const qsizetype starts[3] = {0, 5, 8};
    const qsizetype lengths[3] = {4, 2, 2};
    for (int part = 0; part < 3; ++part) {
        for (qsizetype i = starts[part]; i < starts[part] + lengths[part]; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return {};
            parts[part] = parts[part] * 10 + (c - u'0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]); // invalid for 2026-02-30
}

inline QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}
