#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

// Every yes/no question and notice the app shows as a message box, in one place. A test says
// the answer to the next question before the action that asks it (setNextAnswer), like
// KeePassXC's MessageBox::setNextAnswer, instead of racing the modal box from a timer.
class Questions
{
public:
    static QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    static void inform(QWidget* parent, const QString& title, const QString& text);
    static void warn(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next box is not shown but answered with `answer` (a notice with any answer).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box asked or shown, for a test to read.
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> takeNextAnswer(const QString& text);
};
