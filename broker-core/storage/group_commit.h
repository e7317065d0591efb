#pragma once
// Group commit: one thread that turns many "tell me when offset X of log L is
// durable" requests into few fsyncs. A Kafka acks=1/all response or an AMQP
// publisher confirm is sent from the callback, never before it.
//
// Policies (DESIGN.md, "Storage"):
//  - Always:   fsync as soon as requests arrive; requests that arrive while
//              an fsync runs share the next one (classic group commit).
//  - Interval: passes start at most every `interval` (default 5 ms) while
//              requests are pending; all of them share the pass. A pass that
//              is due starts at once (no pause after a slow fsync).
//  - Never:    no fsync; requests complete right away (page cache only).
// One pass takes every pending request, calls Log::sync() once per distinct
// log that is not yet durable far enough, then runs the callbacks.
//
// Threads: requestDurable/forget/stop from any thread; callbacks run on the
// flusher's own thread (keep them short: post to your worker). A callback
// receives an error if the fsync failed; that data must never be
// acknowledged (the Log is then "failed" and must be reopened).
// Lifetime: a Log must outlive its pending requests: call forget(log) before
// closing or destroying it.

#include "storage/log.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace warren::storage {

enum class DurabilityPolicy { Always, Interval, Never };

struct FlusherConfig {
    DurabilityPolicy policy = DurabilityPolicy::Interval;
    std::chrono::milliseconds interval{5};
};

class Flusher {
public:
    using Done = std::function<void(StorageStatus)>;

    explicit Flusher(FlusherConfig cfg = {});
    ~Flusher(); ///< stop()
    Flusher(const Flusher &) = delete;
    Flusher &operator=(const Flusher &) = delete;

    /// Calls `done` (on the flusher thread) once every offset below `upTo`
    /// (exclusive: pass AppendResult::nextOffset()) is as durable as the
    /// policy promises; with an error if the fsync failed, or OutOfRange if
    /// `upTo` was never appended. After stop(): `done` runs at once, on the
    /// caller's thread, with an Io error.
    void requestDurable(Log &log, Offset upTo, Done done);

    /// Fails every pending request for `log` (Io, "log closed") and waits for
    /// a running pass to finish with it. Call before closing a Log. Not from
    /// inside a callback of this Flusher (there it does not wait).
    void forget(Log &log);

    /// Completes what is pending (one last pass), then ends the thread.
    void stop();

    DurabilityPolicy policy() const { return m_cfg.policy; }
    std::uint64_t passes() const;
    std::uint64_t logSyncs() const;

private:
    struct Request {
        Log *log;
        std::int64_t upTo;
        Done done;
    };
    void run();
    void pass(std::vector<Request> batch);

    const FlusherConfig m_cfg;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake; // requests arrived or stopping
    std::condition_variable m_idle; // a pass finished
    std::vector<Request> m_pending; // guarded by m_mutex
    bool m_stopping = false;        // guarded by m_mutex
    bool m_stopped = false;         // guarded by m_mutex
    bool m_inPass = false;          // guarded by m_mutex
    std::uint64_t m_passes = 0;     // guarded by m_mutex
    std::uint64_t m_syncs = 0;      // guarded by m_mutex
    std::thread m_thread;           // started last in the constructor
};

} // namespace warren::storage
