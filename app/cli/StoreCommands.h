#pragma once

#include "PassphraseInput.h"

#include "store/AuditLog.h"
#include "store/EncryptedStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

// The `store` commands: make a case file, check it, import a trajectory, export it (AVG inzage)
// and change its passphrase; and `audit verify`.
class StoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)

public:
    StoreCommands(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {}

    int run(const QStringList& arguments);
    // Opens a case file with the passphrase from stdin or THUIS_PASSPHRASE; null (the reason on
    // `err`) when that fails.
    static std::unique_ptr<EncryptedStore> openStore(const QString& path, QTextStream& err);
    // The command line has no user profile: the audit log names the operating-system user.
    static Actor commandLineActor();
    // `audit verify FILE`: walks the audit log's hash chain and names the first broken link.
    int audit(const QStringList& arguments);

private:
    int init(const QString& path);
    int check(const QString& path);
    int importTrajectory(const QString& path, const QString& trajectoryFile);
    int recordEvent(const QString& path, const QString& participantId, const QString& type,
                    const QString& date);
    int exportJson(const QStringList& arguments);
    int changePassphrase(const QString& path);
    // The audit chain checked against `anchors` and every readable backup's head.
    AuditLog::Verification verifyWithBackups(const EncryptedStore& store, QList<AuditLog::Anchor> anchors);
    // The links the team server received from this chain, when the file is linked (docs/audit.md §3).
    // `problem`: a finding of the server's beyond its anchors (a chain replaced), else empty.
    QList<AuditLog::Anchor> anchorsOnTeamServer(const QSqlDatabase& caseFile, QString& problem);
    // A new passphrase, refused (with the reason on stderr) when weak. Empty when refused.
    SecretBytes strongPassphrase(PassphraseInput::Purpose purpose, const QString& refusal);
    std::unique_ptr<EncryptedStore> openStore(const QString& path) { return openStore(path, m_err); }

    QTextStream& m_out;
    QTextStream& m_err;
};
