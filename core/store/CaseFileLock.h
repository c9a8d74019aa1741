#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

// Holds a case file exclusively for this process: every process of ours takes it while it has
// the file open, and anything that replaces the file (a passphrase change, a restore) does so
// only while holding it. Without it a second process could rename a copy over the file while
// the first went on writing to a file that no longer had a name: its acknowledged writes lost.
//
// The lock is `<case file>.lock` beside the file (QLockFile: the holder's process id, host and
// program), released when this object goes. A lock left by a process that died (kill -9, a
// crash) is recognised as stale and taken over; a live holder is named in the refusal.
class CaseFileLock
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileLock)

public:
    enum class Refusal { None, InUse, FolderNotWritable, Other };

    // The lock, or a sentence saying who holds the file or why it cannot be locked.
    [[nodiscard]] static Result<std::unique_ptr<CaseFileLock>> acquire(const QString& caseFile,
                                                                       Refusal* refusal = nullptr);
    [[nodiscard]] static QString lockPathFor(const QString& caseFile)
    {
        return caseFile + QStringLiteral(".lock");
    }

    ~CaseFileLock() = default;
    CaseFileLock(const CaseFileLock&) = delete;
    CaseFileLock& operator=(const CaseFileLock&) = delete;

private:
    explicit CaseFileLock(const QString& lockPath)
        : m_lock(lockPath)
    {}

    QLockFile m_lock;
};
