#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What the main window shows before a case file (dossierbestand) is open.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void newStoreRequested();
    void openStoreRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_icon = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_purpose = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_openButton = nullptr;
};
