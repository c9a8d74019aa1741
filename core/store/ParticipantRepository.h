#pragma once

#include "common/Result.h"
#include "store/AuditLog.h"
#include "trajectory/Trajectory.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

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

class ParticipantRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantRepository)

public:
    explicit ParticipantRepository(QSqlDatabase database)
        : m_database(std::move(database))
    {}

    // Field name -> Dutch message for every field that is not acceptable; the acceptable
    // ones are tidied in place (phone numbers, postcode). Nothing is saved while this is not empty.
    static QHash<QString, QString> validate(ParticipantDetails& details);
    static QHash<QString, QString> validate(ContactPerson& contact);
    // Empty when no participant has `number`, also not in other capitals; else why it is taken.
    static QString numberTaken(const QSqlDatabase& database, const QString& number);

    // A new participant with no events yet. Refused when the id is taken or a field is invalid.
    QString create(ParticipantDetails details, const Actor& actor, const QDateTime& now);
    // Saves the changed fields, each with an audit row (old and new value), in one transaction.
    QString update(ParticipantDetails details, const Actor& actor, const QDateTime& now);
    QString setContact(const QString& participantId, ContactPerson contact, const Actor& actor,
                       const QDateTime& now);

    Result<ParticipantDetails> load(const QString& participantId) const;
    Result<QList<ContactPerson>> contacts(const QString& participantId) const;

private:
    QSqlDatabase m_database;
};
