#include "model/broker.h"

#include "model/delayed_schedule.h"

#include <QDateTime>
#include <QString>

namespace warren::model {

namespace {
QString q(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
} // namespace

void ConnectionInfo::setIdentity(std::string user, std::string vhost, std::string product, std::string version)
{
    std::lock_guard lock(m_mutex);
    m_identity = Identity{std::move(user), std::move(vhost), std::move(product), std::move(version)};
}

ConnectionInfo::Identity ConnectionInfo::identity() const
{
    std::lock_guard lock(m_mutex);
    return m_identity;
}

Broker::Broker() : m_startedAtMs(QDateTime::currentMSecsSinceEpoch())
{
    auto root = std::make_unique<VirtualHost>("/");
    root->setEventLog(&m_events);
    root->setLimits(&m_limits);
    m_defaultVhost = root.get();
    m_vhosts.emplace("/", std::move(root));
    // Until loadAccess(): RabbitMQ's first-boot users (guest on "/").
    m_access.load(defaultAccessDefinitions());
}

VirtualHost *Broker::vhost(const std::string &name)
{
    std::lock_guard lock(m_vhostMutex);
    auto it = m_vhosts.find(name);
    return it == m_vhosts.end() ? nullptr : it->second.get();
}

std::vector<std::pair<std::string, VirtualHost *>> Broker::vhostList() const
{
    std::vector<std::pair<std::string, VirtualHost *>> out;
    std::lock_guard lock(m_vhostMutex);
    out.reserve(m_vhosts.size());
    for (const auto &[name, vh] : m_vhosts)
        out.emplace_back(name, vh.get());
    return out;
}

std::vector<std::string> Broker::vhostNames() const
{
    std::vector<std::string> out;
    for (auto &[name, vh] : vhostList())
        out.push_back(name);
    return out;
}

void Broker::setAccessStore(AccessStore *store)
{
    m_accessStore = store;
    m_access.setStore(store);
}

ModelStatus Broker::addVhost(const std::string &name, bool persist)
{
    if (name.empty())
        return modelError(ErrorKind::PreconditionFailed, "vhost name must not be empty");
    {
        std::lock_guard lock(m_vhostMutex);
        if (m_vhosts.count(name))
            return modelError(ErrorKind::PreconditionFailed, "vhost '" + name + "' already exists");
        auto vh = std::make_unique<VirtualHost>(name);
        vh->setEventLog(&m_events);
        vh->setLimits(&m_limits);
        if (m_rewriter)
            vh->setMessageRewriter(m_rewriter);
        if (m_storeProvider)
            vh->setMessageStoreProvider(m_storeProvider);
        if (m_definitionStore)
            vh->setDefinitionStore(m_definitionStore);
        m_vhosts.emplace(name, std::move(vh));
    }
    if (persist && m_accessStore)
        m_accessStore->vhostAdded(name);
    m_events.append(metrics::EventKind::Management, "vhost '" + name + "' added");
    return {};
}

ModelStatus Broker::deleteVhost(const std::string &name)
{
    if (name == "/")
        return modelError(ErrorKind::PreconditionFailed, "the default vhost '/' cannot be deleted");
    VirtualHost *vh = nullptr;
    {
        std::lock_guard lock(m_vhostMutex);
        auto it = m_vhosts.find(name);
        if (it == m_vhosts.end())
            return modelError(ErrorKind::NotFound, "no vhost '" + name + "'");
        vh = it->second.get();
        // Connections may still hold the vhost: it is retired, never freed
        // while the broker lives, so their pointers stay valid (empty).
        m_retiredVhosts.push_back(std::move(it->second));
        m_vhosts.erase(it);
    }
    for (const auto &queue : vh->queues())
        vh->deleteQueueInternal(queue);
    for (const auto &ex : vh->exchanges())
        if (!ex->name().empty() && ex->name().rfind("amq.", 0) != 0)
            (void)vh->deleteExchange(ex->name(), false);
    m_access.vhostDeleted(name);
    if (m_accessStore)
        m_accessStore->vhostDeleted(name);
    m_events.append(metrics::EventKind::Management, "vhost '" + name + "' deleted");
    return {};
}

ModelStatus Broker::setPermissions(const std::string &user, const std::string &vhostName,
                                   const PermissionPatterns &patterns)
{
    if (!vhost(vhostName))
        return modelError(ErrorKind::NotFound, "no vhost '" + vhostName + "'");
    return m_access.setPermissions(user, vhostName, patterns);
}

void Broker::loadAccess(const AccessDefinitions &definitions)
{
    for (const auto &name : definitions.vhosts)
        if (!vhost(name))
            (void)addVhost(name, false);
    m_access.load(definitions);
}

void Broker::setMessageStoreProvider(MessageStoreProvider *provider)
{
    m_storeProvider = provider;
    for (auto &[name, vhost] : vhostList())
        vhost->setMessageStoreProvider(provider);
}

void Broker::closeMessageStores()
{
    for (auto &[name, vhost] : vhostList())
        vhost->closeMessageStores();
}

void Broker::setMessageRewriter(const MessageRewriter *rewriter)
{
    m_rewriter = rewriter;
    for (auto &[name, vh] : vhostList())
        vh->setMessageRewriter(rewriter);
}

void Broker::tick()
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (auto &[name, vh] : vhostList())
        vh->tick(now);
}

void Broker::setDefinitionStore(DefinitionStore *store)
{
    m_definitionStore = store;
    for (auto &[name, vhost] : vhostList())
        vhost->setDefinitionStore(store);
}

std::string Broker::restoreDefinitions(const Definitions &definitions)
{
    std::string problems;
    auto add = [&](const std::string &what) {
        if (what.empty())
            return;
        if (!problems.empty())
            problems += "; ";
        problems += what;
    };
    for (auto &[name, vhost] : vhostList())
        add(vhost->restore(definitions));
    auto unknown = [&](const std::string &vhost, const std::string &what) {
        if (!this->vhost(vhost))
            add(what + " in unknown vhost '" + vhost + "'");
    };
    for (const auto &e : definitions.exchanges)
        unknown(e.vhost, "exchange '" + e.name + "'");
    for (const auto &q : definitions.queues)
        unknown(q.vhost, "queue '" + q.name + "'");
    for (const auto &b : definitions.bindings)
        unknown(b.vhost, "binding from '" + b.source + "' to '" + b.destination + "'");
    return problems;
}

void Broker::registerConnection(ConnectionInfoPtr info)
{
    std::lock_guard lock(m_mutex);
    m_connections[info->id] = std::move(info);
}

void Broker::unregisterConnection(ConnectionId id)
{
    std::lock_guard lock(m_mutex);
    m_connections.erase(id);
}

void Broker::setListeners(std::vector<metrics::ListenerSnapshot> listeners)
{
    std::lock_guard lock(m_mutex);
    m_listeners = std::move(listeners);
}

namespace {
// Empty tables show as nothing (not "{}"), so "has arguments" means something.
QString argumentsText(const FieldTable &arguments)
{
    return arguments.empty() ? QString() : q(toDisplayString(arguments));
}

} // namespace

metrics::BrokerSnapshotPtr Broker::snapshot() const
{
    return snapshotWith({});
}

metrics::BrokerSnapshotPtr Broker::snapshotWith(const std::function<void(metrics::BrokerSnapshot &)> &extend) const
{
    auto snap = std::make_shared<metrics::BrokerSnapshot>();
    snap->takenAtMs = QDateTime::currentMSecsSinceEpoch();
    snap->uptimeMs = snap->takenAtMs - m_startedAtMs;
    snap->processMemoryBytes = processResidentMemory();
    std::vector<ConnectionInfoPtr> connections;
    {
        std::lock_guard lock(m_mutex);
        snap->listeners = m_listeners;
        for (auto &[id, c] : m_connections)
            connections.push_back(c);
    }
    for (const auto &[vname, vh] : vhostList()) {
        for (const auto &ex : vh->exchanges()) {
            metrics::ExchangeSnapshot e;
            e.vhost = q(vname);
            e.name = q(ex->name());
            e.type = q(std::string(toString(ex->type())));
            e.durable = ex->options().durable;
            e.autoDelete = ex->options().autoDelete;
            e.internal = ex->options().internal;
            e.arguments = argumentsText(ex->options().arguments);
            e.publishedIn = ex->publishedIn.load(std::memory_order_relaxed);
            e.routedOut = ex->routedOut.load(std::memory_order_relaxed);
            e.unroutable = ex->unroutable.load(std::memory_order_relaxed);
            if (ex->delayed()) {
                e.scheduled = ex->delayed()->size();
                e.nextDueMs = ex->delayed()->nextDueMs().value_or(-1);
            }
            const auto bindings = ex->bindings();
            e.bindingsOut = int(bindings.size());
            for (const auto &b : bindings) {
                metrics::BindingSnapshot bs;
                bs.vhost = e.vhost;
                bs.source = e.name;
                bs.destination = q(b.destination.name);
                bs.destinationIsQueue = b.destination.isQueue();
                bs.routingKey = q(b.key);
                bs.arguments = argumentsText(b.arguments);
                snap->bindings.push_back(std::move(bs));
            }
            snap->exchanges.push_back(std::move(e));
        }
        for (const auto &queue : vh->queues()) {
            const QueueStats st = queue->stats();
            metrics::QueueSnapshot qs;
            qs.vhost = q(vname);
            qs.name = q(queue->name());
            qs.durable = queue->options().durable;
            qs.exclusive = queue->options().exclusive;
            qs.autoDelete = queue->options().autoDelete;
            qs.arguments = argumentsText(queue->options().arguments);
            qs.ready = st.ready;
            qs.unacked = st.unacked;
            qs.readyBytes = st.readyBytes;
            qs.consumers = st.consumers;
            qs.published = st.published;
            qs.delivered = st.delivered;
            qs.acked = st.acked;
            qs.redelivered = st.redelivered;
            qs.memoryBytes = st.memoryBytes;
            qs.pagedOut = st.pagedOut;
            qs.pagedOutBytes = st.pagedOutBytes;
            qs.diskBytes = st.diskBytes;
            qs.storageError = q(st.storageError);
            const QueuePolicy &policy = queue->policy();
            if (policy.deadLetterExchange)
                qs.deadLetterExchange =
                    policy.deadLetterExchange->empty() ? QStringLiteral("(default)") : q(*policy.deadLetterExchange);
            if (policy.deadLetterRoutingKey)
                qs.deadLetterRoutingKey = q(*policy.deadLetterRoutingKey);
            qs.expired = st.expired;
            qs.deadLettered = st.deadLettered;
            qs.droppedMaxLen = st.droppedMaxLen;
            qs.duplicates = st.duplicates;
            if (st.stream) {
                qs.type = QStringLiteral("stream");
                qs.streamFirstOffset = st.streamFirstOffset;
                qs.streamNextOffset = st.streamNextOffset;
                qs.streamSegments = st.streamSegments;
            }
            snap->queueMemoryBytes += st.memoryBytes;
            snap->pagedOutMessages += st.pagedOut;
            snap->queueDiskBytes += st.diskBytes;
            snap->delivered += st.delivered;
            snap->acked += st.acked;
            snap->redelivered += st.redelivered;
            bool first = true;
            for (const auto &c : queue->consumers()) {
                metrics::ConsumerSnapshot cs;
                cs.vhost = qs.vhost;
                cs.queue = qs.name;
                cs.consumerTag = q(c->tag);
                cs.connectionId = c->connection.value;
                cs.channel = c->channel;
                cs.ackRequired = !c->noAck;
                cs.prefetch = int(c->prefetch);
                cs.unacked = c->unacked.load(std::memory_order_relaxed);
                cs.priority = c->priority;
                cs.active = !policy.singleActiveConsumer || first;
                first = false;
                snap->consumers.push_back(std::move(cs));
            }
            snap->queues.push_back(std::move(qs));
        }
    }
    snap->published = m_counters.published.load(std::memory_order_relaxed);
    snap->kafkaProduced = m_counters.kafkaProduced.load(std::memory_order_relaxed);
    snap->kafkaProducedBytes = m_counters.kafkaProducedBytes.load(std::memory_order_relaxed);
    snap->kafkaFetched = m_counters.kafkaFetched.load(std::memory_order_relaxed);
    snap->kafkaFetchedBytes = m_counters.kafkaFetchedBytes.load(std::memory_order_relaxed);
    for (const auto &c : connections) {
        metrics::ConnectionSnapshot cs;
        const auto ident = c->identity();
        cs.id = c->id.value;
        cs.protocol = q(c->protocol);
        if (c->tls)
            cs.protocol += QStringLiteral(" over TLS");
        cs.tls = c->tls;
        cs.peer = q(c->peer);
        cs.user = q(ident.user);
        cs.vhost = q(ident.vhost);
        cs.clientProduct = q(ident.clientProduct);
        cs.clientVersion = q(ident.clientVersion);
        cs.channels = c->channels.load(std::memory_order_relaxed);
        cs.bytesIn = c->bytesIn.load(std::memory_order_relaxed);
        cs.bytesOut = c->bytesOut.load(std::memory_order_relaxed);
        cs.connectedAtMs = c->connectedAtMs;
        cs.blocked = c->blocked.load(std::memory_order_relaxed);
        snap->alarms.blockedConnections += cs.blocked ? 1 : 0;
        snap->connections.push_back(std::move(cs));
    }
    snap->alarms.memoryAlarm = m_alarms.memoryAlarm();
    snap->alarms.diskAlarm = m_alarms.diskAlarm();
    snap->alarms.memoryUsedBytes = m_alarms.memoryUsed();
    snap->alarms.memoryHighWatermarkBytes = m_alarms.memoryLimit();
    snap->alarms.diskMonitored = m_alarms.diskMonitored();
    snap->alarms.diskFreeBytes = m_alarms.diskFree();
    snap->alarms.diskFreeLimitBytes = m_alarms.diskFreeLimit();
    snap->alarms.maxConnections = m_limits.maxConnections();
    snap->alarms.maxQueuesPerVhost = m_limits.maxQueuesPerVhost();
    // Users and permissions (never password hashes), for the Users page.
    for (const auto &[name, vh] : vhostList())
        snap->vhosts.push_back(q(name));
    const AccessDefinitions access = m_access.definitions();
    for (const auto &u : access.users) {
        metrics::UserSnapshot us;
        us.name = q(u.name);
        for (const auto &t : u.tags)
            us.tags << q(t);
        snap->users.push_back(std::move(us));
    }
    for (const auto &p : access.permissions)
        snap->permissions.push_back(metrics::PermissionSnapshot{q(p.user), q(p.vhost), q(p.patterns.configure),
                                                                q(p.patterns.write), q(p.patterns.read)});
    if (extend)
        extend(*snap);
    return snap;
}

} // namespace warren::model
