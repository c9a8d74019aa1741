// The dashboard's figures (issue 21: lean rows, walked on two threads) against a plain walk over
// the engine's rows, written out here as the figures were computed before: every count, list,
// order and quarter the same, on 1,200 made-up rows with ties in dates and names, broken
// histories, deadlines without a date, forms awaiting signatures, and under every filter.
#include "QtCatch.h"

#include "dashboard/DashboardFigures.h"
#include "dashboard/DashboardReport.h"
#include "trajectory/RuleBook.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <random>

namespace {

const QDate today(2026, 11, 23);

// ---- the reference: one walk over CaseloadRows, lists sorted stably (ties in the rows' order)

QStringList phasesOf(const QString& profile)
{
    QStringList phases;
    const Result<RuleBook> book = RuleBook::builtIn(profile);
    if (book) {
        for (const PhaseDefinition& phase : book->editions().first().phases)
            phases << phase.id;
    }
    return phases;
}

QList<DashboardCount> counted(const QHash<QString, int>& counts, const QStringList& order = {})
{
    QList<DashboardCount> result;
    for (const QString& key : order)
        result.append({key, counts.value(key)});
    QList<DashboardCount> rest;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!order.contains(it.key()))
            rest.append({it.key(), it.value()});
    }
    std::sort(rest.begin(), rest.end(), [](const DashboardCount& a, const DashboardCount& b) {
        return a.count != b.count ? a.count > b.count : a.key.localeAwareCompare(b.key) < 0;
    });
    return result + rest;
}

struct ReferenceQuarters
{
    std::map<QDate, QuarterFigures> quarters;
    QHash<QDate, QList<int>> days;

    QuarterFigures& at(const QDate& date)
    {
        const QDate start(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
        QuarterFigures& quarter = quarters[start];
        quarter.start = start;
        return quarter;
    }
    void add(const Deadline& deadline)
    {
        TermRate QuarterFigures::*rate =
            deadline.rule == u"kennismakingsgesprek" ? &QuarterFigures::kennismakingsgesprek
            : deadline.rule == u"woonevaluatie"      ? &QuarterFigures::woonevaluatie
            : deadline.rule == u"overlast_reactie"   ? &QuarterFigures::overlastReactie
                                                     : nullptr;
        const bool decided = deadline.status != DeadlineStatus::Open;
        if (!rate || !deadline.due.isValid() || !decided)
            return;
        QuarterFigures& quarter = at(deadline.metOn.isValid() ? deadline.metOn : deadline.due);
        ++(quarter.*rate).total;
        if (deadline.status == DeadlineStatus::Met)
            ++(quarter.*rate).onTime;
    }
};

bool matches(const DashboardFilter& filter, const CaseloadRow& row)
{
    const auto same = [](const QString& wanted, const QString& value) {
        return wanted.isEmpty() || wanted == value;
    };
    return same(filter.begeleider, row.begeleider) && same(filter.team, row.team) &&
           same(filter.woningcorporatie, row.woningcorporatie) && same(filter.stadsdeel, row.stadsdeel) &&
           same(filter.profile, row.profile);
}

void sortByName(QList<OmklapCandidate>& candidates)
{
    QCollator collator;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](const OmklapCandidate& a, const OmklapCandidate& b) {
                         const int byName = collator.compare(a.naam, b.naam);
                         return byName != 0 ? byName < 0 : a.participantId < b.participantId;
                     });
}

