#pragma once

#include "store/AuditLog.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class StoreSession;

// "Nieuwe deelnemer": number, name, the agreements (rule profile) that apply, household, date
// of birth, address and phone. Checked like the Gegevens tab; the participant is created with
// no events (the Tijdlijn starts with the aanmelding).
class NewParticipantDialog : public QDialog
{
    Q_OBJECT

public:
    NewParticipantDialog(StoreSession& session, Actor actor, QWidget* parent = nullptr);

    QString participantId() const;
    QLineEdit* field(const QString& name) const { return m_lines.value(name); }
    QString problem() const;
    void create();

private:
    StoreSession& m_session;
    Actor m_actor;
    QHash<QString, QLineEdit*> m_lines;
    QComboBox* m_profile = nullptr;
    QComboBox* m_household = nullptr;
    QDateEdit* m_birth = nullptr;
    QLabel* m_problem = nullptr;
};
