#include "amqp/properties_rewriter.h"

#include "amqp/codec/content.h"

namespace warren::amqp {

std::string AmqpPropertiesRewriter::withHeaders(const std::string &encodedProperties, const FieldTable &headers,
                                                bool clearExpiration) const
{
    auto props = decodeBasicProperties(std::as_bytes(std::span(encodedProperties.data(), encodedProperties.size())));
    if (!props)
        return encodedProperties; // was validated on publish; keep it as it was
    props->headers = headers;
    if (clearExpiration)
        props->expiration.reset();
    std::string out;
    out.reserve(encodedProperties.size() + 128);
    encodeBasicProperties(*props, out);
    return out;
}

const AmqpPropertiesRewriter &AmqpPropertiesRewriter::instance()
{
    static const AmqpPropertiesRewriter rewriter;
    return rewriter;
}

} // namespace warren::amqp
