#include "amqp/codec/method_support.h"

#include "amqp/codec/reply_codes.h"

#include <string>

namespace warren::amqp::detail {

AmqpError cannotDecode(std::uint16_t classId, std::uint16_t methodId, std::span<const std::byte> args)
{
    std::string expl = "cannot decode ";
    appendErlangBinary(expl, args);
    return makeAmqpError(reply::FrameError, expl, classId, methodId);
}

AmqpError malformedUtf8(std::uint16_t classId, std::uint16_t methodId)
{
    return makeAmqpError(reply::FrameError, "Malformed UTF-8 in shortstr", classId, methodId);
}

AmqpError unknownMethod(std::uint16_t classId, std::uint16_t methodId)
{
    return makeAmqpError(reply::NotImplemented,
                         "{unknown_method_id,{" + std::to_string(classId) + "," + std::to_string(methodId) + "}}",
                         classId, methodId);
}

AmqpError withMethod(const AmqpError &e, std::uint16_t classId, std::uint16_t methodId)
{
    AmqpError r = e;
    r.classId = classId;
    r.methodId = methodId;
    return r;
}

bool isValidUtf8(std::string_view s)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        std::uint32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (n - i < len)
            return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

} // namespace warren::amqp::detail