DashboardFigures reference(const QList<CaseloadRow>& rows, const DashboardFilter& filter)
{
    DashboardFigures figures;
    figures.today = today;
    QHash<QString, int> phases, begeleiders, corporations, overdueRules, overdueBegeleiders, unmet;
    QStringList profiles;
    ReferenceQuarters quarters;
    const QDate soon = today.addDays(DashboardFigures::soonDays);
    const QDate later = today.addDays(DashboardFigures::laterDays);
    const auto none = [](const QString& text) {
        return text.isEmpty() ? DashboardFigures::tr("(none)") : text;
    };
    for (const CaseloadRow& row : rows) {
        if (!matches(filter, row))
            continue;
        ++figures.participants;
        if (!row.error.isEmpty()) {
            ++figures.brokenHistories;
            continue;
        }
        if (!profiles.contains(row.profile))
            profiles << row.profile;
        ++phases[row.phase];
        ++begeleiders[none(row.begeleider)];
        ++corporations[none(row.woningcorporatie)];
        for (const Deadline& deadline : row.deadlines) {
            quarters.add(deadline);
            const DashboardDeadline item{row.id, row.naam, row.begeleider, deadline};
            if (deadline.status == DeadlineStatus::Overdue) {
                figures.overdue.append(item);
                ++overdueRules[deadline.rule];
                ++overdueBegeleiders[none(row.begeleider)];
            } else if (deadline.due <= later) {
                figures.dueWithin.append(item);
                if (deadline.due <= soon)
                    ++figures.dueWithinSoon;
            }
        }
        for (const AwaitedSignature& form : row.awaitingSignatures)
            figures.awaitingSignatures.append({row.id, row.naam, row.begeleider, form});
        for (const Deadline& deadline : row.settled)
            quarters.add(deadline);
        if (row.omgeklaptOn.isValid() && row.omgeklaptOn <= today) {
            ++quarters.at(row.omgeklaptOn).omklappen;
            if (row.overeenkomstOn.isValid())
                quarters.days[quarters.at(row.omgeklaptOn).start].append(
                    int(row.overeenkomstOn.daysTo(row.omgeklaptOn)));
        }
        if (row.phase != u"herstelfase")
            continue;
        OmklapCandidate candidate{row.id, row.naam, row.begeleider, {}, row.omklap.unmet};
        if (row.omklap.eligible) {
            candidate.eligibleOn = today;
            figures.omklapNow.append(candidate);
        } else if (row.omklap.waitsOnlyForTime() && row.omklap.earliest && *row.omklap.earliest <= later) {
            candidate.eligibleOn = *row.omklap.earliest;
            figures.omklapSoon.append(candidate);
        } else {
            candidate.eligibleOn =
                row.omklap.waitsOnlyForTime() ? row.omklap.earliest.value_or(QDate()) : QDate();
            figures.omklapLater.append(candidate);
            for (const QString& code : row.omklap.unmet)
                ++unmet[code];
        }
    }
    std::sort(profiles.begin(), profiles.end());
    QStringList order;
    for (const QString& profile : profiles) {
        for (const QString& phase : phasesOf(profile)) {
            if (!order.contains(phase))
                order << phase;
        }
    }
    figures.perPhase = counted(phases, order);
    figures.perBegeleider = counted(begeleiders);
    figures.perCorporation = counted(corporations);
    figures.overdueByRule = counted(overdueRules);
    figures.overdueByBegeleider = counted(overdueBegeleiders);
    figures.omklapUnmet = counted(unmet);
    const auto byDue = [](const DashboardDeadline& a, const DashboardDeadline& b) {
        return a.deadline.due != b.deadline.due ? a.deadline.due < b.deadline.due : a.naam < b.naam;
    };
    std::stable_sort(figures.overdue.begin(), figures.overdue.end(), byDue);
    std::stable_sort(figures.dueWithin.begin(), figures.dueWithin.end(), byDue);
    std::stable_sort(figures.awaitingSignatures.begin(), figures.awaitingSignatures.end(),
                     [](const auto& a, const auto& b) { return a.form.finalisedOn < b.form.finalisedOn; });
    std::stable_sort(figures.omklapSoon.begin(), figures.omklapSoon.end(),
                     [](const auto& a, const auto& b) { return a.eligibleOn < b.eligibleOn; });
    sortByName(figures.omklapNow);
    sortByName(figures.omklapLater);
    for (auto& [start, quarter] : quarters.quarters) {
        if (!filter.inPeriod(start))
            continue;
        QList<int> days = quarters.days.value(start);
        std::sort(days.begin(), days.end());
        if (!days.isEmpty())
            quarter.medianDaysToOmklap =
                days.size() % 2 == 1 ? double(days.at(days.size() / 2))
                                     : (days.at(days.size() / 2 - 1) + days.at(days.size() / 2)) / 2.0;
        figures.quarters.append(quarter);
    }
    return figures;
}

// ---- made-up rows: few names, dates and values each, so that ties are many

