#pragma once
// Immutable copies of the broker's state for readers (the GUI, tests, logs).
// A snapshot holds no pointers back into the broker: it is built on a broker
// thread, then handed out as std::shared_ptr<const BrokerSnapshot> and read on
// any thread without locks. Counters are cumulative since start; readers
// derive rates by differencing two snapshots (see RateTracker).

#include "metrics/event_kind.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace warren::metrics {

struct ListenerSnapshot {
    QString protocol; ///< "AMQP 0-9-1", later "Kafka"
    QString address;  ///< bound address
    quint16 port = 0;
};

struct ExchangeSnapshot {
    QString vhost;
    QString name; ///< "" is the default exchange
    QString type; ///< direct, fanout, topic, headers
    bool durable = false;
    bool autoDelete = false;
    bool internal = false;
    QString arguments; ///< display form of the declare arguments
    int bindingsOut = 0;      ///< bindings with this exchange as source
    quint64 publishedIn = 0;  ///< messages published to it (cumulative)
    quint64 routedOut = 0;    ///< queue deliveries it produced (cumulative)
    quint64 unroutable = 0;   ///< messages that matched no binding (cumulative)
    // x-delayed-message exchanges: messages held back ("scheduled")
    quint64 scheduled = 0;
    qint64 nextDueMs = -1;    ///< when the next one is due (ms since the epoch), -1 if none
};

struct BindingSnapshot {
    QString vhost;
    QString source;           ///< exchange name
    QString destination;      ///< queue or exchange name
    bool destinationIsQueue = true;
    QString routingKey;
    QString arguments;
};

struct QueueSnapshot {
    QString vhost;
    QString name;
    bool durable = false;
    bool exclusive = false;
    bool autoDelete = false;
    QString arguments;
    quint64 ready = 0;         ///< messages waiting for delivery
    quint64 unacked = 0;       ///< delivered, not yet acknowledged
    quint64 readyBytes = 0;    ///< body bytes of the ready messages
    int consumers = 0;
    quint64 published = 0;     ///< enqueued (cumulative)
    quint64 delivered = 0;     ///< delivered to consumers or basic.get (cumulative)
    quint64 acked = 0;         ///< acknowledged (cumulative)
    quint64 redelivered = 0;   ///< deliveries with the redelivered flag (cumulative)
    quint64 memoryBytes = 0;   ///< estimated memory of the ready messages held in memory
    quint64 pagedOut = 0;      ///< ready messages held only on disk (paged out)
    quint64 pagedOutBytes = 0; ///< their body bytes
    quint64 diskBytes = 0;     ///< the queue's log on disk
    QString storageError;      ///< why the queue's log failed ("" if it did not)
    // RabbitMQ's extensions
    QString deadLetterExchange; ///< x-dead-letter-exchange ("" = none; the default exchange shows as "(default)")
    QString deadLetterRoutingKey;
    quint64 expired = 0;       ///< reached their TTL (cumulative)
    quint64 deadLettered = 0;  ///< handed to the dead-letter exchange (cumulative)
    quint64 droppedMaxLen = 0; ///< dropped or refused by the length limit (cumulative)
    quint64 duplicates = 0;    ///< refused by the de-duplication window (cumulative)
    // Type: "classic" or "stream" (x-queue-type: stream; `ready` = messages in the log)
    QString type = QStringLiteral("classic");
    qint64 streamFirstOffset = 0; ///< streams: the oldest offset still stored
    qint64 streamNextOffset = 0;  ///< streams: the offset the next message gets
    quint64 streamSegments = 0;   ///< streams: segments of the log
};

struct ConsumerSnapshot {
    QString vhost;
    QString queue;
    QString consumerTag;
    quint64 connectionId = 0;
    int channel = 0;
    bool ackRequired = true;
    int prefetch = 0;         ///< 0 = unlimited
    quint64 unacked = 0;
    int priority = 0;         ///< x-priority
    bool active = true;       ///< false: waiting behind a single active consumer
};

struct ConnectionSnapshot {
    quint64 id = 0;
    QString protocol;       ///< "AMQP 0-9-1", "Kafka"; " over TLS" added on a TLS listener
    bool tls = false;       ///< accepted on a TLS listener
    QString peer;           ///< host:port of the client
    QString user;
    QString vhost;
    QString clientProduct;  ///< from client-properties, e.g. "pika"
    QString clientVersion;
    int channels = 0;
    quint64 bytesIn = 0;    ///< cumulative
    quint64 bytesOut = 0;   ///< cumulative
    qint64 connectedAtMs = 0; ///< epoch milliseconds
    bool blocked = false;   ///< an AMQP publisher blocked by a resource alarm
};

/// The memory and disk alarms (RabbitMQ's flow control) and the figures
/// they were last judged on.
struct AlarmSnapshot {
    bool memoryAlarm = false;
    bool diskAlarm = false;
    quint64 memoryUsedBytes = 0;      ///< resident memory when last checked
    quint64 memoryHighWatermarkBytes = 0;
    bool diskMonitored = false;       ///< false for a broker without a data directory
    quint64 diskFreeBytes = 0;
    quint64 diskFreeLimitBytes = 0;
    int blockedConnections = 0;       ///< AMQP publishers currently blocked
    /// Configured limits (0 = unlimited).
    quint64 maxConnections = 0;
    quint64 maxQueuesPerVhost = 0;
};

