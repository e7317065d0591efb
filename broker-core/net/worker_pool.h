#pragma once
// N worker threads, each running an event loop with a Worker that owns the
// sessions (sockets) handed to it. Connections are spread round-robin.
//
// Thread: the pool is created, started and stopped by the BrokerServer's
// owner thread; each Worker lives on its own thread.

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace warren::net {

class Worker : public QObject {
    Q_OBJECT
public:
    explicit Worker(int index) : m_index(index) {}
    int index() const { return m_index; }

signals:
    /// Emitted on the worker thread to ask every session to close (shutdown).
    void closeAllRequested(quint16 code, const QString &text);
    /// Emitted on the worker thread when a resource alarm was raised or
    /// cleared: blocked sessions look at the alarms again.
    void alarmsChanged();

private:
    const int m_index;
};

class WorkerPool {
public:
    explicit WorkerPool(int threads);
    ~WorkerPool();

    void start();
    /// Stops the event loops and joins the threads.
    void stop();
    Worker *next();
    const std::vector<Worker *> &workers() const { return m_workers; }

    /// Live sessions across all workers (incremented/decremented by sessions).
    std::atomic<int> liveSessions{0};

private:
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<Worker *> m_workers;
    std::atomic<std::size_t> m_next{0};
};

} // namespace warren::net
