// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// Result<T>: a value or a user-readable error, returned by recoverable operations instead of
// throwing. The error text is already translated and safe to show (never holds a secret).

#include <QtCore/QString>

#include <utility>
#include <variant>

namespace Baton::Core {

struct Error
{
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    // Valid only when ok().
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }

    // Empty when ok().
    QString errorMessage() const
    {
        return ok() ? QString() : std::get<Error>(m_state).message;
    }

private:
    std::variant<T, Error> m_state;
};

struct Done
{
};

// For operations that return nothing but may fail.
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace Baton::Core
