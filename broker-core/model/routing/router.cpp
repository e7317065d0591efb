#include "model/routing/router.h"

#include "model/routing/direct_router.h"
#include "model/routing/erlang_text.h"
#include "model/routing/headers_router.h"
#include "model/routing/topic_router.h"

namespace warren::model {

std::optional<ExchangeType> exchangeTypeFromString(std::string_view name)
{
    if (name == "direct")
        return ExchangeType::Direct;
    if (name == "fanout")
        return ExchangeType::Fanout;
    if (name == "topic")
        return ExchangeType::Topic;
    if (name == "headers")
        return ExchangeType::Headers;
    if (name == "x-delayed-message")
        return ExchangeType::DelayedMessage;
    return std::nullopt;
}

std::string_view toString(ExchangeType type)
{
    switch (type) {
    case ExchangeType::Direct: return "direct";
    case ExchangeType::Fanout: return "fanout";
    case ExchangeType::Topic: return "topic";
    case ExchangeType::Headers: return "headers";
    case ExchangeType::DelayedMessage: return "x-delayed-message";
    }
    return "direct";
}

std::unique_ptr<const Router> buildRouter(ExchangeType type, std::span<const BindingSpec> bindings)
{
    switch (type) {
    case ExchangeType::Fanout: return std::make_unique<FanoutRouter>(bindings.size());
    case ExchangeType::Topic: return std::make_unique<TopicRouter>(bindings);
    case ExchangeType::Headers: return std::make_unique<HeadersRouter>(bindings);
    case ExchangeType::Direct:
    case ExchangeType::DelayedMessage: // routes as its x-delayed-type (Exchange resolves it)
        break;
    }
    return std::make_unique<DirectRouter>(bindings);
}

std::optional<std::string> validateBinding(ExchangeType type, const BindingSpec &binding)
{
    // Only the headers exchange validates bindings (rabbit_exchange_type_headers:
    // validate_binding/2); direct, fanout and topic accept any arguments.
    if (type != ExchangeType::Headers)
        return std::nullopt;
    const FieldValue *xMatch = binding.arguments.find("x-match");
    if (!xMatch)
        return std::nullopt; // omitted x-match means "all"
    if (const std::string *s = std::get_if<std::string>(&xMatch->value)) {
        if (*s == "all" || *s == "any" || *s == "all-with-x" || *s == "any-with-x")
            return std::nullopt;
        return "Invalid x-match field value " + erlangBinaryText(*s)
            + "; expected all, any, all-with-x, or any-with-x";
    }
    return "Invalid x-match field type " + std::string(rabbitTypeName(*xMatch)) + " (value "
        + erlangTermText(*xMatch) + "); expected longstr";
}

} // namespace warren::model
