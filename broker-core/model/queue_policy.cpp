#include "model/queue_policy.h"

#include <algorithm>
#include <charconv>

namespace warren::model {

namespace {
std::optional<std::uint64_t> nonNegative(const FieldTable &arguments, std::string_view key)
{
    const FieldValue *v = arguments.find(key);
    const auto n = v ? v->toInteger() : std::nullopt;
    if (!n || *n < 0)
        return std::nullopt;
    return std::uint64_t(*n);
}

std::optional<std::string> text(const FieldTable &arguments, std::string_view key)
{
    const FieldValue *v = arguments.find(key);
    const std::string *s = v ? v->asString() : nullptr;
    if (!s)
        return std::nullopt;
    return *s;
}

/// "500ms", "10s", "2m", "1h" → milliseconds.
std::optional<std::uint64_t> parseDuration(const std::string &s)
{
    std::uint64_t n = 0;
    const char *end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, n);
    if (ec != std::errc() || ptr == s.data())
        return std::nullopt;
    const std::string_view unit(ptr, std::size_t(end - ptr));
    if (unit == "ms")
        return n;
    if (unit == "s")
        return n * 1000;
    if (unit == "m")
        return n * 60'000;
    if (unit == "h")
        return n * 3'600'000;
    return std::nullopt;
}
} // namespace

QueuePolicy QueuePolicy::fromArguments(const FieldTable &arguments)
{
    QueuePolicy p;
    p.messageTtlMs = nonNegative(arguments, "x-message-ttl");
    p.expiresMs = nonNegative(arguments, "x-expires");
    if (p.expiresMs && *p.expiresMs == 0)
        p.expiresMs.reset();
    p.maxLength = nonNegative(arguments, "x-max-length");
    p.maxLengthBytes = nonNegative(arguments, "x-max-length-bytes");
    if (auto o = text(arguments, "x-overflow")) {
        if (*o == "reject-publish")
            p.overflow = OverflowMode::RejectPublish;
        else if (*o == "reject-publish-dlx")
            p.overflow = OverflowMode::RejectPublishDlx;
    }
    p.deadLetterExchange = text(arguments, "x-dead-letter-exchange");
    p.deadLetterRoutingKey = text(arguments, "x-dead-letter-routing-key");
    p.deliveryLimit = nonNegative(arguments, "x-delivery-limit");
    if (const FieldValue *v = arguments.find("x-single-active-consumer"))
        if (const bool *b = v->asBool())
            p.singleActiveConsumer = *b;
    if (auto n = nonNegative(arguments, "x-max-priority"))
        p.maxPriority = std::uint8_t(std::min<std::uint64_t>(*n, 255));
    if (auto m = text(arguments, "x-queue-mode"))
        p.lazy = *m == "lazy";
    if (const FieldValue *v = arguments.find("x-deduplication-window")) {
        if (auto n = v->toInteger(); n && *n > 0)
            p.dedupCount = std::uint64_t(*n);
        else if (const std::string *s = v->asString())
            p.dedupWindowMs = parseDuration(*s);
    }
    return p;
}

} // namespace warren::model
