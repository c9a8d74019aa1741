#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

// The own fields of one event (id, leefdomein, gedrag, beschikbaar_op, ...) as a short flat
// list. Events carry zero to four fields; a linear search over them is far cheaper than
// QJsonObject's keyed lookup, which the engine otherwise pays several times per event (see
// docs/benchmarks.md). Each value is also kept as text, the form ids and dates are used in.
class EventFields
{
public:
    EventFields() = default;
    EventFields(const QJsonObject& object); // implicit: test code writes fields as JSON objects

    // The fields of an event as stored (a JSON object in UTF-8), as QJsonDocument would read
    // them: a flat object of strings without escapes, whole numbers, booleans and nulls, as the
    // store writes it, is read directly (a day not prepared reads 200,000, and QJsonDocument
    // with the copy into entries cost 13% of it, docs/benchmarks.md); anything else goes
    // through QJsonDocument. Not an object: no fields.
    static EventFields fromJson(QByteArrayView json);

    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    [[nodiscard]] bool contains(QStringView key) const { return find(key) != nullptr; }
    // The value, or an undefined QJsonValue when the event has no such field.
    QJsonValue value(QStringView key) const;
    // The value as text: strings as they are, numbers in their usual spelling ("3"), else empty.
    [[nodiscard]] QString text(QStringView key) const;
    void insert(const QString& key, const QJsonValue& value);
    void remove(QStringView key);

    QJsonObject toJsonObject() const;

    // The text form used by text(): how conditions in rule profiles are compared too.
    [[nodiscard]] static QString textOf(const QJsonValue& value);

private:
    // A string is kept as its text alone, made into a QJsonValue when asked for: a QJsonValue of
    // a string costs a container of its own (1,000 instructions), and the engine reads text().
    struct Entry
    {
        QString key;
        QJsonValue value; // not for a string
        QString text;
        bool isString = false;

        static Entry of(const QString& key, const QJsonValue& value);
        QJsonValue jsonValue() const { return isString ? QJsonValue(text) : value; }
    };

    const Entry* find(QStringView key) const;

    QList<Entry> m_entries;
};
