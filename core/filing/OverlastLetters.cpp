#include "filing/OverlastLetters.h"

#include "forms/FormOutcome.h"
#include "trajectory/IsoDate.h"

namespace {

bool actionAllowed(const QList<EventOption>& steps, int action)
{
    return std::any_of(steps.cbegin(), steps.cend(), [action](const EventOption& step) {
        return step.allowed && step.type == u"overlast_actie" &&
               step.presetFields.value(QStringLiteral("actie")).toInt() == action;
    });
}

} // namespace

QStringList OverlastLetters::forMelding(const FormSet& set, const Melding& melding,
                                        const QList<EventOption>& steps)
{
    QStringList letters;
    if (melding.isOpgelost())
        return letters;
    if (melding.categorie == 1 && set.offers(QLatin1String(FormOutcome::feedbackLetter)))
        letters << QLatin1String(FormOutcome::feedbackLetter);
    for (int action = 3; action <= 5; ++action) {
        const QString letter = FormOutcome::letterForAction(action);
        if (set.offers(letter) && actionAllowed(steps, action))
            letters << letter;
    }
    return letters;
}

FormAnswers OverlastLetters::startingAnswers(const Melding& melding)
{
    return {{QStringLiteral("melding"), melding.id},
            {QStringLiteral("datum_melding"), isoDate(melding.gemeldOp)}};
}
