#pragma once

#include "common/Result.h"
#include "trajectory/RuleProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// The editions of one region's agreements, oldest first, each in force from its validFrom
// until the next one's (Amsterdam: the 2020 edition from 1 July 2020, the 2026 edition from
// 1 January 2026, which "gaan in op 1 januari 2026 en gelden voor alle deelnemers"). A
// trajectory names a profile or a region; either way it runs under the region's editions by
// date (docs/trajectory-format.md, "Editions in force by date").
//
// Editions of one region share their vocabulary: the same phases, flags and event types in the
// same order, so that a history can cross from one edition into the next without translation.
// What differs is the rules: transitions, terms, anchors and the omklap conditions.
class RuleBook
{
    Q_DECLARE_TR_FUNCTIONS(RuleBook)

public:
    // One edition only: a profile read from a file, or a region with a single edition.
    explicit RuleBook(RuleProfile profile);

    // The built-in region that `profileOrRegion` names ("amsterdam-2020", "amsterdam").
    static Result<RuleBook> builtIn(const QString& profileOrRegion);
    // Editions of one region; refused when they do not share their vocabulary or start dates.
    static Result<RuleBook> fromEditions(QList<RuleProfile> editions);
    // The built-in regions ("amersfoort", "amsterdam", ...), sorted.
    static QStringList builtInRegions();

    const QString& region() const { return m_editions.first().region; }
    // The region's name for people: "Amsterdam" (the newest edition's title up to its colon).
    [[nodiscard]] QString title() const;
    const QList<RuleProfile>& editions() const { return m_editions; }
    // The edition in force on `date`; before the first edition's start, the first edition.
    int editionOn(const QDate& date) const;
    const RuleProfile& profileOn(const QDate& date) const { return m_editions.at(editionOn(date)); }
    // Whether a trajectory naming `profileOrRegion` runs under this book.
    [[nodiscard]] bool covers(const QString& profileOrRegion) const;

private:
    RuleBook() = default;
    static Result<RuleBook> readBuiltIn(const QString& profileOrRegion);
    QList<RuleProfile> m_editions;
};
