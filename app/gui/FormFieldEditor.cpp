#include "FormFieldEditor.h"

#include "SignaturePad.h"

#include "forms/FormAnswers.h"
#include "forms/FormCheck.h"
#include "trajectory/TrajectoryEngine.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum GoalColumn { Omschrijving, Leefdomein, Stand, Behaald, GoalColumns };

QComboBox* yesNoCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(FormFieldEditor::tr("not judged"), QString());
    combo->addItem(FormFieldEditor::tr("Yes"), QStringLiteral("ja"));
    combo->addItem(FormFieldEditor::tr("No"), QStringLiteral("nee"));
    return combo;
}

} // namespace

FormFieldEditor::FormFieldEditor(const FormField& field, const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
{
    setObjectName(QStringLiteral("field_") + field.id);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const FieldType type = field.type;
    if (type == FieldType::ShortText || type == FieldType::Date) {
        m_line = new QLineEdit(this);
        if (type == FieldType::Date) {
            m_line->setPlaceholderText(tr("dd-mm-jjjj"));
            m_line->setMaximumWidth(m_line->fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) +
                                    24);
        }
        connect(m_line, &QLineEdit::textEdited, this, &FormFieldEditor::edited);
        layout->addWidget(m_line);
        m_focusTarget = m_line;
    } else if (type == FieldType::LongText) {
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true); // Tab moves on to the next question, as in a form
        m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 3 + 16);
        m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 6 + 16);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                emit edited();
        });
        layout->addWidget(m_text);
        m_focusTarget = m_text;
    } else if (type == FieldType::YesNo) {
        auto* row = new QHBoxLayout;
        m_yesNo = new QButtonGroup(this);
        auto* yes = new QRadioButton(tr("Yes"), this);
        auto* no = new QRadioButton(tr("No"), this);
        yes->setObjectName(QStringLiteral("ja"));
        no->setObjectName(QStringLiteral("nee"));
        m_yesNo->addButton(yes);
        m_yesNo->addButton(no);
        yes->setAccessibleName(field.label + u' ' + tr("Yes"));
        no->setAccessibleName(field.label + u' ' + tr("No"));
        row->addWidget(yes);
        row->addWidget(no);
        row->addStretch();
        layout->addLayout(row);
        connect(m_yesNo, &QButtonGroup::buttonClicked, this, &FormFieldEditor::edited);
        m_focusTarget = yes;
    } else if (type == FieldType::SingleChoice) {
        m_choice = new QComboBox(this);
        m_choice->addItem(QString());
        for (const QJsonValue& option : field.definition.value(QStringLiteral("options")).toArray())
            m_choice->addItem(option.toString());
        connect(m_choice, &QComboBox::activated, this, &FormFieldEditor::edited);
        layout->addWidget(m_choice);
        m_focusTarget = m_choice;
    } else if (type == FieldType::Contact) {
        auto* form = new QFormLayout;
        for (const QJsonValue& value : field.definition.value(QStringLiteral("parts")).toArray()) {
            const QString part = value.toString();
            auto* line = new QLineEdit(this);
            line->setObjectName(part);
            line->setAccessibleName(field.label + u' ' + FormCheck::partLabel(field, part));
            connect(line, &QLineEdit::textEdited, this, &FormFieldEditor::edited);
            form->addRow(FormCheck::partLabel(field, part) + u':', line);
            m_parts.insert(part, line);
            if (m_focusTarget == nullptr)
                m_focusTarget = line;
        }
        layout->addLayout(form);
    } else if (type == FieldType::GoalsTable) {
        buildGoalsTable();
    } else if (type == FieldType::Signature) {
        m_signature =
            new SignatureSlot(field.definition.value(QStringLiteral("party")).toString(),
                              field.definition.value(QStringLiteral("caption")).toString(), today, this);
        layout->addWidget(m_signature);
        m_focusTarget = m_signature->pad();
    } else {
        // the declaration: shown as on the paper form
        m_shown = new QLabel(this);
        m_shown->setWordWrap(true);
        m_shown->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_shown->setFocusPolicy(Qt::StrongFocus); // a screen reader reaches it with Tab
        m_shown->setAccessibleName(field.label);
        setParticipantName(QString());
        layout->addWidget(m_shown);
        m_focusTarget = m_shown;
    }
    if (m_focusTarget != nullptr && m_focusTarget->accessibleName().isEmpty())
        m_focusTarget->setAccessibleName(field.label);
    if (m_focusTarget != nullptr)
        m_focusTarget->setAccessibleDescription(field.definition.value(QStringLiteral("hint")).toString());
}

