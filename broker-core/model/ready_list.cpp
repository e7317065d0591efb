#include "model/ready_list.h"

#include <algorithm>

namespace warren::model {

ReadyList::ReadyList(std::uint8_t maxPriority) : m_levels(std::size_t(maxPriority) + 1)
{
}

std::deque<QueuedMessage> &ReadyList::levelFor(const QueuedMessage &entry)
{
    // Priorities above the queue's maximum count as the maximum (RabbitMQ).
    const std::size_t p = std::min<std::size_t>(entry.message->priority, m_levels.size() - 1);
    return m_levels[p];
}

std::uint64_t ReadyList::memoryOf(const Message &m)
{
    // The shared Message, its strings' heap blocks and the deque slot.
    constexpr std::uint64_t kOverhead = 192;
    return kOverhead + m.body.size() + m.encodedProperties.size() + m.exchange.size() + m.routingKey.size() +
           m.messageId.size();
}

void ReadyList::push(QueuedMessage entry)
{
    m_bytes += entry.message->body.size();
    m_memory += memoryOf(*entry.message);
    ++m_count;
    levelFor(entry).push_back(std::move(entry));
}

QueuedMessage ReadyList::popFront()
{
    for (auto level = m_levels.rbegin(); level != m_levels.rend(); ++level) {
        if (level->empty())
            continue;
        QueuedMessage entry = std::move(level->front());
        level->pop_front();
        forget(entry);
        return entry;
    }
    return {};
}

const QueuedMessage &ReadyList::front() const
{
    for (auto level = m_levels.rbegin(); level != m_levels.rend(); ++level)
        if (!level->empty())
            return level->front();
    return m_levels.front().front(); // precondition broken: undefined, as std::deque
}

void ReadyList::forget(const QueuedMessage &entry)
{
    m_bytes -= entry.message->body.size();
    m_memory -= memoryOf(*entry.message);
    --m_count;
}

void ReadyList::requeue(std::vector<QueuedMessage> entries)
{
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.seq < b.seq; });
    for (auto &e : entries) {
        m_bytes += e.message->body.size();
        m_memory += memoryOf(*e.message);
        ++m_count;
        auto &level = levelFor(e);
        // Requeued entries are usually older than everything ready, so this
        // is nearly always an insert at the front.
        auto pos = std::lower_bound(level.begin(), level.end(), e.seq,
                                    [](const QueuedMessage &m, QueueSeq s) { return m.seq < s; });
        level.insert(pos, std::move(e));
    }
}

void ReadyList::clear()
{
    for (auto &level : m_levels)
        level.clear();
    m_count = 0;
    m_bytes = 0;
    m_memory = 0;
}

} // namespace warren::model
