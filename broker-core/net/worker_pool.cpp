#include "net/worker_pool.h"

namespace warren::net {

WorkerPool::WorkerPool(int threads)
{
    for (int i = 0; i < std::max(1, threads); ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("warren-worker-%1").arg(i));
        auto *worker = new Worker(i);
        worker->moveToThread(thread.get());
        QObject::connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
    }
}

WorkerPool::~WorkerPool()
{
    stop();
}

void WorkerPool::start()
{
    for (auto &t : m_threads)
        if (!t->isRunning())
            t->start();
}

void WorkerPool::stop()
{
    for (auto &t : m_threads) {
        t->quit();
        t->wait();
    }
}

Worker *WorkerPool::next()
{
    return m_workers[m_next.fetch_add(1, std::memory_order_relaxed) % m_workers.size()];
}

} // namespace warren::net
