#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// One item as the team server holds it (thuis.item): made by a laptop, numbered by the server.
struct TeamItem
{
    QString uuid;
    QString participantId;
    QString kind; // gebeurtenis, deelnemer, formulier, handtekening, audit
    QJsonObject payload;
    qint64 basis = 0;      // the last number the writing laptop knew for the participant
    qint64 volgnummer = 0; // the participant's sequence, given by the server
    qint64 positie = 0;    // the team's sequence, given by the server
    QString author;        // the database role that wrote it, set by the server

    QString entity() const { return payload.value(QStringLiteral("entiteit")).toString(); }
    // "entity:key", as team_item and the outbox note it (TeamOutbox::enqueueItem makes it alike).
    QString entityKey() const
    {
        return entity() + u':' + payload.value(QStringLiteral("sleutel")).toString();
    }
    // What the item says the entity holds, as a digest: two items about one entity agree when
    // their digests do.
    QByteArray contentDigest() const;
};
