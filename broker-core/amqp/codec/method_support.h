#pragma once
// Helpers shared by the generated method decoders (methods.cpp): the errors
// RabbitMQ reports for undecodable arguments, and UTF-8 validation of short
// strings. Internal to the codec; not part of its public API.

#include "amqp/codec/amqp_error.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace warren::amqp::detail {

/// 501 FRAME_ERROR "cannot decode <<...>>", as rabbit_misc:frame_error/2.
AmqpError cannotDecode(std::uint16_t classId, std::uint16_t methodId, std::span<const std::byte> args);
/// 501 FRAME_ERROR "Malformed UTF-8 in shortstr", as rabbit_binary_parser:assert_utf8/1.
AmqpError malformedUtf8(std::uint16_t classId, std::uint16_t methodId);
/// 540 NOT_IMPLEMENTED "{unknown_method_id,{C,M}}" (see README: RabbitMQ drops the socket).
AmqpError unknownMethod(std::uint16_t classId, std::uint16_t methodId);
/// Copies e and stamps the method that was being decoded.
AmqpError withMethod(const AmqpError &e, std::uint16_t classId, std::uint16_t methodId);
/// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(std::string_view s);

} // namespace warren::amqp::detail
