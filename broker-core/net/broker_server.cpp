#include "net/broker_server.h"

#include "net/amqp_session.h"
#include "net/worker_pool.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace warren::net {

namespace {

/// Accepts AMQP sockets and hands each descriptor to a worker, which creates
/// the session on its own thread. Lives on the owner thread.
class AmqpListener final : public QTcpServer {
public:
    AmqpListener(model::Broker &broker, const amqp::AmqpConfig &config, WorkerPool &pool)
        : m_broker(broker), m_config(config), m_pool(pool)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        Worker *worker = m_pool.next();
        QMetaObject::invokeMethod(
            worker,
            [this, worker, descriptor] {
                auto *session = new AmqpSession(m_broker, m_config, descriptor, m_pool, worker);
                if (!session->isValid()) {
                    delete session;
                    return;
                }
                QObject::connect(worker, &Worker::closeAllRequested, session, &AmqpSession::closeByBroker);
            },
            Qt::QueuedConnection);
    }

private:
    model::Broker &m_broker;
    const amqp::AmqpConfig m_config;
    WorkerPool &m_pool;
};

} // namespace

BrokerServer::BrokerServer(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_broker(std::make_unique<model::Broker>())
{
    qRegisterMetaType<metrics::BrokerSnapshotPtr>();
    const int threads = m_config.workerThreads > 0 ? m_config.workerThreads : QThread::idealThreadCount();
    m_pool = std::make_unique<WorkerPool>(threads);
    m_controlThread.setObjectName(QStringLiteral("warren-control"));
}

BrokerServer::~BrokerServer()
{
    shutdown(0);
}

bool BrokerServer::start(QString *error)
{
    m_pool->start();
    auto *listener = new AmqpListener(*m_broker, m_config.amqp, *m_pool);
    listener->setParent(this);
    if (!listener->listen(m_config.bindAddress, m_config.amqpPort)) {
        if (error)
            *error = QStringLiteral("cannot listen for AMQP on %1:%2: %3")
                         .arg(m_config.bindAddress.toString())
                         .arg(m_config.amqpPort)
                         .arg(listener->errorString());
        delete listener;
        m_pool->stop();
        return false;
    }
    m_amqpListener = listener;
    m_broker->setListeners({metrics::ListenerSnapshot{QStringLiteral("AMQP 0-9-1"),
                                                      m_config.bindAddress.toString(), amqpPort()}});

    m_controlThread.start();
    m_snapshotTimer = new QTimer;
    m_snapshotTimer->setInterval(m_config.snapshotIntervalMs);
    m_snapshotTimer->moveToThread(&m_controlThread);
    connect(m_snapshotTimer, &QTimer::timeout, m_snapshotTimer, [this] { emit snapshotReady(m_broker->snapshot()); });
    connect(&m_controlThread, &QThread::finished, m_snapshotTimer, &QObject::deleteLater);
    QMetaObject::invokeMethod(m_snapshotTimer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
    m_running = true;
    return true;
}

quint16 BrokerServer::amqpPort() const
{
    return m_amqpListener ? m_amqpListener->serverPort() : 0;
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
    if (m_amqpListener)
        m_amqpListener->close();
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
    m_snapshotTimer = nullptr;
    m_pool->stop();
}

} // namespace warren::net
