#pragma once
// QueuePolicy: the RabbitMQ queue arguments a Queue acts on, read once from
// its declaration (x-message-ttl, x-expires, x-max-length[-bytes],
// x-overflow, x-dead-letter-*, x-delivery-limit, x-single-active-consumer,
// x-max-priority, x-queue-mode, and Warren's x-deduplication-window).
// Declarations are validated beforehand (declare_equivalence.h), so values
// of the wrong type or range are simply treated as absent here.
//
// A plain value type: built once per queue, then read-only.

#include "common/field_value.h"

#include <cstdint>
#include <optional>
#include <string>

namespace warren::model {

enum class OverflowMode {
    DropHead,         ///< "drop-head" (default): the oldest ready messages go (dead-lettered as maxlen)
    RejectPublish,    ///< "reject-publish": new messages are refused (confirms answer nack)
    RejectPublishDlx, ///< "reject-publish-dlx": refused, and dead-lettered as maxlen
};

struct QueuePolicy {
    std::optional<std::uint64_t> messageTtlMs;     ///< x-message-ttl
    std::optional<std::uint64_t> expiresMs;        ///< x-expires: delete after this long unused
    std::optional<std::uint64_t> maxLength;        ///< x-max-length (ready messages)
    std::optional<std::uint64_t> maxLengthBytes;   ///< x-max-length-bytes (ready body bytes)
    OverflowMode overflow = OverflowMode::DropHead;
    std::optional<std::string> deadLetterExchange; ///< x-dead-letter-exchange ("" = the default exchange)
    std::optional<std::string> deadLetterRoutingKey; ///< x-dead-letter-routing-key
    std::optional<std::uint64_t> deliveryLimit;    ///< x-delivery-limit: returns allowed before dead-lettering
    bool singleActiveConsumer = false;             ///< x-single-active-consumer
    std::uint8_t maxPriority = 0;                  ///< x-max-priority (0: not a priority queue)
    bool lazy = false;                             ///< x-queue-mode: lazy
    /// x-deduplication-window (Warren extension): remember this many recent
    /// message-ids, or — given as a string "<n>ms"/"<n>s" — message-ids of
    /// this long a period.
    std::optional<std::uint64_t> dedupCount;
    std::optional<std::uint64_t> dedupWindowMs;

    bool hasLengthLimit() const { return maxLength.has_value() || maxLengthBytes.has_value(); }
    bool deduplicates() const { return dedupCount.has_value() || dedupWindowMs.has_value(); }

    static QueuePolicy fromArguments(const FieldTable &arguments);
};

} // namespace warren::model
