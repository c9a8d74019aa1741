#include "trajectory/EventFields.h"

#include <QVariant>

QString EventFields::textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    return {};
}

EventFields::EventFields(const QJsonObject& object)
{
    m_entries.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it)
        m_entries.append(Entry{it.key(), it.value(), textOf(it.value())});
}

const EventFields::Entry* EventFields::find(QStringView key) const
{
    for (const Entry& entry : m_entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

QJsonValue EventFields::value(QStringView key) const
{
    const Entry* entry = find(key);
    return entry ? entry->value : QJsonValue(QJsonValue::Undefined);
}

QString EventFields::text(QStringView key) const
{
    const Entry* entry = find(key);
    return entry ? entry->text : QString();
}

void EventFields::insert(const QString& key, const QJsonValue& value)
{
    for (Entry& entry : m_entries) {
        if (entry.key == key) {
            entry.value = value;
            entry.text = textOf(value);
            return;
        }
    }
    m_entries.append(Entry{key, value, textOf(value)});
}

void EventFields::remove(QStringView key)
{
    m_entries.removeIf([key](const Entry& entry) { return entry.key == key; });
}

QJsonObject EventFields::toJsonObject() const
{
    QJsonObject object;
    for (const Entry& entry : m_entries)
        object.insert(entry.key, entry.value);
    return object;
}
