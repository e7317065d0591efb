#include "kafka/codec/request_header.h"

#include "kafka/codec/api_support.h"
#include "kafka/codec/wire.h"

namespace warren::kafka {

Result<RequestHeader, KafkaError> decodeRequestHeader(std::span<const std::byte> in, std::size_t &pos)
{
    Reader r(in, pos);
    RequestHeader h;
    if (!r.i16(h.apiKey) || !r.i16(h.apiVersion) || !r.i32(h.correlationId))
        return unexpected(KafkaError{errc::INVALID_REQUEST, "truncated request header"});
    if (!r.nullableString(h.clientId, false, true))
        return unexpected(KafkaError{errc::INVALID_REQUEST, "malformed client id in request header"});
    if (requestHeaderVersion(h.apiKey, h.apiVersion) >= 2 && !r.skipTaggedFields())
        return unexpected(KafkaError{errc::INVALID_REQUEST, "malformed tagged fields in request header"});
    pos = r.pos();
    return h;
}

void encodeRequestHeader(std::string &out, const RequestHeader &h)
{
    Writer w(out);
    w.i16(h.apiKey);
    w.i16(h.apiVersion);
    w.i32(h.correlationId);
    w.nullableString(h.clientId, false, true);
    if (requestHeaderVersion(h.apiKey, h.apiVersion) >= 2)
        w.emptyTaggedFields();
}

void encodeResponseHeader(std::string &out, std::int32_t correlationId, int headerVersion)
{
    Writer w(out);
    w.i32(correlationId);
    if (headerVersion >= 1)
        w.emptyTaggedFields();
}

Result<std::int32_t, KafkaError> decodeResponseHeader(std::span<const std::byte> in, std::size_t &pos,
                                                      int headerVersion)
{
    Reader r(in, pos);
    std::int32_t correlationId = 0;
    if (!r.i32(correlationId) || (headerVersion >= 1 && !r.skipTaggedFields()))
        return unexpected(KafkaError{errc::INVALID_REQUEST, "truncated response header"});
    pos = r.pos();
    return correlationId;
}

} // namespace warren::kafka
