#include "amqp/codec/basic_fast_path.h"

#include "amqp/codec/byte_io.h"
#include "amqp/codec/frame.h"

namespace warren::amqp {

namespace {
constexpr std::uint16_t kBasic = 60;
// Method ids of the basic class (checked against the generated structs in tests).
constexpr std::uint16_t kReturn = 50, kDeliver = 60, kGetOk = 71, kAck = 80, kNack = 120;

std::size_t beginMethod(std::string &out, std::uint16_t channel, std::uint16_t methodId, std::size_t argsHint)
{
    out.reserve(out.size() + kFrameOverhead + 4 + argsHint);
    const std::size_t start = beginFrame(out, FrameType::Method, channel);
    appendU16(out, kBasic);
    appendU16(out, methodId);
    return start;
}
} // namespace

void appendBasicDeliverFrame(std::string &out, std::uint16_t channel, std::string_view consumerTag,
                             std::uint64_t deliveryTag, bool redelivered, std::string_view exchange,
                             std::string_view routingKey)
{
    const std::size_t start =
        beginMethod(out, channel, kDeliver, 12 + consumerTag.size() + exchange.size() + routingKey.size());
    appendShortStr(out, consumerTag);
    appendU64(out, deliveryTag);
    appendU8(out, redelivered ? 1 : 0);
    appendShortStr(out, exchange);
    appendShortStr(out, routingKey);
    endFrame(out, start);
}

void appendBasicGetOkFrame(std::string &out, std::uint16_t channel, std::uint64_t deliveryTag, bool redelivered,
                           std::string_view exchange, std::string_view routingKey, std::uint32_t messageCount)
{
    const std::size_t start = beginMethod(out, channel, kGetOk, 15 + exchange.size() + routingKey.size());
    appendU64(out, deliveryTag);
    appendU8(out, redelivered ? 1 : 0);
    appendShortStr(out, exchange);
    appendShortStr(out, routingKey);
    appendU32(out, messageCount);
    endFrame(out, start);
}

void appendBasicReturnFrame(std::string &out, std::uint16_t channel, std::uint16_t replyCode,
                            std::string_view replyText, std::string_view exchange, std::string_view routingKey)
{
    const std::size_t start =
        beginMethod(out, channel, kReturn, 5 + replyText.size() + exchange.size() + routingKey.size());
    appendU16(out, replyCode);
    appendShortStr(out, replyText);
    appendShortStr(out, exchange);
    appendShortStr(out, routingKey);
    endFrame(out, start);
}

void appendBasicAckFrame(std::string &out, std::uint16_t channel, std::uint64_t deliveryTag, bool multiple)
{
    const std::size_t start = beginMethod(out, channel, kAck, 9);
    appendU64(out, deliveryTag);
    appendU8(out, multiple ? 1 : 0);
    endFrame(out, start);
}

void appendBasicNackFrame(std::string &out, std::uint16_t channel, std::uint64_t deliveryTag, bool multiple,
                          bool requeue)
{
    const std::size_t start = beginMethod(out, channel, kNack, 9);
    appendU64(out, deliveryTag);
    appendU8(out, static_cast<std::uint8_t>((multiple ? 1u : 0u) | (requeue ? 2u : 0u)));
    endFrame(out, start);
}

} // namespace warren::amqp
