#pragma once
// One AMQP channel of one connection: turns channel-level methods into model
// operations, assembles published content, tracks what it delivered and not
// yet settled, and runs confirm and transaction modes.
//
// Thread: owned by its AmqpConnection and used only on that connection's
// worker thread. Model objects it calls (VirtualHost, Queue) are thread-safe.
// Handlers for each AMQP class live in handlers/<class>_methods.cpp; each one
// reads as decode (done) → convert → call the model → encode the reply.

#include "amqp/codec/amqp_error.h"
#include "amqp/codec/content.h"
#include "amqp/codec/methods.h"
#include "common/result.h"
#include "model/access_control.h"
#include "model/consumer.h"
#include "model/exchange.h"
#include "model/message.h"

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace warren::model {
class VirtualHost;
}

namespace warren::amqp {

class AmqpConnection;
using ChannelStatus = Status<AmqpError>;

class AmqpChannel {
public:
    AmqpChannel(AmqpConnection &connection, std::uint16_t id);
    ~AmqpChannel();
    AmqpChannel(const AmqpChannel &) = delete;
    AmqpChannel &operator=(const AmqpChannel &) = delete;

    std::uint16_t id() const { return m_id; }

    // --- frames from the client (the connection routes them here)
    ChannelStatus onMethod(Method &&method);
    ChannelStatus onContentHeader(const ContentHeaderView &header);
    ChannelStatus onContentBody(std::span<const std::byte> body);
    bool expectingContent() const { return m_pending.has_value(); }

    // --- from the session inbox
    /// Writes one delivery; queues that must be re-dispatched are appended to `pokes`.
    void deliver(model::Delivery &&delivery, std::vector<model::QueuePtr> &pokes);
    void consumerCancelledByBroker(const model::ConsumerPtr &consumer);

    /// End of an input batch: start durability waits for what this batch
    /// stored, and send the publisher confirms that are due (coalesced).
    void flushConfirms();
    /// A durability barrier completed (from the session inbox). An error
    /// closes the channel: those messages are not confirmed.
    ChannelStatus durabilityReached(std::uint64_t barrier, std::optional<std::string> error);

    /// The channel ends (closed by either side, or the connection ends):
    /// cancel consumers, requeue everything unacknowledged.
    void shutdown();

    std::size_t unackedCount() const { return m_unackedLive; }

private:
    friend class ChannelHandlers;

    // channel class
    ChannelStatus handle(const ChannelFlow &m);
    // exchange class
    ChannelStatus handle(const ExchangeDeclare &m);
    ChannelStatus handle(const ExchangeDelete &m);
    ChannelStatus handle(const ExchangeBind &m);
    ChannelStatus handle(const ExchangeUnbind &m);
    // queue class
    ChannelStatus handle(const QueueDeclare &m);
    ChannelStatus handle(const QueueBind &m);
    ChannelStatus handle(const QueueUnbind &m);
    ChannelStatus handle(const QueuePurge &m);
    ChannelStatus handle(const QueueDelete &m);
    // basic class
    ChannelStatus handle(const BasicQos &m);
    ChannelStatus handle(const BasicConsume &m);
    ChannelStatus handle(const BasicCancel &m);
    ChannelStatus handle(const BasicPublish &m);
    ChannelStatus handle(const BasicGet &m);
    ChannelStatus handle(const BasicAck &m);
    ChannelStatus handle(const BasicReject &m);
    ChannelStatus handle(const BasicNack &m);
    ChannelStatus handle(const BasicRecover &m);
    ChannelStatus handle(const BasicRecoverAsync &m);
    // confirm and tx classes
    ChannelStatus handle(const ConfirmSelect &m);
    ChannelStatus handle(const TxSelect &m);
    ChannelStatus handle(const TxCommit &m);
    ChannelStatus handle(const TxRollback &m);

    // --- publishing
    struct PendingPublish {
        BasicPublish method;
        bool haveHeader = false;
        std::uint64_t bodySize = 0;
        std::string properties; // encoded, as received
        std::string body;
    };
    ChannelStatus completePublish();
    /// Resolves the exchange's routing (cached while the topology is unchanged).
    ChannelStatus routeMessage(const model::Message &message, std::vector<model::QueuePtr> &queues);
    ChannelStatus enqueueRouted(const model::MessagePtr &message, const std::vector<model::QueuePtr> &queues);
    /// Hands a message that routeMessage() found to be delayed to its
    /// exchange's schedule (m_delayedExchange).
    ChannelStatus scheduleDelayed(const model::MessagePtr &message);
    /// Starts a durability barrier over the queues stored to since the last
    /// one; `txCommit`: answer tx.commit-ok when it completes.
    void startBarrier(bool txCommit);
    /// Sends the confirms (and tx.commit-oks) that completed barriers allow.
    void releaseConfirms();
    /// Writes the content header and body frames of a message (after a
    /// deliver, get-ok or return method frame).
    void writeContent(const model::Message &message);
    /// basic.return NO_ROUTE with the message's content.
    void writeReturn(const model::Message &message);

    // --- streams (handlers/stream_methods.cpp)
    /// RabbitMQ's rules for basic.consume on a stream queue (prefetch set,
    /// no auto-ack, a readable x-stream-offset, which goes into `consumer`),
    /// and x-stream-offset refused on other queues.
    ChannelStatus prepareStreamConsume(const BasicConsume &m, const model::Queue &queue, model::Consumer &consumer);
    /// basic.get and queue.purge are not for streams (540, as RabbitMQ).
    std::optional<AmqpError> refuseOnStream(const model::Queue &queue, const char *method, std::uint16_t classId,
                                            std::uint16_t methodId) const;
    /// Content of a stream delivery: the message's properties with the
    /// x-stream-offset header (a long) added.
    void writeStreamContent(const model::Message &message, std::int64_t offset);

