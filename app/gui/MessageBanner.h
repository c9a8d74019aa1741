#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// An inline strip at the top of a window for errors and notices. Errors are shown where they
// happen, in the window, instead of in a modal box that blocks the conversation at the
// kitchen table; modal boxes are kept for decisions.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Severity { Information, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Severity severity, const QString& text);
    void dismiss();

    [[nodiscard]] QString text() const;
    Severity severity() const { return m_severity; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applySeverityStyle();
    void retranslate();

    Severity m_severity = Severity::Information;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_closeButton = nullptr;
};
