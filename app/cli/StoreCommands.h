#pragma once

#include "store/EncryptedStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

// `store init FILE` and `store check FILE`: make a new encrypted case file, and check one
// (integrity, format, schema version). More store commands follow with the store issue.
class StoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)

public:
    StoreCommands(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {}

    int run(const QStringList& arguments);
    // `audit verify FILE`: walks the audit log's hash chain and names the first broken link.
    int audit(const QStringList& arguments);

private:
    int init(const QString& path);
    int check(const QString& path);
    int importTrajectory(const QString& path, const QString& trajectoryFile);
    std::unique_ptr<EncryptedStore> openStore(const QString& path);

    QTextStream& m_out;
    QTextStream& m_err;
};
