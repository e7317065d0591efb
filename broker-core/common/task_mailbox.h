#pragma once
// A thread-safe queue of closures for one owner thread. Any thread post()s;
// the first post into an empty mailbox calls `wake` (under the lock, so that
// once close() returns no wake is in flight and the owner may be destroyed).
// The owner runs drain() on its own thread. Used for completions that come
// back from other threads (group commits, rebalances, fetch wake-ups).

#include <functional>
#include <mutex>
#include <vector>

namespace warren {

class TaskMailbox {
public:
    explicit TaskMailbox(std::function<void()> wake) : m_wake(std::move(wake)) {}

    /// Returns false (and drops the task) once the mailbox is closed.
    bool post(std::function<void()> task)
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return false;
        m_tasks.push_back(std::move(task));
        if (!m_wakePending) {
            m_wakePending = true;
            m_wake();
        }
        return true;
    }

    /// Runs every posted task, in order. Owner thread only.
    void drain()
    {
        std::vector<std::function<void()>> tasks;
        {
            std::lock_guard lock(m_mutex);
            m_wakePending = false;
            tasks.swap(m_tasks);
        }
        for (auto &t : tasks)
            t();
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_tasks.clear();
    }

private:
    const std::function<void()> m_wake;
    std::mutex m_mutex;
    std::vector<std::function<void()>> m_tasks; // guarded by m_mutex
    bool m_wakePending = false;                 // guarded by m_mutex
    bool m_closed = false;                      // guarded by m_mutex
};

} // namespace warren
