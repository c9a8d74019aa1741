#pragma once

#include "store/AuditLog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// An export of personal data leaving the encrypted store (a form's PDF, the dashboard): written
// only to the path the user chose, readable by them alone (0600), whole or not at all
// (QSaveFile), and recorded in the audit log as entity "export" with the file's SHA-256.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    // `describe(fileName, sha256)` is the audit row's text. Empty on success, else what went
    // wrong; a file that could not be written leaves nothing and no audit row.
    static QString
    save(const QSqlDatabase& database, const Actor& actor, const QDateTime& now, const QByteArray& bytes,
         const QString& path, const QString& entityId,
         const std::function<QString(const QString& fileName, const QString& sha256)>& describe);
    // The file alone: 0600 before the first byte, whole or not at all. For what holds no personal
    // data of the store (an empty form) or where the caller records the export itself.
    [[nodiscard]] static QString writePrivate(const QByteArray& bytes, const QString& path);
    // The audit row of an export that went elsewhere (standard output): who, what, its SHA-256.
    [[nodiscard]] static QString record(const QSqlDatabase& database, const Actor& actor,
                                        const QDateTime& now, const QByteArray& bytes,
                                        const QString& entityId, const QString& description);
};
