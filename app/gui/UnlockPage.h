#pragma once

#include "store/EncryptedStore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class StoreSession;

// Asks the passphrase of one case file: to open it, or to unlock it after a lock (then the
// window behind it keeps its place). A wrong passphrase is said right under the field, the
// field is emptied and keeps the focus. A damaged file gets the offer to restore a backup.
class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Open, Unlock };

    explicit UnlockPage(StoreSession& session, QWidget* parent = nullptr);

    void showFor(const QString& path, Mode mode);
    // The file was found damaged after it opened (the opening's backup): the reason, and the way
    // back through the latest backup.
    void showDamaged(const QString& path, const QString& message);
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString problem() const;

signals:
    // `warning`: something to tell that did not stop the opening (a backup that failed).
    void opened(const QString& warning);
    void restoreRequested(const QString& path);
    void otherFileRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void submit();
    void showProblem(const QString& text);
    void retranslate();

    StoreSession& m_session;
    QString m_path;
    Mode m_mode = Mode::Open;
    QLabel* m_heading = nullptr;
    QLabel* m_file = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_otherFile = nullptr;
};