    // --- settlement
    struct Unacked {
        model::QueuePtr queue;
        model::ConsumerPtr consumer; ///< null for basic.get
        model::QueuedMessage entry;
        bool settled = false;
    };
    enum class Settle { Ack, Reject, Requeue };
    ChannelStatus settle(std::uint64_t deliveryTag, bool multiple, Settle how);
    /// Applies a settlement to collected entries (credit first, then queues).
    void applySettlement(std::vector<Unacked> &entries, Settle how);
    void requeueAllUnacked();
    void pokeConsumedQueues();

    // --- permissions (handlers/access_checks.cpp)
    /// 403 ACCESS_REFUSED unless the user's `permission` pattern matches `name`.
    std::optional<AmqpError> checkAccess(model::Permission permission, model::ResourceKind kind,
                                         const std::string &name, std::uint16_t classId, std::uint16_t methodId);
    /// Write permission on the exchange, cached per exchange name.
    std::optional<AmqpError> checkPublishAccess(const std::string &exchange);

    // --- helpers
    model::VirtualHost &vhost();
    AmqpError channelError(std::uint16_t code, std::string text, std::uint16_t classId = 0,
                           std::uint16_t methodId = 0) const;
    AmqpError fromModel(const struct model::ModelError &e, std::uint16_t classId, std::uint16_t methodId) const;
    template <typename M>
    void reply(const M &m)
    {
        appendMethodFrame(out(), m_id, m);
    }
    std::string &out();
    std::string resolveQueueName(const std::string &name) const;
    /// The queue a consume/get names (empty = last declared), or the error
    /// to close the channel with (404, 405).
    Result<model::QueuePtr, AmqpError> queueForMethod(const std::string &name, std::uint16_t classId,
                                                      std::uint16_t methodId);
    /// Records a delivery made with `tag`: unsettled if it awaits an ack,
    /// otherwise only keeps the tag index dense.
    void trackDelivery(std::uint64_t tag, std::optional<Unacked> awaitingAck);
    model::ConsumerPtr removeConsumer(const std::string &tag);

    AmqpConnection &m_conn;
    const std::uint16_t m_id;

    std::optional<PendingPublish> m_pending;

    // consumers by tag
    std::map<std::string, std::pair<model::ConsumerPtr, model::QueuePtr>> m_consumers;
    std::shared_ptr<model::ChannelCredit> m_credit;
    std::uint32_t m_consumerPrefetch = 0; ///< basic.qos global=false, for new consumers
    std::string m_lastQueue;              ///< last declared queue, for empty names
    /// Direct reply-to: the pseudo-queue clients consume from and name in
    /// reply_to, and this channel's reply queue once it has a reply consumer.
    static constexpr const char *kDirectReplyTo = "amq.rabbitmq.reply-to";
    std::string m_replyQueue;

    // unacknowledged deliveries, by delivery tag: index = tag - m_firstTag
    std::deque<Unacked> m_unacked;
    std::uint64_t m_firstTag = 1;
    std::uint64_t m_nextTag = 1;
    std::size_t m_unackedLive = 0;

    // durability: queues that stored a persistent message since the last
    // barrier, and barriers in publish order
    std::vector<model::DurabilityTargetPtr> m_durableWaits;
    std::vector<model::DurabilityTargetPtr> m_toFlush; ///< stored to without a wait: flushed at the batch's end
    struct Barrier {
        std::uint64_t id = 0;
        std::uint64_t upTo = 0; ///< publish sequence it covers (confirm mode)
        bool txCommit = false;
        bool done = false;
        bool failed = false;    ///< its messages could not be made durable: nacked
    };
    std::deque<Barrier> m_barriers;

    // confirm mode
    bool m_confirm = false;
    std::uint64_t m_publishSeq = 0;     ///< sequence of the last publish
    std::uint64_t m_confirmedUpTo = 0;  ///< acks sent up to here
    std::vector<std::uint64_t> m_nacks; ///< sequences to nack (refused by reject-publish or storage), ascending
    /// Acks (and the m_nacks among them) up to `upTo`.
    void sendConfirmsUpTo(std::uint64_t upTo);

    // tx mode
    bool m_tx = false;
    struct TxPublish {
        model::MessagePtr message;
        bool mandatory = false;
    };
    std::vector<TxPublish> m_txPublishes;
    struct TxSettle {
        std::uint64_t tag;
        bool multiple;
        Settle how;
    };
    std::vector<TxSettle> m_txSettles;

    // routing caches, valid while the vhost topology version is unchanged
    std::uint64_t m_cacheVersion = 0;
    std::unordered_map<std::string, std::pair<model::ExchangePtr, model::RoutingTablePtr>> m_exchangeCache;
    std::unordered_map<std::string, model::QueuePtr> m_defaultRouteCache;
    // publish permission per exchange name, valid while the access version is unchanged
    std::uint64_t m_writeCacheVersion = 0;
    std::unordered_map<std::string, bool> m_writePermitted;
    std::vector<model::QueuePtr> m_routeScratch;
    /// Set by routeMessage() when the message goes to an x-delayed-message
    /// exchange with an x-delay: the caller schedules it instead of routing.
    model::ExchangePtr m_delayedExchange;
};

} // namespace warren::amqp
