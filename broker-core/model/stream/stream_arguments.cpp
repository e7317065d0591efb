#include "model/stream/stream_arguments.h"

#include "model/queue.h"

#include <array>
#include <charconv>
#include <limits>
#include <string_view>

namespace warren::model {

namespace {
// Arguments RabbitMQ 3.10 refuses for streams ("of queue type
// rabbit_stream_queue"); anything else unknown is accepted and ignored.
// (x-deduplication-window is Warren's own classic-queue argument.)
constexpr std::array<std::string_view, 14> kRefusedForStreams{
    "x-expires",          "x-message-ttl",          "x-dead-letter-exchange", "x-dead-letter-routing-key",
    "x-max-length",       "x-max-in-memory-length", "x-max-in-memory-bytes",  "x-max-priority",
    "x-overflow",         "x-queue-mode",           "x-single-active-consumer", "x-delivery-limit",
    "x-queue-master-locator", "x-deduplication-window"};

std::string where(const std::string &vhost, const std::string &name)
{
    return "for queue '" + name + "' in vhost '" + vhost + "'";
}

// RabbitMQ's names of AMQP field types, as its error terms use them.
const char *erlangType(const FieldValue &v)
{
    static constexpr const char *kNames[] = {"void",   "bool",      "byte",    "unsignedbyte", "short",
                                             "unsignedshort", "signedint", "unsignedint", "long", "float",
                                             "double", "decimal",   "longstr", "array",        "timestamp",
                                             "table",  "binary"};
    return kNames[v.value.index()];
}

bool isInteger(const FieldValue &v)
{
    return v.toInteger().has_value() && !std::holds_alternative<bool>(v.value);
}
} // namespace

bool isStreamDeclaration(const FieldTable &arguments)
{
    const FieldValue *t = arguments.find("x-queue-type");
    const std::string *s = t ? std::get_if<std::string>(&t->value) : nullptr;
    return s && *s == "stream";
}

std::optional<std::int64_t> parseStreamAge(const std::string &text)
{
    std::int64_t n = 0;
    const char *end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, n);
    if (ec != std::errc() || ptr == text.data() || n <= 0 || end - ptr != 1)
        return std::nullopt;
    std::int64_t unitMs = 0;
    switch (*ptr) {
    case 'Y': unitMs = 365ll * 24 * 3600 * 1000; break;
    case 'M': unitMs = 30ll * 24 * 3600 * 1000; break;
    case 'D': unitMs = 24ll * 3600 * 1000; break;
    case 'h': unitMs = 3600ll * 1000; break;
    case 'm': unitMs = 60ll * 1000; break;
    case 's': unitMs = 1000; break;
    default: return std::nullopt;
    }
    if (n > std::numeric_limits<std::int64_t>::max() / unitMs)
        return std::nullopt;
    return n * unitMs;
}

std::optional<std::string> streamDeclarationError(const std::string &vhost, const std::string &name,
                                                  const QueueOptions &options)
{
    const FieldTable &args = options.arguments;
    if (const FieldValue *age = args.find("x-max-age")) {
        const std::string *s = std::get_if<std::string>(&age->value);
        if (!s)
            return "invalid arg 'x-max-age' " + where(vhost, name) + ": {unacceptable_type," + erlangType(*age) + "}";
        if (!parseStreamAge(*s))
            return "invalid arg 'x-max-age' " + where(vhost, name) + ": invalid_max_age";
    }
    if (const FieldValue *seg = args.find("x-stream-max-segment-size-bytes")) {
        if (!isInteger(*seg))
            return "invalid arg 'x-stream-max-segment-size-bytes' " + where(vhost, name) +
                   ": \"expected integer, got " + erlangType(*seg) + "\"";
        if (*seg->toInteger() < 0)
            return "invalid arg 'x-stream-max-segment-size-bytes' " + where(vhost, name) + ": {value_negative," +
                   std::to_string(*seg->toInteger()) + "}";
    }
    for (std::string_view key : kRefusedForStreams)
        if (args.find(key))
            return "invalid arg '" + std::string(key) + "' " + where(vhost, name) +
                   " of queue type rabbit_stream_queue";
    if (options.autoDelete)
        return "invalid property 'auto-delete' " + where(vhost, name);
    if (options.exclusive)
        return "invalid property 'exclusive-owner' " + where(vhost, name);
    if (!options.durable)
        return "invalid property 'non-durable' " + where(vhost, name);
    return std::nullopt;
}

StreamSettings streamSettingsFrom(const FieldTable &arguments)
{
    StreamSettings s;
    if (const FieldValue *age = arguments.find("x-max-age"))
        if (const std::string *text = std::get_if<std::string>(&age->value))
            s.maxAgeMs = parseStreamAge(*text);
    if (const FieldValue *bytes = arguments.find("x-max-length-bytes"))
        if (auto n = bytes->toInteger(); n && *n >= 0)
            s.maxBytes = std::uint64_t(*n);
    if (const FieldValue *seg = arguments.find("x-stream-max-segment-size-bytes"))
        if (auto n = seg->toInteger(); n && *n > 0)
            s.segmentBytes = std::uint64_t(*n);
    return s;
}

std::optional<StreamStart> parseStreamOffset(const FieldValue *value, std::int64_t nowMs, std::string &error)
{
    if (!value)
        return StreamStart{};
    if (const std::string *s = std::get_if<std::string>(&value->value)) {
        if (*s == "first")
            return StreamStart{StreamStart::Kind::First, 0};
        if (*s == "last")
            return StreamStart{StreamStart::Kind::Last, 0};
        if (*s == "next")
            return StreamStart{StreamStart::Kind::Next, 0};
        if (auto ago = parseStreamAge(*s))
            return StreamStart{StreamStart::Kind::Timestamp, nowMs - *ago};
        error = "{invalid_stream_offset_arg,{longstr,<<\"" + *s + "\">>}}";
        return std::nullopt;
    }
    if (const Timestamp *t = std::get_if<Timestamp>(&value->value)) {
        const std::uint64_t capped = std::min<std::uint64_t>(t->seconds, std::numeric_limits<std::int64_t>::max() / 1000);
        return StreamStart{StreamStart::Kind::Timestamp, std::int64_t(capped) * 1000};
    }
    if (isInteger(*value)) {
        const std::int64_t n = *value->toInteger();
        if (n < 0)
            return StreamStart{StreamStart::Kind::First, 0};
        return StreamStart{StreamStart::Kind::Offset, n};
    }
    error = "{invalid_stream_offset_arg,{" + std::string(erlangType(*value)) + "," + toDisplayString(*value) + "}}";
    return std::nullopt;
}

} // namespace warren::model
