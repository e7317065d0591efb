// basic.publish: content assembly ends here; the message is routed through
// the (cached) routing table and enqueued, or returned if mandatory.
#include "amqp/amqp_channel.h"
#include "amqp/amqp_connection.h"
#include "amqp/codec/reply_codes.h"
#include "model/delayed_schedule.h"
#include "model/virtual_host.h"

#include <QDateTime>

#include <algorithm>
#include <charconv>

namespace warren::amqp {

ChannelStatus AmqpChannel::handle(const BasicPublish &m)
{
    if (m.immediate)
        return unexpected(AmqpError{reply::NotImplemented, "NOT_IMPLEMENTED - immediate=true", m.classId,
                                    m.methodId});
    if (auto refused = checkPublishAccess(m.exchange))
        return unexpected(std::move(*refused));
    m_pending.emplace();
    m_pending->method = m;
    return {};
}

ChannelStatus AmqpChannel::routeMessage(const model::Message &message, std::vector<model::QueuePtr> &queues)
{
    model::VirtualHost &vh = vhost();
    const std::uint64_t version = vh.topologyVersion();
    if (version != m_cacheVersion) {
        m_exchangeCache.clear();
        m_defaultRouteCache.clear();
        m_cacheVersion = version;
    }
    if (message.exchange.empty()) {
        // The default exchange: every queue is bound by its own name.
        auto it = m_defaultRouteCache.find(message.routingKey);
        if (it == m_defaultRouteCache.end())
            it = m_defaultRouteCache.emplace(message.routingKey, vh.findQueue(message.routingKey)).first;
        if (it->second)
            queues.push_back(it->second);
        return {};
    }
    auto it = m_exchangeCache.find(message.exchange);
    if (it == m_exchangeCache.end()) {
        model::ExchangePtr ex = vh.findExchange(message.exchange);
        if (!ex)
            return unexpected(channelError(reply::NotFound,
                                           "no exchange '" + message.exchange + "' in vhost '" + vh.name() + "'",
                                           BasicPublish::classId, BasicPublish::methodId));
        auto table = ex->routingTable();
        it = m_exchangeCache.emplace(message.exchange, std::make_pair(std::move(ex), std::move(table))).first;
    }
    const model::ExchangePtr &ex = it->second.first;
    if (ex->options().internal)
        return unexpected(channelError(reply::AccessRefused,
                                       "cannot publish to internal exchange '" + message.exchange + "' in vhost '" +
                                           vh.name() + "'",
                                       BasicPublish::classId, BasicPublish::methodId));
    if (ex->delayed() && model::DelayedSchedule::delayOf(message)) {
        ex->publishedIn.fetch_add(1, std::memory_order_relaxed);
        m_delayedExchange = ex; // routed when due (RabbitMQ's plugin: never returned)
        return {};
    }
    vh.routeWithAlternates(*ex, *it->second.second, message, queues);
    ex->publishedIn.fetch_add(1, std::memory_order_relaxed);
    if (queues.empty())
        ex->unroutable.fetch_add(1, std::memory_order_relaxed);
    else
        ex->routedOut.fetch_add(queues.size(), std::memory_order_relaxed);
    return {};
}

ChannelStatus AmqpChannel::enqueueRouted(const model::MessagePtr &message, const std::vector<model::QueuePtr> &queues)
{
    bool rejected = false;
    for (const auto &q : queues) {
        switch (q->enqueue(message)) {
        case model::EnqueueOutcome::QueuedDurable:
            {
                // Confirms and tx.commit-ok wait for the log's group commit
                // (which writes the log's buffer first); otherwise the
                // buffer is written at the end of this input batch.
                auto &list = (m_confirm || m_tx) ? m_durableWaits : m_toFlush;
                if (std::find(list.begin(), list.end(), q) == list.end())
                    list.push_back(q);
            }
            break;
        case model::EnqueueOutcome::StorageFailed:
            // A publisher in confirm mode learns it from a nack (RabbitMQ
            // nacks what a queue could not take) and keeps its connection;
            // otherwise only closing can tell it.
            if (m_confirm && !m_tx) {
                if (!rejected)
                    m_nacks.push_back(m_publishSeq);
                rejected = true;
                break;
            }
            return unexpected(channelError(reply::ResourceError,
                                           "cannot store message in queue '" + q->name() + "' in vhost '" +
                                               q->vhost() + "': " + q->storageError(),
                                           BasicPublish::classId, BasicPublish::methodId));
        case model::EnqueueOutcome::Rejected:
            // x-overflow reject-publish: a publisher in confirm mode gets a
            // nack (once, whichever of its queues refused it).
            if (m_confirm && !rejected)
                m_nacks.push_back(m_publishSeq);
            rejected = true;
            break;
        case model::EnqueueOutcome::Queued:
        case model::EnqueueOutcome::Duplicate:
        case model::EnqueueOutcome::Deleted:
            break;
        }
    }
    return {};
}

ChannelStatus AmqpChannel::scheduleDelayed(const model::MessagePtr &message)
{
    const model::ExchangePtr ex = std::move(m_delayedExchange);
    m_delayedExchange.reset();
    const std::int64_t delay = model::DelayedSchedule::delayOf(*message).value_or(0);
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    switch (ex->delayed()->schedule(message, delay, now)) {
    case model::EnqueueOutcome::QueuedDurable:
        {
            auto &list = (m_confirm || m_tx) ? m_durableWaits : m_toFlush;
            const model::DurabilityTargetPtr target = ex->delayed();
            if (std::find(list.begin(), list.end(), target) == list.end())
                list.push_back(target);
        }
        break;
    case model::EnqueueOutcome::StorageFailed:
        return unexpected(channelError(reply::ResourceError,
                                       "cannot store delayed message for exchange '" +
                                           ex->name() + "' in vhost '" + vhost().name() + "'",
                                       BasicPublish::classId, BasicPublish::methodId));
    default:
        break;
    }
    return {};
}

void AmqpChannel::writeContent(const model::Message &msg)
{
    std::string &out = m_conn.out();
    appendContentHeaderFrame(out, m_id, BasicPublish::classId, msg.body.size(),
                             std::as_bytes(std::span(msg.encodedProperties.data(), msg.encodedProperties.size())));
    appendBodyFrames(out, m_id, std::as_bytes(std::span(msg.body.data(), msg.body.size())), m_conn.frameMax());
}

void AmqpChannel::writeReturn(const model::Message &msg)
{
    appendBasicReturnFrame(m_conn.out(), m_id, reply::NoRoute, "NO_ROUTE", msg.exchange, msg.routingKey);
    writeContent(msg);
}

ChannelStatus AmqpChannel::completePublish()
{
    PendingPublish p = std::move(*m_pending);
    m_pending.reset();
    auto props = decodeBasicProperties(std::as_bytes(std::span(p.properties.data(), p.properties.size())));
    if (!props)
        return unexpected(props.error());

    auto msg = std::make_shared<model::Message>();
    msg->exchange = std::move(p.method.exchange);
    msg->routingKey = std::move(p.method.routingKey);
    msg->persistent = props->deliveryMode.value_or(1) == 2;
    msg->priority = props->priority.value_or(0);
    if (props->expiration) {
        const std::string &e = *props->expiration;
        std::uint64_t ms = 0;
        auto [ptr, ec] = std::from_chars(e.data(), e.data() + e.size(), ms);
        if (ec != std::errc() || ptr != e.data() + e.size() || e.empty())
            return unexpected(channelError(reply::PreconditionFailed, "invalid expiration '" + e + "'",
                                           BasicPublish::classId, BasicPublish::methodId));
        msg->expirationMs = ms;
    }
    if (props->replyTo && *props->replyTo == kDirectReplyTo) {
        // Direct reply-to: name this channel's reply queue instead, so the
        // responder's reply (default exchange, that name) comes straight back.
        if (m_replyQueue.empty() || !vhost().findQueue(m_replyQueue))
            return unexpected(channelError(reply::PreconditionFailed,
                                           "PRECONDITION_FAILED - fast reply consumer does not exist",
                                           BasicPublish::classId, BasicPublish::methodId));
        props->replyTo = m_replyQueue;
        p.properties.clear();
        encodeBasicProperties(*props, p.properties);
    }
    if (props->headers)
        msg->headers = std::move(props->headers);
    if (props->messageId)
        msg->messageId = std::move(*props->messageId);
    msg->encodedProperties = std::move(p.properties);
    msg->body = std::move(p.body);
    m_conn.broker().counters().published.fetch_add(1, std::memory_order_relaxed);

    if (m_tx) {
        // Routed at commit time, as RabbitMQ does.
        m_txPublishes.push_back(TxPublish{std::move(msg), p.method.mandatory});
        return {};
    }
    if (m_confirm)
        ++m_publishSeq;
    m_routeScratch.clear();
    if (auto st = routeMessage(*msg, m_routeScratch); !st)
        return st;
    if (m_delayedExchange)
        return scheduleDelayed(msg);
    if (m_routeScratch.empty()) {
        if (p.method.mandatory)
            writeReturn(*msg);
        return {};
    }
    return enqueueRouted(msg, m_routeScratch);
}

} // namespace warren::amqp
