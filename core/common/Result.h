#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// A value or the reasons it could not be made: the error path of core. Each error is one
// sentence for the user, in their language, naming what is wrong (a file, a field, an event).
// (std::expected is C++23; Debian 12's compiler builds this project as C++20.)
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QStringList errors) { return Result(std::move(errors)); }
    static Result failure(const QString& error) { return Result(QStringList{error}); }

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }

    const QStringList& errors() const { return m_errors; }

private:
    explicit Result(QStringList errors)
        : m_errors(std::move(errors))
    {}

    std::optional<T> m_value;
    QStringList m_errors;
};
