#include "model/virtual_host.h"

#include "model/declare_equivalence.h"
#include "model/stream/stream_arguments.h"
#include "model/delayed_schedule.h"

#include <QDateTime>

#include <algorithm>
#include <random>

namespace warren::model {

namespace {
std::string inVhost(const std::string &vhost)
{
    return "in vhost '" + vhost + "'";
}
bool hasReservedPrefix(const std::string &name)
{
    return name.rfind("amq.", 0) == 0;
}
// "exchange 'logs' → queue 'q1' (key 'a.#') in vhost '/'", for binding events.
std::string bindingText(const std::string &source, const std::string &destination, bool destIsQueue,
                        const std::string &key, const std::string &vhost)
{
    return "exchange '" + source + "' \u2192 " + (destIsQueue ? "queue '" : "exchange '") + destination +
           "' (key '" + key + "') " + inVhost(vhost);
}
} // namespace

VirtualHost::VirtualHost(std::string name) : m_name(std::move(name))
{
    auto builtIn = [this](const std::string &n, ExchangeType t) {
        ExchangeOptions o;
        o.type = t;
        o.durable = true;
        m_exchanges.emplace(n, std::make_shared<Exchange>(m_name, n, o, true));
    };
    builtIn("", ExchangeType::Direct);
    builtIn("amq.direct", ExchangeType::Direct);
    builtIn("amq.fanout", ExchangeType::Fanout);
    builtIn("amq.topic", ExchangeType::Topic);
    builtIn("amq.headers", ExchangeType::Headers);
    builtIn("amq.match", ExchangeType::Headers);
}

// --------------------------------------------------- durable definitions

void VirtualHost::setDefinitionStore(DefinitionStore *store)
{
    std::lock_guard lock(m_mutex);
    m_store = store;
}

bool VirtualHost::isDurable(const QueuePtr &queue)
{
    return queue->options().durable && !queue->options().exclusive;
}

bool VirtualHost::storesBindingLocked(const ExchangePtr &source, const std::string &destination,
                                      bool destIsQueue) const
{
    if (!m_store || !source->options().durable)
        return false;
    if (destIsQueue) {
        auto q = m_queues.find(destination);
        return q != m_queues.end() && isDurable(q->second);
    }
    auto e = m_exchanges.find(destination);
    return e != m_exchanges.end() && e->second->options().durable;
}

void VirtualHost::setMessageStoreProvider(MessageStoreProvider *provider)
{
    std::lock_guard lock(m_mutex);
    m_storeProvider = provider;
}

void VirtualHost::closeMessageStores()
{
    std::lock_guard lock(m_mutex);
    m_storeProvider = nullptr;
    for (auto &[name, queue] : m_queues)
        queue->closeStorage();
    for (auto &[name, exchange] : m_exchanges)
        if (exchange->delayed())
            exchange->delayed()->close();
}

std::optional<std::string> VirtualHost::attachDelayedStorageLocked(const Exchange &exchange, bool restoring)
{
    if (!exchange.delayed() || !exchange.options().durable || !m_storeProvider)
        return std::nullopt;
    // Its own log beside the queue logs; "amq." names cannot be declared by
    // clients, and server-named queues are "amq.gen-…".
    const std::string storeName = "amq.delayed:" + exchange.name();
    if (!restoring)
        m_storeProvider->discardDurable(m_name, storeName);
    StoreRecovery recovery;
    auto opened = m_storeProvider->openDurable(m_name, storeName, recovery);
    if (!opened)
        return "cannot open the schedule of delayed exchange '" + exchange.name() + "' " + inVhost(m_name) + ": " +
               opened.error().text;
    exchange.delayed()->attachStorage(std::move(*opened), recovery);
    return std::nullopt;
}

ModelResult<QueuePtr> VirtualHost::makeQueueLocked(const std::string &name, QueueOptions options, bool restoring)
{
    auto queue = std::make_shared<Queue>(m_name, name, std::move(options));
    queue->setDeadLetterTarget(this);
    if (queue->isStream()) {
        // A stream is its log: opened (restoring: recovered) here.
        if (!m_storeProvider)
            return modelError(ErrorKind::ResourceError, "stream '" + name + "' " + inVhost(m_name) +
                                                            " needs the broker's storage");
        if (!restoring)
            m_storeProvider->discardStream(m_name, name);
        auto log = m_storeProvider->openStream(m_name, name, streamSettingsFrom(queue->options().arguments));
        if (!log)
            return modelError(ErrorKind::ResourceError, "cannot open the log of stream '" + name + "' " +
                                                            inVhost(m_name) + ": " + log.error().text);
        queue->attachStream(std::move(*log));
        return queue;
    }
    if (!m_storeProvider)
        return queue;
    MessageStorePtr store;
    StoreRecovery recovery;
    if (isDurable(queue)) {
        if (!restoring)
            m_storeProvider->discardDurable(m_name, name);
        auto opened = m_storeProvider->openDurable(m_name, name, recovery);
        if (!opened)
            return modelError(ErrorKind::ResourceError,
                              "cannot open the log of queue '" + name + "' " + inVhost(m_name) + ": " +
                                  opened.error().text);
        store = std::move(*opened);
    }
    queue->attachStorage(m_storeProvider, std::move(store), recovery);
    return queue;
}

std::string VirtualHost::restore(const Definitions &definitions)
{
    std::string problems;
    auto problem = [&](const std::string &what) {
        if (!problems.empty())
            problems += "; ";
        problems += what;
    };
    std::lock_guard lock(m_mutex);
    for (const ExchangeDefinition &d : definitions.exchanges) {
        if (d.vhost != m_name || m_exchanges.count(d.name))
            continue;
        ExchangeOptions o = d.options;
        o.durable = true;
        auto exchange = std::make_shared<Exchange>(m_name, d.name, std::move(o), false);
        if (auto why = attachDelayedStorageLocked(*exchange, true))
            problem(*why);
        m_exchanges.emplace(d.name, std::move(exchange));
    }
    for (const QueueDefinition &d : definitions.queues) {
        if (d.vhost != m_name || m_queues.count(d.name))
            continue;
        QueueOptions o = d.options;
        o.durable = true;
        o.exclusive = false;
        o.owner = ConnectionId{};
        auto queue = makeQueueLocked(d.name, std::move(o), true);
        if (!queue) {
            // Keep the definition usable; its stored messages stay on disk.
            problem(queue.error().text);
            QueueOptions plain = d.options;
            plain.durable = true;
            plain.exclusive = false;
            m_queues.emplace(d.name, std::make_shared<Queue>(m_name, d.name, std::move(plain)));
            continue;
        }
        m_queues.emplace(d.name, std::move(*queue));
    }
    for (const BindingDefinition &b : definitions.bindings) {
        if (b.vhost != m_name)
            continue;
        auto src = m_exchanges.find(b.source);
        if (src == m_exchanges.end() || src->second->isDefault()) {
            problem("binding from missing exchange '" + b.source + "' to '" + b.destination + "'");
            continue;
        }
        Destination dest;
        dest.name = b.destination;
        if (b.destinationIsQueue) {
            auto q = m_queues.find(b.destination);
            if (q == m_queues.end()) {
                problem("binding from '" + b.source + "' to missing queue '" + b.destination + "'");
                continue;
            }
            dest.queue = q->second;
        } else {
            auto e = m_exchanges.find(b.destination);
            if (e == m_exchanges.end()) {
                problem("binding from '" + b.source + "' to missing exchange '" + b.destination + "'");
                continue;
            }
            dest.exchange = e->second;
        }
        src->second->addBinding(Binding{std::move(dest), b.key, b.arguments});
    }
    bumpVersion();
    return problems;
}

// ------------------------------------------------------------- exchanges

ModelResult<ExchangePtr> VirtualHost::declareExchange(const std::string &name, const ExchangeOptions &options,
                                                      bool passive)
{
    std::lock_guard lock(m_mutex);
    auto it = m_exchanges.find(name);
    if (passive) {
        if (it == m_exchanges.end())
            return modelError(ErrorKind::NotFound, "no exchange '" + name + "' " + inVhost(m_name));
        return it->second;
    }
    if (it != m_exchanges.end()) {
        if (auto why = exchangeInequivalence(m_name, name, it->second->options(), options))
            return modelError(ErrorKind::PreconditionFailed, *why);
        return it->second;
    }
    if (hasReservedPrefix(name))
        return modelError(ErrorKind::AccessRefused,
                          "exchange name '" + name + "' contains reserved prefix 'amq.*'");
    if (options.type == ExchangeType::DelayedMessage && !Exchange::delayedTypeOf(options.arguments))
        return modelError(ErrorKind::PreconditionFailed,
                          "Invalid argument, 'x-delayed-type' must be an existing exchange type");
    auto exchange = std::make_shared<Exchange>(m_name, name, options, false);
    if (auto why = attachDelayedStorageLocked(*exchange, false))
        return modelError(ErrorKind::ResourceError, *why);
    m_exchanges.emplace(name, exchange);
    bumpVersion();
    if (m_store && options.durable)
        m_store->exchangeDeclared(m_name, name, options);
    event(metrics::EventKind::Exchange, "exchange '" + name + "' (" + std::string(toString(options.type)) +
                                            (options.durable ? ", durable" : "") + ") declared " + inVhost(m_name));
    return exchange;
}

ModelStatus VirtualHost::deleteExchange(const std::string &name, bool ifUnused)
{
    std::lock_guard lock(m_mutex);
    auto it = m_exchanges.find(name);
    if (it == m_exchanges.end())
        return {}; // deleting what does not exist succeeds
    if (it->second->isBuiltIn())
        return modelError(ErrorKind::AccessRefused,
                          name.empty() ? std::string("operation not permitted on the default exchange")
                                       : "deletion of system exchange '" + name + "' " + inVhost(m_name) +
                                             " not allowed");
    if (ifUnused && it->second->bindingCount() > 0)
        return modelError(ErrorKind::PreconditionFailed, "exchange '" + name + "' " + inVhost(m_name) + " in use");
    deleteExchangeLocked(it->second);
    return {};
}

void VirtualHost::deleteExchangeLocked(const ExchangePtr &exchangeRef)
{
    // The reference may be the map's own entry (deleteExchange passes it):
    // hold the exchange before erasing that entry.
    const ExchangePtr exchange = exchangeRef;
    m_exchanges.erase(exchange->name());
    // The store forgets the bindings from and to it in the same change.
    if (m_store && exchange->options().durable && !exchange->isBuiltIn())
        m_store->exchangeDeleted(m_name, exchange->name());
    removeBindingsToLocked(exchange->name(), false);
    if (exchange->delayed())
        exchange->delayed()->destroy(); // its held-back messages go with it
    bumpVersion();
    event(metrics::EventKind::Exchange, "exchange '" + exchange->name() + "' deleted " + inVhost(m_name));
}

ExchangePtr VirtualHost::findExchange(const std::string &name) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_exchanges.find(name);
    return it == m_exchanges.end() ? nullptr : it->second;
}

