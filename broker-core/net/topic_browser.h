#pragma once
// TopicBrowser: reads and searches the logs of a topic's partitions for the
// monitor's message browser (api::TopicBrowseRequest, answered by
// BrokerCommands::browseTopicNow). Each partition is read in chunks of whole
// record batches (Log::read, growing from 64 KiB to 4 MiB while a scan goes
// on), each batch decoded — decompressed if needed — with the codec's
// RecordIterator, and each record matched on its spans (RecordMatcher)
// before anything is copied: only matching records become QByteArrays.
// Several partitions are merged by timestamp (a heap of the partitions'
// next records). Control batches (transaction markers) are skipped.
//
// The scan ends at the request's limits or budget; the result's partition
// cursors say where to continue. Records appended after the browse started
// are left for the next one (each partition is read up to the high
// watermark it had at the start).
//
// Pure over the logs it is given (Log allows concurrent readers): no broker
// objects, no threads of its own. Runs on the caller's thread (the command
// thread; tests and benchmarks call it directly).

#include "api/command_api.h"

#include <cstdint>
#include <span>

namespace warren::storage {
class Log;
}

namespace warren::net {

class TopicBrowser {
public:
    struct PartitionLog {
        std::int32_t partition = 0;
        const storage::Log *log = nullptr;
    };

    /// Browses `logs` (the partitions the request selects, already chosen
    /// by the caller) as `request` says; request.topic and request.partition
    /// are not looked at. Partitions named in request.resume but missing
    /// from `logs` are ignored.
    static api::TopicBrowseResult browse(std::span<const PartitionLog> logs, const api::TopicBrowseRequest &request);

    /// Where a browse of `log` starts for `start`/`value` (clamped into
    /// [log start, high watermark]).
    static std::int64_t startOffset(const storage::Log &log, api::BrowseStart start, std::int64_t value);

    /// The first offset whose record has timestamp >= `ts` (the time index
    /// finds the batch, its records are read); the high watermark if none.
    static std::int64_t offsetForTimestamp(const storage::Log &log, std::int64_t ts);
};

} // namespace warren::net
