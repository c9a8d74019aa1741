#include "store/AuditAnchors.h"

#include "store/EncryptedStore.h"
#include "store/StoreBackups.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

std::optional<AuditLog::Head> AuditAnchors::inExport(const QByteArray& bytes)
{
    static const QRegularExpression line(QStringLiteral("auditketen [0-9]+ [0-9a-f]{64}"));
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(bytes));
    return match.hasMatch() ? AuditLog::Head::fromText(match.captured()) : std::nullopt;
}

AuditAnchors::Restore AuditAnchors::lastRestore(const QSqlDatabase& caseFile)
{
    QSqlQuery query(caseFile);
    if (query.exec(QStringLiteral(
            "SELECT id, at FROM audit_log WHERE entity = 'restore' ORDER BY id DESC LIMIT 1")) &&
        query.next())
        return {query.value(0).toLongLong(),
                QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs)};
    return {};
}

QList<AuditAnchors::RecordedRestore> AuditAnchors::restores(const QSqlDatabase& caseFile)
{
    QSqlQuery query(caseFile);
    QList<RecordedRestore> found;
    if (!query.exec(
            QStringLiteral("SELECT r.id, r.at, (SELECT b.at FROM audit_log b WHERE b.id < r.id ORDER BY "
                           "b.id DESC LIMIT 1) FROM audit_log r WHERE r.entity = 'restore' ORDER BY r.id")))
        return found;
    while (query.next())
        found.append({{query.value(0).toLongLong(),
                       QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs)},
                      QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
    return found;
}

Result<QList<AuditLog::Anchor>> AuditAnchors::ofBackups(const EncryptedStore& store, int* skipped)
{
    const QDateTime restored = lastRestore(store.database()).at;
    QList<AuditLog::Anchor> anchors;
    int unreadable = 0;
    for (const StoreBackups::Backup& backup : StoreBackups(store.path()).list()) {
        // Backup names hold the local time to the second; a restore's moment has milliseconds.
        if (restored.isValid() && backup.madeAt.toUTC() <= restored)
            continue;
        const Result<AuditLog::Head> head = store.auditHeadOf(backup.path);
        if (!head) {
            ++unreadable;
            continue;
        }
        anchors.append({QFileInfo(backup.path).fileName(), head.value()});
    }
    if (skipped)
        *skipped = unreadable;
    return anchors;
}

Result<AuditLog::Anchor> AuditAnchors::ofFile(const EncryptedStore& store, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const Result<AuditLog::Head> backupHead = store.auditHeadOf(path);
    if (backupHead)
        return AuditLog::Anchor{name, backupHead.value()};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<AuditLog::Anchor>::failure(tr("%1 cannot be read.").arg(name));
    // Read in pieces, any size: a JSON export of a whole case file runs to hundreds of MB. Each
    // piece starts with the end of the one before, so a head across the seam is found too.
    constexpr qint64 piece = 1024 * 1024;
    constexpr qsizetype overlap = 128; // longer than "auditketen <row> <64 hex digits>"
    QByteArray window;
    std::optional<AuditLog::Head> head;
    while (!head && !file.atEnd()) {
        const QByteArray next = file.read(piece);
        if (next.isEmpty())
            break;
        window = window.right(overlap) + next;
        head = inExport(window);
    }
    if (!head)
        return Result<AuditLog::Anchor>::failure(
            tr("%1 is neither a backup of this case file nor an export that records the audit log's head.")
                .arg(name));
    return AuditLog::Anchor{name, *head};
}
