#pragma once
// What every Kafka connection shares: the broker's topics, group
// coordinator, flusher and configuration. Owned by the BrokerServer; all
// members are thread-safe.

#include "model/topics/topic_registry.h"
#include "storage/group_commit.h"

#include <atomic>
#include <cstdint>
#include <string>

namespace warren::model {
class AccessControl;
class GroupCoordinator;
class ResourceAlarms;
struct BrokerCounters;
}
namespace warren::metrics {
class EventLog;
}

namespace warren::kafka {

struct KafkaConfig {
    std::string advertisedHost = "127.0.0.1";
    std::int32_t advertisedPort = 9092;
    /// The port Metadata/FindCoordinator name to clients on the TLS listener
    /// (Kafka answers with the listener the request came in on).
    std::int32_t advertisedTlsPort = 9093;
    std::int32_t nodeId = 0;
    std::string clusterId = "warren-local-cluster";
    std::size_t maxRequestBytes = 100 * 1024 * 1024;
    /// SASL/PLAIN authentication before any request but ApiVersions and
    /// the SASL ones (--kafka-sasl). Without it, SASL is still offered and
    /// checked, but not required.
    bool requireSasl = false;
    /// While a resource alarm is raised, each Produce response carries this
    /// throttle_time_ms and the connection is muted for as long.
    std::int32_t alarmThrottleMs = 1000;
};

struct KafkaContext {
    model::TopicRegistry &topics;
    model::GroupCoordinator *groups = nullptr;
    storage::Flusher &flusher;
    KafkaConfig config;
    model::BrokerCounters *counters = nullptr;
    /// Next producer id for InitProducerId; seeded from the metadata store so
    /// ids are never reused across restarts.
    std::atomic<std::int64_t> nextProducerId{1000};
    /// Where connections opening and malformed-request closes are recorded
    /// (nullptr: nowhere). Kafka error responses are not events (too many).
    metrics::EventLog *events = nullptr;
    /// Users for SASL/PLAIN (the AMQP users); nullptr: every login fails.
    model::AccessControl *access = nullptr;
    /// The broker's memory and disk alarms (nullptr: never throttle).
    const model::ResourceAlarms *alarms = nullptr;
};

} // namespace warren::kafka
