#include "trajectory/RuleNames.h"

#include <QHash>

namespace {

// Source texts in English (tr), Dutch in translations/: the words of the werkafspraken.
const QHash<QString, const char*>& deadlineNames()
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("woningaanbod_reactie"),
         QT_TRANSLATE_NOOP("RuleNames", "Respond to the housing offer")},
        {QStringLiteral("bezichtiging"), QT_TRANSLATE_NOOP("RuleNames", "Viewing of the home")},
        {QStringLiteral("woningaanbod_besluit"),
         QT_TRANSLATE_NOOP("RuleNames", "Decision on the offered home")},
        {QStringLiteral("doelen_vastleggen"), QT_TRANSLATE_NOOP("RuleNames", "Record the goals in the plan")},
        {QStringLiteral("kennismakingsgesprek_plannen"),
         QT_TRANSLATE_NOOP("RuleNames", "Plan the introductory meeting")},
        {QStringLiteral("kennismakingsgesprek"),
         QT_TRANSLATE_NOOP("RuleNames", "Hold the introductory meeting")},
        {QStringLiteral("huisbezoek"), QT_TRANSLATE_NOOP("RuleNames", "Monthly home visit")},
        {QStringLiteral("woonevaluatie"), QT_TRANSLATE_NOOP("RuleNames", "Housing evaluation")},
        {QStringLiteral("mzwo_melding"), QT_TRANSLATE_NOOP("RuleNames", "Report to the MZWO")},
        {QStringLiteral("overlast_reactie"),
         QT_TRANSLATE_NOOP("RuleNames", "Contact the partners after a complaint")},
        {QStringLiteral("overlast_navraag"),
         QT_TRANSLATE_NOOP("RuleNames", "Check back with the complainant")},
        {QStringLiteral("overlast_opgelost"), QT_TRANSLATE_NOOP("RuleNames", "Nuisance resolved")},
        {QStringLiteral("time_out"), QT_TRANSLATE_NOOP("RuleNames", "End of the time-out")},
        {QStringLiteral("woonzaken_besluit"), QT_TRANSLATE_NOOP("RuleNames", "Decision of Woonzaken")},
        {QStringLiteral("huurcontract_omzetten"), QT_TRANSLATE_NOOP("RuleNames", "Transfer the lease")},
        {QStringLiteral("actieve_navraag"), QT_TRANSLATE_NOOP("RuleNames", "Active follow-up while waiting")},
        {QStringLiteral("voorbereiding_uitstroom"), QT_TRANSLATE_NOOP("RuleNames", "Prepare the move out")},
        {QStringLiteral("wijkteam_betrekken"),
         QT_TRANSLATE_NOOP("RuleNames", "Involve the neighbourhood team")},
        {QStringLiteral("warme_overdracht_evaluatie"),
         QT_TRANSLATE_NOOP("RuleNames", "Evaluate the warm handover")},
        {QStringLiteral("tussenevaluaties"), QT_TRANSLATE_NOOP("RuleNames", "Interim evaluations")},
        {QStringLiteral("eindevaluatie"), QT_TRANSLATE_NOOP("RuleNames", "Final evaluation")}};
    return names;
}

} // namespace

bool RuleNames::knows(const QString& ruleId)
{
    return deadlineNames().contains(ruleId);
}

QString RuleNames::deadline(const QString& ruleId)
{
    if (const auto found = deadlineNames().constFind(ruleId); found != deadlineNames().cend())
        return tr(*found);
    QString text = ruleId;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString RuleNames::deadline(const QString& ruleId, const QString& ref)
{
    return ref.isEmpty() ? deadline(ruleId) : QStringLiteral("%1 (%2)").arg(deadline(ruleId), ref);
}

QString RuleNames::overlastAction(int action)
{
    // Bijlage 1, "Protocol overlast": the headings of actie 1 to 6.
    switch (action) {
    case 1:
        return tr("1: contact the partners within two working days");
    case 2:
        return tr("2: judgement of the first complaint");
    case 3:
        return tr("3: repeated justified complaint");
    case 4:
        return tr("4: continuing, warning letter");
    case 5:
        return tr("5: continuing, summons letter");
    case 6:
        return tr("6: continuing, ending the care agreement and the use of the home");
    default:
        return QString::number(action);
    }
}
