#include "amqp/codec/amqp_error.h"

#include "amqp/codec/reply_codes.h"

#include <cstdio>

namespace warren::amqp {

std::string_view replyCodeName(std::uint16_t replyCode)
{
    switch (replyCode) {
    case reply::Success: return "REPLY_SUCCESS";
    case reply::ContentTooLarge: return "CONTENT_TOO_LARGE";
    case reply::NoRoute: return "NO_ROUTE";
    case reply::NoConsumers: return "NO_CONSUMERS";
    case reply::ConnectionForced: return "CONNECTION_FORCED";
    case reply::InvalidPath: return "INVALID_PATH";
    case reply::AccessRefused: return "ACCESS_REFUSED";
    case reply::NotFound: return "NOT_FOUND";
    case reply::ResourceLocked: return "RESOURCE_LOCKED";
    case reply::PreconditionFailed: return "PRECONDITION_FAILED";
    case reply::FrameError: return "FRAME_ERROR";
    case reply::SyntaxError: return "SYNTAX_ERROR";
    case reply::CommandInvalid: return "COMMAND_INVALID";
    case reply::ChannelError: return "CHANNEL_ERROR";
    case reply::UnexpectedFrame: return "UNEXPECTED_FRAME";
    case reply::ResourceError: return "RESOURCE_ERROR";
    case reply::NotAllowed: return "NOT_ALLOWED";
    case reply::NotImplemented: return "NOT_IMPLEMENTED";
    case reply::InternalError: return "INTERNAL_ERROR";
    default: return "UNKNOWN";
    }
}

bool isConnectionError(std::uint16_t replyCode)
{
    switch (replyCode) {
    case reply::ContentTooLarge:
    case reply::NoRoute:
    case reply::NoConsumers:
    case reply::AccessRefused:
    case reply::NotFound:
    case reply::ResourceLocked:
    case reply::PreconditionFailed:
        return false;
    default:
        return true;
    }
}

AmqpError makeAmqpError(std::uint16_t replyCode, std::string_view explanation, std::uint16_t classId,
                        std::uint16_t methodId)
{
    AmqpError e;
    e.replyCode = replyCode;
    e.classId = classId;
    e.methodId = methodId;
    e.replyText.reserve(32 + explanation.size());
    e.replyText.append(replyCodeName(replyCode));
    e.replyText.append(" - ");
    e.replyText.append(explanation);
    // rabbit_binary_generator: texts over 255 bytes become the first 252 + "...".
    if (e.replyText.size() > 255) {
        e.replyText.resize(252);
        e.replyText.append("...");
    }
    return e;
}

void appendErlangBinary(std::string &out, std::span<const std::byte> bytes, std::size_t maxLen)
{
    bool printable = !bytes.empty();
    for (std::byte b : bytes) {
        const auto c = std::to_integer<unsigned char>(b);
        if (c < 0x20 || c > 0x7e) {
            printable = false;
            break;
        }
    }
    out.append("<<");
    if (printable) {
        out.push_back('"');
        for (std::byte b : bytes) {
            if (out.size() >= maxLen)
                break;
            const char c = static_cast<char>(b);
            if (c == '"' || c == '\\')
                out.push_back('\\');
            out.push_back(c);
        }
        out.push_back('"');
    } else {
        bool first = true;
        for (std::byte b : bytes) {
            if (out.size() >= maxLen)
                break;
            char buf[8];
            std::snprintf(buf, sizeof buf, first ? "%u" : ",%u", std::to_integer<unsigned>(b));
            out.append(buf);
            first = false;
        }
    }
    out.append(">>");
}

} // namespace warren::amqp
