#pragma once
// A virtual host: the namespace of exchanges, queues and bindings, and the
// routing of published messages through them.
//
// Thread-safety: definitions (the two maps, bindings changes) are guarded by
// m_mutex; declaring, binding and deleting may come from any session thread.
// Every definition change bumps topologyVersion(), which channels use to keep
// lock-free caches of exchanges, routing tables and default-exchange queues.
// Lock order: VirtualHost::m_mutex → Exchange::m_mutex → Queue::m_mutex →
// session inbox. route() takes no vhost lock.
//
// Durable definitions: with a DefinitionStore attached, every change to a
// durable exchange, queue or binding is reported to it while m_mutex is held
// (so the store sees changes in the order they happen); restore() re-creates
// stored definitions without reporting them again.

#include "common/ids.h"
#include "metrics/event_log.h"
#include "model/broker_limits.h"
#include "model/dead_letter.h"
#include "model/definition_store.h"
#include "model/exchange.h"
#include "model/model_error.h"
#include "model/queue.h"

#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace warren::model {

struct DeclareQueueResult {
    QueuePtr queue;
    std::uint32_t messageCount = 0;
    std::uint32_t consumerCount = 0;
};

class VirtualHost final : public DeadLetterTarget {
public:
    explicit VirtualHost(std::string name);

    const std::string &name() const { return m_name; }
    std::uint64_t topologyVersion() const { return m_topologyVersion.load(std::memory_order_acquire); }

    // --- durable definitions
    /// Where changes to durable definitions are reported from now on
    /// (nullptr: nowhere). The store must outlive its attachment.
    void setDefinitionStore(DefinitionStore *store);
    /// Re-creates the stored definitions of this vhost (rows of other vhosts
    /// are ignored) without reporting them to the store. Existing entities of
    /// the same name (the built-in exchanges) are kept. Restored queues start
    /// empty. Returns a description of what could not be restored, or "".
    std::string restore(const Definitions &definitions);

    /// Where queues keep messages on disk (durable logs, paging); nullptr =
    /// memory only. Set before restore() and before any queue is declared.
    void setMessageStoreProvider(MessageStoreProvider *provider);
    /// Shutdown: closes every queue's log and detaches the provider.
    void closeMessageStores();

    /// Where declarations, deletions and binding changes are recorded as
    /// events (nullptr: nowhere). Set once, before use (by Broker).
    void setEventLog(metrics::EventLog *log) { m_events = log; }
    /// The broker's limits (max queues per vhost); nullptr = none. Set once, before use (by Broker).
    void setLimits(const BrokerLimits *limits) { m_limits = limits; }
    /// How republished messages (dead letters) get their new headers
    /// encoded; without one, dead letters keep their original properties.
    /// Set once, before use (by Broker).
    void setMessageRewriter(const MessageRewriter *rewriter) { m_rewriter = rewriter; }

    /// Timer work (the broker's control thread, ~10 Hz): expires due
    /// messages in queues with TTLs and deletes queues unused for their
    /// x-expires period.
    void tick(std::int64_t nowMs);

    /// DeadLetterTarget: republishes a queue's dead letters to its
    /// x-dead-letter-exchange, with x-death headers; drops them if that
    /// exchange does not exist, and drops cycles as RabbitMQ does.
    void deadLetter(const Queue &from, std::vector<DeadLetter> letters) override;

    // --- exchanges
    ModelResult<ExchangePtr> declareExchange(const std::string &name, const ExchangeOptions &options, bool passive);
    ModelStatus deleteExchange(const std::string &name, bool ifUnused);
    ExchangePtr findExchange(const std::string &name) const;
    ModelStatus bindExchange(const std::string &destination, const std::string &source, const std::string &key,
                             const FieldTable &arguments);
    ModelStatus unbindExchange(const std::string &destination, const std::string &source, const std::string &key,
                               const FieldTable &arguments);

    // --- queues (requester = the calling connection, for exclusivity)
    ModelResult<DeclareQueueResult> declareQueue(const std::string &name, const QueueOptions &options, bool passive,
                                                 ConnectionId requester);
    /// The queue if it exists and the requester may use it (405 for another
    /// connection's exclusive queue).
    ModelResult<QueuePtr> queueForUse(const std::string &name, ConnectionId requester) const;
    /// The queue of that name, or a direct reply-to queue by its reply name.
    QueuePtr findQueue(const std::string &name) const;

