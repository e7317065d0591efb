#include "model/declare_equivalence.h"

#include "model/exchange.h"
#include "model/queue.h"

#include <array>
#include <string_view>

namespace warren::model {

namespace {
std::string boolText(bool b)
{
    return b ? "true" : "false";
}

std::string inequivalent(std::string_view what, const std::string &arg, const std::string &name,
                         const std::string &vhost, const std::string &received, const std::string &current)
{
    return "inequivalent arg '" + arg + "' for " + std::string(what) + " '" + name + "' in vhost '" + vhost +
           "': received " + received + " but current is " + current;
}

// RabbitMQ's names for AMQP field types, as its error texts use them.
std::string typeName(const FieldValue &v)
{
    static constexpr const char *kNames[] = {"void",   "bool",      "byte",    "unsignedbyte", "short",
                                             "unsignedshort", "signedint", "unsignedint", "long", "float",
                                             "double", "decimal",   "longstr", "array",        "timestamp",
                                             "table",  "binary"};
    return kNames[v.value.index()];
}

std::string plain(const FieldValue &v)
{
    if (const std::string *s = v.asString())
        return *s;
    return toDisplayString(v);
}

// "received '2' but current is '1'"; with one side missing RabbitMQ names
// the other's type: "received none but current is the value '1' of type 'signedint'".
std::pair<std::string, std::string> describePair(const FieldValue *received, const FieldValue *current)
{
    auto full = [](const FieldValue *v) {
        return v ? "the value '" + plain(*v) + "' of type '" + typeName(*v) + "'" : std::string("none");
    };
    if (received && current)
        return {"'" + plain(*received) + "'", "'" + plain(*current) + "'"};
    return {full(received), full(current)};
}

bool argumentEqual(const FieldValue *a, const FieldValue *b)
{
    if (!a || !b)
        return a == b;
    const auto ia = a->toInteger(), ib = b->toInteger();
    if (ia && ib)
        return *ia == *ib;
    const auto sa = a->asString(), sb = b->asString();
    if (sa && sb)
        return *sa == *sb;
    return *a == *b;
}

// The queue arguments RabbitMQ 3.10 checks on redeclaration.
// (x-deduplication-window is Warren's own, compared the same way.)
constexpr std::array<std::string_view, 17> kComparedQueueArgs{
    "x-expires",          "x-message-ttl",   "x-dead-letter-exchange", "x-dead-letter-routing-key",
    "x-max-length",       "x-max-length-bytes", "x-max-in-memory-length", "x-max-in-memory-bytes",
    "x-max-priority",     "x-overflow",      "x-queue-mode",           "x-single-active-consumer",
    "x-queue-type",       "x-delivery-limit", "x-max-age",             "x-stream-max-segment-size-bytes",
    "x-deduplication-window"};
enum class ArgKind { NonNegInt, PositiveInt, Priority, String, Bool, OneOf };
struct ArgRule {
    std::string_view key;
    ArgKind kind;
    std::initializer_list<std::string_view> allowed = {};
};
// The x- arguments RabbitMQ 3.10 checks on queue.declare, and how.
const ArgRule kArgRules[] = {
    {"x-expires", ArgKind::PositiveInt},
    {"x-message-ttl", ArgKind::NonNegInt},
    {"x-dead-letter-exchange", ArgKind::String},
    {"x-dead-letter-routing-key", ArgKind::String},
    {"x-max-length", ArgKind::NonNegInt},
    {"x-max-length-bytes", ArgKind::NonNegInt},
    {"x-max-in-memory-length", ArgKind::NonNegInt},
    {"x-max-in-memory-bytes", ArgKind::NonNegInt},
    {"x-max-priority", ArgKind::Priority},
    {"x-delivery-limit", ArgKind::NonNegInt},
    {"x-single-active-consumer", ArgKind::Bool},
    {"x-overflow", ArgKind::OneOf, {"drop-head", "reject-publish", "reject-publish-dlx"}},
    {"x-queue-mode", ArgKind::OneOf, {"default", "lazy"}},
    {"x-queue-type", ArgKind::OneOf, {"classic", "quorum", "stream"}},
};

bool isIntegerTag(const FieldValue &v)
{
    return v.toInteger().has_value();
}

/// The Erlang-term part of RabbitMQ's "invalid arg" text, or nullopt if valid.
std::optional<std::string> checkArgument(const ArgRule &rule, const FieldValue &v)
{
    auto expected = [&](const char *what) {
        return std::optional<std::string>("\"expected " + std::string(what) + ", got " + typeName(v) + "\"");
    };
    switch (rule.kind) {
    case ArgKind::NonNegInt:
    case ArgKind::PositiveInt:
    case ArgKind::Priority: {
        if (!isIntegerTag(v))
            return expected("integer");
        const std::int64_t n = *v.toInteger();
        if (n < 0)
            return "{value_negative," + std::to_string(n) + "}";
        if (rule.kind == ArgKind::PositiveInt && n == 0)
            return std::string("{value_zero,0}");
        if (rule.kind == ArgKind::Priority && n > 255)
            return "{max_value_exceeded," + std::to_string(n) + "}";
        return std::nullopt;
    }
    case ArgKind::String:
        if (!std::holds_alternative<std::string>(v.value))
            return expected("longstr");
        return std::nullopt;
    case ArgKind::Bool:
        if (!v.asBool())
            return expected("bool");
        return std::nullopt;
    case ArgKind::OneOf: {
        const std::string *s = std::get_if<std::string>(&v.value);
        if (!s)
            return expected("longstr");
        for (std::string_view a : rule.allowed)
            if (*s == a)
                return std::nullopt;
        return "{unsupported_value,<<\"" + *s + "\">>}";
    }
    }
    return std::nullopt;
}
} // namespace

std::optional<std::string> queueArgumentsError(const std::string &vhost, const std::string &name,
                                               const FieldTable &arguments)
{
    for (const ArgRule &rule : kArgRules) {
        const FieldValue *v = arguments.find(rule.key);
        if (!v)
            continue;
        if (auto why = checkArgument(rule, *v))
            return "invalid arg '" + std::string(rule.key) + "' for queue '" + name + "' in vhost '" + vhost +
                   "': " + *why;
    }
    if (arguments.find("x-dead-letter-routing-key") && !arguments.find("x-dead-letter-exchange"))
        return "invalid arg 'x-dead-letter-routing-key' for queue '" + name + "' in vhost '" + vhost +
               "': routing_key_but_no_dlx_defined";
    return std::nullopt;
}

std::optional<std::string> exchangeInequivalence(const std::string &vhost, const std::string &name,
                                                 const ExchangeOptions &current, const ExchangeOptions &requested)
{
    if (current.type != requested.type)
        return inequivalent("exchange", "type", name, vhost, "'" + std::string(toString(requested.type)) + "'",
                            "'" + std::string(toString(current.type)) + "'");
    if (current.durable != requested.durable)
        return inequivalent("exchange", "durable", name, vhost, "'" + boolText(requested.durable) + "'",
                            "'" + boolText(current.durable) + "'");
    if (current.autoDelete != requested.autoDelete)
        return inequivalent("exchange", "auto_delete", name, vhost, "'" + boolText(requested.autoDelete) + "'",
                            "'" + boolText(current.autoDelete) + "'");
    if (current.internal != requested.internal)
        return inequivalent("exchange", "internal", name, vhost, "'" + boolText(requested.internal) + "'",
                            "'" + boolText(current.internal) + "'");
    const auto *ca = current.arguments.find("alternate-exchange");
    const auto *ra = requested.arguments.find("alternate-exchange");
    if (!argumentEqual(ca, ra))
    {
        const auto [r, c] = describePair(ra, ca);
        return inequivalent("exchange", "alternate-exchange", name, vhost, r, c);
    }
    return std::nullopt;
}

std::optional<std::string> queueInequivalence(const std::string &vhost, const std::string &name,
                                              const QueueOptions &current, const QueueOptions &requested)
{
    if (current.durable != requested.durable)
        return inequivalent("queue", "durable", name, vhost, "'" + boolText(requested.durable) + "'",
                            "'" + boolText(current.durable) + "'");
    if (current.autoDelete != requested.autoDelete)
        return inequivalent("queue", "auto_delete", name, vhost, "'" + boolText(requested.autoDelete) + "'",
                            "'" + boolText(current.autoDelete) + "'");
    for (std::string_view arg : kComparedQueueArgs) {
        const auto *c = current.arguments.find(arg);
        const auto *r = requested.arguments.find(arg);
        if (!argumentEqual(c, r)) {
            const auto [rd, cd] = describePair(r, c);
            return inequivalent("queue", std::string(arg), name, vhost, rd, cd);
        }
    }
    return std::nullopt;
}

} // namespace warren::model
