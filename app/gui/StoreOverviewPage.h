#pragma once

#include <QWidget>

class QLabel;
class StoreSession;

// What the window shows while a case file is open: which file, what it holds, when it was last
// backed up. The caseload workspace (next issue) takes this place.
class StoreOverviewPage : public QWidget
{
    Q_OBJECT

public:
    StoreOverviewPage(StoreSession& session, QWidget* parent = nullptr);

    void refresh(int autoLockMinutes);
    [[nodiscard]] QString summary() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    StoreSession& m_session;
    int m_autoLockMinutes = 5;
    QLabel* m_heading = nullptr;
    QLabel* m_contents = nullptr;
    QLabel* m_backup = nullptr;
    QLabel* m_security = nullptr;
};
