#pragma once

#include "store/AuditLog.h"
#include "store/ParticipantRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// The forms and letters of a demo participant (issue 20), so a newcomer sees filled-in paperwork
// at once: for the conversations and steps the history holds, the form a caseworker would have
// made final then (the Supplement at the kennismakingsgesprek, the Woonevaluatieformulier at the
// last woonevaluaties, the Voordracht voor Omklap, the Toestemmingsverklaring of 2026, the
// overlast letters at their protocol steps), signed on paper by the parties (the newest one
// sometimes still waiting for the corporation); and a concept for a conversation coming up.
// The history is already there (DemoGenerator imported it, checked by the engine), so these
// forms are stored as made final without recording their events again. Answers are the
// dossier's own where it has them and plausible made-up sentences where the caseworker writes;
// a form whose answers would not pass its checks stays a concept rather than being forced final.
class DemoForms
{
    Q_DECLARE_TR_FUNCTIONS(DemoForms)

public:
    // Empty, or what the store refused.
    [[nodiscard]] static QString add(const QSqlDatabase& database, const ParticipantDetails& details,
                                     const Actor& actor, const QDate& today, quint64 seed);
};