struct PartitionSnapshot {
    QString topic;             ///< a stream's partition: logKey(vhost, name)
    int partition = 0;
    qint64 logStartOffset = 0;
    qint64 highWatermark = 0;  ///< next offset
    quint64 sizeBytes = 0;
    int segments = 0;
};

/// A log as the Topics view lists it: a Kafka topic (streamVhost empty), or
/// an AMQP stream queue (x-queue-type: stream) in vhost streamVhost, shown as
/// a one-partition log.
struct TopicSnapshot {
    QString name;
    QString streamVhost;       ///< non-empty: an AMQP stream queue in this vhost
    int partitions = 0;
    quint64 sizeBytes = 0;
    qint64 messages = 0;       ///< sum of (high watermark - log start)
    QString configs;           ///< "key=value, …"
};

struct GroupMemberSnapshot {
    QString memberId;
    QString clientId;
    QString clientHost;
    QStringList assignedPartitions; ///< "topic-partition", decoded from the consumer protocol
};

struct GroupOffsetSnapshot {
    QString topic;
    int partition = 0;
    qint64 committedOffset = -1;
    qint64 highWatermark = -1;
    qint64 lag = -1;           ///< high watermark - committed offset (-1 when unknown)
};

struct ConsumerGroupSnapshot {
    QString groupId;
    QString state;             ///< Empty, PreparingRebalance, CompletingRebalance, Stable, Dead
    QString protocolType;
    QString protocol;
    int generation = 0;
    QString leader;
    std::vector<GroupMemberSnapshot> members;
    std::vector<GroupOffsetSnapshot> offsets;
    qint64 totalLag = 0;
};

/// One entry of the broker's event log (metrics/event_log.h).
struct EventSnapshot {
    quint64 seq = 0;       ///< increasing; readers keep the events above the last seq they saw
    qint64 timeMs = 0;     ///< epoch milliseconds
    EventKind kind = EventKind::Connection;
    QString text;
};

/// A user as the monitor shows it: never its password hash.
struct UserSnapshot {
    QString name;
    QStringList tags;
};

struct PermissionSnapshot {
    QString user;
    QString vhost;
    QString configure, write, read;
};

struct BrokerSnapshot {
    qint64 takenAtMs = 0;   ///< epoch milliseconds
    qint64 uptimeMs = 0;
    std::vector<ListenerSnapshot> listeners;
    std::vector<ExchangeSnapshot> exchanges;
    std::vector<BindingSnapshot> bindings;
    std::vector<QueueSnapshot> queues;
    std::vector<ConsumerSnapshot> consumers;
    std::vector<ConnectionSnapshot> connections;
    std::vector<TopicSnapshot> topics;
    std::vector<PartitionSnapshot> partitions;
    /// AMQP stream queues as logs (from `queues`): one TopicSnapshot and one
    /// partition (0) each, for the Topics view. Not Kafka topics: Kafka
    /// clients do not see them, so they are kept apart from `topics`.
    std::vector<TopicSnapshot> streams;
    std::vector<PartitionSnapshot> streamPartitions;
    std::vector<ConsumerGroupSnapshot> groups;
    std::vector<QString> vhosts;
    std::vector<UserSnapshot> users;
    std::vector<PermissionSnapshot> permissions;
    /// The newest events of the broker's event log (at most a few hundred),
    /// oldest first.
    std::vector<EventSnapshot> events;
    // Broker-wide cumulative counters.
    quint64 published = 0;
    quint64 delivered = 0;
    quint64 acked = 0;
    quint64 redelivered = 0;
    quint64 processMemoryBytes = 0; ///< resident memory of the broker process (RSS)
    quint64 queueMemoryBytes = 0;   ///< sum of the queues' memoryBytes
    quint64 pagedOutMessages = 0;   ///< sum of the queues' pagedOut
    quint64 queueDiskBytes = 0;     ///< sum of the queues' diskBytes
    quint64 kafkaProduced = 0;      ///< records
    quint64 kafkaProducedBytes = 0;
    quint64 kafkaFetched = 0;       ///< records
    quint64 kafkaFetchedBytes = 0;
    AlarmSnapshot alarms;
};

using BrokerSnapshotPtr = std::shared_ptr<const BrokerSnapshot>;

/// The Topics view's key of a log: a Kafka topic's name, or for a stream a
/// text no Kafka topic name can be (those are [a-zA-Z0-9._-] only).
inline QString logKey(const QString &streamVhost, const QString &name)
{
    return streamVhost.isEmpty() ? name : QStringLiteral("stream\x1f") + streamVhost + QChar(0x1f) + name;
}
inline QString logKey(const TopicSnapshot &t)
{
    return logKey(t.streamVhost, t.name);
}

} // namespace warren::metrics

Q_DECLARE_METATYPE(warren::metrics::BrokerSnapshotPtr)
