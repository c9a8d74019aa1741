#pragma once

#include "store/AuditLog.h"
#include "store/StoreSession.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// "Handtekening op papier vastleggen": a party signed the printed final form by hand; the
// caseworker records who, in what function and on which day, so the form counts as signed
// (Werkafspraak 4 / Bijlage 2a). Offers only the parties still missing; the date is chosen,
// never assumed.
class PaperSignatureDialog : public QDialog
{
    Q_OBJECT

public:
    PaperSignatureDialog(StoreSession& session, qint64 formId, const QStringList& missingParties, Actor actor,
                         const QDate& today, QWidget* parent = nullptr);

    QComboBox* party() const { return m_party; }
    QLineEdit* name() const { return m_name; }
    QLineEdit* function() const { return m_function; }
    QDateEdit* date() const { return m_date; }
    [[nodiscard]] QString problem() const;
    void record();

private:
    QSqlDatabase m_database;
    const Clock& m_clock;
    qint64 m_formId;
    Actor m_actor;
    QDate m_today;
    QComboBox* m_party;
    QLineEdit* m_name;
    QLineEdit* m_function;
    QDateEdit* m_date;
    QLabel* m_problem;
};
