#include "AddEventDialog.h"

#include "PageStyle.h"
#include "common/DateText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Fields the rules read as dates end in _op ("beschikbaar_op") or are a planned date.
bool isDateField(const QString& field)
{
    return field.endsWith(QStringLiteral("_op")) || field == u"volgende_gesprek";
}

} // namespace

AddEventDialog::AddEventDialog(const QList<EventOption>& options, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_options(options)
    , m_today(today)
    , m_type(new QComboBox(this))
    , m_date(new QDateEdit(today, this))
    , m_fieldsForm(new QFormLayout)
    , m_notAllowed(new QListWidget(this))
    , m_problem(createProblemLabel(this))
{
    setObjectName(QStringLiteral("addEventDialog"));
    setWindowTitle(tr("Record event"));
    m_type->setObjectName(QStringLiteral("eventType"));
    for (int index = 0; index < options.size(); ++index) {
        const EventOption& option = options.at(index);
        const QString name = option.label.isEmpty() ? option.type : option.label;
        if (option.allowed)
            m_type->addItem(name, index);
        else
            m_notAllowed->addItem(QStringLiteral("%1: %2").arg(name, option.reason));
    }
    m_notAllowed->setObjectName(QStringLiteral("notAllowed"));
    m_notAllowed->setWordWrap(true);
    m_notAllowed->setFocusPolicy(Qt::NoFocus);
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_date->setDisplayFormat(DateText::dateFormat());
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today); // events are recorded when they have happened

    auto* form = new QFormLayout;
    auto* typeLabel = new QLabel(tr("&Event:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, m_type);
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AddEventDialog::rebuildFields);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(m_fieldsForm);
    layout->addWidget(new QLabel(tr("Not possible now, and why:"), this));
    layout->addWidget(m_notAllowed, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 24);
    rebuildFields();
}

void AddEventDialog::rebuildFields()
{
    while (m_fieldsForm->rowCount() > 0)
        m_fieldsForm->removeRow(0);
    m_fields.clear();
    if (const EventOption* option = current()) {
        for (const QString& field : option->requiredFields) {
            QWidget* editor = nullptr;
            if (option->allowedValues.contains(field)) {
                auto* box = new QComboBox(this);
                box->addItems(option->allowedValues.value(field));
                editor = box;
            } else if (isDateField(field)) {
                auto* date = new QDateEdit(m_today, this);
                date->setDisplayFormat(DateText::dateFormat());
                date->setCalendarPopup(true);
                editor = date;
            } else {
                editor = new QLineEdit(this);
            }
            editor->setObjectName(QStringLiteral("field.") + field);
            m_fieldsForm->addRow(field + u':', editor);
            m_fields.insert(field, editor);
        }
    }
}

TrajectoryEvent AddEventDialog::event() const
{
    TrajectoryEvent result;
    const EventOption* option = current();
    if (!option)
        return result;
    result.type = option->type;
    result.date = m_date->date();
    QJsonObject fields = option->presetFields;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (const auto* line = qobject_cast<const QLineEdit*>(it.value()))
            fields.insert(it.key(), line->text().trimmed());
        else if (const auto* box = qobject_cast<const QComboBox*>(it.value()))
            fields.insert(it.key(), box->currentText());
        else if (const auto* date = qobject_cast<const QDateEdit*>(it.value()))
            fields.insert(it.key(), date->date().toString(Qt::ISODate));
    }
    result.fields = fields;
    return result;
}

void AddEventDialog::choose(const QString& typeOrLabel)
{
    for (int index = 0; index < m_options.size(); ++index) {
        if (m_options.at(index).type == typeOrLabel || m_options.at(index).label == typeOrLabel) {
            m_type->setCurrentIndex(m_type->findData(index));
            return;
        }
    }
}

const EventOption* AddEventDialog::current() const
{
    const QVariant index = m_type->currentData();
    return index.isValid() ? &m_options.at(index.toInt()) : nullptr;
}

void AddEventDialog::setDate(const QDate& date)
{
    m_date->setDate(date);
}

void AddEventDialog::setField(const QString& field, const QString& value)
{
    if (auto* line = qobject_cast<QLineEdit*>(m_fields.value(field)))
        line->setText(value);
    else if (auto* date = qobject_cast<QDateEdit*>(m_fields.value(field)))
        date->setDate(QDate::fromString(value, Qt::ISODate));
}

void AddEventDialog::showProblem(const QString& text)
{
    showWrapped(m_problem, text);
}

QStringList AddEventDialog::notAllowedTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_notAllowed->count(); ++row)
        texts << m_notAllowed->item(row)->text();
    return texts;
}
