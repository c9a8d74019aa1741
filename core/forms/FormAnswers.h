#pragma once

#include <QHash>
#include <QList>
#include <QString>

// The answers of one form instance by field id, as the store keeps them (form_answer.value):
// plain text for text, dates (JJJJ-MM-DD), ja/nee and choices; JSON for the structured types
// (a contact block is an object of its parts, a goals table an array of GoalRow).
// An unanswered field is absent or empty.
using FormAnswers = QHash<QString, QString>;

// One row of a goals table: doel | stand van zaken | behaald ja/nee. `id` binds the row to a
// goal of the participant's trajectory (doel_vastgesteld); a row without one is a new goal.
struct GoalRow
{
    QString id;
    QString leefdomein;
    QString omschrijving;
    QString stand;
    QString behaald; // "ja", "nee" or "" (not judged)

    bool operator==(const GoalRow&) const = default;
};

namespace FormValues {

// Parses a goals table answer; false (and rows untouched) when it is not a JSON array of rows.
bool parseGoals(const QString& json, QList<GoalRow>& rows);
QString goalsToJson(const QList<GoalRow>& rows);

// A contact block's parts (naam, adres, ...); empty when the answer is not a JSON object.
QHash<QString, QString> parseContact(const QString& json);
QString contactToJson(const QHash<QString, QString>& parts);

} // namespace FormValues
