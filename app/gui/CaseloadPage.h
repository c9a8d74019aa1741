#pragma once

#include "caseload/Caseload.h"

#include <QDate>
#include <QWidget>

class CaseloadFilter;
class CaseloadModel;
class CaseloadPreparer;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class StoreOverviewPage;
class StoreSession;

// "Mijn deelnemers": the open case file's participants with their phase, next deadline,
// overdue count and omklap status. Search as you type, filters, sorting on every column, and
// everything reachable from the keyboard (Ctrl+F to search, Enter opens a participant).
class CaseloadPage : public QWidget
{
    Q_OBJECT

public:
    CaseloadPage(StoreSession& session, QWidget* parent = nullptr);

    // Reads the case file again and evaluates everyone as of `today`.
    void refresh(const QDate& today, int autoLockMinutes);
    CaseloadFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    [[nodiscard]] QString countText() const;
    const QList<CaseloadRow>& rows() const;
    CaseloadPreparer* preparer() const { return m_preparer; }
    // The teamleider of a case file linked to a team hands the selected participant over.
    void setHandoverAvailable(bool available);

signals:
    void participantActivated(const QString& participantId);
    void todayRequested();
    void newParticipantRequested();
    void importRequested();
    void handoverRequested(const QString& participantId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillChoices();
    void updateCount();

    StoreSession& m_session;
    QPushButton* m_handover = nullptr;
    CaseloadPreparer* m_preparer = nullptr;
    StoreOverviewPage* m_summary = nullptr;
    CaseloadModel* m_model = nullptr;
    CaseloadFilter* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_phase = nullptr;
    QComboBox* m_profile = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_dueSoon = nullptr;
    QLabel* m_searchLabel = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_problem = nullptr;
    QTableView* m_table = nullptr;
};