void VirtualHost::removeBindingsToLocked(const std::string &destName, bool destIsQueue)
{
    std::vector<ExchangePtr> touched;
    for (auto &[n, ex] : m_exchanges) {
        if (ex->removeBindingsTo(destName, destIsQueue))
            touched.push_back(ex);
    }
    for (auto &ex : touched)
        autoDeleteIfUnusedLocked(ex);
}

void VirtualHost::autoDeleteIfUnusedLocked(const ExchangePtr &exchange)
{
    if (exchange->options().autoDelete && !exchange->isBuiltIn() && exchange->bindingCount() == 0 &&
        m_exchanges.count(exchange->name()))
        deleteExchangeLocked(exchange);
}

ModelStatus VirtualHost::bindExchange(const std::string &destination, const std::string &source,
                                      const std::string &key, const FieldTable &arguments)
{
    std::lock_guard lock(m_mutex);
    auto src = m_exchanges.find(source);
    if (src == m_exchanges.end())
        return modelError(ErrorKind::NotFound, "no exchange '" + source + "' " + inVhost(m_name));
    auto dst = m_exchanges.find(destination);
    if (dst == m_exchanges.end())
        return modelError(ErrorKind::NotFound, "no exchange '" + destination + "' " + inVhost(m_name));
    if (src->second->isDefault() || dst->second->isDefault())
        return modelError(ErrorKind::AccessRefused, "operation not permitted on the default exchange");
    if (auto why = validateBinding(src->second->routingType(), BindingSpec{key, arguments}))
        return modelError(ErrorKind::PreconditionFailed, *why);
    Destination d;
    d.exchange = dst->second;
    d.name = destination;
    if (src->second->addBinding(Binding{d, key, arguments})) {
        bumpVersion();
        if (storesBindingLocked(src->second, destination, false))
            m_store->bindingAdded(BindingDefinition{m_name, source, destination, false, key, arguments});
        event(metrics::EventKind::Binding, "binding added: " + bindingText(source, destination, false, key, m_name));
    }
    return {};
}

