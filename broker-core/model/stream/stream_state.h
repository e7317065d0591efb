#pragma once
// StreamState: what a stream queue (x-queue-type: stream) holds besides
// what every Queue has — its log and one read position per consumer.
// Consuming removes nothing: each consumer reads the log from where its
// x-stream-offset put it, within its credit (prefetch); acks only return
// credit. The Queue's stream functions (model/stream/queue_stream.cpp) use it.
//
// Thread-safety: owned by its Queue and guarded by that queue's m_mutex.

#include "model/consumer.h"
#include "model/message_store.h"
#include "model/stream/stream_log.h"

#include <cstdint>
#include <deque>
#include <unordered_map>

namespace warren::model {

/// One consumer's position in a stream.
struct StreamCursor {
    std::int64_t next = 0;              ///< offset of the next message to read from the log
    std::deque<StoredMessage> readAhead; ///< read from the log, not yet delivered (offsets from `next` back)
};

struct StreamState {
    StreamLogPtr log;                   ///< null until attached (or after closing)
    StreamSettings settings;
    std::unordered_map<const Consumer *, StreamCursor> cursors;
    std::int64_t lastRetentionMs = 0;   ///< when retention last ran
};

} // namespace warren::model
