#include "amqp/session_inbox.h"

namespace warren::amqp {

bool SessionInbox::push(InboxItem &&item)
{
    std::lock_guard lock(m_mutex);
    if (m_closed)
        return false;
    m_items.push_back(std::move(item));
    wakeLocked();
    return true;
}

void SessionInbox::wakeLocked()
{
    if (!m_wakePending) {
        m_wakePending = true;
        // Under the lock: once close() has returned, no wake is in flight,
        // so the owner may be destroyed safely.
        m_wake();
    }
}

bool SessionInbox::complete(DurabilityCompletion &&completion)
{
    std::lock_guard lock(m_mutex);
    if (m_closed)
        return false;
    m_completions.push_back(std::move(completion));
    wakeLocked();
    return true;
}

void SessionInbox::takeCompletions(std::vector<DurabilityCompletion> &out)
{
    std::lock_guard lock(m_mutex);
    for (auto &c : m_completions)
        out.push_back(std::move(c));
    m_completions.clear();
}

bool SessionInbox::deliver(model::Delivery &&delivery)
{
    return push(InboxItem{std::move(delivery), false});
}

void SessionInbox::consumerCancelled(const model::ConsumerPtr &consumer)
{
    model::Delivery d;
    d.consumer = consumer;
    push(InboxItem{std::move(d), true});
}

void SessionInbox::takeAll(std::vector<InboxItem> &out, std::vector<DurabilityCompletion> &completions)
{
    std::lock_guard lock(m_mutex);
    m_wakePending = false;
    for (auto &c : m_completions)
        completions.push_back(std::move(c));
    m_completions.clear();
    if (out.empty())
        out.swap(m_items);
    else {
        for (auto &i : m_items)
            out.push_back(std::move(i));
        m_items.clear();
    }
}

std::vector<InboxItem> SessionInbox::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_completions.clear();
    std::vector<InboxItem> rest;
    rest.swap(m_items);
    return rest;
}

} // namespace warren::amqp
