#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Every date and moment the program shows, in one place (issue 17): Dutch "dd-mm-jjjj" (as the
// agreements and their forms write dates) while the interface is Dutch, "dd/mm/yyyy" in the
// English interface. Documents (the form PDFs, the seal's visible text) are Dutch whatever the
// interface: documentDate(). Translations::install sets the interface language here; until
// then (the CLI before --lang is read, tests) it is Dutch, the default.
class DateText
{
public:
    static void useEnglish(bool english);

    // "" for an invalid date, so an empty cell stays empty.
    static QString date(const QDate& date);
    // Local time, to the minute; with seconds where two moments may share a minute.
    static QString moment(const QDateTime& moment);
    static QString momentWithSeconds(const QDateTime& moment);
    // For QDateEdit::setDisplayFormat.
    static QString dateFormat();

    // Always Dutch: for the text of documents.
    static QString documentDate(const QDate& date);
    static QString documentMoment(const QDateTime& moment);
};
