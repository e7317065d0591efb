#pragma once
// Where a stream consumer starts reading (basic.consume's x-stream-offset,
// RabbitMQ streams over AMQP 0-9-1). A plain value; parsed by the protocol
// layer with parseStreamOffset() (model/stream/stream_arguments.h).

#include <cstdint>

namespace warren::model {

struct StreamStart {
    enum class Kind {
        Next,      ///< only messages appended after subscribing (the default)
        First,     ///< the oldest message still in the stream
        Last,      ///< the start of the last chunk (record batch) written
        Offset,    ///< this offset (clamped to the stream's range)
        Timestamp, ///< the first chunk written at or after this time (ms since the epoch)
    };
    Kind kind = Kind::Next;
    std::int64_t value = 0; ///< the offset, or the time in ms
};

} // namespace warren::model
