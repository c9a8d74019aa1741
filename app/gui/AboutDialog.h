#pragma once

#include <QDialog>

// Name, version, purpose and licence of the application.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};
