#include "dashboard/DashboardReport.h"

#include "common/DateText.h"
#include "dashboard/DashboardCharts.h"
#include "store/ExportFile.h"
#include "trajectory/IsoDate.h"
#include "trajectory/RuleNames.h"

#include <QJsonArray>

namespace {

QJsonArray countsJson(const QList<DashboardCount>& counts)
{
    QJsonArray array;
    for (const DashboardCount& count : counts)
        array.append(QJsonObject{{QStringLiteral("key"), count.key}, {QStringLiteral("count"), count.count}});
    return array;
}

QJsonArray deadlinesJson(const QList<DashboardDeadline>& items, bool withNames)
{
    QJsonArray array;
    for (const DashboardDeadline& item : items) {
        QJsonObject object{{QStringLiteral("rule"), item.deadline.rule},
                           {QStringLiteral("due"), isoDate(item.deadline.due)},
                           {QStringLiteral("begeleider"), item.begeleider}};
        if (withNames) {
            object.insert(QStringLiteral("deelnemer"), item.participantId);
            object.insert(QStringLiteral("naam"), item.naam);
        }
        array.append(object);
    }
    return array;
}

QJsonArray candidatesJson(const QList<OmklapCandidate>& candidates, bool withNames)
{
    QJsonArray array;
    for (const OmklapCandidate& candidate : candidates) {
        QJsonObject object{{QStringLiteral("begeleider"), candidate.begeleider},
                           {QStringLiteral("unmet"), QJsonArray::fromStringList(candidate.unmet)}};
        if (candidate.eligibleOn.isValid())
            object.insert(QStringLiteral("eligible_on"), isoDate(candidate.eligibleOn));
        if (withNames) {
            object.insert(QStringLiteral("deelnemer"), candidate.participantId);
            object.insert(QStringLiteral("naam"), candidate.naam);
        }
        array.append(object);
    }
    return array;
}

QJsonValue rateJson(const TermRate& rate)
{
    QJsonObject object{{QStringLiteral("on_time"), rate.onTime}, {QStringLiteral("total"), rate.total}};
    if (const auto percent = rate.percent())
        object.insert(QStringLiteral("percent"), std::round(*percent * 10) / 10);
    return object;
}

// A CSV field: quoted when it holds the separator, a quote or a line break.
QString field(const QString& given)
{
    // A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) starts with a quote
    // mark: a name like "=HYPERLINK(...)" stays text (OWASP's advice against CSV injection).
    QString text = given;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(u'\'');
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString line(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& text : fields)
        quoted << field(text);
    return quoted.join(u';') + u'\n';
}

QString percentText(const std::optional<double>& percent)
{
    return percent ? QString::number(*percent, 'f', 1).replace(u'.', u',') : QString();
}

QJsonArray signaturesJson(const QList<DashboardSignatureWait>& items, bool withNames)
{
    QJsonArray array;
    for (const DashboardSignatureWait& item : items) {
        QJsonObject object{{QStringLiteral("form"), item.form.form},
                           {QStringLiteral("edition"), item.form.edition},
                           {QStringLiteral("final_since"), isoDate(item.form.finalisedOn)},
                           {QStringLiteral("missing"), QJsonArray::fromStringList(item.form.missing)}};
        if (withNames) {
            object.insert(QStringLiteral("deelnemer"), item.participantId);
            object.insert(QStringLiteral("naam"), item.naam);
            object.insert(QStringLiteral("begeleider"), item.begeleider);
        }
        array.append(object);
    }
    return array;
}

} // namespace

QString DashboardReport::rateText(const TermRate& rate)
{
    if (!rate.percent())
        return QStringLiteral("-");
    return tr("%1 of %2 (%3%)").arg(rate.onTime).arg(rate.total).arg(*rate.percent(), 0, 'f', 0);
}

