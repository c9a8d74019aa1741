#pragma once

#include <QDate>
#include <QRegularExpression>
#include <QString>

// Dates in files and JSON output are YYYY-MM-DD; only that spelling is accepted, so
// "2026-2-3" or "03-02-2026" is an error instead of a guess.
inline QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

inline QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}
