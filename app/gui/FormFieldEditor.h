#pragma once

#include "forms/FormDefinition.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class SignatureSlot;

// The input for one field of a form, by its type: a line for short text and dates (dd-mm-jjjj),
// a text box for long text, Ja/Nee buttons, a list for a single choice, one line per part for
// a contact block, a table for the goals; declarations and signature slots are shown, not
// edited. value()/setValue() use what the store keeps (FormAnswers); edited() fires on every
// change the user makes, never on setValue().
class FormFieldEditor : public QWidget
{
    Q_OBJECT

public:
    // `today`: the date a signature drawn here carries unless changed.
    FormFieldEditor(const FormField& field, const QDate& today, QWidget* parent = nullptr);

    const FormField& field() const { return m_field; }
    [[nodiscard]] QString value() const;
    void setValue(const QString& stored);
    void setReadOnly(bool readOnly);
    // The name in the Goed huurderschap declaration ("Ik, {naam}, verklaar ...").
    void setParticipantName(const QString& naam);
    // Where the keyboard goes when the wizard jumps to this field.
    QWidget* focusTarget() const { return m_focusTarget; }
    [[nodiscard]] bool isAnswerable() const;

    // For tests and the goals table's buttons.
    QTableWidget* goalsTable() const { return m_goals; }
    SignatureSlot* signatureSlot() const { return m_signature; }
    void addGoalRow();

signals:
    void edited();

private:
    void buildGoalsTable();
    void setGoalRow(int row, const QString& id, const QString& leefdomein, const QString& omschrijving,
                    const QString& stand, const QString& behaald);
    [[nodiscard]] QString goalsValue() const;
    void removeGoalRow();

    FormField m_field;
    bool m_loading = false;
    QWidget* m_focusTarget = nullptr;
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QButtonGroup* m_yesNo = nullptr;
    QComboBox* m_choice = nullptr;
    QHash<QString, QLineEdit*> m_parts;
    QTableWidget* m_goals = nullptr;
    QPushButton* m_addGoal = nullptr;
    QPushButton* m_removeGoal = nullptr;
    QLabel* m_shown = nullptr;
    SignatureSlot* m_signature = nullptr;
};
