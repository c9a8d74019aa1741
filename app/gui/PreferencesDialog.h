#pragma once

#include "application/UiLanguage.h"

#include <QDialog>

class QComboBox;

// The user's preferences. For now the interface language; later issues add the signing
// certificate and the organisation's holiday settings here.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(UiLanguage current, QWidget* parent = nullptr);

    UiLanguage chosenLanguage() const;

private:
    QComboBox* m_language = nullptr;
};
