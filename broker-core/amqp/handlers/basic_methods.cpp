// basic.* methods except publish: qos, consume, cancel, get, ack, reject,
// nack, recover.
#include "amqp/amqp_channel.h"
#include "amqp/amqp_connection.h"
#include "amqp/codec/reply_codes.h"
#include "model/queue.h"
#include "model/virtual_host.h"

#include <random>

#include <algorithm>

namespace warren::amqp {

namespace {
std::string generateConsumerTag()
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    thread_local std::mt19937_64 rng{std::random_device{}()};
    std::string tag = "amq.ctag-";
    for (int i = 0; i < 22; ++i)
        tag += kAlphabet[rng() % 64];
    return tag;
}
} // namespace

ChannelStatus AmqpChannel::handle(const BasicQos &m)
{
    if (m.prefetchSize != 0)
        return unexpected(AmqpError{reply::NotImplemented,
                                    "NOT_IMPLEMENTED - prefetch_size!=0 (" + std::to_string(m.prefetchSize) + ")",
                                    m.classId, m.methodId});
    if (m.global) {
        m_credit->prefetch.store(m.prefetchCount, std::memory_order_relaxed);
        pokeConsumedQueues(); // a larger limit may let waiting messages through
    } else {
        m_consumerPrefetch = m.prefetchCount;
    }
    reply(BasicQosOk{});
    return {};
}

ChannelStatus AmqpChannel::handle(const BasicConsume &m)
{
    Result<model::QueuePtr, AmqpError> queue = model::QueuePtr{};
    if (m.queue == kDirectReplyTo) {
        // Direct reply-to: a consumer on the pseudo-queue gets the replies
        // to this channel's requests; RabbitMQ's rules: auto-ack only, one
        // per channel.
        if (!m.noAck)
            return unexpected(channelError(reply::PreconditionFailed,
                                           "PRECONDITION_FAILED - reply consumer cannot acknowledge", m.classId,
                                           m.methodId));
        if (!m_replyQueue.empty() && vhost().findQueue(m_replyQueue))
            return unexpected(channelError(reply::PreconditionFailed,
                                           "PRECONDITION_FAILED - reply consumer already set", m.classId,
                                           m.methodId));
        model::QueuePtr replyQueue = vhost().createReplyQueue(m_conn.id());
        m_replyQueue = replyQueue->name();
        queue = std::move(replyQueue);
    } else {
        if (auto refused = checkAccess(model::Permission::Read, model::ResourceKind::Queue, resolveQueueName(m.queue), m.classId, m.methodId))
            return unexpected(std::move(*refused));
        queue = queueForMethod(m.queue, m.classId, m.methodId);
    }
    if (!queue)
        return unexpected(queue.error());
    std::string tag = m.consumerTag.empty() ? generateConsumerTag() : m.consumerTag;
    if (m_consumers.count(tag))
        return unexpected(AmqpError{reply::NotAllowed, "NOT_ALLOWED - attempt to reuse consumer tag '" + tag + "'",
                                    m.classId, m.methodId});

    auto consumer = std::make_shared<model::Consumer>();
    consumer->tag = tag;
    consumer->noAck = m.noAck;
    consumer->exclusive = m.exclusive;
    consumer->prefetch = m_consumerPrefetch;
    if (const FieldValue *p = m.arguments.find("x-priority"))
        if (auto n = p->toInteger())
            consumer->priority = std::int32_t(std::clamp<std::int64_t>(*n, INT32_MIN, INT32_MAX));
    consumer->connection = m_conn.id();
    consumer->channel = m_id;
    consumer->channelCredit = m_credit;
    consumer->sink = m_conn.inbox();
    if (auto st = prepareStreamConsume(m, **queue, *consumer); !st) // x-stream-offset (stream_methods.cpp)
        return st;

    // consume-ok must precede the first delivery: write it before the queue
    // can dispatch (deliveries are written later, from the inbox), and take
    // it back if the queue refuses the consumer.
    std::string &out = m_conn.out();
    const std::size_t mark = out.size();
    if (!m.noWait) {
        BasicConsumeOk ok;
        ok.consumerTag = tag;
        reply(ok);
    }
    m_consumers.emplace(tag, std::make_pair(consumer, *queue));
    auto st = (*queue)->addConsumer(consumer);
    if (!st) {
        out.resize(mark);
        m_consumers.erase(tag);
        // RabbitMQ reports an exclusive-consumer conflict as ACCESS_REFUSED.
        auto err = st.error();
        if (err.kind == model::ErrorKind::ResourceLocked)
            err.kind = model::ErrorKind::AccessRefused;
        return unexpected(fromModel(err, m.classId, m.methodId));
    }
    return {};
}