ModelStatus VirtualHost::unbindExchange(const std::string &destination, const std::string &source,
                                        const std::string &key, const FieldTable &arguments)
{
    std::lock_guard lock(m_mutex);
    auto src = m_exchanges.find(source);
    auto dst = m_exchanges.find(destination);
    if (src != m_exchanges.end() && src->second->isDefault())
        return modelError(ErrorKind::AccessRefused, "operation not permitted on the default exchange");
    if (src == m_exchanges.end() || dst == m_exchanges.end())
        return {}; // RabbitMQ: unbinding from/to something missing succeeds
    if (src->second->removeBinding(destination, false, key, arguments)) {
        bumpVersion();
        if (storesBindingLocked(src->second, destination, false))
            m_store->bindingRemoved(BindingDefinition{m_name, source, destination, false, key, arguments});
        event(metrics::EventKind::Binding, "binding removed: " + bindingText(source, destination, false, key, m_name));
        autoDeleteIfUnusedLocked(src->second);
    }
    return {};
}

// ---------------------------------------------------------------- queues

std::string VirtualHost::generateQueueName() const
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    thread_local std::mt19937_64 rng{std::random_device{}()};
    std::string name = "amq.gen-";
    for (int i = 0; i < 22; ++i)
        name += kAlphabet[rng() % 64];
    return name;
}

