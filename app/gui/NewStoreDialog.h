#pragma once

#include <QDialog>

class PassphraseStrengthMeter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class StoreSession;

// "Nieuw dossierbestand": where to keep it and its passphrase, twice, with its strength shown
// while typing. Creating happens here, so that a failure (a full disk, an existing file) is
// shown in the dialog with everything typed still in place.
class NewStoreDialog : public QDialog
{
    Q_OBJECT

public:
    NewStoreDialog(StoreSession& session, const QString& suggestedPath, QWidget* parent = nullptr);

private:
    void choosePath();
    void updateState();
    void create();

    StoreSession& m_session;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    PassphraseStrengthMeter* m_strength = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