QList<CaseloadRow> madeUpRows(int count)
{
    std::mt19937 random(20261123);
    const auto pick = [&random](const QStringList& from) {
        return from.at(qsizetype(random() % quint32(from.size())));
    };
    const auto chance = [&random](int percent) { return int(random() % 100) < percent; };
    const auto dayNear = [&random](int spread) {
        return today.addDays(int(random() % quint32(2 * spread + 1)) - spread);
    };
    const QStringList names{QStringLiteral("Anna de Vries"), QStringLiteral("anna de vries"),
                            QStringLiteral("Émile Bakker"),  QStringLiteral("Bram Laat"),
                            QStringLiteral("Zoë Jansen"),    QStringLiteral("Cees 't Hart")};
    const QStringList begeleiders{QStringLiteral("Sara Zorgvuldig"), QStringLiteral("Tom Hulpvaardig"),
                                  QStringLiteral("Ilse Ijverig"), QString()};
    const QStringList corporations{QStringLiteral("Proefwonen"), QStringLiteral("Demohuis"), QString()};
    const QStringList profiles{QStringLiteral("amsterdam-2026"), QStringLiteral("amsterdam-2020")};
    const QStringList rules{QStringLiteral("kennismakingsgesprek"), QStringLiteral("woonevaluatie"),
                            QStringLiteral("overlast_reactie"), QStringLiteral("doelen_vastleggen"),
                            QStringLiteral("huisbezoek")};
    const QStringList codes{QStringLiteral("minimum_duur"), QStringLiteral("overlast_afgelopen_jaar"),
                            QStringLiteral("doel_niet_behaald"), QStringLiteral("woonevaluatie_ontbreekt")};
    QList<CaseloadRow> rows;
    for (int i = 0; i < count; ++i) {
        CaseloadRow row;
        row.id = QStringLiteral("S-%1").arg(i, 4, 10, QLatin1Char('0'));
        row.naam = pick(names);
        row.profile = pick(profiles);
        row.begeleider = pick(begeleiders);
        row.woningcorporatie = pick(corporations);
        row.stadsdeel = pick({QStringLiteral("Noord"), QStringLiteral("Zuid"), QStringLiteral("Oost")});
        row.team = pick({QStringLiteral("Team Noord"), QStringLiteral("Team Zuid")});
        if (chance(4)) {
            row.error = QStringLiteral("De geschiedenis breekt een regel.");
            rows.append(row);
            continue;
        }
        row.phase = chance(45) ? QStringLiteral("herstelfase") : pick(phasesOf(row.profile));
        for (int d = int(random() % 7); d > 0; --d) {
            Deadline deadline;
            deadline.rule = pick(rules);
            deadline.ref = chance(30) ? QStringLiteral("m1") : QString();
            deadline.citation = QStringLiteral("Werkafspraak %1").arg(random() % 9);
            deadline.due = chance(3) ? QDate() : dayNear(60);
            deadline.anchorDate = deadline.due.isValid() ? deadline.due.addMonths(-1) : QDate();
            deadline.status = deadline.due.isValid() && deadline.due < today ? DeadlineStatus::Overdue
                                                                             : DeadlineStatus::Open;
            row.addOpenDeadline(deadline);
        }
        for (int d = int(random() % 5); d > 0; --d) {
            Deadline deadline;
            deadline.rule = pick(rules);
            deadline.due = dayNear(700);
            deadline.metOn = deadline.due.addDays(int(random() % 21) - 10);
            deadline.status = deadline.metOn <= deadline.due ? DeadlineStatus::Met : DeadlineStatus::MetLate;
            row.settled.append(deadline);
        }
        if (row.phase == u"herstelfase") {
            row.omklap.eligible = chance(20);
            if (!row.omklap.eligible) {
                for (const QString& code : codes) {
                    if (chance(code.startsWith(u"minimum") ? 70 : 25))
                        row.omklap.unmet << code;
                }
            }
            if (chance(60))
                row.omklap.earliest = dayNear(60);
        }
        row.overeenkomstOn = chance(80) ? dayNear(900) : QDate();
        row.omgeklaptOn = chance(30) ? dayNear(400) : QDate();
        if (chance(4))
            row.awaitingSignatures.append({i,
                                           QStringLiteral("supplement-wgh"),
                                           QStringLiteral("amsterdam-2026"),
                                           dayNear(20),
                                           {QStringLiteral("woningcorporatie")}});
        rows.append(row);
    }
    return rows;
}

} // namespace

TEST_CASE("The dashboard's figures from lean rows on two threads are those of one plain walk over the "
          "engine's rows, under every filter",
          "[dashboard][summary]")
{
    const QList<CaseloadRow> rows = madeUpRows(1200); // more than a thread is worth (500)
    QList<DashboardFilter> filters{DashboardFilter()};
    filters << DashboardFilter{QStringLiteral("Sara Zorgvuldig"), {}, {}, {}, {}, {}, {}}
            << DashboardFilter{{},
                               QStringLiteral("Team Zuid"),
                               QStringLiteral("Demohuis"),
                               QStringLiteral("Oost"),
                               {},
                               {},
                               {}}
            << DashboardFilter{{}, {}, {}, {}, QStringLiteral("amsterdam-2020"), {}, {}}
            << DashboardFilter{QStringLiteral("Niemand"), {}, {}, {}, {}, {}, {}}
            << DashboardFilter{{}, {}, {}, {}, {}, QDate(2026, 1, 1), QDate(2026, 9, 30)};
    const DashboardRows lean = DashboardRows::of(rows);
    for (const DashboardFilter& filter : filters) {
        INFO(filter.describe().toStdString());
        const DashboardFigures expected = reference(rows, filter);
        const DashboardFigures computed = DashboardFigures::compute(lean, filter, today);
        CHECK(DashboardReport::json(computed, true) == DashboardReport::json(expected, true));
        CHECK(computed.dueWithinSoon == expected.dueWithinSoon);
    }
    // The made-up rows hold what the comparison is about.
    const DashboardFigures all = reference(rows, {});
    CHECK(all.brokenHistories > 20);
    CHECK(all.overdue.size() > 100);
    CHECK(all.omklapLater.size() > 100);
    CHECK(all.awaitingSignatures.size() > 10);
    CHECK(all.quarters.size() > 4);
}
