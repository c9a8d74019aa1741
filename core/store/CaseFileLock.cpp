#include "store/CaseFileLock.h"

#include <QFileInfo>

Result<std::unique_ptr<CaseFileLock>> CaseFileLock::acquire(const QString& caseFile, Refusal* refusal)
{
    using LockResult = Result<std::unique_ptr<CaseFileLock>>;
    Refusal ignored = Refusal::None;
    Refusal& why = refusal ? *refusal : ignored;
    why = Refusal::None;
    std::unique_ptr<CaseFileLock> lock(new CaseFileLock(lockPathFor(caseFile)));
    // Only a dead holder makes a lock stale, never its age: a begeleider may keep a case file
    // open all day.
    lock->m_lock.setStaleLockTime(0);
    if (lock->m_lock.tryLock(0))
        return lock;
    switch (lock->m_lock.error()) {
    case QLockFile::LockFailedError: {
        why = Refusal::InUse;
        qint64 pid = 0;
        QString host;
        QString program;
        if (lock->m_lock.getLockInfo(&pid, &host, &program))
            return LockResult::failure(
                tr("The case file %1 is open in %2 (process %3 on %4). Close it there first; nothing was "
                   "changed.")
                    .arg(caseFile, program.isEmpty() ? tr("another program") : program, QString::number(pid),
                         host));
        return LockResult::failure(
            tr("The case file %1 is open in another program. Close it there first; nothing was changed.")
                .arg(caseFile));
    }
    case QLockFile::PermissionError:
        why = Refusal::FolderNotWritable;
        return LockResult::failure(
            tr("The folder %1 may not be written by you, so the case file %2 cannot be opened safely there. "
               "Move it to a folder of your own; nothing was changed.")
                .arg(QFileInfo(caseFile).absolutePath(), QFileInfo(caseFile).fileName()));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    why = Refusal::Other;
    return LockResult::failure(
        tr("The case file %1 could not be locked for this program (%2). Nothing was changed.")
            .arg(caseFile, QFileInfo(lockPathFor(caseFile)).absoluteFilePath()));
}
