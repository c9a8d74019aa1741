#pragma once

#include <QWidget>

class QLabel;

// What the main window shows before a case file (dossierbestand) is open.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_icon = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_purpose = nullptr;
    QLabel* m_status = nullptr;
};
