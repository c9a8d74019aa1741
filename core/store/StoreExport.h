#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Everything a case file holds about its participants, as JSON: for an AVG inzage request
// (the right of access, art. 15 AVG) and for moving a file elsewhere. Per participant: their
// details, contacts, trajectory events, forms with answers and signatures, and the audit rows
// about any of these. Keys are Dutch, as the documents are.
class StoreExport
{
    Q_DECLARE_TR_FUNCTIONS(StoreExport)

public:
    explicit StoreExport(QSqlDatabase database)
        : m_database(std::move(database))
    {}

    // All participants, or only `participantId` (refused when unknown).
    [[nodiscard]] Result<QByteArray> toJson(const std::optional<QString>& participantId,
                                            const QDateTime& now) const;

private:
    QSqlDatabase m_database;
};
