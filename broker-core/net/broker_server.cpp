#include "net/broker_server.h"

#include "amqp/properties_rewriter.h"
#include "model/queue_store/queue_store_provider.h"

#include "kafka/persistent_offset_store.h"
#include "net/broker_commands.h"
#include "net/event_snapshot.h"
#include "model/groups/group_coordinator.h"
#include "model/topics/topic_registry.h"
#include "net/amqp_session.h"
#include "net/kafka_session.h"
#include "net/kafka_snapshot.h"
#include "net/resource_monitor.h"
#include "net/tls_config.h"
#include "net/worker_pool.h"
#include "storage/memory_file_system.h"
#include "storage/metadata/metadata_store.h"
#include "storage/metadata/sql_access_store.h"
#include "storage/metadata/sql_definition_store.h"
#include "storage/posix_file_system.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTimer>

#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace warren::net {

namespace {

/// Accepts sockets and hands each descriptor to a worker, which creates the
/// session on its own thread. Lives on the owner thread.
class Listener final : public QTcpServer {
public:
    Listener(WorkerPool &pool, std::function<void(Worker *, qintptr)> adopt) : m_pool(pool), m_adopt(std::move(adopt))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        Worker *worker = m_pool.next();
        QMetaObject::invokeMethod(worker, [this, worker, descriptor] { m_adopt(worker, descriptor); },
                                  Qt::QueuedConnection);
    }

private:
    WorkerPool &m_pool;
    const std::function<void(Worker *, qintptr)> m_adopt;
};

constexpr int kControlTickMs = 100;
constexpr std::int64_t kRetentionEveryMs = 5000;

template <typename Session>
void adoptSession(Session *session, Worker *worker)
{
    if (!session->isValid()) {
        delete session;
        return;
    }
    QObject::connect(worker, &Worker::closeAllRequested, session, &SocketSession::closeByBroker);
    QObject::connect(worker, &Worker::alarmsChanged, session, &SocketSession::onAlarmsChanged);
}

/// A Kafka connection over --max-connections: closed at accept (as Kafka's
/// max.connections), recorded in the event log.
void refuseAtAccept(model::Broker &broker, qintptr descriptor)
{
    QTcpSocket socket;
    QString peer = QStringLiteral("?");
    if (socket.setSocketDescriptor(descriptor))
        peer = QStringLiteral("%1:%2").arg(socket.peerAddress().toString()).arg(socket.peerPort());
    else
        ::close(int(descriptor));
    socket.abort();
    const std::string text = "Kafka connection from " + peer.toStdString() + " refused: connection limit (" +
                             std::to_string(broker.limits().maxConnections()) + ") is reached";
    qCInfo(lcNet).noquote() << QString::fromStdString(text);
    broker.events().append(metrics::EventKind::ResourceAlarm, text);
}

void adoptKafka(model::Broker &broker, kafka::KafkaContext &ctx, WorkerPool &pool, Worker *worker, qintptr fd,
                const QSslConfiguration *tls)
{
    if (!broker.limits().tryAdmitConnection()) {
        refuseAtAccept(broker, fd);
        return;
    }
    adoptSession(new KafkaSession(broker, ctx, fd, pool, worker, tls), worker); // releases the admission when it goes
}
} // namespace

