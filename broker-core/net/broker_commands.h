#pragma once
// BrokerCommands: the broker's implementation of api::CommandApi — publish,
// produce, close a connection, purge/delete a queue, create/delete a topic,
// reset a consumer group's offsets, browse a topic or a queue — built from
// the model's public, thread-safe operations (VirtualHost, Queue::enqueue,
// Queue::peek, TopicRegistry, Partition, GroupCoordinator), exactly as the
// protocol handlers use them.
//
// Owns: one thread ("warren-commands") on which queued commands run, so that
// a caller (the GUI) never waits for a disk write. The *Now() methods run a
// command on the calling thread and return its result (tests, tools); they
// may block briefly (a topic's files, SQLite) and must not be called from a
// broker worker thread. closeConnection is only asynchronous: the session
// lives on a worker, which is asked to close it.
//
// Created by BrokerServer once storage and workers are up; stop() (before
// the model goes away) finishes the running command and drops queued ones.
// Management commands (not publish/produce) are recorded in the event log.

#include "api/command_api.h"

#include <QThread>

#include <atomic>
#include <memory>

namespace warren::model {
class Broker;
class GroupCoordinator;
class TopicRegistry;
}

namespace warren::net {

class WorkerPool;

class BrokerCommands final : public api::CommandApi {
public:
    /// The text an AMQP client gets when the monitor closes its connection.
    static constexpr const char *kCloseReason = "CONNECTION_FORCED - Closed via management UI";

    BrokerCommands(model::Broker &broker, model::TopicRegistry *topics, model::GroupCoordinator *groups,
                   WorkerPool &pool);
    ~BrokerCommands() override;

    /// Joins the command thread; later commands are answered "broker stopped".
    void stop();

    // --- api::CommandApi (asynchronous)
    void publish(const api::AmqpPublishRequest &request, QObject *context,
                 Reply<api::AmqpPublishResult> reply) override;
    void produce(const api::KafkaProduceRequest &request, QObject *context,
                 Reply<api::KafkaProduceResult> reply) override;
    void closeConnection(quint64 connectionId, QObject *context, Reply<api::CommandResult> reply) override;
    void purgeQueue(const QString &vhost, const QString &queue, QObject *context,
                    Reply<api::CountResult> reply) override;
    void deleteQueue(const QString &vhost, const QString &queue, QObject *context,
                     Reply<api::CountResult> reply) override;
    void createTopic(const api::TopicCreateRequest &request, QObject *context,
                     Reply<api::CommandResult> reply) override;
    void deleteTopic(const QString &topic, QObject *context, Reply<api::CommandResult> reply) override;
    void resetGroupOffsets(const api::OffsetResetRequest &request, QObject *context,
                           Reply<api::OffsetResetResult> reply) override;
    void browseTopic(const api::TopicBrowseRequest &request, QObject *context,
                     Reply<api::TopicBrowseResult> reply) override;
    void browseQueue(const api::QueueBrowseRequest &request, QObject *context,
                     Reply<api::QueueBrowseResult> reply) override;
    void browseScheduled(const api::ScheduledBrowseRequest &request, QObject *context,
                         Reply<api::QueueBrowseResult> reply) override;
    void changeAccess(const api::AccessChange &change, QObject *context, Reply<api::CommandResult> reply) override;
    void setResourceLimit(const api::ResourceLimitChange &change, QObject *context,
                          Reply<api::CommandResult> reply) override;

    // --- the same, on the calling thread
    /// The one place the monitor's AMQP publish reaches the queues.
    api::AmqpPublishResult publishNow(const api::AmqpPublishRequest &request);
    api::KafkaProduceResult produceNow(const api::KafkaProduceRequest &request);
    api::CountResult purgeQueueNow(const QString &vhost, const QString &queue);
    api::CountResult deleteQueueNow(const QString &vhost, const QString &queue);
    api::CommandResult createTopicNow(const api::TopicCreateRequest &request);
    api::CommandResult deleteTopicNow(const QString &topic);
    api::OffsetResetResult resetGroupOffsetsNow(const api::OffsetResetRequest &request);
    /// Reads and searches a topic (net::TopicBrowser) within the request's budget.
    api::TopicBrowseResult browseTopicNow(const api::TopicBrowseRequest &request);
    /// The same for a stream queue (request.streamVhost set): its log as one partition.
    api::TopicBrowseResult browseStreamNow(const api::TopicBrowseRequest &request);
    /// Copies a queue's ready messages (Queue::peek) and decodes their
    /// properties with the AMQP codec; consumes nothing.
    api::QueueBrowseResult browseQueueNow(const api::QueueBrowseRequest &request);
    /// Copies of a delayed exchange's scheduled messages (DelayedSchedule::scheduled).
    api::QueueBrowseResult browseScheduledNow(const api::ScheduledBrowseRequest &request);
    /// Users, vhosts, permissions (model::AccessControl, Broker::addVhost, ...).
    api::CommandResult changeAccessNow(const api::AccessChange &change);
    /// The memory high watermark or free-disk limit (model::ResourceAlarms).
    api::CommandResult setResourceLimitNow(const api::ResourceLimitChange &change);

    /// Kafka's default partitioner for a keyed record: murmur2 of the key,
    /// made positive, modulo the partition count.
    static int partitionForKey(const QByteArray &key, int partitions);

private:
    /// Runs `work` on the command thread and hands its result to `reply` on
    /// `context`'s thread.
    template <typename Result, typename Work>
    void run(QObject *context, Reply<Result> reply, Work work);
    void management(const std::string &text);

    model::Broker &m_broker;
    model::TopicRegistry *m_topics;
    model::GroupCoordinator *m_groups;
    WorkerPool &m_pool;
    QThread m_thread;
    QObject *m_executor = nullptr; // lives on m_thread
    std::atomic<bool> m_stopped{false};
    std::atomic<std::uint32_t> m_roundRobin{0};
};

} // namespace warren::net