QJsonObject DashboardReport::json(const DashboardFigures& figures, bool withNames)
{
    QJsonArray quarters;
    for (const QuarterFigures& quarter : figures.quarters) {
        QJsonObject object{
            {QStringLiteral("quarter"), quarter.label()},
            {QStringLiteral("start"), isoDate(quarter.start)},
            {QStringLiteral("kennismakingsgesprek_op_tijd"), rateJson(quarter.kennismakingsgesprek)},
            {QStringLiteral("woonevaluatie_op_tijd"), rateJson(quarter.woonevaluatie)},
            {QStringLiteral("overlast_reactie_op_tijd"), rateJson(quarter.overlastReactie)},
            {QStringLiteral("omklappen"), quarter.omklappen}};
        if (quarter.medianDaysToOmklap)
            object.insert(QStringLiteral("mediaan_dagen_tot_omklap"), *quarter.medianDaysToOmklap);
        quarters.append(object);
    }
    return QJsonObject{
        {QStringLiteral("today"), isoDate(figures.today)},
        {QStringLiteral("participants"), figures.participants},
        {QStringLiteral("broken_histories"), figures.brokenHistories},
        {QStringLiteral("per_phase"), countsJson(figures.perPhase)},
        {QStringLiteral("per_begeleider"), countsJson(figures.perBegeleider)},
        {QStringLiteral("per_corporation"), countsJson(figures.perCorporation)},
        {QStringLiteral("overdue_by_rule"), countsJson(figures.overdueByRule)},
        {QStringLiteral("overdue_by_begeleider"), countsJson(figures.overdueByBegeleider)},
        {QStringLiteral("overdue"), deadlinesJson(figures.overdue, withNames)},
        {QStringLiteral("due_within_14_days"), figures.dueWithinSoon},
        {QStringLiteral("due_within_30_days"), int(figures.dueWithin.size())},
        {QStringLiteral("due_soon"), deadlinesJson(figures.dueWithin, withNames)},
        {QStringLiteral("awaiting_signatures"), signaturesJson(figures.awaitingSignatures, withNames)},
        {QStringLiteral("omklap_now"), candidatesJson(figures.omklapNow, withNames)},
        {QStringLiteral("omklap_within_30_days"), candidatesJson(figures.omklapSoon, withNames)},
        {QStringLiteral("omklap_later_count"), int(figures.omklapLater.size())},
        {QStringLiteral("omklap_unmet"), countsJson(figures.omklapUnmet)},
        {QStringLiteral("quarters"), quarters},
    };
}

QString DashboardReport::text(const DashboardFigures& figures, bool withNames)
{
    QString out;
    const auto counts = [&out](const QString& title, const QList<DashboardCount>& list) {
        out += title + u'\n';
        if (list.isEmpty())
            out += QStringLiteral("  -\n");
        for (const DashboardCount& count : list)
            out += QStringLiteral("  %1 %2\n").arg(count.key, -34).arg(count.count, 6);
    };
    out += tr("Dashboard on %1: %n participant(s)", nullptr, figures.participants)
               .arg(DateText::date(figures.today)) +
           u'\n';
    if (figures.brokenHistories > 0)
        out += tr("%n participant(s) whose history breaks a rule are left out of the figures.", nullptr,
                  figures.brokenHistories) +
               u'\n';
    out += u'\n';
    counts(tr("Per phase"), figures.perPhase);
    counts(tr("Per begeleider"), figures.perBegeleider);
    counts(tr("Per housing corporation"), figures.perCorporation);
    out += u'\n';
    counts(tr("Overdue, by rule (%1 in all)").arg(figures.overdue.size()),
           DashboardCharts::readable(figures.overdueByRule));
    counts(tr("Overdue, by begeleider"), figures.overdueByBegeleider);
    out += tr("Due in the next %1 days: %2; in the next %3 days: %4")
               .arg(DashboardFigures::soonDays)
               .arg(figures.dueWithinSoon)
               .arg(DashboardFigures::laterDays)
               .arg(figures.dueWithin.size()) +
           u'\n';
    // Werkafspraak 4 / Bijlage 2a: a form is complete once all three parties signed it.
    out += tr("Final forms waiting for a signature: %1").arg(figures.awaitingSignatures.size()) + u'\n';
    if (withNames) {
        for (const DashboardSignatureWait& item : figures.awaitingSignatures)
            out += QStringLiteral("  %1  %2 (%3): %4 %5, %6\n")
                       .arg(item.participantId, item.naam, item.begeleider, item.form.form, item.form.edition,
                            tr("waiting for: %1").arg(item.form.missing.join(QStringLiteral(", "))));
    }
    out += u'\n';
    out += tr("Omklap (Werkafspraak 8): can be put forward now: %1; within %2 days: %3; later: %4")
               .arg(figures.omklapNow.size())
               .arg(DashboardFigures::laterDays)
               .arg(figures.omklapSoon.size())
               .arg(figures.omklapLater.size()) +
           u'\n';
    if (withNames) {
        for (const OmklapCandidate& candidate : figures.omklapNow)
            out += QStringLiteral("  %1  %2 (%3)\n")
                       .arg(candidate.participantId, candidate.naam, candidate.begeleider);
        for (const OmklapCandidate& candidate : figures.omklapSoon)
            out += QStringLiteral("  %1  %2 (%3): %4\n")
                       .arg(candidate.participantId, candidate.naam, candidate.begeleider,
                            tr("from %1").arg(DateText::date(candidate.eligibleOn)));
    }
    counts(tr("Unmet conditions of the others"), figures.omklapUnmet);
    out += u'\n';
    out += tr("Per quarter: kennismakingsgesprek within 3 months | woonevaluatie on time | overlast "
              "answered within 2 werkdagen | omklappen, median days from overeenkomst") +
           u'\n';
    for (const QuarterFigures& quarter : figures.quarters) {
        out += QStringLiteral("  %1  %2 | %3 | %4 | %5, %6\n")
                   .arg(quarter.label(), -8)
                   .arg(rateText(quarter.kennismakingsgesprek), 16)
                   .arg(rateText(quarter.woonevaluatie), 16)
                   .arg(rateText(quarter.overlastReactie), 16)
                   .arg(quarter.omklappen, 3)
                   .arg(quarter.medianDaysToOmklap ? QString::number(*quarter.medianDaysToOmklap, 'f', 0)
                                                   : QStringLiteral("-"));
    }
    return out;
}

