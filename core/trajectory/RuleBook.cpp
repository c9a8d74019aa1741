#include "trajectory/RuleBook.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

namespace {

QStringList phaseIds(const RuleProfile& profile)
{
    QStringList ids;
    for (const PhaseDefinition& phase : profile.phases)
        ids << phase.id;
    return ids;
}

QStringList flagIds(const RuleProfile& profile)
{
    QStringList ids;
    for (const FlagRule& flag : profile.flags)
        ids << flag.id;
    return ids;
}

QStringList eventTypes(const RuleProfile& profile)
{
    QStringList types;
    for (const EventRule& rule : profile.events)
        types << rule.type;
    return types;
}

} // namespace

RuleBook::RuleBook(RuleProfile profile)
{
    m_editions.append(std::move(profile));
}

Result<RuleBook> RuleBook::fromEditions(QList<RuleProfile> editions)
{
    if (editions.isEmpty())
        return Result<RuleBook>::failure(tr("A region needs at least one edition of its rules."));
    std::stable_sort(editions.begin(), editions.end(), [](const RuleProfile& left, const RuleProfile& right) {
        return left.validFrom < right.validFrom;
    });
    const RuleProfile& first = editions.first();
    QStringList errors;
    for (qsizetype i = 1; i < editions.size(); ++i) {
        const RuleProfile& edition = editions.at(i);
        if (!edition.validFrom.isValid() || edition.validFrom == editions.at(i - 1).validFrom)
            errors << tr("Region %1: edition %2 needs a validFrom date of its own.")
                          .arg(first.region, edition.id);
        if (phaseIds(edition) != phaseIds(first) || flagIds(edition) != flagIds(first) ||
            eventTypes(edition) != eventTypes(first) || edition.initialPhase != first.initialPhase)
            errors << tr("Region %1: edition %2 must have the same phases, flags and event types, in the "
                         "same order, as %3.")
                          .arg(first.region, edition.id, first.id);
    }
    if (!errors.isEmpty())
        return Result<RuleBook>::failure(errors);
    RuleBook book;
    book.m_editions = std::move(editions);
    return book;
}

Result<RuleBook> RuleBook::builtIn(const QString& profileOrRegion)
{
    // The built-in files never change while the program runs: read them once per region.
    static QMutex mutex;
    static QHash<QString, Result<RuleBook>> cache;
    const QMutexLocker locker(&mutex);
    if (const auto found = cache.constFind(profileOrRegion); found != cache.cend())
        return *found;
    const Result<RuleBook> book = readBuiltIn(profileOrRegion);
    cache.insert(profileOrRegion, book);
    return book;
}

Result<RuleBook> RuleBook::readBuiltIn(const QString& profileOrRegion)
{
    QList<RuleProfile> editions;
    QStringList errors;
    QString region = profileOrRegion;
    if (RuleProfile::builtInIds().contains(profileOrRegion)) {
        const Result<RuleProfile> named = RuleProfile::builtIn(profileOrRegion);
        if (!named)
            return Result<RuleBook>::failure(named.errors());
        region = named->region;
    }
    for (const QString& id : RuleProfile::builtInIds()) {
        Result<RuleProfile> profile = RuleProfile::builtIn(id);
        if (!profile)
            errors << profile.errors();
        else if (profile->region == region)
            editions.append(std::move(profile).value());
    }
    if (!errors.isEmpty())
        return Result<RuleBook>::failure(errors);
    if (editions.isEmpty())
        return Result<RuleBook>::failure(
            tr("Unknown rule profile or region \"%1\"; known: %2.")
                .arg(profileOrRegion, (builtInRegions() + RuleProfile::builtInIds()).join(u", ")));
    return fromEditions(std::move(editions));
}

QStringList RuleBook::builtInRegions()
{
    QStringList regions;
    for (const QString& id : RuleProfile::builtInIds()) {
        if (const Result<RuleProfile> profile = RuleProfile::builtIn(id);
            profile && !regions.contains(profile->region))
            regions << profile->region;
    }
    regions.sort();
    return regions;
}

QString RuleBook::title() const
{
    const QString& full = m_editions.last().title;
    const qsizetype colon = full.indexOf(u':');
    return colon > 0 ? full.left(colon) : full;
}

int RuleBook::editionOn(const QDate& date) const
{
    int index = 0;
    for (qsizetype i = 1; i < m_editions.size(); ++i) {
        if (date >= m_editions.at(i).validFrom)
            index = int(i);
    }
    return index;
}

bool RuleBook::covers(const QString& profileOrRegion) const
{
    if (profileOrRegion == region())
        return true;
    return std::any_of(m_editions.cbegin(), m_editions.cend(),
                       [&](const RuleProfile& edition) { return edition.id == profileOrRegion; });
}
