#pragma once

#include "store/ParticipantRepository.h"

#include <QGroupBox>

class QLineEdit;

// One contact person of a party (woningcorporatie, zorgaanbieder): naam, functie, telefoon,
// e-mail. The line edits are named "<party>.<field>" so tests and problem marks can find them.
class ContactBox : public QGroupBox
{
    Q_OBJECT

public:
    ContactBox(const QString& party, const QString& title, QWidget* parent = nullptr);

    // The contact as typed; empty when nothing was typed.
    ContactPerson contact() const;
    [[nodiscard]] bool isEmpty() const;
    QLineEdit* line(const QString& field) const;

private:
    QString m_party;
};
