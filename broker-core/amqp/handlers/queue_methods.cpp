// queue.* methods: declare, bind, unbind, purge, delete.
#include "amqp/amqp_channel.h"
#include "amqp/amqp_connection.h"
#include "amqp/codec/reply_codes.h"
#include "model/virtual_host.h"

namespace warren::amqp {

namespace {
// RabbitMQ answers an empty queue name with no earlier declaration this way.
constexpr const char *kNoPreviousQueue = "no previously declared queue";
} // namespace

ChannelStatus AmqpChannel::handle(const QueueDeclare &m)
{
    model::QueueOptions options;
    options.durable = m.durable;
    options.exclusive = m.exclusive;
    options.autoDelete = m.autoDelete;
    options.arguments = m.arguments;
    // A server-named queue is checked by its prefix (RabbitMQ checks the
    // generated name; the model generates it while declaring).
    if (!m.passive) {
        const std::string checked = m.queue.empty() ? std::string("amq.gen-") : m.queue;
        if (auto refused = checkAccess(model::Permission::Configure, model::ResourceKind::Queue, checked, m.classId,
                                       m.methodId))
            return unexpected(std::move(*refused));
        // A new queue with a dead-letter exchange: read on the queue and
        // write on that exchange, as RabbitMQ.
        const FieldValue *dlx = m.arguments.find("x-dead-letter-exchange");
        if (dlx && dlx->asString() && !vhost().findQueue(checked)) {
            if (auto refused = checkAccess(model::Permission::Read, model::ResourceKind::Queue, checked, m.classId,
                                           m.methodId))
                return unexpected(std::move(*refused));
            if (auto refused = checkAccess(model::Permission::Write, model::ResourceKind::Exchange, *dlx->asString(),
                                           m.classId, m.methodId))
                return unexpected(std::move(*refused));
        }
    }
    auto result = vhost().declareQueue(m.queue, options, m.passive, m_conn.id());
    if (!result)
        return unexpected(fromModel(result.error(), m.classId, m.methodId));
    m_lastQueue = result->queue->name();
    if (!m.noWait) {
        QueueDeclareOk ok;
        ok.queue = m_lastQueue;
        ok.messageCount = result->messageCount;
        ok.consumerCount = result->consumerCount;
        reply(ok);
    }
    return {};
}

ChannelStatus AmqpChannel::handle(const QueueBind &m)
{
    const std::string queue = resolveQueueName(m.queue);
    if (queue.empty())
        return unexpected(channelError(reply::NotFound, kNoPreviousQueue, m.classId, m.methodId));
    if (auto refused = checkAccess(model::Permission::Write, model::ResourceKind::Queue, queue, m.classId, m.methodId))
        return unexpected(std::move(*refused));
    if (auto refused = checkAccess(model::Permission::Read, model::ResourceKind::Exchange, m.exchange, m.classId, m.methodId))
        return unexpected(std::move(*refused));
    // Spec: an empty key with an empty queue name binds with the queue's name.
    const std::string key = (m.queue.empty() && m.routingKey.empty()) ? queue : m.routingKey;
    auto st = vhost().bindQueue(queue, m.exchange, key, m.arguments, m_conn.id());
    if (!st)
        return unexpected(fromModel(st.error(), m.classId, m.methodId));
    if (!m.noWait)
        reply(QueueBindOk{});
    return {};
}

ChannelStatus AmqpChannel::handle(const QueueUnbind &m)
{
    const std::string queue = resolveQueueName(m.queue);
    if (auto refused = checkAccess(model::Permission::Write, model::ResourceKind::Queue, queue, m.classId, m.methodId))
        return unexpected(std::move(*refused));
    if (auto refused = checkAccess(model::Permission::Read, model::ResourceKind::Exchange, m.exchange, m.classId, m.methodId))
        return unexpected(std::move(*refused));
    auto st = vhost().unbindQueue(queue, m.exchange, m.routingKey, m.arguments, m_conn.id());
    if (!st)
        return unexpected(fromModel(st.error(), m.classId, m.methodId));
    reply(QueueUnbindOk{});
    return {};
}

ChannelStatus AmqpChannel::handle(const QueuePurge &m)
{
    const std::string queue = resolveQueueName(m.queue);
    if (queue.empty())
        return unexpected(channelError(reply::NotFound, kNoPreviousQueue, m.classId, m.methodId));
    if (auto refused = checkAccess(model::Permission::Read, model::ResourceKind::Queue, queue, m.classId, m.methodId))
        return unexpected(std::move(*refused));
    if (auto q = vhost().findQueue(queue))
        if (auto refused = refuseOnStream(*q, "queue.purge", m.classId, m.methodId))
            return unexpected(std::move(*refused));
    auto count = vhost().purgeQueue(queue, m_conn.id());
    if (!count)
        return unexpected(fromModel(count.error(), m.classId, m.methodId));
    if (!m.noWait) {
        QueuePurgeOk ok;
        ok.messageCount = *count;
        reply(ok);
    }
    return {};
}

ChannelStatus AmqpChannel::handle(const QueueDelete &m)
{
    const std::string queue = resolveQueueName(m.queue);
    if (auto refused = checkAccess(model::Permission::Configure, model::ResourceKind::Queue, queue, m.classId, m.methodId))
        return unexpected(std::move(*refused));
    auto count = vhost().deleteQueue(queue, m.ifUnused, m.ifEmpty, m_conn.id());
    if (!count)
        return unexpected(fromModel(count.error(), m.classId, m.methodId));
    if (!m.noWait) {
        QueueDeleteOk ok;
        ok.messageCount = *count;
        reply(ok);
    }
    return {};
}

} // namespace warren::amqp
