#pragma once
// Dead-lettering, as RabbitMQ does it: a queue with x-dead-letter-exchange
// republishes messages it rejects, expires, drops for length or for too
// many deliveries to that exchange, with an `x-death` history in their
// headers. This file holds the pure rules (header bookkeeping and cycle
// detection) and the interfaces the queue and vhost meet at:
//
//  - a Queue collects DeadLetters under its lock and hands them, after
//    unlocking, to its DeadLetterTarget (the VirtualHost), which routes them;
//  - MessageRewriter re-encodes a message's protocol properties with new
//    headers (the model speaks no protocol; the AMQP layer implements it).
//
// Plain functions and interfaces; no state, no threads.

#include "common/field_value.h"
#include "model/consumer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warren::model {

class Queue;

enum class DeathReason { Rejected, Expired, MaxLen, DeliveryLimit };

/// RabbitMQ's reason names: rejected, expired, maxlen, delivery_limit.
std::string_view toString(DeathReason reason);

struct DeadLetter {
    MessagePtr message;
    DeathReason reason;
};

/// Receives a queue's dead letters (called without the queue's lock).
class DeadLetterTarget {
public:
    virtual ~DeadLetterTarget() = default;
    virtual void deadLetter(const Queue &from, std::vector<DeadLetter> letters) = 0;
};

/// Re-encodes protocol properties with new headers (and, when asked, without
/// the per-message expiration), for messages the broker republishes.
class MessageRewriter {
public:
    virtual ~MessageRewriter() = default;
    virtual std::string withHeaders(const std::string &encodedProperties, const FieldTable &headers,
                                    bool clearExpiration) const = 0;
};

/// The facts of one death.
struct DeathEvent {
    std::string queue;
    DeathReason reason = DeathReason::Rejected;
    std::string exchange;                   ///< the exchange the message was published to
    std::vector<std::string> routingKeys;   ///< the keys it was published with
    std::uint64_t timeSeconds = 0;
    std::optional<std::string> originalExpiration; ///< its per-message expiration, if it had one
};

/// Adds a death to `headers`: the x-death entry for (queue, reason) gets its
/// count raised and moves to the front, or a new entry (count 1) is put in
/// front; x-first-death-{reason,queue,exchange} are set once,
/// x-last-death-{reason,queue,exchange} every time.
void recordDeath(FieldTable &headers, const DeathEvent &death);

/// Whether delivering a message with these (already updated) headers to
/// `queue` would close a dead-letter cycle RabbitMQ drops: the queue is in
/// x-death and no death since (and including) its entry was a rejection.
/// Rejections never count as cycles.
bool isDeadLetterCycle(const FieldTable &headers, std::string_view queue, DeathReason reason);

} // namespace warren::model
