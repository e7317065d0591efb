#pragma once
// Measures what the resource alarms judge — this process's resident memory
// (/proc/self/statm) and the free space of the data directory's file system
// (statvfs; not for a broker without a data directory) — and hands it to
// model::ResourceAlarms. When an alarm is raised or cleared it records a
// ResourceAlarm event and asks every worker to let its sessions look again
// (Worker::alarmsChanged), so blocked publishers are released at once.
//
// Owned by BrokerServer. Thread: check() runs on the broker's control thread
// (BrokerServer::controlTick, every 100 ms); it never blocks a worker.

#include <QString>

#include <cstdint>
#include <optional>

namespace warren::model {
class Broker;
}

namespace warren::net {

class WorkerPool;

class ResourceMonitor {
public:
    ResourceMonitor(model::Broker &broker, WorkerPool &pool, QString dataDir);

    /// Measures, updates the alarms, reports changes.
    void check();

    /// Free bytes for unprivileged users on the file system of `dir`; nullopt if unknown.
    static std::optional<std::uint64_t> freeDiskBytes(const QString &dir);

private:
    model::Broker &m_broker;
    WorkerPool &m_pool;
    const QString m_dataDir;
};

} // namespace warren::net
