#pragma once
// Result<T>: a value or an error, returned across module boundaries instead
// of throwing. The error type is chosen per module (AMQP reply, storage
// status, …); mapping to wire errors happens in one place per connection.

#include <utility>
#include <variant>

namespace warren {

template <typename E>
struct Unexpected {
    E error;
};
template <typename E>
Unexpected<std::decay_t<E>> unexpected(E &&e)
{
    return {std::forward<E>(e)};
}

template <typename T, typename E>
class Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    template <typename E2>
    Result(Unexpected<E2> u) : m_v(std::in_place_index<1>, std::move(u.error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    const E &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

/// Result with no value: success, or an error.
template <typename E>
class Status {
public:
    Status() = default;
    template <typename E2>
    Status(Unexpected<E2> u) : m_error(std::move(u.error)), m_failed(true) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return m_error; }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace warren