ModelResult<DeclareQueueResult> VirtualHost::declareQueue(const std::string &requestedName,
                                                          const QueueOptions &options, bool passive,
                                                          ConnectionId requester)
{
    std::lock_guard lock(m_mutex);
    std::string name = requestedName;
    if (name.empty() && !passive) {
        do
            name = generateQueueName();
        while (m_queues.count(name));
    }
    // RabbitMQ checks the name of every non-passive declare, existing or not:
    // redeclaring a server-named queue by its amq.gen-… name is refused too.
    if (!passive && hasReservedPrefix(requestedName))
        return modelError(ErrorKind::AccessRefused,
                          "queue name '" + requestedName + "' contains reserved prefix 'amq.*'");
    if (!passive)
        if (auto why = queueArgumentsError(m_name, name, options.arguments))
            return modelError(ErrorKind::PreconditionFailed, *why);
    if (!passive && isStreamDeclaration(options.arguments)) {
        // Streams (model/stream): RabbitMQ's declaration rules.
        if (requestedName.empty())
            return modelError(ErrorKind::PreconditionFailed,
                              "Cannot declare a server-named queue for type rabbit_stream_queue");
        if (auto why = streamDeclarationError(m_name, name, options))
            return modelError(ErrorKind::PreconditionFailed, *why);
    }
    // RabbitMQ: an exclusive queue is never durable, whatever was asked.
    QueueOptions requested = options;
    if (requested.exclusive)
        requested.durable = false;
    auto it = m_queues.find(name);
    if (it != m_queues.end()) {
        const QueuePtr &q = it->second;
        const QueueOptions &cur = q->options();
        // Passive: another connection's exclusive queue is locked. Otherwise
        // (RabbitMQ's "strict" check) the exclusive flag must match too.
        const bool othersExclusive = cur.exclusive && cur.owner != requester;
        if (othersExclusive || (!passive && cur.exclusive != requested.exclusive))
            return modelError(ErrorKind::ResourceLocked,
                              "cannot obtain exclusive access to locked queue '" + name + "' " + inVhost(m_name) +
                                  ". It could be originally declared on another connection or the exclusive "
                                  "property value does not match that of the original declaration.");
        if (!passive) {
            if (auto why = queueInequivalence(m_name, name, cur, requested))
                return modelError(ErrorKind::PreconditionFailed, *why);
        }
        q->touch(); // a redeclaration renews x-expires
        return DeclareQueueResult{q, q->messageCount(), q->consumerCount()};
    }
    if (passive)
        return modelError(ErrorKind::NotFound, "no queue '" + name + "' " + inVhost(m_name));
    // Only new queues count against the limit (RabbitMQ's vhost max-queues).
    if (const std::uint64_t max = m_limits ? m_limits->maxQueuesPerVhost() : 0; max != 0 && m_queues.size() >= max)
        return modelError(ErrorKind::PreconditionFailed, "cannot declare queue '" + name + "': queue limit in vhost '" +
                                                             m_name + "' (" + std::to_string(max) + ") is reached");
    QueueOptions o = std::move(requested);
    o.owner = requester;
    auto made = makeQueueLocked(name, std::move(o), false);
    if (!made)
        return unexpected(made.error());
    QueuePtr queue = std::move(*made);
    m_queues.emplace(name, queue);
    // Implicit binding to the default exchange: routed by name in route().
    bumpVersion();
    if (m_store && isDurable(queue))
        m_store->queueDeclared(m_name, name, queue->options());
    event(metrics::EventKind::Queue, "queue '" + name + "' declared " + inVhost(m_name) +
                                         (queue->options().durable ? " (durable)" : "") +
                                         (queue->options().exclusive ? " (exclusive)" : "") +
                                         (queue->options().autoDelete ? " (auto-delete)" : ""));
    return DeclareQueueResult{queue, 0, 0};
}

