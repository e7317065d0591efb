#include "net/resource_monitor.h"

#include "model/broker.h"
#include "net/worker_pool.h"

#include <QFile>
#include <QLoggingCategory>

#include <sys/statvfs.h>

#include <cstdio>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace warren::net {

namespace {
std::string mib(std::uint64_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MiB", double(bytes) / (1024.0 * 1024.0));
    return text;
}

std::string alarmText(model::ResourceAlarms::Resource r, bool raised, const model::ResourceAlarms &a)
{
    std::string text = r == model::ResourceAlarms::Memory ? "memory" : "disk";
    text += raised ? " resource limit alarm set: " : " resource limit alarm cleared: ";
    if (r == model::ResourceAlarms::Memory)
        text += mib(a.memoryUsed()) + " used, high watermark " + mib(a.memoryLimit());
    else
        text += mib(a.diskFree()) + " of disk free, limit " + mib(a.diskFreeLimit());
    if (raised)
        text += ". Publishers will be blocked until this alarm clears";
    return text;
}
} // namespace

ResourceMonitor::ResourceMonitor(model::Broker &broker, WorkerPool &pool, QString dataDir)
    : m_broker(broker), m_pool(pool), m_dataDir(std::move(dataDir))
{
    m_broker.alarms().setTotalMemory(model::physicalMemory());
}

std::optional<std::uint64_t> ResourceMonitor::freeDiskBytes(const QString &dir)
{
    struct statvfs st {};
    if (::statvfs(QFile::encodeName(dir).constData(), &st) != 0)
        return std::nullopt;
    return std::uint64_t(st.f_bavail) * std::uint64_t(st.f_frsize);
}

void ResourceMonitor::check()
{
    model::ResourceAlarms &alarms = m_broker.alarms();
    const auto disk = m_dataDir.isEmpty() ? std::nullopt : freeDiskBytes(m_dataDir);
    const model::ResourceAlarms::Change change = alarms.evaluate(model::processResidentMemory(), disk);
    if (!change.any())
        return;
    for (auto r : {model::ResourceAlarms::Memory, model::ResourceAlarms::Disk}) {
        if (!((change.raised | change.cleared) & r))
            continue;
        const std::string text = alarmText(r, (change.raised & r) != 0, alarms);
        qCWarning(lcNet).noquote() << QString::fromStdString(text);
        m_broker.events().append(metrics::EventKind::ResourceAlarm, text);
    }
    for (Worker *w : m_pool.workers())
        QMetaObject::invokeMethod(w, [w] { emit w->alarmsChanged(); }, Qt::QueuedConnection);
}

} // namespace warren::net
