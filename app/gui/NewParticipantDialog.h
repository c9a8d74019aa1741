#pragma once

#include "store/AuditLog.h"

#include <QDate>
#include <QDialog>
#include <QHash>

class ContactBox;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class StoreSession;

// "Nieuwe deelnemer": number, name, the agreements (rule profile) that apply, household, date
// of birth, address and phone, the contact persons of the corporation and the care provider,
// and the consent to share (Werkafspraak 10). Everything is checked before anything is
// written; the consent is the Tijdlijn's first event (toestemming_gegeven).
class NewParticipantDialog : public QDialog
{
    Q_OBJECT

public:
    NewParticipantDialog(StoreSession& session, Actor actor, const QDate& today, QWidget* parent = nullptr);

    [[nodiscard]] QString participantId() const;
    QLineEdit* field(const QString& name) const { return m_lines.value(name); }
    [[nodiscard]] QString problem() const;
    ContactBox* contactBox(const QString& party) const;
    QCheckBox* consentGiven() const { return m_consentGiven; }
    void create();

private:
    StoreSession& m_session;
    Actor m_actor;
    QDate m_today;
    QHash<QString, QLineEdit*> m_lines;
    QComboBox* m_profile = nullptr;
    QComboBox* m_household = nullptr;
    QDateEdit* m_birth = nullptr;
    QCheckBox* m_consentGiven = nullptr;
    QDateEdit* m_consentDate = nullptr;
    QList<ContactBox*> m_contacts;
    QLabel* m_problem = nullptr;
    // Steps already written when a later one failed (a full disk): a retry does only the rest.
};
