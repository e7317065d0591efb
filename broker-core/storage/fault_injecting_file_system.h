#pragma once
// FileSystem wrapper for tests: counts I/O and injects faults into another
// FileSystem (usually Memory or Posix).
//
// Faults (all optional, restricted to paths containing a given string):
//  - failWritesAfter(n, ShortWrite): the write that crosses byte n (counted
//    over all matching appends from now) writes only the bytes up to n and
//    fails with Io; later writes fail without writing.
//  - failWritesAfter(n, NoSpace): same, but the error is Kind::NoSpace (ENOSPC).
//  - failWritesAfter(n, Crash): "crash at byte n": bytes past n are silently
//    dropped (appends and truncates report success), syncs are no-ops. The
//    inner file system then holds exactly what a power cut at byte n leaves;
//    reopen the log on it (or after clearFaults()) to "restart".
//  - failSyncs(k): the next k syncs (k < 0: all) fail with Io.
//  - setSyncDelay(d): every file sync sleeps d first (a slow disk).
// Thread-safe: counters are atomics, fault settings are under a mutex.

#include "storage/file_system.h"

#include <atomic>
#include <chrono>
#include <mutex>

namespace warren::storage {

class FaultInjectingFileSystem final : public FileSystem {
public:
    enum class WriteFault { ShortWrite, NoSpace, Crash };

    explicit FaultInjectingFileSystem(FileSystem &inner) : m_inner(inner) {}

    void failWritesAfter(std::uint64_t bytes, WriteFault mode, std::string pathFilter = {});
    void failSyncs(int count, std::string pathFilter = {});
    void setSyncDelay(std::chrono::microseconds delay) { m_syncDelayUs = delay.count(); }
    void clearFaults();
    std::chrono::microseconds syncDelay() const { return std::chrono::microseconds(m_syncDelayUs.load()); }

    std::uint64_t bytesRead() const { return m_bytesRead.load(); }
    std::uint64_t readCalls() const { return m_readCalls.load(); }
    std::uint64_t bytesWritten() const { return m_bytesWritten.load(); }
    /// File syncs attempted (successful or not), not counting directory syncs.
    std::uint64_t syncCalls() const { return m_syncCalls.load(); }
    void resetCounters();

    StorageResult<std::shared_ptr<File>> open(const std::string &path, bool create) override;
    bool exists(const std::string &path) override { return m_inner.exists(path); }
    StorageStatus remove(const std::string &path) override { return m_inner.remove(path); }
    StorageStatus rename(const std::string &from, const std::string &to) override { return m_inner.rename(from, to); }
    StorageResult<std::vector<std::string>> list(const std::string &dir) override { return m_inner.list(dir); }
    StorageStatus mkdirs(const std::string &dir) override { return m_inner.mkdirs(dir); }
    StorageStatus removeDir(const std::string &dir) override { return m_inner.removeDir(dir); }
    StorageStatus syncDir(const std::string &dir) override { return m_inner.syncDir(dir); }

    // Used by the file wrapper.
    struct WriteDecision {
        std::size_t allowed;  ///< bytes to pass to the inner file
        bool fail;            ///< report an error after writing `allowed`
        bool drop;            ///< silently drop the rest (crash mode)
        StorageError::Kind kind;
    };
    WriteDecision decideWrite(const std::string &path, std::size_t len);
    bool decideSyncFails(const std::string &path);
    bool crashed(const std::string &path);
    void countRead(std::size_t n) { m_bytesRead += n; ++m_readCalls; }
    void countWrite(std::size_t n) { m_bytesWritten += n; }
    void countSync() { ++m_syncCalls; }

private:
    static bool matches(const std::string &path, const std::string &filter);

    FileSystem &m_inner;
    std::mutex m_mutex;
    bool m_writeFaultArmed = false;      // guarded by m_mutex
    std::uint64_t m_writeBudget = 0;     // guarded by m_mutex
    WriteFault m_writeMode = WriteFault::ShortWrite; // guarded by m_mutex
    std::string m_writeFilter;           // guarded by m_mutex
    int m_syncFailures = 0;              // guarded by m_mutex
    std::string m_syncFilter;            // guarded by m_mutex
    std::atomic<std::int64_t> m_syncDelayUs{0};
    std::atomic<std::uint64_t> m_bytesRead{0}, m_readCalls{0}, m_bytesWritten{0}, m_syncCalls{0};
};

} // namespace warren::storage
