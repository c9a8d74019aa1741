#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What QJsonDocument lets through silently and a file with personal data must not: a key given
// twice in one object (QJsonDocument keeps the last, so a second "profile" switched the rules),
// a lone UTF-16 surrogate escape ("\ud800", which becomes a replacement character in a name) and
// a NUL character ("\u0000", which makes "D-1" and "D-1\0" two participants). One linear pass
// over text QJsonDocument has already accepted; no recursion, so depth costs no stack.
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)

public:
    struct Problem
    {
        QStringList path; // keys and 0-based indices from the root: {"events", "3", "id"}
        QString what;     // a sentence part: "the key \"id\" appears twice"
    };

    // The first problem in `json`, or nothing.
    static std::optional<Problem> firstProblem(const QByteArray& json);
};
