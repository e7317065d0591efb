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
#include <QStringList>

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
    /// Non-empty: the basic properties exactly as AMQP encodes them (flags +
    /// fields), e.g. a browsed message's (BrowsedMessage::encodedProperties),
    /// published verbatim — typed headers, timestamp and all. The property
    /// fields above are then ignored.
    QByteArray encodedProperties;
};

struct AmqpPublishResult : CommandResult {
    int routedQueues = 0;      ///< queues the message was enqueued on; 0 = unroutable
    bool scheduled = false;    ///< held by an x-delayed-message exchange (x-delay header); routed when due
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

// ---------------------------------------------------------------- topic browsing

enum class BrowseStart {
    Earliest,  ///< each partition's log start offset
    Latest,    ///< `value` records before each partition's high watermark (as kcat -o -N); 0 = only new records
    Offset,    ///< `value`, clamped into [log start, high watermark]
    Timestamp, ///< the first record with timestamp >= `value` (epoch ms); the high watermark if none
};

enum class SearchScope { Any, Key, Value, Header };

/// A substring filter on records. Matching is on the raw bytes, so it also
/// finds text inside binary payloads; case-insensitive folds ASCII letters
/// (and all of Unicode when the text has non-ASCII letters, more slowly).
struct RecordSearch {
    QString text;              ///< "" = every record matches
    SearchScope scope = SearchScope::Any; ///< Header: a header's key or value
    bool caseSensitive = false;
};

/// Where one partition's browse is (the request's resume list, the result's
/// partitions).
struct PartitionCursor {
    int partition = 0;
    qint64 nextOffset = 0;     ///< the next record to read
    qint64 logStartOffset = -1; ///< in results: the log's start offset
    qint64 highWatermark = -1; ///< in results: the log's end (next offset to be written)
};

/// Reads records of one topic as stored, batches decompressed (gzip, snappy, lz4, zstd).
/// With several partitions (partition = -1) the records are merged by
/// timestamp: each partition stays in offset order and the merge always
/// takes the partition whose next record is oldest. A browse scans until it
/// has maxRecords matches, maxBytes of keys/values/headers (at least one
/// record), every partition's end, or the scan budget (records scanned,
/// milliseconds, bytes read); the result's partitions say where to continue.
struct TopicBrowseRequest {
    QString topic;
    /// Non-empty: `topic` names a stream queue (x-queue-type: stream) in this
    /// vhost, browsed as one partition (0): key = routing key, value = body,
    /// headers = AMQP headers as text, timestamp = when the stream wrote it.
    QString streamVhost;
    int partition = -1;        ///< -1 = every partition
    BrowseStart start = BrowseStart::Earliest;
    qint64 value = 0;          ///< offset, timestamp (ms) or record count, per `start`
    /// Non-empty: continue from these positions (a previous result's
    /// partitions) instead of `start`; only these partitions are read.
    QList<PartitionCursor> resume;
    int maxRecords = 500;
    qint64 maxBytes = 16 * 1024 * 1024;
    RecordSearch search;
    qint64 scanBudgetRecords = 2'000'000; ///< <= 0: no limit
    int scanBudgetMs = 1000;              ///< <= 0: no limit
    qint64 scanBudgetBytes = 512ll * 1024 * 1024; ///< batch bytes read; <= 0: no limit
};

enum class TimestampKind { CreateTime, LogAppendTime };
enum class BatchCompression { None, Gzip, Snappy, Lz4, Zstd };

struct BrowsedHeader {
    QString key;
    std::optional<QByteArray> value;
};

struct BrowsedRecord {
    int partition = 0;
    qint64 offset = 0;
    qint64 timestamp = -1;     ///< epoch ms
    TimestampKind timestampType = TimestampKind::CreateTime;
    std::optional<QByteArray> key;   ///< nullopt = null key
    std::optional<QByteArray> value; ///< nullopt = null value (a tombstone)
    QList<BrowsedHeader> headers;
    BatchCompression compression = BatchCompression::None; ///< of the batch it came in
    qint64 producerId = -1;    ///< of its batch; -1 = not idempotent
    int sizeBytes = 0;         ///< key + value + header bytes
};

struct TopicBrowseResult : CommandResult {
    enum class Stop {
        End,        ///< every partition read to its high watermark
        MaxRecords, ///< maxRecords matches found
        MaxBytes,   ///< maxBytes of records collected
        Budget,     ///< the scan budget ran out before the end ("continue" scans on)
    };
    QList<BrowsedRecord> records;    ///< in merge order (offset order for one partition)
    QList<PartitionCursor> partitions; ///< where each browsed partition stopped: pass as `resume`
    qint64 scannedRecords = 0;       ///< records looked at (matching or not)
    qint64 scannedBytes = 0;         ///< record batch bytes read
    qint64 elapsedMs = 0;
    Stop stoppedBy = Stop::End;
    bool reachedEnd() const { return stoppedBy == Stop::End; }
};

// ---------------------------------------------------------------- queue browsing

/// Copies of a queue's ready messages without consuming them (unlike
/// RabbitMQ's "get messages", which takes and requeues them, nothing is
/// redelivered or reordered): up to `maxCount` (at most 1000) from position
/// `from` (0 = the next one to be delivered), in delivery order — the
/// messages in memory, then those paged out to the queue's log. Unacked
/// messages are not included.
struct QueueBrowseRequest {
    QString vhost = QStringLiteral("/");
    QString queue;
    quint64 from = 0;
    int maxCount = 100;
    int maxBodyBytes = 1024 * 1024; ///< bodies are cut after this many bytes (bodyTruncated); <= 0: never
};

/// The messages an x-delayed-message exchange holds back, earliest due first
/// (the Exchanges tab's "Scheduled" list). Answered as a QueueBrowseResult:
/// totalReady = how many are scheduled, each message's dueAtMs set.
struct ScheduledBrowseRequest {
    QString vhost = QStringLiteral("/");
    QString exchange;
    int maxCount = 100;
    int maxBodyBytes = 64 * 1024; ///< bodies are cut after this many bytes (bodyTruncated); <= 0: never
};

/// One entry of a message's headers table, for display.
struct AmqpHeaderField {
    QString name;
    QString type;  ///< the field's AMQP type: "long string", "int32", "table", …
    QString value; ///< display text; tables and arrays as {a: 1} / [1, 2]
};

/// A ready message as the browser shows it: the basic properties decoded by
/// the AMQP codec, plus where it sits in the queue.
struct BrowsedMessage {
    quint64 position = 0;      ///< in delivery order; 0 = the next to be delivered
    QString exchange;          ///< "" = the default exchange
    QString routingKey;
    bool redelivered = false;
    quint32 deliveryCount = 0; ///< deliveries before (recovered after a restart: 1)
    bool persistent = false;   ///< delivery mode 2
    bool paged = false;        ///< held only in the queue's log (not in memory)
    bool stored = false;       ///< the queue's log holds a copy (durable or paged)
    qint64 expiresAtMs = 0;    ///< when its TTL runs out (epoch ms); 0 = never
    qint64 streamOffset = -1;  ///< a stream queue's message: its offset in the log; -1 otherwise
    qint64 storedAtMs = 0;     ///< when it was written to the queue's log (epoch ms); 0 = not known
    qint64 dueAtMs = 0;        ///< a delayed exchange's scheduled message: when it is released (epoch ms)
    // Basic properties; unset ones are empty strings, -1 or 0 (deliveryMode).
    QString contentType;
    QString contentEncoding;
    int deliveryMode = 0;
    int priority = -1;
    QString correlationId;
    QString replyTo;
    QString expiration;
    QString messageId;
    qint64 timestamp = -1;     ///< seconds since the epoch
    QString type;
    QString userId;
    QString appId;
    QString clusterId;
    QList<AmqpHeaderField> headers;
    // A dead-lettered message (an x-death header): its newest death — the
    // queue it left, why, and the exchange and first routing key it had been
    // published with (where "send it back" re-publishes it). Empty otherwise.
    QString deathQueue;
    QString deathReason;
    QString deathExchange;
    QString deathRoutingKey;
    QString propertiesError;   ///< the properties could not be decoded: why (they are still republished as they are)
    QByteArray encodedProperties; ///< as published (flags + fields): pass to AmqpPublishRequest to republish
    QByteArray body;           ///< whole, or its first maxBodyBytes when bodyTruncated
    qint64 bodySize = 0;       ///< the whole body's size
    bool bodyTruncated = false;
};

struct QueueBrowseResult : CommandResult {
    QList<BrowsedMessage> messages;
    quint64 totalReady = 0;    ///< ready messages in the queue when the browse began
    bool moved = false;        ///< the queue changed while its paged messages were read: positions are approximate
    bool stream = false;       ///< a stream queue: the messages are its log, from the oldest (nothing is consumed)
};

/// A change to users, vhosts or permissions (RabbitMQ's add_user,
/// set_permissions, ...). Which fields count depends on `kind`.
struct AccessChange {
    enum class Kind { AddUser, DeleteUser, SetPassword, SetTags, AddVhost, DeleteVhost, SetPermissions,
                      ClearPermissions };
    Kind kind = Kind::AddUser;
    QString user;
    QString password;  ///< AddUser, SetPassword
    QStringList tags;  ///< AddUser, SetTags
    QString vhost;     ///< AddVhost, DeleteVhost, SetPermissions, ClearPermissions
    QString configure; ///< SetPermissions: regular expressions, RabbitMQ's semantics
    QString write;
    QString read;
};

/// RabbitMQ's `rabbitmqctl set_vm_memory_high_watermark` and
/// `set_disk_free_limit` at runtime (the alarms are re-judged within 100 ms).
struct ResourceLimitChange {
    enum class Kind { MemoryHighWatermark, DiskFreeLimit };
    Kind kind = Kind::MemoryHighWatermark;
    /// MemoryHighWatermark: a fraction of RAM ("0.4") or a size ("1", "512MiB");
    /// DiskFreeLimit: a size ("50MB", "1GiB", "0").
    QString value;
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
    /// Reads (and searches) a topic's records; see TopicBrowseRequest. Runs
    /// on the command thread, so a long search delays other commands by at
    /// most its time budget.
    virtual void browseTopic(const TopicBrowseRequest &request, QObject *context,
                             Reply<TopicBrowseResult> reply) = 0;
    /// Copies of a queue's ready messages, consuming nothing; see QueueBrowseRequest.
    virtual void browseQueue(const QueueBrowseRequest &request, QObject *context,
                             Reply<QueueBrowseResult> reply) = 0;
    /// An x-delayed-message exchange's scheduled messages; see ScheduledBrowseRequest.
    virtual void browseScheduled(const ScheduledBrowseRequest &request, QObject *context,
                                 Reply<QueueBrowseResult> reply) = 0;
    /// Changes users, vhosts or permissions; stored at once, in effect for
    /// the next check (connections re-read their permissions). Deleting a
    /// vhost closes its AMQP connections (320, as RabbitMQ).
    virtual void changeAccess(const AccessChange &change, QObject *context, Reply<CommandResult> reply) = 0;
    /// Changes the memory high watermark or the free-disk limit.
    virtual void setResourceLimit(const ResourceLimitChange &change, QObject *context,
                                  Reply<CommandResult> reply) = 0;
};

} // namespace warren::api
