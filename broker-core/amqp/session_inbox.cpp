#include "amqp/session_inbox.h"

namespace warren::amqp {

bool SessionInbox::push(InboxItem &&item)
{
    std::lock_guard lock(m_mutex);
    if (m_closed)
        return false;
    m_items.push_back(std::move(item));
    if (!m_wakePending) {
        m_wakePending = true;
        // Under the lock: once close() has returned, no wake is in flight,
        // so the owner may be destroyed safely.
        m_wake();
    }
    return true;
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

void SessionInbox::takeAll(std::vector<InboxItem> &out)
{
    std::lock_guard lock(m_mutex);
    m_wakePending = false;
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
    std::vector<InboxItem> rest;
    rest.swap(m_items);
    return rest;
}

} // namespace warren::amqp
