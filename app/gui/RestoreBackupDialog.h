#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class StoreSession;

// "Back-up terugzetten": choose one of the automatic backups of a case file, give its
// passphrase, confirm, and it takes the case file's place; the replaced file is kept.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(StoreSession& session, const QString& storePath, QWidget* parent = nullptr);

    // What happened, for the window's banner (the kept file), after accept().
    [[nodiscard]] QString outcomeMessage() const { return m_outcome; }
    [[nodiscard]] bool hasBackups() const;

private:
    void restore();

    StoreSession& m_session;
    QString m_storePath;
    QListWidget* m_backups = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_problem = nullptr;
    QString m_outcome;
};