QByteArray DashboardReport::csv(const DashboardFigures& figures, bool withNames)
{
    QString out;
    const auto counts = [&out](const QString& title, const QList<DashboardCount>& list) {
        out += line({title, tr("count")});
        for (const DashboardCount& count : list)
            out += line({count.key, QString::number(count.count)});
        out += u'\n';
    };
    out += line({tr("Dashboard on"), DateText::date(figures.today)});
    out += line({tr("Participants"), QString::number(figures.participants)});
    out += line({tr("History breaks a rule"), QString::number(figures.brokenHistories)});
    out += u'\n';
    counts(tr("Phase"), figures.perPhase);
    counts(tr("Begeleider"), figures.perBegeleider);
    counts(tr("Housing corporation"), figures.perCorporation);
    counts(tr("Overdue by rule"), DashboardCharts::readable(figures.overdueByRule));
    counts(tr("Overdue by begeleider"), figures.overdueByBegeleider);
    if (withNames) {
        out += line({tr("Overdue"), tr("Participant"), tr("Name"), tr("Begeleider"), tr("Due")});
        for (const DashboardDeadline& item : figures.overdue)
            out += line({RuleNames::deadline(item.deadline.rule, item.deadline.ref), item.participantId,
                         item.naam, item.begeleider, DateText::date(item.deadline.due)});
        out += u'\n';
        out += line({tr("Omklap"), tr("Participant"), tr("Name"), tr("Begeleider"), tr("From")});
        for (const OmklapCandidate& candidate : figures.omklapNow + figures.omklapSoon)
            out += line({candidate.eligibleOn == figures.today ? tr("now") : tr("within 30 days"),
                         candidate.participantId, candidate.naam, candidate.begeleider,
                         DateText::date(candidate.eligibleOn)});
        out += u'\n';
    }
    counts(tr("Unmet omklap condition"), figures.omklapUnmet);
    out += line({tr("Quarter"), tr("Kennismakingsgesprek on time (%)"), tr("Woonevaluatie on time (%)"),
                 tr("Overlast answered on time (%)"), tr("Omklappen"), tr("Median days to omklap")});
    for (const QuarterFigures& quarter : figures.quarters)
        out += line({quarter.label(), percentText(quarter.kennismakingsgesprek.percent()),
                     percentText(quarter.woonevaluatie.percent()),
                     percentText(quarter.overlastReactie.percent()), QString::number(quarter.omklappen),
                     percentText(quarter.medianDaysToOmklap)});
    if (!figures.auditHead.isEmpty())
        out += u'\n' + line({figures.auditHead});
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QString DashboardReport::save(const QSqlDatabase& database, const Actor& actor, const QDateTime& now,
                              const QByteArray& bytes, const QString& path, bool withNames)
{
    return ExportFile::save(database, actor, now, bytes, path, QStringLiteral("dashboard"),
                            [withNames](const QString& fileName, const QString& digest) {
                                return tr("Dashboard %1: %2, sha256 %3")
                                    .arg(withNames ? tr("with names") : tr("counts only"), fileName, digest);
                            });
}
