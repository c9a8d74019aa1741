#pragma once

#include "store/AuditLog.h"
#include "store/StoreSession.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

// "Antwoord van Woonzaken vastleggen" (issue 20): Woonzaken's answer to a final Voordracht voor
// Omklap, agreed or refused with its motivation (Werkafspraak 8), recorded against that
// voordracht (VoordrachtAnswer). Nothing is chosen for the caseworker: not the answer, not the date.
class WoonzakenAnswerDialog : public QDialog
{
    Q_OBJECT

public:
    WoonzakenAnswerDialog(StoreSession& session, qint64 voordrachtId, Actor actor, const QDate& today,
                          QWidget* parent = nullptr);

    QRadioButton* agreed() const { return m_agreed; }
    QRadioButton* refused() const { return m_refused; }
    QDateEdit* date() const { return m_date; }
    QPlainTextEdit* motivation() const { return m_motivation; }
    [[nodiscard]] QString problem() const;
    void record();

private:
    QSqlDatabase m_database;
    const Clock& m_clock;
    qint64 m_voordrachtId;
    Actor m_actor;
    QRadioButton* m_agreed;
    QRadioButton* m_refused;
    QDateEdit* m_date;
    QPlainTextEdit* m_motivation;
    QLabel* m_problem;
};
