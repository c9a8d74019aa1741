#pragma once

#include "caseload/Caseload.h"

#include <QWidget>

class QLabel;
class QTableWidget;

// "Vandaag": everything overdue or due within 14 days across the caseload, soonest first.
// Enter (or a double click) opens the participant's dossier.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(QWidget* parent = nullptr);

    void show(const QList<CaseloadRow>& rows, const QDate& today);
    QTableWidget* table() const { return m_table; }

signals:
    void participantActivated(const QString& participantId);
    void backRequested();

private:
    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
};
