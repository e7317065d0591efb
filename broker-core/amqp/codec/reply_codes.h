#pragma once
// AMQP 0-9-1 reply codes (the spec's constants plus RabbitMQ's 312 NO_ROUTE)
// and their names as RabbitMQ spells them in reply texts ("NOT_FOUND - ...").

#include <cstdint>
#include <string_view>

namespace warren::amqp::reply {

constexpr std::uint16_t Success = 200;
constexpr std::uint16_t ContentTooLarge = 311;
constexpr std::uint16_t NoRoute = 312;
constexpr std::uint16_t NoConsumers = 313;
constexpr std::uint16_t ConnectionForced = 320;
constexpr std::uint16_t InvalidPath = 402;
constexpr std::uint16_t AccessRefused = 403;
constexpr std::uint16_t NotFound = 404;
constexpr std::uint16_t ResourceLocked = 405;
constexpr std::uint16_t PreconditionFailed = 406;
constexpr std::uint16_t FrameError = 501;
constexpr std::uint16_t SyntaxError = 502;
constexpr std::uint16_t CommandInvalid = 503;
constexpr std::uint16_t ChannelError = 504;
constexpr std::uint16_t UnexpectedFrame = 505;
constexpr std::uint16_t ResourceError = 506;
constexpr std::uint16_t NotAllowed = 530;
constexpr std::uint16_t NotImplemented = 540;
constexpr std::uint16_t InternalError = 541;

} // namespace warren::amqp::reply

namespace warren::amqp {

/// "NOT_FOUND", "FRAME_ERROR", ...; "REPLY_SUCCESS" for 200; "UNKNOWN" otherwise.
std::string_view replyCodeName(std::uint16_t replyCode);

} // namespace warren::amqp
