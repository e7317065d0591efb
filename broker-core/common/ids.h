#pragma once
// Distinct types for distinct numbers: a delivery tag is not a channel id is
// not a queue sequence number. StrongId<Tag, Rep> wraps an integer and only
// compares with its own kind.

#include <compare>
#include <cstdint>
#include <functional>

namespace warren {

template <typename Tag, typename Rep>
struct StrongId {
    Rep value{};
    constexpr StrongId() = default;
    constexpr explicit StrongId(Rep v) : value(v) {}
    constexpr auto operator<=>(const StrongId &) const = default;
};

using ChannelId = StrongId<struct ChannelIdTag, std::uint16_t>;
using DeliveryTag = StrongId<struct DeliveryTagTag, std::uint64_t>;
/// Position of a message in one queue, assigned at enqueue, increasing; a
/// durable queue's log offset later.
using QueueSeq = StrongId<struct QueueSeqTag, std::uint64_t>;
using ConnectionId = StrongId<struct ConnectionIdTag, std::uint64_t>;

} // namespace warren

template <typename Tag, typename Rep>
struct std::hash<warren::StrongId<Tag, Rep>> {
    std::size_t operator()(const warren::StrongId<Tag, Rep> &id) const noexcept
    {
        return std::hash<Rep>{}(id.value);
    }
};
