// BrokerCommands::setResourceLimitNow: RabbitMQ's
// set_vm_memory_high_watermark and set_disk_free_limit, for the monitor and
// for tests that trip an alarm on purpose. Changes model::ResourceAlarms;
// the control thread judges the alarms with the new limits at its next tick.
// Runs on the command thread (or the caller's, for tests).
#include "net/broker_commands.h"

#include "model/broker.h"

namespace warren::net {

api::CommandResult BrokerCommands::setResourceLimitNow(const api::ResourceLimitChange &change)
{
    api::CommandResult result;
    model::ResourceAlarms &alarms = m_broker.alarms();
    const std::string value = change.value.toStdString();
    if (change.kind == api::ResourceLimitChange::Kind::MemoryHighWatermark) {
        const auto watermark = model::MemoryWatermark::parse(value);
        if (!watermark) {
            result.ok = false;
            result.error = QStringLiteral("invalid memory high watermark '%1' (a fraction such as 0.4, or a size "
                                          "such as 1GiB)").arg(change.value);
            return result;
        }
        alarms.setMemoryHighWatermark(*watermark);
        management("memory high watermark set to " + value + " (" +
                   std::to_string(watermark->resolve(alarms.totalMemory())) + " bytes)");
        return result;
    }
    const auto bytes = model::parseByteSize(value);
    if (!bytes) {
        result.ok = false;
        result.error = QStringLiteral("invalid disk free limit '%1' (a size such as 50MB)").arg(change.value);
        return result;
    }
    alarms.setDiskFreeLimit(*bytes);
    management("disk free limit set to " + value + " (" + std::to_string(*bytes) + " bytes)");
    return result;
}

} // namespace warren::net
