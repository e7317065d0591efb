#pragma once
// AmqpError: what a decoder (or later a handler) reports when the peer broke
// the protocol. It carries everything a connection.close / channel.close
// needs; which of the two is sent is decided by isConnectionError().
//
// replyText is complete as it goes on the wire, in RabbitMQ's form
// "<CODE_NAME> - <explanation>", at most 255 bytes (longer texts are cut to
// 252 bytes + "...", as RabbitMQ does). classId/methodId name the method
// that failed, or are 0 when the problem is below method level (frames).

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace warren::amqp {

struct AmqpError {
    std::uint16_t replyCode = 0;
    std::string replyText;
    std::uint16_t classId = 0;
    std::uint16_t methodId = 0;
    bool operator==(const AmqpError &) const = default;
};

/// Hard errors (320, 402, 501-506, 530, 540, 541) close the connection;
/// soft errors (311-313, 403-406) close only the channel. Unknown codes are
/// treated as hard, like RabbitMQ's lookup_amqp_exception fallback.
bool isConnectionError(std::uint16_t replyCode);

/// Builds an AmqpError whose text is "<replyCodeName(code)> - <explanation>",
/// clipped to 255 bytes the way RabbitMQ clips it.
AmqpError makeAmqpError(std::uint16_t replyCode, std::string_view explanation, std::uint16_t classId = 0,
                        std::uint16_t methodId = 0);

/// Appends bytes the way Erlang's ~p prints a binary: <<"text">> when every
/// byte is printable ASCII, else <<1,2,3>>. Stops once out reaches maxLen
/// (reply texts are short strings, so longer output would be cut anyway).
void appendErlangBinary(std::string &out, std::span<const std::byte> bytes, std::size_t maxLen = 300);

} // namespace warren::amqp
