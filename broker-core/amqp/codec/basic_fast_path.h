#pragma once
// Hot-path writers for the frames the broker sends once per message
// (deliver, get-ok, return, ack, nack). They write the same bytes as
// appendMethodFrame() with the generated structs, but take views and build
// nothing on the heap: the only allocation is `out` growing.
// Included by methods.h; pure functions, no thread affinity.

#include <cstdint>
#include <string>
#include <string_view>

namespace warren::amqp {

void appendBasicDeliverFrame(std::string &out, std::uint16_t channel, std::string_view consumerTag,
                             std::uint64_t deliveryTag, bool redelivered, std::string_view exchange,
                             std::string_view routingKey);
void appendBasicGetOkFrame(std::string &out, std::uint16_t channel, std::uint64_t deliveryTag, bool redelivered,
                           std::string_view exchange, std::string_view routingKey, std::uint32_t messageCount);
void appendBasicReturnFrame(std::string &out, std::uint16_t channel, std::uint16_t replyCode,
                            std::string_view replyText, std::string_view exchange, std::string_view routingKey);
void appendBasicAckFrame(std::string &out, std::uint16_t channel, std::uint64_t deliveryTag, bool multiple);
void appendBasicNackFrame(std::string &out, std::uint16_t channel, std::uint64_t deliveryTag, bool multiple,
                          bool requeue);

} // namespace warren::amqp
