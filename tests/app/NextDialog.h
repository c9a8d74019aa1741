#pragma once

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

// Answers the next modal dialog of type T, which the action after it opens with exec(). The
// answer runs from the dialog's event loop, where a failed REQUIRE would unwind through Qt; so it
// only fills in and clicks, and the test checks answered() afterwards. Polls for the dialog up to
// a deadline; when none of type T shows up, whatever modal window there is gets rejected, so a
// wrong dialog fails the test instead of hanging it. (Message boxes go through Questions.)
template <typename T> class NextDialog
{
public:
    explicit NextDialog(std::function<void(T&)> answer, int deadlineMs = 5000)
        : m_answered(std::make_shared<bool>(false))
    {
        poll(m_answered, std::move(answer), QDeadlineTimer(deadlineMs));
    }

    bool answered() const { return *m_answered; }

private:
    static void poll(std::shared_ptr<bool> answered, std::function<void(T&)> answer, QDeadlineTimer deadline)
    {
        QTimer::singleShot(10, [answered, answer = std::move(answer), deadline]() mutable {
            if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
                *answered = true;
                answer(*dialog);
                return;
            }
            if (deadline.hasExpired()) {
                if (auto* other = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                    other->reject();
                return;
            }
            poll(answered, std::move(answer), deadline);
        });
    }

    std::shared_ptr<bool> m_answered;
};
