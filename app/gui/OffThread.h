#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>

// Runs `work` on a thread of its own and then `done(result)` on `context`'s thread, unless
// `context` is gone by then: for what may block for seconds (a connection to the team server,
// libpq's connect_timeout is 10 s) while the window stays usable. `work` must not touch widgets
// or the GUI thread's database connections; it gets what it needs by value. The thread deletes
// itself; the pointer returned is for waiting on it.
template <typename Work, typename Done> QPointer<QThread> runOffThread(QObject* context, Work work, Done done)
{
    using Value = std::invoke_result_t<Work&>;
    auto result = std::make_shared<std::optional<Value>>();
    QThread* thread =
        QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)]() mutable {
        if (result->has_value())
            done(**result);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}
