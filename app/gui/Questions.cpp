#include "Questions.h"

namespace {

std::optional<QMessageBox::StandardButton> nextAnswer;
QString last;

} // namespace

std::optional<QMessageBox::StandardButton> Questions::takeNextAnswer(const QString& text)
{
    last = text;
    return std::exchange(nextAnswer, std::nullopt);
}

QMessageBox::StandardButton Questions::ask(QWidget* parent, const QString& title, const QString& text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton)
{
    if (const auto answer = takeNextAnswer(text))
        return *answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Questions::inform(QWidget* parent, const QString& title, const QString& text)
{
    if (!takeNextAnswer(text))
        QMessageBox::information(parent, title, text);
}

void Questions::warn(QWidget* parent, const QString& title, const QString& text)
{
    if (!takeNextAnswer(text))
        QMessageBox::warning(parent, title, text);
}

void Questions::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QString Questions::lastText()
{
    return last;
}
