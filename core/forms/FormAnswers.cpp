#include "forms/FormAnswers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString compact(const QJsonDocument& document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

bool FormValues::parseGoals(const QString& json, QList<GoalRow>& rows)
{
    if (json.trimmed().isEmpty()) {
        rows.clear();
        return true;
    }
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isArray())
        return false;
    QList<GoalRow> parsed;
    for (const QJsonValue& value : document.array()) {
        if (!value.isObject())
            return false;
        const QJsonObject row = value.toObject();
        const auto text = [&row](const char* key) { return row.value(QLatin1String(key)).toString(); };
        parsed.append({text("id"), text("leefdomein"), text("omschrijving"), text("stand"), text("behaald")});
    }
    rows = parsed;
    return true;
}

QString FormValues::goalsToJson(const QList<GoalRow>& rows)
{
    QJsonArray array;
    for (const GoalRow& row : rows) {
        QJsonObject object{{QStringLiteral("omschrijving"), row.omschrijving}};
        // Only what is there: a new row has no id yet, an unjudged one no status.
        for (const auto& [key, value] : {std::pair{"id", row.id}, std::pair{"leefdomein", row.leefdomein},
                                         std::pair{"stand", row.stand}, std::pair{"behaald", row.behaald}}) {
            if (!value.isEmpty())
                object.insert(QLatin1String(key), value);
        }
        array.append(object);
    }
    return compact(QJsonDocument(array));
}

QHash<QString, QString> FormValues::parseContact(const QString& json)
{
    QHash<QString, QString> parts;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto part = object.begin(); part != object.end(); ++part)
        parts.insert(part.key(), part.value().toString());
    return parts;
}

QString FormValues::contactToJson(const QHash<QString, QString>& parts)
{
    QJsonObject object;
    for (auto part = parts.begin(); part != parts.end(); ++part) {
        if (!part.value().trimmed().isEmpty())
            object.insert(part.key(), part.value());
    }
    return object.isEmpty() ? QString() : compact(QJsonDocument(object));
}
