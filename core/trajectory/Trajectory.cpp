#include "trajectory/Trajectory.h"

#include "common/StrictJson.h"
#include "people/ParticipantNumber.h"
#include "trajectory/EventTypeRegistry.h"
#include "trajectory/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

QString TrajectoryEvent::label() const
{
    return Trajectory::tr("event %1 (%2, %3)").arg(number).arg(type, isoDate(date));
}

QString householdCode(Household household)
{
    switch (household) {
    case Household::Alleenstaand:
        return QStringLiteral("alleenstaand");
    case Household::Gezin:
        return QStringLiteral("gezin");
    case Household::Multiprobleemgezin:
        return QStringLiteral("multiprobleemgezin");
    }
    return {};
}

std::optional<Household> householdFromCode(const QString& code)
{
    if (code == u"alleenstaand")
        return Household::Alleenstaand;
    if (code == u"gezin")
        return Household::Gezin;
    if (code == u"multiprobleemgezin")
        return Household::Multiprobleemgezin;
    return std::nullopt;
}

const QStringList& Trajectory::knownEventFields()
{
    // Every field a rule profile, the engine or a form reads (docs/trajectory-format.md, "Event
    // vocabulary"); TrajectoryFileTests checks that each built-in profile's fields are here.
    static const QStringList fields{QStringLiteral("actie"),
                                    QStringLiteral("beschikbaar_op"),
                                    QStringLiteral("bezichtiging_gewenst"),
                                    QStringLiteral("contracttype"),
                                    QStringLiteral("gedrag"),
                                    QStringLiteral("gepland_op"),
                                    QStringLiteral("id"),
                                    QStringLiteral("klacht"),
                                    QStringLiteral("leefdomein"),
                                    QStringLiteral("nummer"),
                                    QStringLiteral("omschrijving"),
                                    QStringLiteral("reden"),
                                    QStringLiteral("verhuisdatum"),
                                    QStringLiteral("veroorzaker"),
                                    QStringLiteral("volgende_gesprek")};
    return fields;
}

namespace {

// "deelnemer.naam", "event 4, field id": where a problem the strict reader found lies.
QString placeOf(const QStringList& path)
{
    if (path.size() >= 2 && path.first() == u"events") {
        const QString event = Trajectory::tr("event %1").arg(path.at(1).toInt() + 1);
        return path.size() == 2 ? event
                                : Trajectory::tr("%1, field \"%2\"").arg(event, path.mid(2).join(u'.'));
    }
    return path.isEmpty() ? Trajectory::tr("the file") : QStringLiteral("\"%1\"").arg(path.join(u'.'));
}

// The keys of `object` that are not in `known`, for a message naming them.
QStringList unknownKeys(const QJsonObject& object, const QStringList& known)
{
    QStringList unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            unknown << it.key();
    }
    return unknown;
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Trajectory::tr("null");
    case QJsonValue::Bool:
        return Trajectory::tr("true/false");
    case QJsonValue::Double:
        return Trajectory::tr("a number");
    case QJsonValue::String:
        return Trajectory::tr("text");
    case QJsonValue::Array:
        return Trajectory::tr("a list");
    case QJsonValue::Object:
        return Trajectory::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Trajectory::tr("nothing");
}

// Reads root[key] as text when present; a number or anything else where text belongs is an
// error naming the field (a name of 42 is not silently "").
QString textField(const QJsonObject& object, const QString& key, const QString& place, QStringList& errors)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        errors << Trajectory::tr("%1 must be text, not %2.").arg(place, typeName(value));
        return {};
    }
    return value.toString();
}

} // namespace

