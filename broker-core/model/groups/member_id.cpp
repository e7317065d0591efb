#include "model/groups/member_id.h"

#include <array>
#include <cstdint>

namespace warren::model::detail {

MemberIdGenerator::MemberIdGenerator()
{
    std::random_device device;
    std::seed_seq seed{device(), device(), device(), device()};
    m_random.seed(seed);
}

std::string MemberIdGenerator::next(std::string_view clientId)
{
    std::string id(clientId);
    id += '-';
    id += uuid();
    return id;
}

std::string MemberIdGenerator::uuid()
{
    std::array<std::uint8_t, 16> b{};
    const std::uint64_t hi = m_random();
    const std::uint64_t lo = m_random();
    for (int i = 0; i < 8; ++i) {
        b[i] = static_cast<std::uint8_t>(hi >> (8 * i));
        b[8 + i] = static_cast<std::uint8_t>(lo >> (8 * i));
    }
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40); // version 4
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        out += hex[b[i] >> 4];
        out += hex[b[i] & 0x0f];
    }
    return out;
}

} // namespace warren::model::detail