ModelResult<QueuePtr> VirtualHost::queueForUseLocked(const std::string &name, ConnectionId requester) const
{
    auto it = m_queues.find(name);
    if (it == m_queues.end())
        return modelError(ErrorKind::NotFound, "no queue '" + name + "' " + inVhost(m_name));
    const QueueOptions &o = it->second->options();
    if (o.exclusive && o.owner != requester)
        return modelError(ErrorKind::ResourceLocked,
                          "cannot obtain exclusive access to locked queue '" + name + "' " + inVhost(m_name) +
                              ". It could be originally declared on another connection or the exclusive property "
                              "value does not match that of the original declaration.");
    return it->second;
}

ModelResult<QueuePtr> VirtualHost::queueForUse(const std::string &name, ConnectionId requester) const
{
    std::lock_guard lock(m_mutex);
    return queueForUseLocked(name, requester);
}

QueuePtr VirtualHost::findQueue(const std::string &name) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_queues.find(name);
    if (it != m_queues.end())
        return it->second;
    if (name.rfind(kReplyToPrefix, 0) == 0) {
        auto reply = m_replyQueues.find(name);
        if (reply != m_replyQueues.end())
            return reply->second;
    }
    return nullptr;
}

QueuePtr VirtualHost::createReplyQueue(ConnectionId owner)
{
    std::lock_guard lock(m_mutex);
    std::string name;
    do
        name = kReplyToPrefix + generateQueueName().substr(8); // the random part of an amq.gen- name
    while (m_replyQueues.count(name));
    QueueOptions o;
    o.exclusive = true;
    o.autoDelete = true;
    o.owner = owner;
    auto queue = std::make_shared<Queue>(m_name, name, std::move(o));
    m_replyQueues.emplace(name, queue);
    bumpVersion(); // channels cache "no such queue" for reply names too
    return queue;
}

ModelStatus VirtualHost::bindQueue(const std::string &queue, const std::string &exchange, const std::string &key,
                                   const FieldTable &arguments, ConnectionId requester)
{
    std::lock_guard lock(m_mutex);
    auto q = queueForUseLocked(queue, requester);
    if (!q)
        return unexpected(q.error());
    auto ex = m_exchanges.find(exchange);
    if (ex == m_exchanges.end())
        return modelError(ErrorKind::NotFound, "no exchange '" + exchange + "' " + inVhost(m_name));
    if (ex->second->isDefault())
        return modelError(ErrorKind::AccessRefused, "operation not permitted on the default exchange");
    if (auto why = validateBinding(ex->second->routingType(), BindingSpec{key, arguments}))
        return modelError(ErrorKind::PreconditionFailed, *why);
    Destination d;
    d.queue = *q;
    d.name = queue;
    if (ex->second->addBinding(Binding{d, key, arguments})) {
        bumpVersion();
        if (storesBindingLocked(ex->second, queue, true))
            m_store->bindingAdded(BindingDefinition{m_name, exchange, queue, true, key, arguments});
        event(metrics::EventKind::Binding, "binding added: " + bindingText(exchange, queue, true, key, m_name));
    }
    return {};
}

