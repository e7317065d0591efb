#pragma once
// The codec's error value: a Kafka error code (kafka/codec/error_codes.h)
// plus a human-readable reason for logs. Decoders return INVALID_REQUEST for
// malformed bytes, UNSUPPORTED_VERSION for versions outside Warren's range,
// CORRUPT_MESSAGE / UNSUPPORTED_FOR_MESSAGE_FORMAT / INVALID_RECORD for
// record batches.

#include "kafka/codec/error_codes.h"

#include <cstdint>
#include <string>

namespace warren::kafka {

struct KafkaError {
    std::int16_t code = errc::UNKNOWN_SERVER_ERROR;
    std::string message;
};

} // namespace warren::kafka
