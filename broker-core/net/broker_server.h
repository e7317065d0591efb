#pragma once
// The running broker: the model, the storage engine, the worker threads, the
// AMQP and Kafka listeners, and the control thread (snapshots, group
// coordinator ticks, retention, resource alarms). This is the public face of the core that
// app/ and the GUI use: start, stop, snapshots, and commands (commands()).
//
// Thread: create, start and shut down from one owner thread (main). Sessions
// live on the workers; snapshots are built on the control thread every
// snapshotIntervalMs and delivered through snapshotReady (queued to
// receivers in other threads). Nothing here blocks a worker.

#include "amqp/amqp_connection.h"
#include "kafka/kafka_context.h"
#include "metrics/broker_snapshot.h"
#include "model/broker.h"
#include "storage/group_commit.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

class QTcpServer;
class QTimer;

namespace warren::storage {
class FileSystem;
class MetadataStore;
class SqlDefinitionStore;
class SqlAccessStore;
}
namespace warren::model {
class GroupCoordinator;
class TopicRegistry;
}

namespace warren::net {

class BrokerCommands;
class ResourceMonitor;
class WorkerPool;

struct ServerConfig {
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 amqpPort = 5672;
    quint16 kafkaPort = 9092;
    bool kafkaEnabled = true;
    /// Host the Kafka Metadata response advertises; empty = the bind address.
    QString kafkaAdvertisedHost;
    /// Kafka clients must log in with SASL/PLAIN before other requests.
    bool kafkaRequireSasl = false;
    int defaultPartitions = 1;
    /// retention.ms of topics that do not set it; -1 = keep forever.
    qint64 defaultRetentionMs = 7ll * 24 * 3600 * 1000;
    bool autoCreateTopics = true;
    QString dataDir; ///< empty = in memory (tests)
    storage::DurabilityPolicy durability = storage::DurabilityPolicy::Interval;
    int flushIntervalMs = 5;
    /// Per queue: memory for ready messages before further ones page out to disk.
    quint64 queueMemoryBudgetBytes = 32ull << 20;
    int workerThreads = 0; ///< 0 = number of cores
    int snapshotIntervalMs = 200;
    amqp::AmqpConfig amqp;
    /// Tests: the file system the logs use (not owned; e.g. a
    /// storage::FaultInjectingFileSystem over a real one), instead of the
    /// POSIX one (dataDir set) or an in-memory one.
    storage::FileSystem *fileSystem = nullptr;
    /// TLS listeners (amqps; Kafka SSL or SASL_SSL with kafkaRequireSasl)
    /// start when both files are set; see net/tls_config.h.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    quint16 amqpTlsPort = 5671;  ///< RabbitMQ's amqps port
    quint16 kafkaTlsPort = 9093; ///< the usual Kafka SSL listener port

    // --- limits (0 = unlimited); see model::BrokerLimits
    /// Client connections, AMQP (counted at connection.open) and Kafka (at accept) together.
    std::uint64_t maxConnections = 0;
    /// New queues per virtual host (RabbitMQ's vhost max-queues).
    std::uint64_t maxQueuesPerVhost = 0;
    /// Kafka topics (CreateTopics, auto-creation, the monitor).
    std::size_t maxTopics = 0;
    /// Kafka's message.max.bytes: max.message.bytes of topics that do not set it.
    std::int64_t kafkaMaxMessageBytes = 1048588;
    /// Kafka's socket.request.max.bytes: a larger request closes the connection.
    std::size_t kafkaMaxRequestBytes = 100 * 1024 * 1024;
    // --- resource alarms (RabbitMQ's vm_memory_high_watermark, disk_free_limit)
    model::MemoryWatermark memoryHighWatermark; ///< default 0.4 of RAM
    std::uint64_t diskFreeLimitBytes = model::ResourceAlarms::kDefaultDiskFreeLimit;
};

class BrokerServer : public QObject {
    Q_OBJECT
public:
    explicit BrokerServer(ServerConfig config, QObject *parent = nullptr);
    ~BrokerServer() override;

    /// Opens storage and starts workers and listeners. On failure returns
    /// false and a one-line reason (naming the port for a listener).
    bool start(QString *error);
    /// Graceful stop: stop accepting, send connection.close 320 to every AMQP
    /// client, close Kafka connections, wait up to timeoutMs, stop workers,
    /// flush and close logs.
    void shutdown(int timeoutMs = 5000);

    quint16 amqpPort() const;
    quint16 kafkaPort() const;
    /// The TLS listeners' ports; 0 when TLS is off.
    quint16 amqpTlsPort() const;
    quint16 kafkaTlsPort() const;
    model::Broker &broker() { return *m_broker; }
    /// The command API (publish, produce, close a connection, …) while the
    /// broker runs; nullptr before start() and after shutdown().
    BrokerCommands *commands() const { return m_commands.get(); }
    /// Kafka topics (tests append record batches directly); nullptr until start().
    model::TopicRegistry *topics() const { return m_topics.get(); }
    bool isRunning() const { return m_running; }
    metrics::BrokerSnapshotPtr snapshot() const;
    int liveSessions() const;

signals:
    void snapshotReady(warren::metrics::BrokerSnapshotPtr snapshot);

private:
    bool openStorage(QString *error);
    QTcpServer *listen(quint16 port, const QString &protocol,
                       std::function<void(class Worker *, qintptr)> adopt, QString *error);
    void controlTick();

    ServerConfig m_config;
    std::unique_ptr<model::Broker> m_broker;
    std::unique_ptr<WorkerPool> m_pool;
    std::unique_ptr<storage::FileSystem> m_fs;
    std::unique_ptr<storage::MetadataStore> m_metadata;
    std::unique_ptr<storage::SqlDefinitionStore> m_definitions; // durable AMQP definitions, in m_metadata
    std::unique_ptr<storage::SqlAccessStore> m_accessStore;    // users, vhosts, permissions, in m_metadata
    std::unique_ptr<storage::Flusher> m_flusher;
    std::unique_ptr<model::MessageStoreProvider> m_queueStores; // queue logs (durable + paging)
    std::unique_ptr<model::TopicRegistry> m_topics;
    std::unique_ptr<model::GroupCoordinator> m_groups;
    std::unique_ptr<kafka::KafkaContext> m_kafka;
    std::unique_ptr<BrokerCommands> m_commands;
    std::unique_ptr<ResourceMonitor> m_resources; // used on the control thread
    QTcpServer *m_amqpListener = nullptr;
    QTcpServer *m_kafkaListener = nullptr;
    QTcpServer *m_amqpTlsListener = nullptr;
    QTcpServer *m_kafkaTlsListener = nullptr;
    std::optional<QSslConfiguration> m_tls; // loaded by start(); read by the workers' sessions
    QThread m_controlThread;
    QTimer *m_controlTimer = nullptr; // lives on m_controlThread
    std::int64_t m_lastSnapshotMs = 0;
    std::int64_t m_lastRetentionMs = 0;
    bool m_running = false;
};

} // namespace warren::net
