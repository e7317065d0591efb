#pragma once
// Exchange routing: which of an exchange's bindings a message matches.
// Pure logic with RabbitMQ 3.10's semantics for the four built-in exchange
// types; knows nothing about queues, channels or the wire.

#include "common/field_value.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace warren::model {

/// DelayedMessage is "x-delayed-message" (RabbitMQ's delayed-message
/// plugin): it routes as its x-delayed-type, after holding messages back.
enum class ExchangeType { Direct, Fanout, Topic, Headers, DelayedMessage };

/// "direct", "fanout", "topic", "headers" (case-sensitive, as RabbitMQ).
std::optional<ExchangeType> exchangeTypeFromString(std::string_view name);
std::string_view toString(ExchangeType type);

/// One binding as the router sees it: the binding key and binding arguments.
struct BindingSpec {
    std::string key;
    FieldTable arguments;
};

/// An immutable matcher built from one exchange's bindings.
///
/// Ownership: owns copies of whatever it needs from the bindings; the span it
/// was built from may be destroyed afterwards. Rebuild it when bindings change.
/// Thread-safety: immutable after construction; concurrent match() calls from
/// any threads are safe (const, no mutation, no shared scratch state).
class Router {
public:
    virtual ~Router() = default;
    /// Appends to `out` the index (into the span it was built from) of every
    /// binding that matches, each index at most once, in ascending order.
    /// `headers` is the message's header table, or nullptr when it has none.
    virtual void match(std::string_view routingKey, const FieldTable *headers,
                       std::vector<std::uint32_t> &out) const = 0;
};

/// Builds the matcher for `type` over `bindings`. Bindings are assumed to have
/// passed validateBinding(); invalid headers x-match values act as "all", as in
/// RabbitMQ. Never returns nullptr.
std::unique_ptr<const Router> buildRouter(ExchangeType type, std::span<const BindingSpec> bindings);

/// Checks a binding's arguments for this exchange type (only headers exchanges
/// check anything: the x-match value). Returns RabbitMQ's error text without the
/// "PRECONDITION_FAILED - " prefix that RabbitMQ's channel puts in front of it
/// (the caller sends 406 PRECONDITION_FAILED with "PRECONDITION_FAILED - " + text),
/// or nullopt when the binding is acceptable.
std::optional<std::string> validateBinding(ExchangeType type, const BindingSpec &binding);

} // namespace warren::model
