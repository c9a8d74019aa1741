#include "store/StoreBackups.h"

#include "common/DateText.h"
#include "platform/NativeFiles.h"
#include "store/CaseFileLock.h"

#include "store/EncryptedStore.h"
#include "store/KeyedConnection.h"
#include "store/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

constexpr auto momentFormat = "yyyyMMdd-HHmmss";

QString shownMoment(const QDateTime& moment)
{
    return DateText::moment(moment);
}

// QFile::copy does not sync: the copy must be on disk before it replaces anything.
bool syncFile(const QString& path)
{
    return NativeFiles::syncToDisk(path.toStdString()).empty();
}

// A second way to keep a file: a hard link costs no space and cannot fail half-way; a copy
// where the folder is on another file system.
bool keepAside(const QString& from, const QString& to)
{
    if (NativeFiles::hardLink(from.toStdString(), to.toStdString()).empty())
        return true;
    return QFile::copy(from, to) && syncFile(to);
}

} // namespace

StoreBackups::StoreBackups(QString storePath)
    : m_storePath(std::move(storePath))
{}

QString StoreBackups::folder() const
{
    return QFileInfo(m_storePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString StoreBackups::nameFor(const QDateTime& moment, const QString& infix, int sequence) const
{
    const QFileInfo store(m_storePath);
    const QString suffix = store.suffix().isEmpty() ? QString() : u'.' + store.suffix();
    const QString counter = sequence > 1 ? u'-' + QString::number(sequence) : QString();
    return store.completeBaseName() + u'-' + infix + moment.toString(QLatin1String(momentFormat)) + counter +
           suffix;
}

QList<StoreBackups::Backup> StoreBackups::list() const
{
    const QFileInfo store(m_storePath);
    const QString suffix = store.suffix().isEmpty() ? QString() : u'.' + store.suffix();
    const QRegularExpression pattern(u'^' + QRegularExpression::escape(store.completeBaseName()) +
                                     QStringLiteral("-(\\d{8}-\\d{6})(-\\d+)?") +
                                     QRegularExpression::escape(suffix) + u'$');
    QList<Backup> backups;
    const QDir directory(folder());
    for (const QString& name : directory.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QDateTime madeAt = QDateTime::fromString(match.captured(1), QLatin1String(momentFormat));
        if (madeAt.isValid())
            backups.append({directory.filePath(name), madeAt, QString()});
    }
    std::sort(backups.begin(), backups.end(), [](const Backup& a, const Backup& b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path;
    });
    return backups;
}

std::optional<StoreBackups::Backup> StoreBackups::latest() const
{
    const QList<Backup> all = list();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

bool StoreBackups::due(const std::optional<QDateTime>& last, const QDateTime& now, int intervalHours)
{
    return !last || last->secsTo(now) >= qint64(intervalHours) * 3600;
}

Result<StoreBackups::Backup> StoreBackups::make(const EncryptedStore& store, const QDateTime& now,
                                                QStringList* damage, bool ownConnection) const
{
    const QDateTime moment = now.toLocalTime();
    if (!PrivateFiles::makeFolder(folder()))
        return Result<Backup>::failure(
            tr("No backup was made: the folder %1 cannot be created. Nothing was lost; the case file "
               "itself is unchanged.")
                .arg(folder()));
    QString path = QDir(folder()).filePath(nameFor(moment));
    for (int sequence = 2; QFile::exists(path); ++sequence) // two backups within one second
        path = QDir(folder()).filePath(nameFor(moment, QString(), sequence));
    // Checked before older backups go: a copy of a damaged file never pushes a good one out.
    const auto reading =
        ownConnection ? EncryptedStore::Reading::OwnConnection : EncryptedStore::Reading::ThroughStore;
    if (const QString error = store.backupTo(path, damage, reading); !error.isEmpty())
        return Result<Backup>::failure(
            tr("No backup was made (%1). Nothing was lost; the case file itself is unchanged.").arg(error));

    const QList<Backup> all = list();
    QStringList notRemoved;
    for (qsizetype i = kept; i < all.size(); ++i) {
        if (QFile file(all.at(i).path); !file.remove())
            notRemoved << QStringLiteral("%1 (%2)").arg(all.at(i).path, file.errorString());
    }
    Backup made{
        path,
        QDateTime::fromString(moment.toString(QLatin1String(momentFormat)), QLatin1String(momentFormat)),
        QString()};
    if (!notRemoved.isEmpty())
        made.warning = tr("A backup was made, but older backups could not be removed: %1. They still hold "
                          "personal data; remove them by hand.")
                           .arg(notRemoved.join(QStringLiteral(", ")));
    return made;
}

Result<QString> StoreBackups::restore(const Backup& backup, const SecretBytes& passphrase,
                                      const KdfParameters& parameters, const QDateTime& now) const
{
    const QString staging = m_storePath + QStringLiteral(".herstel");
    const auto cleanUp = [&staging] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(staging + QLatin1String(suffix));
    };
    const auto fail = [&](const QString& reason) {
        cleanUp();
        return Result<QString>::failure(
            tr("The backup was not restored: %1 The case file is as it was.").arg(reason));
    };
    // Replacing the file while another process has it open would lose that process's writes.
    const Result<std::unique_ptr<CaseFileLock>> lock = CaseFileLock::acquire(m_storePath);
    if (!lock)
        return Result<QString>::failure(tr("The backup was not restored: %1").arg(lock.errors().join(u' ')));
    cleanUp();
    if (!QFile::copy(backup.path, staging) || !syncFile(staging))
        return fail(tr("it could not be copied beside the case file (is the disk full?)."));

    const Result<QByteArray> salt = StoreKey::readSalt(staging);
    if (!salt)
        return fail(salt.errors().join(u' '));
    const Result<SecretBytes> key = StoreKey::derive(passphrase, salt.value(), parameters);
    if (!key)
        return fail(key.errors().join(u' '));
    {
        KeyedConnection check;
        QString error;
        if (check.openAnyFormat(staging, key.value(), error) == 0)
            return fail(tr("the passphrase does not open the backup of %1.").arg(shownMoment(backup.madeAt)));
        if (const QStringList damage = check.quickCheck(); !damage.isEmpty())
            return fail(tr("the backup of %1 is damaged itself (%2).")
                            .arg(shownMoment(backup.madeAt), damage.first()));
    }

    QString keptAt;
    if (QFile::exists(m_storePath)) {
        PrivateFiles::makeFolder(folder());
        keptAt = QDir(folder()).filePath(nameFor(now.toLocalTime(), QStringLiteral("voor-herstel-")));
        if (!keepAside(m_storePath, keptAt))
            return fail(tr("the current case file could not be kept aside first (is the disk full?)."));
        // A log left by a damaged file belongs to that file, never to the restored one.
        const QString log = m_storePath + QStringLiteral("-wal");
        if (QFile::exists(log) && !(QFile::copy(log, keptAt + QStringLiteral("-wal")) && QFile::remove(log)))
            return fail(tr("the write-ahead log of the current case file could not be kept aside."));
        QFile::remove(m_storePath + QStringLiteral("-shm"));
    }
    if (const QString error = replaceFileAtomically(staging, m_storePath); !error.isEmpty())
        return fail(error);
    return keptAt;
}

QString StoreBackups::damagedMessage(const QString& storePath, const QString& reason, bool foundInUse)
{
    const std::optional<Backup> backup = StoreBackups(storePath).latest();
    const QString offer =
        backup ? tr("The latest backup is of %1; you can restore it.").arg(shownMoment(backup->madeAt))
               : tr("There is no backup of it in %1.").arg(StoreBackups(storePath).folder());
    if (foundInUse)
        return tr("The case file %1 is damaged (%2). It was closed and not repaired; what was written in "
                  "it since it was opened stays in it. %3")
            .arg(storePath, reason, offer);
    return tr("The case file %1 is damaged (%2). It was left as it is. %3").arg(storePath, reason, offer);
}
