#pragma once

#include <QCoreApplication>
#include <QString>

// The participant number is the key of a person's file on every laptop and, in team mode, on the
// server: "D-1", "d-1", "D-1 " and "D-1\0" must never be four people. So a number is plain ASCII
// letters, digits and - _ . / (starting with a letter or digit, at most 40 characters), and two
// numbers that differ only in capitals are the same number (numbersMatch; the store refuses the
// second).
class ParticipantNumber
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantNumber)

public:
    static constexpr int maximumLength = 40;

    // Empty when `number` is acceptable, else one sentence naming what is wrong with it.
    [[nodiscard]] static QString problem(const QString& number);
    // The form two numbers are compared in: "d-1" and "D-1" give the same key.
    [[nodiscard]] static QString key(const QString& number) { return number.toUpper(); }
};
