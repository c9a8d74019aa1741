#include "trajectory/OmklapCheck.h"

namespace {

bool hasFlag(const RuleProfile& profile, const TrajectoryState& state, const QString& flag)
{
    const int index = profile.flagIndex(flag);
    return index >= 0 && (state.flags & (quint64(1) << index)) != 0;
}

} // namespace

OmklapStatus checkOmklap(const RuleProfile& profile, const TrajectoryState& state, const QDate& clockStart,
                         const QDate& date)
{
    OmklapStatus status;
    if (!profile.omklap) {
        status.unmet << QStringLiteral("geen_omklap_in_profiel");
        return status;
    }
    const QString& phase = profile.phases.at(state.phase).id;
    if (phase == u"na_omklap" || phase == u"afgesloten") {
        status.unmet << QStringLiteral("omklap_voltooid");
        return status;
    }
    if (phase == u"beeindigd") {
        status.unmet << QStringLiteral("traject_beeindigd");
        return status;
    }
    if (!clockStart.isValid()) {
        status.unmet << QStringLiteral("traject_niet_gestart");
        return status;
    }

    // The date-based conditions give the earliest date; the others are met or not, whatever the date.
    QDate earliest = clockStart.addMonths(profile.omklap->minimumMonths);
    if (date < earliest)
        status.unmet << QStringLiteral("minimum_duur");
    if (state.woonevaluaties == 0)
        status.unmet << QStringLiteral("woonevaluatie_ontbreekt");

    if (state.goals.isEmpty())
        status.unmet << QStringLiteral("doelen_ontbreken");
    else if (std::any_of(state.goals.cbegin(), state.goals.cend(),
                         [](const Goal& goal) { return !goal.behaald; }))
        status.unmet << QStringLiteral("doelen_niet_behaald");

    // A complaint counts once it is judged justified and caused by the participant; the year
    // runs from the day it was reported (the day of the nuisance as far as the file knows).
    bool overlastInWindow = false;
    bool overlastUnsolved = false;
    const int window = profile.omklap->overlastWindowMonths;
    for (const Melding& melding : state.overlast.meldingen()) {
        if (!melding.isBeoordeeld() || !melding.countsAgainstDeelnemer() || melding.gemeldOp > date)
            continue;
        if (window == 0) {
            if (!melding.isOpgelost() || melding.opgelostOp > date)
                overlastUnsolved = true;
            continue;
        }
        const QDate clear = melding.gemeldOp.addMonths(window);
        earliest = std::max(earliest, clear);
        if (date < clear)
            overlastInWindow = true;
    }
    if (overlastInWindow)
        status.unmet << QStringLiteral("overlast_afgelopen_jaar");
    if (overlastUnsolved)
        status.unmet << QStringLiteral("overlast_niet_opgelost");

    if (hasFlag(profile, state, QStringLiteral("woonfraude")))
        status.unmet << QStringLiteral("woonfraude");
    if (hasFlag(profile, state, QStringLiteral("toestemming_ingetrokken")))
        status.unmet << QStringLiteral("toestemming_ingetrokken");
    else if (!state.consentGiven)
        status.unmet << QStringLiteral("toestemming_ontbreekt");
    if (hasFlag(profile, state, QStringLiteral("duurzame_intermediaire_verhuur")))
        status.unmet << QStringLiteral("duurzame_verhuur");

    status.earliest = earliest;
    status.eligible = status.unmet.isEmpty();
    return status;
}
