#pragma once

#include "trajectory/Evaluation.h"
#include "trajectory/Trajectory.h"

#include <QCoreApplication>

// The overlastprotocol (Bijlage 1) as a state machine per melding. Categorie 1 (first
// complaints): actie 1 contact with the partners within 2 werkdagen, actie 2 wederhoor and the
// judgement bewust/onbewust x terecht/onterecht. Categorie 2 (repetition or continuation):
// actie 3 waarschuwingsgesprek and -brief for a repeated justified complaint, then actie 4
// officiële waarschuwingsbrief, actie 5 sommatiebrief, actie 6 ontbinding/EIV, each only after
// the one before it.
class OverlastProtocol
{
    Q_DECLARE_TR_FUNCTIONS(OverlastProtocol)

public:
    OverlastProtocol() = default;
    explicit OverlastProtocol(QList<Melding> meldingen)
        : m_meldingen(std::move(meldingen))
    {}

    // The title of a protocol action as Bijlage 1 words it: "voortduring en sommatiebrief".
    static QString actionTitle(int action);

    // Applies an overlast_* event; returns an error sentence (without the event label) when the
    // protocol does not allow it, leaving the state unchanged.
    QString apply(const TrajectoryEvent& event);

    const QList<Melding>& meldingen() const { return m_meldingen; }

private:
    Melding* find(const QString& id);
    bool hadJustifiedComplaintBefore(const QDate& date, const QString& exceptId) const;
    bool actionTaken(int action) const;

    QList<Melding> m_meldingen;
};
