#pragma once

#include "trajectory/TrajectoryEngine.h"

#include <QDate>
#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

// "Gebeurtenis vastleggen": only the events the engine allows now can be chosen; the others
// are listed with the engine's reason. The fields the chosen event needs are asked for;
// dates only through date pickers (dd-mm-jjjj), never after today.
class AddEventDialog : public QDialog
{
    Q_OBJECT

public:
    AddEventDialog(const QList<EventOption>& options, const QDate& today, QWidget* parent = nullptr);

    TrajectoryEvent event() const;
    // Chooses the allowed option of this type (the first) or with this label.
    void choose(const QString& typeOrLabel);
    void setDate(const QDate& date);
    void setField(const QString& field, const QString& value);
    void showProblem(const QString& text);
    QStringList notAllowedTexts() const;

private:
    void rebuildFields();
    const EventOption* current() const;

    QList<EventOption> m_options;
    QDate m_today;
    QComboBox* m_type = nullptr;
    QDateEdit* m_date = nullptr;
    QFormLayout* m_fieldsForm = nullptr;
    QHash<QString, QWidget*> m_fields;
    QListWidget* m_notAllowed = nullptr;
    QLabel* m_problem = nullptr;
};
