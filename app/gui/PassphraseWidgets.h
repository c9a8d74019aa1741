#pragma once

#include "store/StoreKey.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

// A line edit for a passphrase: hidden, no undo history to keep it in, no autocompletion.
QLineEdit* createPassphraseEdit(const QString& objectName, QWidget* parent);
// The passphrase typed so far as bytes for the key derivation; the edit is cleared, so the
// text does not linger in the widget after use.
SecretBytes takePassphrase(QLineEdit* edit);

// How strong a new passphrase is, shown while it is typed (zxcvbn, PassphraseStrength): a bar
// that fills up to the required strength and one sentence of advice.
class PassphraseStrengthMeter : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseStrengthMeter(QWidget* parent = nullptr);

    void setPassphrase(const QString& passphrase);
    [[nodiscard]] bool strongEnough() const { return m_strongEnough; }
    [[nodiscard]] QString advice() const;

private:
    QProgressBar* m_bar = nullptr;
    QLabel* m_advice = nullptr;
    bool m_strongEnough = false;
};
