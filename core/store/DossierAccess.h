#pragma once

#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// Who opened which dossier, when (NEN 7513: access to a client's file is logged, reading too).
// One audit row per opening, entity "dossier", in the chain like every change; a case file linked
// to a team sends it to the server with the rest (issue 18), so the team's log has it as well.
class DossierAccess
{
    Q_DECLARE_TR_FUNCTIONS(DossierAccess)

public:
    // Empty, or why the opening could not be recorded (then the dossier is not shown).
    [[nodiscard]] static QString recordOpened(const QSqlDatabase& database, const Actor& actor,
                                              const QString& participantId, const QDateTime& now);
};