ModelStatus VirtualHost::unbindQueue(const std::string &queue, const std::string &exchange, const std::string &key,
                                     const FieldTable &arguments, ConnectionId requester)
{
    std::lock_guard lock(m_mutex);
    auto q = queueForUseLocked(queue, requester);
    if (!q && q.error().kind == ErrorKind::ResourceLocked)
        return unexpected(q.error());
    auto ex = m_exchanges.find(exchange);
    if (ex != m_exchanges.end() && ex->second->isDefault())
        return modelError(ErrorKind::AccessRefused, "operation not permitted on the default exchange");
    if (!q || ex == m_exchanges.end())
        return {}; // RabbitMQ 3.x: unbinding something missing succeeds
    if (ex->second->removeBinding(queue, true, key, arguments)) {
        bumpVersion();
        if (storesBindingLocked(ex->second, queue, true))
            m_store->bindingRemoved(BindingDefinition{m_name, exchange, queue, true, key, arguments});
        event(metrics::EventKind::Binding, "binding removed: " + bindingText(exchange, queue, true, key, m_name));
        autoDeleteIfUnusedLocked(ex->second);
    }
    return {};
}

ModelResult<std::uint32_t> VirtualHost::purgeQueue(const std::string &name, ConnectionId requester)
{
    QueuePtr queue;
    {
        std::lock_guard lock(m_mutex);
        auto q = queueForUseLocked(name, requester);
        if (!q)
            return unexpected(q.error());
        queue = *q;
    }
    return queue->purge();
}

ModelResult<std::uint32_t> VirtualHost::deleteQueue(const std::string &name, bool ifUnused, bool ifEmpty,
                                                    ConnectionId requester)
{
    std::vector<ConsumerPtr> cancelled;
    std::uint32_t count = 0;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_queues.find(name);
        if (it == m_queues.end())
            return std::uint32_t(0); // deleting what does not exist succeeds
        auto q = queueForUseLocked(name, requester);
        if (!q)
            return unexpected(q.error());
        if (ifUnused && (*q)->consumerCount() > 0)
            return modelError(ErrorKind::PreconditionFailed, "queue '" + name + "' " + inVhost(m_name) + " in use");
        if (ifEmpty && (*q)->messageCount() > 0)
            return modelError(ErrorKind::PreconditionFailed,
                              "queue '" + name + "' " + inVhost(m_name) + " not empty");
        count = (*q)->messageCount();
        deleteQueueLocked(*q, cancelled);
    }
    notifyCancelled(cancelled);
    return count;
}

void VirtualHost::deleteQueueInternal(const QueuePtr &queue)
{
    std::vector<ConsumerPtr> cancelled;
    {
        std::lock_guard lock(m_mutex);
        if (auto reply = m_replyQueues.find(queue->name());
            reply != m_replyQueues.end() && reply->second == queue) {
            // A direct reply-to consumer went: replies to it are dropped from now on.
            m_replyQueues.erase(reply);
            queue->markDeleted(cancelled);
            cancelled.clear(); // its consumer is the one that just left
            bumpVersion();
            return;
        }
        auto it = m_queues.find(queue->name());
        if (it == m_queues.end() || it->second != queue)
            return;
        deleteQueueLocked(queue, cancelled);
    }
    notifyCancelled(cancelled);
}

void VirtualHost::deleteQueueLocked(const QueuePtr &queue, std::vector<ConsumerPtr> &cancelled)
{
    m_queues.erase(queue->name());
    // The store forgets the bindings to it in the same change.
    if (m_store && isDurable(queue))
        m_store->queueDeleted(m_name, queue->name());
    const std::uint32_t dropped = queue->markDeleted(cancelled);
    removeBindingsToLocked(queue->name(), true);
    bumpVersion();
    event(metrics::EventKind::Queue, "queue '" + queue->name() + "' deleted " + inVhost(m_name) + " (" +
                                         std::to_string(dropped) + " messages dropped)");
}

void VirtualHost::notifyCancelled(const std::vector<ConsumerPtr> &consumers)
{
    for (const auto &c : consumers)
        c->sink->consumerCancelled(c);
}

void VirtualHost::connectionClosed(ConnectionId connection)
{
    std::vector<ConsumerPtr> cancelled;
    {
        std::lock_guard lock(m_mutex);
        std::vector<QueuePtr> owned;
        for (auto &[n, q] : m_queues)
            if (q->isExclusiveTo(connection))
                owned.push_back(q);
        for (auto &q : owned)
            deleteQueueLocked(q, cancelled);
    }
    notifyCancelled(cancelled);
}

