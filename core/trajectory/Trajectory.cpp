#include "trajectory/Trajectory.h"

#include "trajectory/EventTypeRegistry.h"
#include "trajectory/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

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
    const QJsonObject root = document.object();

    QStringList errors;
    Trajectory trajectory;
    trajectory.profileId = root.value(u"profile").toString();
    if (trajectory.profileId.isEmpty())
        errors << tr("The trajectory file names no rule profile (field \"profile\").");

    const QJsonObject deelnemer = root.value(u"deelnemer").toObject();
    trajectory.deelnemer.id = deelnemer.value(u"id").toVariant().toString();
    trajectory.deelnemer.naam = deelnemer.value(u"naam").toString();
    if (deelnemer.contains(u"geboortedatum")) {
        trajectory.deelnemer.geboortedatum = parseIsoDate(deelnemer.value(u"geboortedatum").toString());
        if (!trajectory.deelnemer.geboortedatum.isValid())
            errors << tr("deelnemer.geboortedatum \"%1\" is not a date of the form YYYY-MM-DD.")
                          .arg(deelnemer.value(u"geboortedatum").toString());
    }
    if (deelnemer.contains(u"huishouden")) {
        const QString code = deelnemer.value(u"huishouden").toString();
        if (const auto household = householdFromCode(code))
            trajectory.deelnemer.huishouden = *household;
        else
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
        TrajectoryEvent event;
        event.number = number;
        event.type = fields.take(u"type").toString();
        event.typeId = EventTypeRegistry::idOf(event.type);
        const QString dateText = fields.take(u"date").toString();
        event.date = parseIsoDate(dateText);
        event.fields = fields;
        if (event.type.isEmpty())
            errors << tr("event %1: has no type.").arg(number);
        else if (!event.date.isValid())
            errors << tr("event %1 (%2): the date \"%3\" is not a date of the form YYYY-MM-DD.")
                          .arg(number)
                          .arg(event.type, dateText);
        trajectory.events.append(event);
    }

    if (!errors.isEmpty())
        return Result<Trajectory>::failure(errors);
    return trajectory;
}
