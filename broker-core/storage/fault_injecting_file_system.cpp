#include "storage/fault_injecting_file_system.h"

#include <algorithm>
#include <thread>

namespace warren::storage {

namespace {

class FaultFile final : public File {
public:
    FaultFile(FaultInjectingFileSystem &fs, std::shared_ptr<File> inner, std::string path)
        : m_fs(fs), m_inner(std::move(inner)), m_path(std::move(path))
    {
    }

    StorageResult<std::size_t> read(std::uint64_t position, std::span<std::byte> out) override
    {
        auto r = m_inner->read(position, out);
        if (r.ok())
            m_fs.countRead(*r);
        return r;
    }
    StorageStatus append(std::span<const std::byte> data) override
    {
        auto d = m_fs.decideWrite(m_path, data.size());
        if (d.allowed > 0) {
            auto st = m_inner->append(data.first(d.allowed));
            if (!st.ok())
                return st;
            m_fs.countWrite(d.allowed);
        }
        if (d.fail)
            return storageError(d.kind, "injected write fault on " + m_path);
        return {};
    }
    StorageStatus sync() override
    {
        m_fs.countSync();
        if (auto d = m_fs.syncDelay(); d.count() > 0)
            std::this_thread::sleep_for(d);
        if (m_fs.decideSyncFails(m_path))
            return storageError(StorageError::Kind::Io, "injected fsync failure on " + m_path);
        if (m_fs.crashed(m_path))
            return {};
        return m_inner->sync();
    }
    StorageStatus truncate(std::uint64_t size) override
    {
        if (m_fs.crashed(m_path))
            return {};
        return m_inner->truncate(size);
    }
    std::uint64_t size() const override { return m_inner->size(); }

private:
    FaultInjectingFileSystem &m_fs;
    std::shared_ptr<File> m_inner;
    std::string m_path;
};

} // namespace

bool FaultInjectingFileSystem::matches(const std::string &path, const std::string &filter)
{
    return filter.empty() || path.find(filter) != std::string::npos;
}

void FaultInjectingFileSystem::failWritesAfter(std::uint64_t bytes, WriteFault mode, std::string pathFilter)
{
    std::lock_guard lock(m_mutex);
    m_writeFaultArmed = true;
    m_writeBudget = bytes;
    m_writeMode = mode;
    m_writeFilter = std::move(pathFilter);
}

void FaultInjectingFileSystem::failSyncs(int count, std::string pathFilter)
{
    std::lock_guard lock(m_mutex);
    m_syncFailures = count;
    m_syncFilter = std::move(pathFilter);
}

void FaultInjectingFileSystem::clearFaults()
{
    std::lock_guard lock(m_mutex);
    m_writeFaultArmed = false;
    m_syncFailures = 0;
}

void FaultInjectingFileSystem::resetCounters()
{
    m_bytesRead = 0;
    m_readCalls = 0;
    m_bytesWritten = 0;
    m_syncCalls = 0;
}

FaultInjectingFileSystem::WriteDecision FaultInjectingFileSystem::decideWrite(const std::string &path, std::size_t len)
{
    std::lock_guard lock(m_mutex);
    if (!m_writeFaultArmed || !matches(path, m_writeFilter))
        return {len, false, false, StorageError::Kind::Io};
    std::size_t allowed = std::size_t(std::min<std::uint64_t>(len, m_writeBudget));
    m_writeBudget -= allowed;
    if (allowed == len)
        return {len, false, false, StorageError::Kind::Io};
    switch (m_writeMode) {
    case WriteFault::ShortWrite: return {allowed, true, false, StorageError::Kind::Io};
    case WriteFault::NoSpace: return {allowed, true, false, StorageError::Kind::NoSpace};
    case WriteFault::Crash: return {allowed, false, true, StorageError::Kind::Io};
    }
    return {allowed, true, false, StorageError::Kind::Io};
}

bool FaultInjectingFileSystem::decideSyncFails(const std::string &path)
{
    std::lock_guard lock(m_mutex);
    if (m_syncFailures == 0 || !matches(path, m_syncFilter))
        return false;
    if (m_syncFailures > 0)
        --m_syncFailures;
    return true;
}

bool FaultInjectingFileSystem::crashed(const std::string &path)
{
    std::lock_guard lock(m_mutex);
    return m_writeFaultArmed && m_writeMode == WriteFault::Crash && m_writeBudget == 0 && matches(path, m_writeFilter);
}

StorageResult<std::shared_ptr<File>> FaultInjectingFileSystem::open(const std::string &path, bool create)
{
    auto inner = m_inner.open(path, create);
    if (!inner.ok())
        return unexpected(inner.error());
    return std::shared_ptr<File>(std::make_shared<FaultFile>(*this, std::move(inner.value()), path));
}

} // namespace warren::storage