Result<Trajectory> Trajectory::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<Trajectory>::failure(tr("The trajectory file is not valid JSON at character %1: %2.")
                                               .arg(parseError.offset)
                                               .arg(parseError.errorString()));
    if (!document.isObject())
        return Result<Trajectory>::failure(tr("The trajectory file must contain one JSON object."));
    if (const auto problem = StrictJson::firstProblem(json))
        return Result<Trajectory>::failure(
            tr("The trajectory file is refused: %1 %2.").arg(placeOf(problem->path), problem->what));
    const QJsonObject root = document.object();

    QStringList errors;
    static const QStringList rootKeys{QStringLiteral("profile"), QStringLiteral("deelnemer"),
                                      QStringLiteral("events")};
    for (const QString& key : unknownKeys(root, rootKeys))
        errors << tr("The trajectory file has a field \"%1\" this format does not know; it knows %2.")
                      .arg(key, rootKeys.join(QStringLiteral(", ")));

    Trajectory trajectory;
    trajectory.profileId = textField(root, QStringLiteral("profile"), QStringLiteral("\"profile\""), errors);
    if (trajectory.profileId.isEmpty() && (root.value(u"profile").isString() || !root.contains(u"profile")))
        errors << tr("The trajectory file names no rule profile (field \"profile\").");

    if (!root.value(u"deelnemer").isObject())
        errors << tr("The trajectory file has no participant (field \"deelnemer\" with an object).");
    const QJsonObject deelnemer = root.value(u"deelnemer").toObject();
    static const QStringList deelnemerKeys{QStringLiteral("id"), QStringLiteral("naam"),
                                           QStringLiteral("geboortedatum"), QStringLiteral("huishouden")};
    for (const QString& key : unknownKeys(deelnemer, deelnemerKeys))
        errors << tr("deelnemer has a field \"%1\" this format does not know; it knows %2.")
                      .arg(key, deelnemerKeys.join(QStringLiteral(", ")));
    // A whole number is accepted as an id ("id": 42 is "42"); a fraction or anything else is not.
    const QJsonValue id = deelnemer.value(u"id");
    // Whole numbers up to 2^53, the ones a double holds exactly (a cast of 1e300 would be undefined).
    if (const double number = id.toDouble();
        id.isDouble() && std::abs(number) <= 9007199254740992.0 && std::trunc(number) == number)
        trajectory.deelnemer.id = QString::number(qint64(number));
    else if (id.isString())
        trajectory.deelnemer.id = id.toString();
    else if (!id.isUndefined())
        errors << tr("\"deelnemer.id\" must be text or a whole number, not %1.").arg(typeName(id));
    if (id.isString() || !trajectory.deelnemer.id.isEmpty())
        if (const QString problem = ParticipantNumber::problem(trajectory.deelnemer.id); !problem.isEmpty())
            errors << QStringLiteral("\"deelnemer.id\": ") + problem;
    trajectory.deelnemer.naam =
        textField(deelnemer, QStringLiteral("naam"), QStringLiteral("\"deelnemer.naam\""), errors);
    if (deelnemer.contains(u"geboortedatum")) {
        const QString text = textField(deelnemer, QStringLiteral("geboortedatum"),
                                       QStringLiteral("\"deelnemer.geboortedatum\""), errors);
        trajectory.deelnemer.geboortedatum = parseIsoDate(text);
        if (!trajectory.deelnemer.geboortedatum.isValid() && deelnemer.value(u"geboortedatum").isString())
            errors << tr("deelnemer.geboortedatum \"%1\" is not a date of the form YYYY-MM-DD.").arg(text);
    }
    if (deelnemer.contains(u"huishouden")) {
        const QString code = textField(deelnemer, QStringLiteral("huishouden"),
                                       QStringLiteral("\"deelnemer.huishouden\""), errors);
        if (const auto household = householdFromCode(code))
            trajectory.deelnemer.huishouden = *household;
        else if (deelnemer.value(u"huishouden").isString())
            errors << tr("deelnemer.huishouden \"%1\" is unknown; use alleenstaand, gezin or "
                         "multiprobleemgezin.")
                          .arg(code);
    }

    if (!root.value(u"events").isArray())
        errors << tr("The trajectory file has no list of events (field \"events\").");
    const QJsonArray events = root.value(u"events").toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const int number = static_cast<int>(i + 1);
        if (!events.at(i).isObject()) {
            errors << tr("event %1: is not a JSON object.").arg(number);
            continue;
        }
        QJsonObject fields = events.at(i).toObject();
        const QString place = tr("event %1").arg(number);
        TrajectoryEvent event;
        event.number = number;
        event.type = textField(fields, QStringLiteral("type"), place + QStringLiteral(", \"type\""), errors);
        event.typeId = EventTypeRegistry::idOf(event.type);
        const QString dateText =
            textField(fields, QStringLiteral("date"), place + QStringLiteral(", \"date\""), errors);
        event.date = parseIsoDate(dateText);
        const bool typeOfWrongKind = fields.contains(u"type") && !fields.value(u"type").isString();
        const bool dateOfWrongKind = fields.contains(u"date") && !fields.value(u"date").isString();
        fields.remove(QStringLiteral("type"));
        fields.remove(QStringLiteral("date"));
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!knownEventFields().contains(it.key()))
                errors << tr("event %1 (%2): the field \"%3\" is unknown (a typo?); fields are %4.")
                              .arg(number)
                              .arg(event.type, it.key(), knownEventFields().join(QStringLiteral(", ")));
            else if (it.value().isObject() || it.value().isArray() || it.value().isNull())
                errors << tr("event %1 (%2): the field \"%3\" must be text, a number or true/false, not %4.")
                              .arg(number)
                              .arg(event.type, it.key(), typeName(it.value()));
        }
        event.fields = fields;
        if (event.type.isEmpty() && !typeOfWrongKind)
            errors << tr("event %1: has no type.").arg(number);
        else if (!event.date.isValid() && !dateOfWrongKind && !typeOfWrongKind)
            errors << tr("event %1 (%2): the date \"%3\" is not a date of the form YYYY-MM-DD.")
                          .arg(number)
                          .arg(event.type, dateText);
        trajectory.events.append(event);
    }

    if (!errors.isEmpty())
        return Result<Trajectory>::failure(errors);
    return trajectory;
}