// --------------------------------------------------------------- routing

void VirtualHost::route(const RoutingTable &table, const Message &message, std::vector<QueuePtr> &out) const
{
    thread_local std::vector<std::uint32_t> matches;
    // Exchanges followed during this (outermost) call: each is walked at most
    // once, so binding cycles end and a mesh of exchange-to-exchange bindings
    // costs linear, not exponential, time. Holding the pointers keeps their
    // addresses from being reused while we compare them.
    thread_local std::vector<ExchangePtr> visited;
    struct ClearWhenOutermost {
        bool outermost;
        ~ClearWhenOutermost()
        {
            if (outermost)
                visited.clear();
        }
    } clearVisited{visited.empty()};
    const FieldTable *headers = message.headers ? &*message.headers : nullptr;
    const std::size_t matchStart = matches.size();
    table.router->match(message.routingKey, headers, matches);
    const std::size_t matchEnd = matches.size();
    // Index-based loop: recursion below may grow (and reallocate) `matches`.
    for (std::size_t i = matchStart; i < matchEnd; ++i) {
        const Destination &d = table.destinations[matches[i]];
        if (d.queue) {
            if (std::find(out.begin(), out.end(), d.queue) == out.end())
                out.push_back(d.queue);
        } else if (auto ex = d.exchange.lock()) {
            // Exchange-to-exchange: follow each exchange once.
            if (std::find(visited.begin(), visited.end(), ex) == visited.end()) {
                visited.push_back(ex);
                auto inner = ex->routingTable();
                route(*inner, message, out);
            }
        }
    }
    matches.resize(matchStart);
}

void VirtualHost::routeWithAlternates(const Exchange &exchange, const RoutingTable &table, const Message &message,
                                      std::vector<QueuePtr> &out) const
{
    route(table, message, out);
    // Unroutable: the alternate exchange, then its alternate, each once.
    std::vector<ExchangePtr> tried;
    const Exchange *current = &exchange;
    while (out.empty()) {
        const FieldValue *v = current->options().arguments.find("alternate-exchange");
        const std::string *name = v ? v->asString() : nullptr;
        if (!name)
            return;
        ExchangePtr alternate = findExchange(*name);
        if (!alternate || alternate.get() == &exchange ||
            std::find(tried.begin(), tried.end(), alternate) != tried.end())
            return;
        tried.push_back(alternate);
        auto inner = alternate->routingTable();
        route(*inner, message, out);
        alternate->publishedIn.fetch_add(1, std::memory_order_relaxed);
        if (out.empty())
            alternate->unroutable.fetch_add(1, std::memory_order_relaxed);
        else
            alternate->routedOut.fetch_add(out.size(), std::memory_order_relaxed);
        current = alternate.get();
    }
}

void VirtualHost::releaseDelayed(Exchange &exchange, std::int64_t nowMs)
{
    std::vector<MessagePtr> due = exchange.delayed()->takeDue(nowMs);
    if (due.empty())
        return;
    const RoutingTablePtr table = exchange.routingTable();
    std::vector<QueuePtr> targets;
    std::vector<QueuePtr> toFlush;
    for (MessagePtr &message : due) {
        // As the plugin does: the delivered message's x-delay is negated, so
        // that another delayed exchange does not hold it back again.
        if (message->headers) {
            auto released = std::make_shared<Message>(*message);
            FieldTable headers = *message->headers;
            if (FieldValue *d = headers.find("x-delay"))
                if (auto n = d->toInteger())
                    *d = FieldValue(std::int32_t(-std::clamp<std::int64_t>(*n, 0, INT32_MAX))); // 'I', as the plugin
            if (m_rewriter)
                released->encodedProperties = m_rewriter->withHeaders(message->encodedProperties, headers, false);
            released->headers = std::move(headers);
            message = std::move(released);
        }
        targets.clear();
        routeWithAlternates(exchange, *table, *message, targets);
        if (targets.empty())
            exchange.unroutable.fetch_add(1, std::memory_order_relaxed);
        else
            exchange.routedOut.fetch_add(targets.size(), std::memory_order_relaxed);
        for (const QueuePtr &q : targets)
            if (q->enqueue(message) == EnqueueOutcome::QueuedDurable &&
                std::find(toFlush.begin(), toFlush.end(), q) == toFlush.end())
                toFlush.push_back(q);
    }
    for (const QueuePtr &q : toFlush)
        q->flushStorage();
}

