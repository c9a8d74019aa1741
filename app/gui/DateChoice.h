#pragma once

#include "common/DateText.h"

#include <QDateEdit>

// A date the user chooses and the program never assumes (a signature's day, an answer's date):
// dd-mm-jjjj with a calendar, nothing after `latest`, showing `placeholder` until chosen.
inline void prepareDateChoice(QDateEdit* edit, const QDate& latest, const QString& placeholder)
{
    edit->setDisplayFormat(DateText::dateFormat());
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setMaximumDate(latest);
    edit->setSpecialValueText(placeholder);
    edit->setDate(edit->minimumDate());
}

// The chosen date; invalid while the placeholder shows.
inline QDate chosenDate(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}
