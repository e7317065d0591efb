#pragma once
// CommandApi: what the monitor (or a test, or any other management caller)
// may ask a running broker to do — the "commands" half of DESIGN.md rule 3.
// The GUI reads immutable snapshots and acts only through this interface; it
// never touches broker internals. The broker implements it with the same
// model operations a protocol session uses (net/broker_commands.h).
//
// Every command is asynchronous: it is queued to the broker's command thread
// and its reply is delivered later, queued, on the thread of `context` (so a
// widget gets its answer on the GUI thread). If `context` is destroyed first,
// the reply is dropped. If the broker stops before a queued command runs, no
// reply comes. A command never blocks a broker worker thread.
//
// Texts in results (error) are one English line from the broker, like the
// reply texts a client would get ("no exchange 'x' in vhost '/'").
//
// Header only; QtCore types. No C++20 library headers (moc 6.4 reads the
// headers that include this one).

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace warren::api {

/// Success, or why not.
struct CommandResult {
    bool ok = true;
    QString error; ///< empty when ok
};

/// A message for an AMQP exchange, as basic.publish would carry it.
struct AmqpPublishRequest {
    QString vhost = QStringLiteral("/");
    QString exchange;          ///< "" = the default exchange (routes by queue name)
    QString routingKey;
    // Basic properties; empty / out-of-range values are left unset.
    int deliveryMode = 1;      ///< 1 transient, 2 persistent, 0 = unset
    QString contentType;
    QString contentEncoding;
    int priority = -1;         ///< 0–255, -1 = unset
    QString expiration;        ///< milliseconds as text (AMQP's form), "" = unset
    QString messageId;
    QString correlationId;
    QString replyTo;
    QString type;
    QString appId;
    QList<QPair<QString, QString>> headers; ///< string values (long strings on the wire)
    QByteArray body;
};

struct AmqpPublishResult : CommandResult {
    int routedQueues = 0;      ///< queues the message was enqueued on; 0 = unroutable
};

/// One Kafka record, as a Produce request would carry it (acks=1).
struct KafkaProduceRequest {
    QString topic;             ///< created with the defaults if missing and auto-creation is on
    int partition = -1;        ///< -1: by the key's murmur2 hash (as Kafka's clients), round robin without a key
    std::optional<QByteArray> key;   ///< nullopt = null key
    std::optional<QByteArray> value; ///< nullopt = null value (a tombstone)
    QList<QPair<QString, QByteArray>> headers;
    qint64 timestampMs = -1;   ///< CreateTime; -1 = now
};

struct KafkaProduceResult : CommandResult {
    int partition = -1;
    qint64 offset = -1;
};

/// purge / delete queue: how many messages went with it.
struct CountResult : CommandResult {
    quint64 count = 0;
};

struct TopicCreateRequest {
    QString name;
    int partitions = -1;       ///< -1 = the broker's default
    QList<QPair<QString, QString>> configs; ///< e.g. {"retention.ms", "3600000"}
};

enum class OffsetResetMode {
    Earliest,  ///< each partition's log start offset
    Latest,    ///< each partition's high watermark
    Offset,    ///< `value`, clamped into [log start, high watermark] as Kafka's tool does
    Timestamp, ///< the first record with timestamp >= `value` (epoch ms); the high watermark if none
};

/// Kafka's "kafka-consumer-groups --reset-offsets --execute": allowed only
/// while the group has no active members.
struct OffsetResetRequest {
    QString groupId;
    QString topic;             ///< "" = every topic the group has committed offsets for
    int partition = -1;        ///< -1 = every partition of the topic(s)
    OffsetResetMode mode = OffsetResetMode::Earliest;
    qint64 value = 0;
};

struct PartitionOffset {
    QString topic;
    int partition = 0;
    qint64 offset = 0;
};

struct OffsetResetResult : CommandResult {
    QList<PartitionOffset> offsets; ///< what was committed
};

class CommandApi {
public:
    template <typename Result>
    using Reply = std::function<void(const Result &)>;

    virtual ~CommandApi() = default;

    /// Routes and enqueues one message; the result says on how many queues.
    virtual void publish(const AmqpPublishRequest &request, QObject *context, Reply<AmqpPublishResult> reply) = 0;
    /// Appends one record; the result names its partition and offset.
    virtual void produce(const KafkaProduceRequest &request, QObject *context, Reply<KafkaProduceResult> reply) = 0;
    /// AMQP: connection.close 320 CONNECTION_FORCED "Closed via management UI"
    /// (as RabbitMQ's management does); Kafka: the socket is closed. The
    /// reply comes once the close was started (ok = false: no such connection).
    virtual void closeConnection(quint64 connectionId, QObject *context, Reply<CommandResult> reply) = 0;
    /// Drops a queue's ready messages (exclusive queues too, as management may).
    virtual void purgeQueue(const QString &vhost, const QString &queue, QObject *context,
                            Reply<CountResult> reply) = 0;
    /// Deletes a queue whatever its consumers and messages (they are told / dropped).
    virtual void deleteQueue(const QString &vhost, const QString &queue, QObject *context,
                             Reply<CountResult> reply) = 0;
    virtual void createTopic(const TopicCreateRequest &request, QObject *context, Reply<CommandResult> reply) = 0;
    virtual void deleteTopic(const QString &topic, QObject *context, Reply<CommandResult> reply) = 0;
    virtual void resetGroupOffsets(const OffsetResetRequest &request, QObject *context,
                                   Reply<OffsetResetResult> reply) = 0;
};

} // namespace warren::api
