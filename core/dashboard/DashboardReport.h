#pragma once

#include "dashboard/DashboardFigures.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

struct Actor;

// The dashboard's figures as text for the terminal, JSON for reporting tools and CSV for a
// spreadsheet. With `withNames` false no participant is named (counts only): the same setting
// that hides names on the screen for a presentation.
class DashboardReport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)

public:
    static QJsonObject json(const DashboardFigures& figures, bool withNames);
    [[nodiscard]] static QString text(const DashboardFigures& figures, bool withNames);
    // Blocks of rows separated by an empty line, each with its own header; ';' between fields
    // (what a Dutch spreadsheet expects), UTF-8 with a byte order mark, dates dd-mm-jjjj.
    static QByteArray csv(const DashboardFigures& figures, bool withNames);
    // "12 van 16 (75%)", "-" when nothing was due.
    [[nodiscard]] static QString rateText(const TermRate& rate);
    // Writes an export (PDF or CSV) through ExportFile (0600, all or nothing, audit row with
    // its SHA-256), saying whether names are in it.
    // Empty on success, otherwise what went wrong.
    [[nodiscard]] static QString save(const QSqlDatabase& database, const Actor& actor, const QDateTime& now,
                                      const QByteArray& bytes, const QString& path, bool withNames);
};
