#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"
#include "trajectory/Trajectory.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// A participant's own details as the Gegevens tab shows them. The trajectory (their dated
// events) is TrajectoryRepository's.
struct ParticipantDetails
{
    QString id;
    QString naam;
    QDate geboortedatum;
    Household huishouden = Household::Alleenstaand;
    QString profile;
    QString adres; // street and number of the woning
    QString postcode;
    QString woonplaats;
    QString telefoon;
    QString email;
    QString woningcorporatie;
    QString begeleider;
    QString stadsdeel; // "Nieuw-West": where the woning is, for the dashboard's filters
    QString team;      // the team that carries the begeleiding
};

// The contact person of one party (woningcorporatie, zorgaanbieder) for a participant.
struct ContactPerson
{
    QString party;
    QString naam;
    QString functie;
    QString telefoon;
    QString email;
};

// Everything the Nieuwe deelnemer dialog registers at once.
struct NewParticipant
{
    ParticipantDetails details;
    QList<ContactPerson> contacts;     // one per party, the filled-in ones
    std::optional<QDate> consentGiven; // the day of the written consent (Werkafspraak 10), if given
};

class ParticipantRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantRepository)

public:
    explicit ParticipantRepository(QSqlDatabase database)
        : m_database(std::move(database))
    {}

    // Field name -> Dutch message for every field that is not acceptable; the acceptable
    // ones are tidied in place (phone numbers, postcode). Nothing is saved while this is not empty.
    static QHash<QString, QString> validate(ParticipantDetails& details, const QDate& today);
    static QHash<QString, QString> validate(ContactPerson& contact);
    // Empty when no participant has `number`, also not in other capitals; else why it is taken.
    [[nodiscard]] static QString numberTaken(const QSqlDatabase& database, const QString& number);

    // A new participant with no events yet. Refused when the id is taken or a field is invalid.
    [[nodiscard]] QString create(ParticipantDetails details, const Actor& actor, const QDateTime& now);
    // A new participant with their contact persons and consent, checked whole (fields, the consent
    // by the trajectory engine on `today`) and written in one transaction: all of it or nothing.
    [[nodiscard]] QString registerNew(NewParticipant registration, const Actor& actor, const QDate& today,
                                      const QDateTime& now);
    // Saves the changed fields, each with an audit row (old and new value), in one transaction.
    [[nodiscard]] QString update(ParticipantDetails details, const Actor& actor, const QDateTime& now);
    [[nodiscard]] QString setContact(const QString& participantId, ContactPerson contact, const Actor& actor,
                                     const QDateTime& now);

    [[nodiscard]] Result<ParticipantDetails> load(const QString& participantId) const;
    [[nodiscard]] Result<QList<ContactPerson>> contacts(const QString& participantId) const;

private:
    // The writes of create/registerNew and setContact, inside a transaction the caller holds.
    QString insertParticipant(const ParticipantDetails& details, const Actor& actor, const QDateTime& now);
    QString writeContact(const QString& participantId, const ContactPerson& contact, const Actor& actor,
                         const QDateTime& now);
    // Empty when the engine accepts `events` as the start of a new trajectory, else why not.
    static QString acceptedAsFirstEvents(const ParticipantDetails& details,
                                         const QList<TrajectoryEvent>& events, const QDate& today);

    QSqlDatabase m_database;
};
