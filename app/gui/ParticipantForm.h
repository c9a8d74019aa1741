#pragma once

#include "store/AuditLog.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class StoreSession;

// The Gegevens tab: a participant's details and the contact persons of the woningcorporatie
// and the care provider. Invalid input is marked at its field with a Dutch message and
// nothing is saved until every field is acceptable.
class ParticipantForm : public QWidget
{
    Q_OBJECT

public:
    ParticipantForm(StoreSession& session, Actor actor, QWidget* parent = nullptr);
    // Who the audit log names from now on (the user profile changed).
    void setActor(const Actor& actor);

    void load(const QString& participantId);
    // Saves everything; false (and the fields marked) when something is not acceptable.
    [[nodiscard]] bool save();
    // The message shown at a field ("telefoon", "corporatie.email", ...), empty when fine.
    [[nodiscard]] QString problemAt(const QString& field) const;

signals:
    void saved();

private:
    QLineEdit* addLine(const QString& key, const QString& label, class QFormLayout* form);
    void showProblems(const QHash<QString, QString>& problems);

    StoreSession& m_session;
    Actor m_actor;
    QString m_participantId;
    QString m_profile;
    QHash<QString, QLineEdit*> m_lines;
    QHash<QString, QLabel*> m_problems;
    QDateEdit* m_birth = nullptr;
    QComboBox* m_household = nullptr;
    QLabel* m_status = nullptr;
};