BrokerServer::BrokerServer(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_broker(std::make_unique<model::Broker>())
{
    qRegisterMetaType<metrics::BrokerSnapshotPtr>();
    m_broker->setMessageRewriter(&amqp::AmqpPropertiesRewriter::instance());
    m_broker->limits().setMaxConnections(m_config.maxConnections);
    m_broker->limits().setMaxQueuesPerVhost(m_config.maxQueuesPerVhost);
    m_broker->alarms().setMemoryHighWatermark(m_config.memoryHighWatermark);
    m_broker->alarms().setDiskFreeLimit(m_config.diskFreeLimitBytes);
    const int threads = m_config.workerThreads > 0 ? m_config.workerThreads : QThread::idealThreadCount();
    m_pool = std::make_unique<WorkerPool>(threads);
    m_controlThread.setObjectName(QStringLiteral("warren-control"));
}

BrokerServer::~BrokerServer()
{
    shutdown(0);
    m_broker->setDefinitionStore(nullptr); // also when start() failed half-way
    m_broker->setAccessStore(nullptr);
    m_broker->closeMessageStores();
}

bool BrokerServer::openStorage(QString *error)
{
    std::string kafkaDir;
    std::string amqpDir;
    if (m_config.dataDir.isEmpty()) {
        m_fs = std::make_unique<storage::MemoryFileSystem>();
        m_metadata = storage::MetadataStore::openInMemory();
        kafkaDir = "/kafka";
        amqpDir = "/amqp";
    } else {
        m_fs = std::make_unique<storage::PosixFileSystem>();
        QDir().mkpath(m_config.dataDir);
        m_metadata = storage::MetadataStore::open(QDir(m_config.dataDir).filePath(QStringLiteral("metadata.db")), error);
        kafkaDir = QDir(m_config.dataDir).filePath(QStringLiteral("kafka")).toStdString();
        amqpDir = QDir(m_config.dataDir).filePath(QStringLiteral("amqp")).toStdString();
        // Paging logs hold only what a previous run kept in transient queues.
        QDir(QDir(QString::fromStdString(amqpDir)).filePath(QStringLiteral("paging"))).removeRecursively();
    }
    if (!m_metadata)
        return false;
    storage::FlusherConfig fc;
    fc.policy = m_config.durability;
    fc.interval = std::chrono::milliseconds(m_config.flushIntervalMs);
    m_flusher = std::make_unique<storage::Flusher>(fc);
    model::queue_store::QueueStoreConfig qc;
    qc.root = amqpDir;
    qc.memoryBudget = m_config.queueMemoryBudgetBytes;
    storage::FileSystem &fs = m_config.fileSystem ? *m_config.fileSystem : *m_fs;
    m_queueStores = std::make_unique<model::queue_store::QueueStoreProvider>(fs, m_flusher.get(), qc);
    m_broker->setMessageStoreProvider(m_queueStores.get());
    // Durable AMQP definitions come back before anyone can connect; from then
    // on every change to a durable one is written through.
    // Users, vhosts and permissions first: definitions live in vhosts.
    m_accessStore = std::make_unique<storage::SqlAccessStore>(*m_metadata);
    if (!m_accessStore->initialise()) {
        if (error)
            *error = QStringLiteral("cannot initialise users and permissions in the metadata database");
        return false;
    }
    m_broker->setAccessStore(nullptr);
    m_broker->loadAccess(m_accessStore->loadAccess());
    m_broker->setAccessStore(m_accessStore.get());
    m_definitions = std::make_unique<storage::SqlDefinitionStore>(*m_metadata);
    const std::string lost = m_broker->restoreDefinitions(m_definitions->load());
    if (!lost.empty())
        qCWarning(lcNet).noquote() << "while restoring definitions:" << QString::fromStdString(lost);
    m_broker->setDefinitionStore(m_definitions.get());

    model::TopicDefaults defaults;
    defaults.partitions = std::max(1, m_config.defaultPartitions);
    defaults.autoCreate = m_config.autoCreateTopics;
    defaults.log.retentionMs = m_config.defaultRetentionMs;
    defaults.maxTopics = m_config.maxTopics;
    defaults.maxMessageBytes = m_config.kafkaMaxMessageBytes;
    storage::Flusher *flusher = m_flusher.get();
    m_topics = std::make_unique<model::TopicRegistry>(fs, kafkaDir, m_metadata.get(), defaults,
                                                      [flusher](storage::Log &log) { flusher->forget(log); });
    const std::string problems = m_topics->loadAll();
    if (!problems.empty())
        qCWarning(lcNet).noquote() << "while loading topics:" << QString::fromStdString(problems);
    m_groups = std::make_unique<model::GroupCoordinator>(
        model::GroupCoordinatorConfig{}, std::make_shared<kafka::PersistentOffsetStore>(*m_metadata));
    m_groups->setEventLog(&m_broker->events());

    m_kafka.reset(new kafka::KafkaContext{*m_topics, m_groups.get(), *m_flusher, kafka::KafkaConfig{}, &m_broker->counters()});
    m_kafka->events = &m_broker->events();
    m_kafka->access = &m_broker->access();
    m_kafka->config.requireSasl = m_config.kafkaRequireSasl;
    m_kafka->config.maxRequestBytes = m_config.kafkaMaxRequestBytes;
    m_kafka->alarms = &m_broker->alarms();
    // Producer ids must never repeat across restarts: each start takes a new block.
    const auto block = m_metadata->fetchAdd("producer-id-block", 1).value_or(0);
    m_kafka->nextProducerId.store((block + 1) << 24);
    return true;
}

QTcpServer *BrokerServer::listen(quint16 port, const QString &protocol,
                                 std::function<void(Worker *, qintptr)> adopt, QString *error)
{
    auto *listener = new Listener(*m_pool, std::move(adopt));
    listener->setParent(this);
    if (!listener->listen(m_config.bindAddress, port)) {
        if (error)
            *error = QStringLiteral("cannot listen for %1 on %2:%3: %4")
                         .arg(protocol, m_config.bindAddress.toString())
                         .arg(port)
                         .arg(listener->errorString());
        delete listener;
        return nullptr;
    }
    return listener;
}

bool BrokerServer::start(QString *error)
{
    const TlsFiles tlsFiles{m_config.tlsCertificateFile, m_config.tlsKeyFile};
    if (tlsFiles.enabled()) {
        m_tls = loadServerTls(tlsFiles, error);
        if (!m_tls)
            return false;
    }
    if (!openStorage(error))
        return false;
    m_pool->start();
    model::Broker &broker = *m_broker;
    WorkerPool &pool = *m_pool;
    const amqp::AmqpConfig amqpConfig = m_config.amqp;
    m_amqpListener = listen(m_config.amqpPort, QStringLiteral("AMQP"), [&broker, &pool, amqpConfig](Worker *w, qintptr fd) {
        adoptSession(new AmqpSession(broker, amqpConfig, fd, pool, w), w);
    }, error);
    if (!m_amqpListener) {
        m_pool->stop();
        return false;
    }
    std::vector<metrics::ListenerSnapshot> listeners{
        {QStringLiteral("AMQP 0-9-1"), m_config.bindAddress.toString(), amqpPort()}};
    // Every listener opened so far closes if a later one cannot open.
    const auto abandon = [this] {
        for (QTcpServer *l : {m_amqpListener, m_amqpTlsListener, m_kafkaListener, m_kafkaTlsListener})
            if (l)
                l->close();
        m_pool->stop();
        return false;
    };
    const QSslConfiguration *tls = m_tls ? &*m_tls : nullptr;
    if (tls) {
        m_amqpTlsListener = listen(m_config.amqpTlsPort, QStringLiteral("AMQP over TLS"),
                                   [&broker, &pool, amqpConfig, tls](Worker *w, qintptr fd) {
                                       adoptSession(new AmqpSession(broker, amqpConfig, fd, pool, w, tls), w);
                                   }, error);
        if (!m_amqpTlsListener)
            return abandon();
        listeners.push_back({QStringLiteral("AMQP 0-9-1 over TLS"), m_config.bindAddress.toString(), amqpTlsPort()});
    }
    if (m_config.kafkaEnabled) {
        kafka::KafkaContext &ctx = *m_kafka;
        m_kafkaListener = listen(m_config.kafkaPort, QStringLiteral("Kafka"), [&broker, &pool, &ctx](Worker *w, qintptr fd) {
            adoptKafka(broker, ctx, pool, w, fd, nullptr);
        }, error);
        if (!m_kafkaListener)
            return abandon();
        if (tls) {
            m_kafkaTlsListener = listen(m_config.kafkaTlsPort, QStringLiteral("Kafka over TLS"),
                                        [&broker, &pool, &ctx, tls](Worker *w, qintptr fd) {
                                            adoptKafka(broker, ctx, pool, w, fd, tls);
                                        }, error);
            if (!m_kafkaTlsListener)
                return abandon();
        }
        m_kafka->config.advertisedHost = (m_config.kafkaAdvertisedHost.isEmpty()
                                              ? m_config.bindAddress.toString()
                                              : m_config.kafkaAdvertisedHost)
                                             .toStdString();
        m_kafka->config.advertisedPort = kafkaPort();
        m_kafka->config.advertisedTlsPort = kafkaTlsPort();
        listeners.push_back({QStringLiteral("Kafka"), m_config.bindAddress.toString(), kafkaPort()});
        if (m_kafkaTlsListener)
            listeners.push_back({QStringLiteral("Kafka over TLS"), m_config.bindAddress.toString(), kafkaTlsPort()});
    }
    m_broker->setListeners(std::move(listeners));
    m_commands = std::make_unique<BrokerCommands>(*m_broker, m_config.kafkaEnabled ? m_topics.get() : nullptr,
                                                  m_config.kafkaEnabled ? m_groups.get() : nullptr, *m_pool);

    m_controlThread.start();
    m_controlTimer = new QTimer;
    m_resources = std::make_unique<ResourceMonitor>(*m_broker, *m_pool, m_config.dataDir);
    m_resources->check(); // alarms are right before the first tick
    m_controlTimer->setInterval(kControlTickMs);
    m_controlTimer->moveToThread(&m_controlThread);
    connect(m_controlTimer, &QTimer::timeout, m_controlTimer, [this] { controlTick(); });
    connect(&m_controlThread, &QThread::finished, m_controlTimer, &QObject::deleteLater);
    QMetaObject::invokeMethod(m_controlTimer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
    m_running = true;
    return true;
}

void BrokerServer::controlTick()
{
    const std::int64_t now = SocketSession::nowMs();
    m_resources->check();
    m_groups->tick(now);
    m_broker->tick(); // TTL expiry, x-expires
    if (now - m_lastRetentionMs >= kRetentionEveryMs) {
        m_lastRetentionMs = now;
        m_topics->applyRetention(QDateTime::currentMSecsSinceEpoch());
    }
    if (now - m_lastSnapshotMs >= m_config.snapshotIntervalMs) {
        m_lastSnapshotMs = now;
        emit snapshotReady(snapshot());
    }
}

metrics::BrokerSnapshotPtr BrokerServer::snapshot() const
{
    return m_broker->snapshotWith([this](metrics::BrokerSnapshot &snap) {
        if (m_topics && m_groups)
            addKafkaState(snap, *m_topics, *m_groups);
        addStreamLogs(snap);
        addRecentEvents(snap, m_broker->events());
    });
}

quint16 BrokerServer::amqpPort() const
{
    return m_amqpListener ? m_amqpListener->serverPort() : 0;
}

quint16 BrokerServer::amqpTlsPort() const
{
    return m_amqpTlsListener ? m_amqpTlsListener->serverPort() : 0;
}

quint16 BrokerServer::kafkaTlsPort() const
{
    return m_kafkaTlsListener ? m_kafkaTlsListener->serverPort() : 0;
}

quint16 BrokerServer::kafkaPort() const
{
    return m_kafkaListener ? m_kafkaListener->serverPort() : 0;
}

int BrokerServer::liveSessions() const
{
    return m_pool->liveSessions.load();
}

void BrokerServer::shutdown(int timeoutMs)
{
    if (!m_running)
        return;
    m_running = false;
    // No command may reach the model once it starts going away.
    if (m_commands)
        m_commands->stop();
    for (QTcpServer *l : {m_amqpListener, m_amqpTlsListener, m_kafkaListener, m_kafkaTlsListener})
        if (l)
            l->close();
    const QString reason = QStringLiteral("CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'");
    for (Worker *w : m_pool->workers())
        QMetaObject::invokeMethod(
            w, [w, reason] { emit w->closeAllRequested(320, reason); }, Qt::QueuedConnection);
    QElapsedTimer waited;
    waited.start();
    while (m_pool->liveSessions.load() > 0 && waited.elapsed() < timeoutMs)
        QThread::msleep(10);
    if (m_pool->liveSessions.load() > 0)
        qCInfo(lcNet) << m_pool->liveSessions.load() << "connection(s) did not close in time";
    m_controlThread.quit();
    m_controlThread.wait();
    m_controlTimer = nullptr;
    m_pool->stop();
    // No session is left to change definitions; the store may now go.
    m_broker->setDefinitionStore(nullptr);
    // Workers are gone: nothing appends any more. Make what was written
    // durable, then close the logs.
    m_flusher->stop();
    m_broker->closeMessageStores();
    m_commands.reset();
    m_topics.reset();
    m_groups.reset();
}

} // namespace warren::net
