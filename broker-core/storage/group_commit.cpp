#include "storage/group_commit.h"

#include <map>

namespace warren::storage {

Flusher::Flusher(FlusherConfig cfg) : m_cfg(cfg)
{
    m_thread = std::thread([this] { run(); });
}

Flusher::~Flusher()
{
    stop();
}

void Flusher::requestDurable(Log &log, Offset upTo, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_pending.push_back({&log, upTo.value, std::move(done)});
            m_wake.notify_one();
            return;
        }
    }
    done(storageError(StorageError::Kind::Io, "flusher stopped"));
}

void Flusher::forget(Log &log)
{
    std::vector<Request> dropped;
    {
        std::unique_lock lock(m_mutex);
        std::erase_if(m_pending, [&](Request &r) {
            if (r.log != &log)
                return false;
            dropped.push_back(std::move(r));
            return true;
        });
        if (std::this_thread::get_id() != m_thread.get_id())
            m_idle.wait(lock, [&] { return !m_inPass; });
    }
    for (auto &r : dropped)
        r.done(storageError(StorageError::Kind::Io, "log closed before its data was durable"));
}

void Flusher::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return;
        m_stopping = true;
        m_stopped = true;
        m_wake.notify_one();
    }
    if (m_thread.joinable())
        m_thread.join();
}

std::uint64_t Flusher::passes() const
{
    std::lock_guard lock(m_mutex);
    return m_passes;
}

std::uint64_t Flusher::logSyncs() const
{
    std::lock_guard lock(m_mutex);
    return m_syncs;
}

void Flusher::run()
{
    using Clock = std::chrono::steady_clock;
    auto lastPass = Clock::now();
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stopping || !m_pending.empty(); });
        if (m_pending.empty() && m_stopping)
            return;
        if (m_cfg.policy == DurabilityPolicy::Interval && !m_stopping)
            m_wake.wait_until(lock, lastPass + m_cfg.interval, [&] { return m_stopping; });
        std::vector<Request> batch;
        batch.swap(m_pending);
        m_inPass = true;
        // The interval spaces pass *starts*: when syncs take longer than the
        // interval, passes run back to back instead of adding a pause.
        lastPass = Clock::now();
        lock.unlock();
        pass(std::move(batch));
        lock.lock();
        m_inPass = false;
        ++m_passes;
        m_idle.notify_all();
    }
}

void Flusher::pass(std::vector<Request> batch)
{
    // One sync per log, covering the largest offset anyone asked for.
    std::map<Log *, std::int64_t> wanted;
    for (const auto &r : batch) {
        auto &w = wanted[r.log];
        w = std::max(w, r.upTo);
    }
    std::map<Log *, StorageStatus> results;
    std::uint64_t syncs = 0;
    for (const auto &[log, upTo] : wanted) {
        if (m_cfg.policy == DurabilityPolicy::Never || log->durableOffset().value >= upTo) {
            results[log] = {};
            continue;
        }
        results[log] = log->sync();
        ++syncs;
    }
    {
        std::lock_guard lock(m_mutex);
        m_syncs += syncs;
    }
    for (auto &r : batch) {
        StorageStatus st = results[r.log];
        if (st.ok() && m_cfg.policy != DurabilityPolicy::Never && r.log->durableOffset().value < r.upTo)
            st = storageError(StorageError::Kind::OutOfRange, "requested durability beyond the log's end");
        r.done(std::move(st));
    }
}

} // namespace warren::storage
