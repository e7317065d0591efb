#include "amqp/amqp_channel.h"

#include "amqp/amqp_connection.h"
#include "amqp/codec/reply_codes.h"
#include "model/virtual_host.h"

#include <algorithm>
#include <atomic>
#include <mutex>

namespace warren::amqp {

AmqpChannel::AmqpChannel(AmqpConnection &connection, std::uint16_t id)
    : m_conn(connection), m_id(id), m_credit(std::make_shared<model::ChannelCredit>())
{
}

AmqpChannel::~AmqpChannel() = default;

std::string &AmqpChannel::out()
{
    return m_conn.out();
}

model::VirtualHost &AmqpChannel::vhost()
{
    return m_conn.vhost();
}

AmqpError AmqpChannel::channelError(std::uint16_t code, std::string text, std::uint16_t classId,
                                    std::uint16_t methodId) const
{
    return AmqpError{code, std::string(replyCodeName(code)) + " - " + text, classId, methodId};
}

AmqpError AmqpChannel::fromModel(const model::ModelError &e, std::uint16_t classId, std::uint16_t methodId) const
{
    std::uint16_t code = reply::InternalError;
    switch (e.kind) {
    case model::ErrorKind::NotFound: code = reply::NotFound; break;
    case model::ErrorKind::ResourceLocked: code = reply::ResourceLocked; break;
    case model::ErrorKind::PreconditionFailed: code = reply::PreconditionFailed; break;
    case model::ErrorKind::AccessRefused: code = reply::AccessRefused; break;
    case model::ErrorKind::NotAllowed: code = reply::NotAllowed; break;
    case model::ErrorKind::ResourceError: code = reply::ResourceError; break;
    case model::ErrorKind::Internal: code = reply::InternalError; break;
    }
    return channelError(code, e.text, classId, methodId);
}

std::string AmqpChannel::resolveQueueName(const std::string &name) const
{
    return name.empty() ? m_lastQueue : name;
}

Result<model::QueuePtr, AmqpError> AmqpChannel::queueForMethod(const std::string &name, std::uint16_t classId,
                                                               std::uint16_t methodId)
{
    const std::string queueName = resolveQueueName(name);
    if (queueName.empty())
        return unexpected(channelError(reply::NotFound, "no previously declared queue", classId, methodId));
    auto queue = vhost().queueForUse(queueName, m_conn.id());
    if (!queue)
        return unexpected(fromModel(queue.error(), classId, methodId));
    return *queue;
}

void AmqpChannel::trackDelivery(std::uint64_t tag, std::optional<Unacked> awaitingAck)
{
    if (awaitingAck) {
        m_unacked.push_back(std::move(*awaitingAck));
        ++m_unackedLive;
    } else if (m_unacked.empty()) {
        m_firstTag = tag + 1;
    } else {
        m_unacked.push_back(Unacked{nullptr, nullptr, {}, true}); // settled placeholder
    }
}

ChannelStatus AmqpChannel::onMethod(Method &&method)
{
    return std::visit(
        [this](auto &m) -> ChannelStatus {
            using M = std::decay_t<decltype(m)>;
            if constexpr (requires { this->handle(m); }) {
                return handle(m);
            } else {
                return unexpected(channelError(reply::CommandInvalid,
                                               "unexpected method " + std::string(M::name) + " from client",
                                               M::classId, M::methodId));
            }
        },
        method);
}

// ------------------------------------------------------------ content

ChannelStatus AmqpChannel::onContentHeader(const ContentHeaderView &header)
{
    PendingPublish &p = *m_pending;
    if (p.haveHeader)
        return unexpected(AmqpError{reply::UnexpectedFrame,
                                    "UNEXPECTED_FRAME - expected content body, got content header instead", 0, 0});
    if (header.weight != 0)
        return unexpected(AmqpError{reply::UnexpectedFrame,
                                    "UNEXPECTED_FRAME - content header weight must be 0, got " +
                                        std::to_string(header.weight),
                                    0, 0});
    if (header.classId != BasicPublish::classId)
        return unexpected(AmqpError{reply::UnexpectedFrame,
                                    "UNEXPECTED_FRAME - expected content header for class 60, got one for class " +
                                        std::to_string(header.classId) + " instead",
                                    BasicPublish::classId, BasicPublish::methodId});
    if (header.bodySize > m_conn.maxMessageSize()) {
        m_pending.reset();
        return unexpected(channelError(reply::PreconditionFailed,
                                       "message size " + std::to_string(header.bodySize) +
                                           " is larger than configured max size " +
                                           std::to_string(m_conn.maxMessageSize()),
                                       BasicPublish::classId, BasicPublish::methodId));
    }
    p.haveHeader = true;
    p.bodySize = header.bodySize;
    p.properties.assign(reinterpret_cast<const char *>(header.properties.data()), header.properties.size());
    p.body.reserve(std::size_t(header.bodySize));
    if (header.bodySize == 0)
        return completePublish();
    return {};
}

ChannelStatus AmqpChannel::onContentBody(std::span<const std::byte> body)
{
    PendingPublish &p = *m_pending;
    if (!p.haveHeader)
        return unexpected(AmqpError{reply::UnexpectedFrame,
                                    "UNEXPECTED_FRAME - expected content header, got content body instead", 0, 0});
    if (p.body.size() + body.size() > p.bodySize)
        return unexpected(AmqpError{reply::FrameError,
                                    "FRAME_ERROR - content body exceeds the size announced in its header", 0, 0});
    p.body.append(reinterpret_cast<const char *>(body.data()), body.size());
    if (p.body.size() == p.bodySize)
        return completePublish();
    return {};
}

// ----------------------------------------------------------- delivery

void AmqpChannel::deliver(model::Delivery &&d, std::vector<model::QueuePtr> &pokes)
{
    const model::ConsumerPtr &c = d.consumer;
    auto it = m_consumers.find(c->tag);
    if (it == m_consumers.end() || it->second.first != c) {
        // Cancelled after the queue pushed this: give it back.
        c->returnCredit();
        std::vector<model::QueuedMessage> back{std::move(d.entry)};
        d.queue->requeue(std::move(back), !c->noAck);
        return;
    }
    if (c->inTransit.fetch_sub(1, std::memory_order_relaxed) == model::Consumer::kInTransitWindow)
        pokes.push_back(d.queue);

    const std::uint64_t tag = m_nextTag++;
    const model::Message &msg = *d.entry.message;
    std::string &out = m_conn.out();
    appendBasicDeliverFrame(out, m_id, c->tag, tag, d.entry.redelivered(), msg.exchange, msg.routingKey);
    if (d.streamOffset >= 0)
        writeStreamContent(msg, d.streamOffset);
    else
        writeContent(msg);

    if (c->noAck)
        trackDelivery(tag, std::nullopt);
    else
        trackDelivery(tag, Unacked{std::move(d.queue), c, std::move(d.entry), false});
}

void AmqpChannel::consumerCancelledByBroker(const model::ConsumerPtr &consumer)
{
    auto it = m_consumers.find(consumer->tag);
    if (it == m_consumers.end() || it->second.first != consumer)
        return;
    m_consumers.erase(it);
    if (m_conn.clientSupportsCancelNotify()) {
        BasicCancel cancel;
        cancel.consumerTag = consumer->tag;
        cancel.noWait = true;
        reply(cancel);
    }
}

// ------------------------------------------------------------ settling

ChannelStatus AmqpChannel::settle(std::uint64_t deliveryTag, bool multiple, Settle how)
{
    const std::uint16_t methodId = how == Settle::Ack ? BasicAck::methodId
                                   : multiple         ? BasicNack::methodId
                                                      : BasicReject::methodId;
    auto unknownTag = [&] {
        return unexpected(channelError(reply::PreconditionFailed, "unknown delivery tag " + std::to_string(deliveryTag),
                                       BasicAck::classId, methodId));
    };
    std::vector<Unacked> entries;
    if (multiple) {
        // RabbitMQ: tag 0 means everything; a tag already settled is fine.
        const std::uint64_t upTo = deliveryTag == 0 ? m_nextTag - 1 : deliveryTag;
        if (upTo >= m_nextTag)
            return unknownTag();
        if (upTo >= m_firstTag) {
            const std::size_t last = std::size_t(upTo - m_firstTag);
            for (std::size_t i = 0; i <= last; ++i) {
                Unacked &u = m_unacked[i];
                if (!u.settled) {
                    u.settled = true;
                    entries.push_back(std::move(u));
                }
            }
        }
    } else {
        if (deliveryTag < m_firstTag || deliveryTag >= m_nextTag ||
            m_unacked[std::size_t(deliveryTag - m_firstTag)].settled)
            return unknownTag();
        Unacked &u = m_unacked[std::size_t(deliveryTag - m_firstTag)];
        u.settled = true;
        entries.push_back(std::move(u));
    }
    if (how != Settle::Ack) // RabbitMQ 3.10: streams take acks only (stream_methods.cpp)
        for (const Unacked &u : entries)
            if (u.queue)
                if (auto refused = refuseOnStream(*u.queue, "basic.nack and basic.reject", BasicAck::classId, methodId))
                    return unexpected(std::move(*refused));
    m_unackedLive -= entries.size();
    while (!m_unacked.empty() && m_unacked.front().settled) {
        m_unacked.pop_front();
        ++m_firstTag;
    }
    applySettlement(entries, how);
    return {};
}

void AmqpChannel::applySettlement(std::vector<Unacked> &entries, Settle how)
{
    if (entries.empty())
        return;
    // Credit first, so the queues' dispatch below can use it.
    std::uint32_t creditReleased = 0;
    for (const Unacked &u : entries) {
        if (u.consumer) {
            u.consumer->unacked.fetch_sub(1, std::memory_order_relaxed);
            ++creditReleased;
        }
    }
    if (creditReleased)
        m_credit->release(creditReleased);

    // Group by queue, keeping order within each queue.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Unacked &a, const Unacked &b) { return a.queue.get() < b.queue.get(); });
    std::size_t i = 0;
    while (i < entries.size()) {
        std::size_t j = i;
        const model::QueuePtr queue = entries[i].queue;
        while (j < entries.size() && entries[j].queue == queue)
            ++j;
        if (how == Settle::Requeue) {
            std::vector<model::QueuedMessage> back;
            back.reserve(j - i);
            for (std::size_t k = i; k < j; ++k)
                back.push_back(std::move(entries[k].entry));
            queue->requeue(std::move(back));
        } else {
            std::vector<model::QueuedMessage> settled;
            settled.reserve(j - i);
            for (std::size_t k = i; k < j; ++k)
                settled.push_back(std::move(entries[k].entry));
            queue->settle(settled, how == Settle::Ack);
        }
        i = j;
    }
    if (m_credit->prefetch.load(std::memory_order_relaxed) != 0)
        pokeConsumedQueues();
}

void AmqpChannel::requeueAllUnacked()
{
    std::vector<Unacked> entries;
    for (Unacked &u : m_unacked)
        if (!u.settled)
            entries.push_back(std::move(u));
    m_unacked.clear();
    m_firstTag = m_nextTag;
    m_unackedLive = 0;
    applySettlement(entries, Settle::Requeue);
}

void AmqpChannel::pokeConsumedQueues()
{
    std::vector<model::QueuePtr> queues;
    for (auto &[tag, cq] : m_consumers)
        if (std::find(queues.begin(), queues.end(), cq.second) == queues.end())
            queues.push_back(cq.second);
    for (auto &q : queues)
        q->dispatch();
}

model::ConsumerPtr AmqpChannel::removeConsumer(const std::string &tag)
{
    auto it = m_consumers.find(tag);
    if (it == m_consumers.end())
        return nullptr;
    auto [consumer, queue] = it->second;
    m_consumers.erase(it);
    if (queue->removeConsumer(consumer.get()))
        vhost().deleteQueueInternal(queue);
    return consumer;
}

void AmqpChannel::flushConfirms()
{
    if (!m_toFlush.empty()) {
        for (const auto &q : m_toFlush)
            q->flushStorage();
        m_toFlush.clear();
    }
    if (m_confirm && !m_durableWaits.empty())
        startBarrier(false);
    releaseConfirms();
}

void AmqpChannel::startBarrier(bool txCommit)
{
    struct Pending {
        std::atomic<std::size_t> remaining;
        std::mutex mutex;
        std::optional<std::string> error;
    };
    const std::uint64_t id = m_conn.nextBarrierId();
    m_barriers.push_back(Barrier{id, m_publishSeq, txCommit, false});
    auto pending = std::make_shared<Pending>();
    pending->remaining.store(m_durableWaits.size());
    std::weak_ptr<SessionInbox> inbox = m_conn.inbox();
    const std::uint16_t channel = m_id;
    auto queues = std::move(m_durableWaits);
    m_durableWaits.clear();
    for (const auto &q : queues) {
        // Runs on the flusher thread (or right here); only posts to our inbox.
        q->whenDurable([pending, inbox, channel, id](std::optional<std::string> error) {
            if (error) {
                std::lock_guard lock(pending->mutex);
                if (!pending->error)
                    pending->error = std::move(error);
            }
            if (pending->remaining.fetch_sub(1) != 1)
                return;
            if (auto in = inbox.lock()) {
                std::optional<std::string> e;
                {
                    std::lock_guard lock(pending->mutex);
                    e = pending->error;
                }
                in->complete(DurabilityCompletion{channel, id, std::move(e)});
            }
        });
    }
}

ChannelStatus AmqpChannel::durabilityReached(std::uint64_t barrier, std::optional<std::string> error)
{
    for (Barrier &b : m_barriers) {
        if (b.id != barrier)
            continue;
        if (error && (b.txCommit || !m_confirm))
            break; // a transaction or a publisher without confirms: only closing can tell it
        b.done = true;
        b.failed = error.has_value(); // confirm mode: its publishes are nacked
        releaseConfirms();
        return {};
    }
    if (error)
        return unexpected(channelError(reply::ResourceError, "messages could not be made durable: " + *error));
    return {};
}

void AmqpChannel::releaseConfirms()
{
    // Barriers complete in any order; confirms and commit-oks go out in order.
    std::uint64_t releasable = m_barriers.empty() ? m_publishSeq : m_confirmedUpTo;
    while (!m_barriers.empty() && m_barriers.front().done) {
        const Barrier b = m_barriers.front();
        m_barriers.pop_front();
        if (b.txCommit)
            reply(TxCommitOk{});
        if (b.failed && m_confirm && b.upTo > m_confirmedUpTo) {
            // What came before the barrier is confirmed as usual; the
            // barrier's own publishes (after the previous barrier) are nacked.
            sendConfirmsUpTo(releasable);
            if (b.upTo > m_confirmedUpTo) {
                appendBasicNackFrame(m_conn.out(), m_id, b.upTo, b.upTo - m_confirmedUpTo > 1, false);
                m_confirmedUpTo = b.upTo;
                std::erase_if(m_nacks, [&](std::uint64_t seq) { return seq <= b.upTo; });
            }
        }
        releasable = std::max(releasable, b.upTo);
        if (m_barriers.empty())
            releasable = m_publishSeq;
    }
    if (!m_confirm)
        return;
    sendConfirmsUpTo(releasable);
}

void AmqpChannel::sendConfirmsUpTo(std::uint64_t releasable)
{
    if (releasable <= m_confirmedUpTo)
        return;
    // Nacked sequences (refused by a queue's length limit) split the acks:
    // everything before one is acked (with multiple), then it is nacked.
    std::size_t nacked = 0;
    for (; nacked < m_nacks.size() && m_nacks[nacked] <= releasable; ++nacked) {
        const std::uint64_t seq = m_nacks[nacked];
        if (seq > m_confirmedUpTo + 1)
            appendBasicAckFrame(m_conn.out(), m_id, seq - 1, seq - 1 - m_confirmedUpTo > 1);
        appendBasicNackFrame(m_conn.out(), m_id, seq, false, false);
        m_confirmedUpTo = seq;
    }
    m_nacks.erase(m_nacks.begin(), m_nacks.begin() + std::ptrdiff_t(nacked));
    if (releasable > m_confirmedUpTo) {
        const bool multiple = releasable - m_confirmedUpTo > 1;
        appendBasicAckFrame(m_conn.out(), m_id, releasable, multiple);
        m_confirmedUpTo = releasable;
    }
}

void AmqpChannel::shutdown()
{
    m_pending.reset();
    m_txPublishes.clear();
    m_txSettles.clear();
    std::vector<std::string> tags;
    for (auto &[tag, cq] : m_consumers)
        tags.push_back(tag);
    for (auto &tag : tags)
        removeConsumer(tag);
    requeueAllUnacked();
}

} // namespace warren::amqp
