#pragma once

#include "common/Result.h"
#include "trajectory/EventFields.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Glossary: Dutch domain words stay Dutch where English has no exact word: deelnemer
// (participant), begeleider (caseworker), omklap (transfer of the lease to the participant),
// woonevaluatie (yearly housing evaluation), melding (a complaint of nuisance, overlast),
// werkdag (working day), woonzaken (the municipality's housing department).

// One dated fact in a participant's history (trajectory file format v1, docs/trajectory-format.md).
struct TrajectoryEvent
{
    int number = 0;  // 1-based position in the file: what error messages cite
    QString type;    // "begeleidingsovereenkomst_getekend", ...
    int typeId = -1; // EventTypeRegistry::idOf(type) when known; -1: looked up by name
    QDate date;
    EventFields fields; // the event's own fields (id, leefdomein, gedrag, ...) without type/date

    [[nodiscard]] QString text(QStringView field) const { return fields.text(field); }
    // "gebeurtenis 7 (woonzaken_akkoord, 2026-05-01)": how messages name an event.
    [[nodiscard]] QString label() const;
};

enum class Household { Alleenstaand, Gezin, Multiprobleemgezin };

// "alleenstaand", "gezin", "multiprobleemgezin": the codes of files and rule profiles.
std::optional<Household> householdFromCode(const QString& code);
QString householdCode(Household household);

struct Deelnemer
{
    QString id;
    QString naam;
    QDate geboortedatum; // may be invalid: not every file has it
    Household huishouden = Household::Alleenstaand;
};

// A participant's trajectory as read from a file: the profile it runs under and its events
// in file order. The engine sorts them by date (stable), so a backdated entry is fine.
struct Trajectory
{
    Q_DECLARE_TR_FUNCTIONS(Trajectory)

public:
    QString profileId;
    Deelnemer deelnemer;
    QList<TrajectoryEvent> events;

    // Parses the JSON of a trajectory file, strictly: an unknown field (a typo like
    // "volgende_gesprk" would otherwise do nothing), a key given twice, text where a number
    // belongs or the reverse, a participant number that is not plain (ParticipantNumber), a NUL or
    // half a UTF-16 character are refused. Errors name the event number, type and date.
    static Result<Trajectory> fromJson(const QByteArray& json);

    // The field names an event may carry besides "type" and "date".
    static const QStringList& knownEventFields();
};
