#pragma once

#include <QDialog>

class PassphraseStrengthMeter;
class QLabel;
class QLineEdit;
class QPushButton;
class StoreSession;

// "Wachtwoord wijzigen": the current passphrase, then a new one twice with its strength.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(StoreSession& session, QWidget* parent = nullptr);

private:
    void updateState();
    void change();

    StoreSession& m_session;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    PassphraseStrengthMeter* m_strength = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_changeButton = nullptr;
};