    /// Direct reply-to (amq.rabbitmq.reply-to): a hidden, exclusive,
    /// auto-delete queue for one reply consumer, reachable through the
    /// default exchange by its name ("amq.rabbitmq.reply-to.<random>") only;
    /// not listed with the vhost's queues. It goes with its consumer.
    static constexpr const char *kReplyToPrefix = "amq.rabbitmq.reply-to.";
    QueuePtr createReplyQueue(ConnectionId owner);
    ModelStatus bindQueue(const std::string &queue, const std::string &exchange, const std::string &key,
                          const FieldTable &arguments, ConnectionId requester);
    ModelStatus unbindQueue(const std::string &queue, const std::string &exchange, const std::string &key,
                            const FieldTable &arguments, ConnectionId requester);
    ModelResult<std::uint32_t> purgeQueue(const std::string &name, ConnectionId requester);
    /// Returns the number of messages deleted with it.
    ModelResult<std::uint32_t> deleteQueue(const std::string &name, bool ifUnused, bool ifEmpty,
                                           ConnectionId requester);
    /// Deletes a queue the broker decided to delete (auto-delete, exclusive owner gone).
    void deleteQueueInternal(const QueuePtr &queue);
    /// A connection closed: delete the exclusive queues it owned.
    void connectionClosed(ConnectionId connection);

    // --- routing (no vhost lock)
    /// Appends each queue the message reaches from `table` (the exchange's
    /// current routing table), following exchange-to-exchange bindings, each
    /// queue once.
    void route(const RoutingTable &table, const Message &message, std::vector<QueuePtr> &out) const;
    /// route(), then — when nothing was reached — through the exchange's
    /// alternate-exchange (and that one's, each once), as RabbitMQ does.
    void routeWithAlternates(const Exchange &exchange, const RoutingTable &table, const Message &message,
                             std::vector<QueuePtr> &out) const;

    // --- for snapshots
    std::vector<ExchangePtr> exchanges() const;
    std::vector<QueuePtr> queues() const;

private:
    void bumpVersion() { m_topologyVersion.fetch_add(1, std::memory_order_acq_rel); }
    void deleteQueueLocked(const QueuePtr &queue, std::vector<ConsumerPtr> &cancelled);
    void deleteExchangeLocked(const ExchangePtr &exchange);
    void removeBindingsToLocked(const std::string &destName, bool destIsQueue);
    void autoDeleteIfUnusedLocked(const ExchangePtr &exchange);
    ModelResult<QueuePtr> queueForUseLocked(const std::string &name, ConnectionId requester) const;
    std::string generateQueueName() const;
    void notifyCancelled(const std::vector<ConsumerPtr> &consumers);
    static bool isDurable(const QueuePtr &queue);
    void event(metrics::EventKind kind, std::string text) const
    {
        if (m_events)
            m_events->append(kind, std::move(text));
    }
    /// A new Queue with its storage attached (durable: its log opened and
    /// recovered when `restoring`, started empty otherwise).
    ModelResult<QueuePtr> makeQueueLocked(const std::string &name, QueueOptions options, bool restoring);
    /// A durable x-delayed-message exchange keeps its schedule in a log:
    /// opens (restoring: recovers) it. Returns the failure, if any.
    std::optional<std::string> attachDelayedStorageLocked(const Exchange &exchange, bool restoring);
    /// Routes the delayed messages that are due (no vhost lock held).
    void releaseDelayed(Exchange &exchange, std::int64_t nowMs);
    /// A binding is stored when its source and its destination are durable.
    bool storesBindingLocked(const ExchangePtr &source, const std::string &destination, bool destIsQueue) const;

    const std::string m_name;
    std::atomic<std::uint64_t> m_topologyVersion{1};

    mutable std::mutex m_mutex;
    std::unordered_map<std::string, ExchangePtr> m_exchanges; // guarded by m_mutex
    std::unordered_map<std::string, QueuePtr> m_queues;       // guarded by m_mutex
    std::unordered_map<std::string, QueuePtr> m_replyQueues;  // guarded by m_mutex; direct reply-to
    DefinitionStore *m_store = nullptr;                       // guarded by m_mutex
    MessageStoreProvider *m_storeProvider = nullptr;          // set before use
    metrics::EventLog *m_events = nullptr;                    // set before use
    const BrokerLimits *m_limits = nullptr;                   // set before use
    const MessageRewriter *m_rewriter = nullptr;              // set before use
};

} // namespace warren::model
