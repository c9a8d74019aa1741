#include "trajectory/EventFields.h"

#include "common/SharedTexts.h"

#include <QJsonDocument>
#include <QVariant>

#include <algorithm>
#include <optional>

QString EventFields::textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    return {};
}

namespace {

// Reads the one shape the store writes (QJsonDocument::Compact of a flat object); nullopt for
// anything else, which QJsonDocument then reads.
class FlatObjectReader
{
public:
    explicit FlatObjectReader(QByteArrayView json)
        : m_json(json)
    {}

    struct Member
    {
        QByteArrayView key;
        QJsonValue value; // not for a string
        QString text;
        bool isString = false;
    };

    std::optional<QList<Member>> read()
    {
        QList<Member> members;
        if (!take('{'))
            return std::nullopt;
        if (take('}'))
            return m_at == m_json.size() ? std::optional(members) : std::nullopt;
        do {
            Member member;
            const std::optional<QByteArrayView> key = string();
            if (!key || !take(':') || !value(member))
                return std::nullopt;
            member.key = *key;
            members.append(std::move(member));
        } while (take(','));
        if (!take('}') || m_at != m_json.size())
            return std::nullopt;
        return members;
    }

private:
    bool take(char wanted)
    {
        if (m_at < m_json.size() && m_json[m_at] == wanted) {
            ++m_at;
            return true;
        }
        return false;
    }

    // A string without escapes or control characters (those go through QJsonDocument).
    std::optional<QByteArrayView> string()
    {
        if (!take('"'))
            return std::nullopt;
        const qsizetype start = m_at;
        for (; m_at < m_json.size(); ++m_at) {
            const auto c = static_cast<unsigned char>(m_json[m_at]);
            if (c == '"')
                return m_json.sliced(start, m_at++ - start);
            if (c == '\\' || c < 0x20)
                return std::nullopt;
        }
        return std::nullopt;
    }

    bool word(QByteArrayView expected)
    {
        if (m_json.sliced(m_at).startsWith(expected)) {
            m_at += expected.size();
            return true;
        }
        return false;
    }

    bool value(Member& member)
    {
        if (m_at >= m_json.size())
            return false;
        const char first = m_json[m_at];
        if (first == '"') {
            const std::optional<QByteArrayView> text = string();
            if (!text || !text->isValidUtf8())
                return false;
            member.text = QString::fromUtf8(*text);
            member.isString = true;
            return true;
        }
        if (first == '-' || (first >= '0' && first <= '9'))
            return number(member);
        if (word("true"))
            member.value = QJsonValue(true);
        else if (word("false"))
            member.value = QJsonValue(false);
        else if (word("null"))
            member.value = QJsonValue(QJsonValue::Null);
        else
            return false;
        member.text = EventFields::textOf(member.value);
        return true;
    }

    // A whole number of at most 18 digits, as JSON spells it (no leading zero, no plus sign).
    bool number(Member& member)
    {
        const qsizetype start = m_at;
        take('-');
        const qsizetype digits = m_at;
        while (m_at < m_json.size() && m_json[m_at] >= '0' && m_json[m_at] <= '9')
            ++m_at;
        const qsizetype count = m_at - digits;
        if (count == 0 || count > 18 || (count > 1 && m_json[digits] == '0'))
            return false;
        if (m_at < m_json.size() && (m_json[m_at] == '.' || m_json[m_at] == 'e' || m_json[m_at] == 'E'))
            return false; // a fraction or an exponent: QJsonDocument's double
        qint64 value = 0;
        for (qsizetype i = digits; i < m_at; ++i)
            value = value * 10 + (m_json[i] - '0');
        member.value = QJsonValue(m_json[start] == '-' ? -value : value);
        member.text = EventFields::textOf(member.value);
        return true;
    }

    QByteArrayView m_json;
    qsizetype m_at = 0;
};

} // namespace

EventFields EventFields::fromJson(QByteArrayView json)
{
    if (json.size() <= 2) // "{}", or nothing
        return json == QByteArrayView("{}") || json.isEmpty()
                   ? EventFields()
                   : EventFields(QJsonDocument::fromJson(json.toByteArray()).object());
    std::optional<QList<FlatObjectReader::Member>> members = FlatObjectReader(json).read();
    // QJsonObject keeps its keys sorted and one of each; keys that are not plain ASCII or come
    // twice go through QJsonDocument, which decides their order and which one stays.
    const auto asciiKey = [](const FlatObjectReader::Member& member) {
        return std::all_of(member.key.cbegin(), member.key.cend(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    };
    if (members && std::all_of(members->cbegin(), members->cend(), asciiKey)) {
        // A handful of members: sorted by insertion, stable, without the buffer stable_sort takes.
        for (qsizetype i = 1; i < members->size(); ++i) {
            for (qsizetype j = i; j > 0 && (*members)[j].key < (*members)[j - 1].key; --j)
                std::swap((*members)[j], (*members)[j - 1]);
        }
        const auto twice = std::adjacent_find(members->cbegin(), members->cend(),
                                              [](const auto& a, const auto& b) { return a.key == b.key; });
        if (twice == members->cend()) {
            thread_local SharedTexts keys; // a few dozen field names, over 400,000 events
            EventFields fields;
            fields.m_entries.reserve(members->size());
            for (FlatObjectReader::Member& member : *members)
                fields.m_entries.append(Entry{keys.of(member.key), std::move(member.value),
                                              std::move(member.text), member.isString});
            return fields;
        }
    }
    return EventFields(QJsonDocument::fromJson(json.toByteArray()).object());
}

EventFields::Entry EventFields::Entry::of(const QString& key, const QJsonValue& value)
{
    if (value.isString())
        return Entry{key, QJsonValue(), value.toString(), true};
    return Entry{key, value, textOf(value), false};
}

EventFields::EventFields(const QJsonObject& object)
{
    m_entries.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it)
        m_entries.append(Entry::of(it.key(), it.value()));
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
    return entry ? entry->jsonValue() : QJsonValue(QJsonValue::Undefined);
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
            entry = Entry::of(key, value);
            return;
        }
    }
    m_entries.append(Entry::of(key, value));
}

void EventFields::remove(QStringView key)
{
    m_entries.removeIf([key](const Entry& entry) { return entry.key == key; });
}

QJsonObject EventFields::toJsonObject() const
{
    QJsonObject object;
    for (const Entry& entry : m_entries)
        object.insert(entry.key, entry.jsonValue());
    return object;
}
