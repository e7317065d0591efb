#pragma once
// A published message as the model sees it: immutable once routed, shared by
// every queue it was routed to (std::shared_ptr<const Message>).
//
// The model speaks no protocol: the protocol-encoded properties travel as an
// opaque blob (`encodedProperties`, forwarded verbatim to consumers of the
// same protocol) next to the few neutral facts the model itself acts on.
// Immutable after construction, so any thread may read it.

#include "common/field_value.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace warren::model {

struct Message {
    std::string exchange;
    std::string routingKey;
    /// Protocol-encoded properties (for AMQP: property flags + fields).
    std::string encodedProperties;
    std::string body;

    // Neutral facts, extracted once by the publishing session.
    bool persistent = false;                ///< delivery-mode 2
    std::uint8_t priority = 0;
    std::optional<std::uint64_t> expirationMs;
    std::optional<FieldTable> headers;      ///< used by headers exchanges
    std::string messageId;
};

using MessagePtr = std::shared_ptr<const Message>;

} // namespace warren::model