// ---------------------------------------------------------- dead letters

void VirtualHost::deadLetter(const Queue &from, std::vector<DeadLetter> letters)
{
    const QueuePolicy &policy = from.policy();
    if (!policy.deadLetterExchange || letters.empty())
        return;
    const std::string &dlxName = *policy.deadLetterExchange;
    ExchangePtr dlx = findExchange(dlxName);
    if (!dlx)
        return; // RabbitMQ drops them too
    const RoutingTablePtr table = dlx->routingTable();
    const std::uint64_t nowSeconds = std::uint64_t(QDateTime::currentSecsSinceEpoch());
    std::vector<QueuePtr> targets;
    std::vector<QueuePtr> toFlush;
    for (DeadLetter &letter : letters) {
        const Message &original = *letter.message;
        FieldTable headers = original.headers.value_or(FieldTable{});
        DeathEvent death;
        death.queue = from.name();
        death.reason = letter.reason;
        death.exchange = original.exchange;
        death.routingKeys.push_back(original.routingKey);
        death.timeSeconds = nowSeconds;
        if (original.expirationMs)
            death.originalExpiration = std::to_string(*original.expirationMs);
        recordDeath(headers, death);

        auto republished = std::make_shared<Message>(original);
        republished->exchange = dlxName;
        if (policy.deadLetterRoutingKey)
            republished->routingKey = *policy.deadLetterRoutingKey;
        // The per-message TTL is not carried on (x-death keeps it).
        republished->expirationMs.reset();
        if (m_rewriter)
            republished->encodedProperties =
                m_rewriter->withHeaders(original.encodedProperties, headers, original.expirationMs.has_value());
        republished->headers = std::move(headers);
        const MessagePtr message = std::move(republished);

        targets.clear();
        if (dlx->isDefault()) {
            if (QueuePtr q = findQueue(message->routingKey))
                targets.push_back(std::move(q));
        } else {
            routeWithAlternates(*dlx, *table, *message, targets);
        }
        dlx->publishedIn.fetch_add(1, std::memory_order_relaxed);
        for (const QueuePtr &q : targets) {
            if (isDeadLetterCycle(*message->headers, q->name(), letter.reason))
                continue;
            dlx->routedOut.fetch_add(1, std::memory_order_relaxed);
            if (q->enqueue(message) == EnqueueOutcome::QueuedDurable &&
                std::find(toFlush.begin(), toFlush.end(), q) == toFlush.end())
                toFlush.push_back(q);
        }
    }
    for (const QueuePtr &q : toFlush)
        q->flushStorage();
}

void VirtualHost::tick(std::int64_t nowMs)
{
    std::vector<QueuePtr> timed;
    std::vector<ExchangePtr> delayed;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[name, q] : m_queues)
            if (q->needsTimer())
                timed.push_back(q);
        for (const auto &[name, e] : m_exchanges)
            if (e->delayed())
                delayed.push_back(e);
    }
    for (const ExchangePtr &e : delayed)
        releaseDelayed(*e, nowMs);
    for (const QueuePtr &q : timed) {
        q->expireMessages(nowMs);
        if (q->idleExpired(nowMs)) {
            event(metrics::EventKind::Queue, "queue '" + q->name() + "' " + inVhost(m_name) +
                                                 " expired: unused for " +
                                                 std::to_string(*q->policy().expiresMs) + " ms");
            deleteQueueInternal(q);
        }
    }
}

std::vector<ExchangePtr> VirtualHost::exchanges() const
{
    std::lock_guard lock(m_mutex);
    std::vector<ExchangePtr> v;
    v.reserve(m_exchanges.size());
    for (auto &[n, e] : m_exchanges)
        v.push_back(e);
    return v;
}

std::vector<QueuePtr> VirtualHost::queues() const
{
    std::lock_guard lock(m_mutex);
    std::vector<QueuePtr> v;
    v.reserve(m_queues.size());
    for (auto &[n, q] : m_queues)
        v.push_back(q);
    return v;
}

} // namespace warren::model