bool FormFieldEditor::isAnswerable() const
{
    return m_shown == nullptr && m_signature == nullptr;
}

void FormFieldEditor::buildGoalsTable()
{
    m_goals = new QTableWidget(0, GoalColumns, this);
    m_goals->setObjectName(QStringLiteral("goals"));
    m_goals->setAccessibleName(m_field.label);
    const QJsonArray columns = m_field.definition.value(QStringLiteral("columns")).toArray();
    m_goals->setHorizontalHeaderLabels({columns.isEmpty() ? tr("Goal") : columns.at(0).toString(),
                                        tr("Life domain"),
                                        columns.size() > 1 ? columns.at(1).toString() : tr("Progress"),
                                        columns.size() > 2 ? columns.at(2).toString() : tr("Achieved?")});
    m_goals->horizontalHeader()->setSectionResizeMode(Omschrijving, QHeaderView::Stretch);
    m_goals->horizontalHeader()->setSectionResizeMode(Stand, QHeaderView::Stretch);
    m_goals->horizontalHeader()->setSectionResizeMode(Behaald, QHeaderView::ResizeToContents);
    m_goals->horizontalHeader()->setSectionResizeMode(Leefdomein, QHeaderView::ResizeToContents);
    m_goals->verticalHeader()->hide();
    m_goals->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_goals->setMinimumHeight(m_goals->fontMetrics().lineSpacing() * 8);
    connect(m_goals, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    m_addGoal = new QPushButton(tr("&Add goal"), this);
    m_addGoal->setObjectName(QStringLiteral("addGoal"));
    m_removeGoal = new QPushButton(tr("Remove &goal"), this);
    m_removeGoal->setObjectName(QStringLiteral("removeGoal"));
    connect(m_addGoal, &QPushButton::clicked, this, &FormFieldEditor::addGoalRow);
    connect(m_removeGoal, &QPushButton::clicked, this, &FormFieldEditor::removeGoalRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addGoal);
    buttons->addWidget(m_removeGoal);
    buttons->addStretch();
    layout()->addWidget(m_goals);
    static_cast<QVBoxLayout*>(layout())->addLayout(buttons);
    m_focusTarget = m_goals;
}

void FormFieldEditor::setGoalRow(int row, const QString& id, const QString& leefdomein,
                                 const QString& omschrijving, const QString& stand, const QString& behaald)
{
    auto* description = new QTableWidgetItem(omschrijving);
    description->setData(Qt::UserRole, id);
    m_goals->setItem(row, Omschrijving, description);
    m_goals->setItem(row, Stand, new QTableWidgetItem(stand));
    auto* domain = new QComboBox(m_goals);
    domain->addItem(QString());
    domain->addItems(TrajectoryEngine::leefdomeinen());
    domain->setCurrentText(leefdomein);
    // A goal the dossier already has keeps its life domain; only a new goal chooses one.
    domain->setEnabled(id.isEmpty());
    domain->setAccessibleName(tr("Life domain, row %1").arg(row + 1));
    connect(domain, &QComboBox::activated, this, &FormFieldEditor::edited);
    m_goals->setCellWidget(row, Leefdomein, domain);
    auto* achieved = yesNoCombo(m_goals);
    achieved->setCurrentIndex(std::max(0, achieved->findData(behaald)));
    achieved->setAccessibleName(tr("Achieved, row %1").arg(row + 1));
    connect(achieved, &QComboBox::activated, this, &FormFieldEditor::edited);
    m_goals->setCellWidget(row, Behaald, achieved);
}

void FormFieldEditor::addGoalRow()
{
    const int row = m_goals->rowCount();
    m_loading = true;
    m_goals->insertRow(row);
    setGoalRow(row, QString(), QString(), QString(), QString(), QString());
    m_loading = false;
    m_goals->setCurrentCell(row, Omschrijving);
    m_goals->setFocus();
    m_goals->editItem(m_goals->item(row, Omschrijving));
    emit edited();
}

void FormFieldEditor::removeGoalRow()
{
    const int row = m_goals->currentRow();
    if (row < 0)
        return;
    m_goals->removeRow(row);
    emit edited();
}

QString FormFieldEditor::goalsValue() const
{
    QList<GoalRow> rows;
    for (int row = 0; row < m_goals->rowCount(); ++row) {
        const QTableWidgetItem* description = m_goals->item(row, Omschrijving);
        const QTableWidgetItem* stand = m_goals->item(row, Stand);
        const auto* domain = qobject_cast<QComboBox*>(m_goals->cellWidget(row, Leefdomein));
        const auto* achieved = qobject_cast<QComboBox*>(m_goals->cellWidget(row, Behaald));
        rows.append({description ? description->data(Qt::UserRole).toString() : QString(),
                     domain ? domain->currentText() : QString(),
                     description ? description->text() : QString(), stand ? stand->text() : QString(),
                     achieved ? achieved->currentData().toString() : QString()});
    }
    return rows.isEmpty() ? QString() : FormValues::goalsToJson(rows);
}

QString FormFieldEditor::value() const
{
    if (m_field.type == FieldType::Date) {
        const QString text = m_line->text().trimmed();
        const QDate date = FormCheck::parseDate(text);
        // Not a date: kept as typed, so nothing is lost; the check names it.
        return date.isValid() ? date.toString(Qt::ISODate) : text;
    }
    if (m_line != nullptr)
        return m_line->text();
    if (m_text != nullptr)
        return m_text->toPlainText();
    if (m_yesNo != nullptr)
        return m_yesNo->checkedButton() ? m_yesNo->checkedButton()->objectName() : QString();
    if (m_choice != nullptr)
        return m_choice->currentText();
    if (!m_parts.isEmpty()) {
        QHash<QString, QString> parts;
        for (auto part = m_parts.begin(); part != m_parts.end(); ++part)
            parts.insert(part.key(), part.value()->text());
        return FormValues::contactToJson(parts);
    }
    if (m_goals != nullptr)
        return goalsValue();
    return {};
}

void FormFieldEditor::setValue(const QString& stored)
{
    m_loading = true;
    if (m_field.type == FieldType::Date)
        m_line->setText(FormCheck::shownValue(m_field, stored));
    else if (m_line != nullptr)
        m_line->setText(stored);
    else if (m_text != nullptr)
        m_text->setPlainText(stored);
    else if (m_yesNo != nullptr) {
        m_yesNo->setExclusive(false); // lets "not answered" uncheck both
        for (QAbstractButton* button : m_yesNo->buttons())
            button->setChecked(button->objectName() == stored);
        m_yesNo->setExclusive(true);
    } else if (m_choice != nullptr)
        m_choice->setCurrentText(stored);
    else if (!m_parts.isEmpty()) {
        const QHash<QString, QString> parts = FormValues::parseContact(stored);
        for (auto part = m_parts.begin(); part != m_parts.end(); ++part)
            part.value()->setText(parts.value(part.key()));
    } else if (m_goals != nullptr) {
        QList<GoalRow> rows;
        FormValues::parseGoals(stored, rows);
        m_goals->setRowCount(int(rows.size()));
        for (int row = 0; row < rows.size(); ++row) {
            const GoalRow& goal = rows.at(row);
            setGoalRow(row, goal.id, goal.leefdomein, goal.omschrijving, goal.stand, goal.behaald);
        }
    }
    m_loading = false;
}

void FormFieldEditor::setReadOnly(bool readOnly)
{
    if (m_line != nullptr)
        m_line->setReadOnly(readOnly);
    if (m_text != nullptr)
        m_text->setReadOnly(readOnly);
    for (QLineEdit* line : std::as_const(m_parts))
        line->setReadOnly(readOnly);
    if (m_yesNo != nullptr) {
        for (QAbstractButton* button : m_yesNo->buttons())
            button->setEnabled(!readOnly);
    }
    if (m_choice != nullptr)
        m_choice->setEnabled(!readOnly);
    if (m_goals != nullptr) {
        m_goals->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                          : QAbstractItemView::AllEditTriggers);
        for (int row = 0; row < m_goals->rowCount(); ++row) {
            if (QWidget* cell = m_goals->cellWidget(row, Behaald))
                cell->setEnabled(!readOnly);
            const QTableWidgetItem* description = m_goals->item(row, Omschrijving);
            if (QWidget* cell = m_goals->cellWidget(row, Leefdomein))
                cell->setEnabled(!readOnly && description &&
                                 description->data(Qt::UserRole).toString().isEmpty());
        }
        m_addGoal->setVisible(!readOnly);
        m_removeGoal->setVisible(!readOnly);
    }
}

void FormFieldEditor::setParticipantName(const QString& naam)
{
    if (m_shown == nullptr || m_field.type != FieldType::Declaration)
        return;
    const QString shownName = naam.isEmpty() ? QStringLiteral("…") : naam;
    m_shown->setText(m_field.definition.value(QStringLiteral("text"))
                         .toString()
                         .replace(QStringLiteral("{naam}"), shownName));
}