ChannelStatus AmqpChannel::handle(const BasicCancel &m)
{
    removeConsumer(m.consumerTag); // unknown tags are fine (RabbitMQ)
    if (!m.noWait) {
        BasicCancelOk ok;
        ok.consumerTag = m.consumerTag;
        reply(ok);
    }
    return {};
}

ChannelStatus AmqpChannel::handle(const BasicGet &m)
{
    if (auto refused = checkAccess(model::Permission::Read, model::ResourceKind::Queue, resolveQueueName(m.queue), m.classId, m.methodId))
        return unexpected(std::move(*refused));
    auto queue = queueForMethod(m.queue, m.classId, m.methodId);
    if (!queue)
        return unexpected(queue.error());
    if (auto refused = refuseOnStream(**queue, "basic.get", m.classId, m.methodId))
        return unexpected(std::move(*refused));
    std::uint32_t remaining = 0;
    auto entry = (*queue)->get(!m.noAck, remaining);
    if (!entry) {
        reply(BasicGetEmpty{});
        return {};
    }
    const std::uint64_t tag = m_nextTag++;
    const model::Message &msg = *entry->message;
    std::string &out = m_conn.out();
    appendBasicGetOkFrame(out, m_id, tag, entry->redelivered(), msg.exchange, msg.routingKey, remaining);
    writeContent(msg);
    if (m.noAck)
        trackDelivery(tag, std::nullopt);
    else
        trackDelivery(tag, Unacked{*queue, nullptr, std::move(*entry), false});
    return {};
}

ChannelStatus AmqpChannel::handle(const BasicAck &m)
{
    if (m_tx) {
        m_txSettles.push_back(TxSettle{m.deliveryTag, m.multiple, Settle::Ack});
        return {};
    }
    return settle(m.deliveryTag, m.multiple, Settle::Ack);
}

ChannelStatus AmqpChannel::handle(const BasicReject &m)
{
    const Settle how = m.requeue ? Settle::Requeue : Settle::Reject;
    if (m_tx) {
        m_txSettles.push_back(TxSettle{m.deliveryTag, false, how});
        return {};
    }
    return settle(m.deliveryTag, false, how);
}

ChannelStatus AmqpChannel::handle(const BasicNack &m)
{
    const Settle how = m.requeue ? Settle::Requeue : Settle::Reject;
    if (m_tx) {
        m_txSettles.push_back(TxSettle{m.deliveryTag, m.multiple, how});
        return {};
    }
    return settle(m.deliveryTag, m.multiple, how);
}

ChannelStatus AmqpChannel::handle(const BasicRecover &m)
{
    if (!m.requeue)
        return unexpected(AmqpError{reply::NotImplemented, "NOT_IMPLEMENTED - requeue=false", m.classId,
                                    m.methodId});
    requeueAllUnacked();
    reply(BasicRecoverOk{});
    return {};
}

ChannelStatus AmqpChannel::handle(const BasicRecoverAsync &m)
{
    if (!m.requeue)
        return unexpected(AmqpError{reply::NotImplemented, "NOT_IMPLEMENTED - requeue=false", m.classId,
                                    m.methodId});
    requeueAllUnacked();
    return {};
}

} // namespace warren::amqp
