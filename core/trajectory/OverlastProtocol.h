#pragma once

#include "trajectory/Evaluation.h"
#include "trajectory/Trajectory.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QPair>

#include <array>

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
    explicit OverlastProtocol(QList<Melding> meldingen);

    // The title of a protocol action as Bijlage 1 words it: "voortduring en sommatiebrief".
    [[nodiscard]] static QString actionTitle(int action);

    // The id for a new complaint (melding): "m1", "m2", ..., the first that no overlast_gemeld
    // event of this history uses, retracted ones included, so an id never names two complaints.
    [[nodiscard]] static QString nextMeldingId(const QList<TrajectoryEvent>& events);

    // Applies an overlast_* event; returns an error sentence (without the event label) when the
    // protocol does not allow it, leaving the state unchanged.
    [[nodiscard]] QString apply(const TrajectoryEvent& event);

    const QList<Melding>& meldingen() const { return m_meldingen; }

private:
    Melding* find(const QString& id);
    [[nodiscard]] bool hadJustifiedComplaintBefore(const QDate& date, const QString& exceptId) const;
    [[nodiscard]] bool actionTaken(int action) const { return m_actionsTaken.at(size_t(action)) > 0; }
    void index(qsizetype position);
    void judge(Melding& melding, const QString& gedrag, const QString& klacht, const QString& veroorzaker,
               const QDate& on);

    // Kept in step with m_meldingen so that each event costs about the same however many
    // meldingen came before (a history of 20,000 complaints stays linear).
    QList<Melding> m_meldingen;
    QHash<QString, qsizetype> m_indexOf;
    QMap<QPair<QDate, QString>, bool> m_justified; // (reported on, id) of justified complaints
    std::array<int, 7> m_actionsTaken{};           // by action 1-6: how many meldingen took it
};
