#pragma once
// The running broker: the model, the worker threads, the listeners and the
// snapshot timer. This is the public face of the core that app/ and the GUI
// use: start, stop, snapshots, and (later) commands.
//
// Thread: create, start and shut down from one owner thread (main). Sessions
// live on the workers; snapshots are built on a control thread every
// snapshotIntervalMs and delivered through snapshotReady (queued to
// receivers in other threads). Nothing here blocks a worker.

#include "amqp/amqp_connection.h"
#include "metrics/broker_snapshot.h"
#include "model/broker.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <memory>

class QTcpServer;
class QTimer;

namespace warren::net {

class WorkerPool;

struct ServerConfig {
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 amqpPort = 5672;
    int workerThreads = 0; ///< 0 = number of cores
    int snapshotIntervalMs = 200;
    amqp::AmqpConfig amqp;
};

class BrokerServer : public QObject {
    Q_OBJECT
public:
    explicit BrokerServer(ServerConfig config, QObject *parent = nullptr);
    ~BrokerServer() override;

    /// Starts workers and listeners. On failure returns false and a one-line
    /// reason naming the port.
    bool start(QString *error);
    /// Graceful stop: stop accepting, send connection.close 320 to every
    /// client, wait up to timeoutMs for them to go, stop the workers.
    void shutdown(int timeoutMs = 5000);

    quint16 amqpPort() const;
    model::Broker &broker() { return *m_broker; }
    metrics::BrokerSnapshotPtr snapshot() const { return m_broker->snapshot(); }
    int liveSessions() const;

signals:
    void snapshotReady(warren::metrics::BrokerSnapshotPtr snapshot);

private:
    ServerConfig m_config;
    std::unique_ptr<model::Broker> m_broker;
    std::unique_ptr<WorkerPool> m_pool;
    QTcpServer *m_amqpListener = nullptr;
    QThread m_controlThread;
    QTimer *m_snapshotTimer = nullptr; // lives on m_controlThread
    bool m_running = false;
};

} // namespace warren::net
