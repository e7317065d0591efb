#include "net/broker_commands.h"

#include "model/delayed_schedule.h"

#include "amqp/codec/content.h"
#include "kafka/codec/record_batch.h"
#include "model/broker.h"
#include "model/groups/group_coordinator.h"
#include "model/groups/group_errors.h"
#include "model/topics/topic_registry.h"
#include "model/virtual_host.h"
#include "net/socket_session.h"
#include "net/record_matcher.h"
#include "net/topic_browser.h"
#include "net/worker_pool.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <mutex>
#include <set>

namespace warren::net {

namespace {

std::string s(const QString &q)
{
    return q.toStdString();
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

template <typename Result>
Result failure(const QString &why)
{
    Result r;
    r.ok = false;
    r.error = why;
    return r;
}

std::int64_t wallClockMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// Lives on the caller's thread (a child of the caller's context object) and
/// receives a command's reply there. The command thread reaches it only
/// through Shared, whose mutex the destructor takes: so a reply is either
/// posted while the relay is alive (and discarded by Qt if the relay dies
/// before it runs) or not at all.
class ReplyRelay final : public QObject {
public:
    struct Shared {
        std::mutex mutex;
        ReplyRelay *relay = nullptr; // guarded by mutex
    };

    explicit ReplyRelay(QObject *context) : m_shared(std::make_shared<Shared>())
    {
        m_shared->relay = this;
        if (context) {
            if (context->thread() != thread())
                moveToThread(context->thread());
            setParent(context);
        }
    }
    ~ReplyRelay() override
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->relay = nullptr;
    }
    std::shared_ptr<Shared> shared() const { return m_shared; }

    /// Any thread: runs `call` on the relay's thread, then deletes the relay.
    static void post(const std::shared_ptr<Shared> &shared, std::function<void()> call)
    {
        std::lock_guard lock(shared->mutex);
        ReplyRelay *relay = shared->relay;
        if (!relay)
            return;
        QMetaObject::invokeMethod(
            relay,
            [relay, call = std::move(call)] {
                call();
                relay->deleteLater();
            },
            Qt::QueuedConnection);
    }

private:
    std::shared_ptr<Shared> m_shared;
};

/// The first offset whose record has timestamp >= ts; nullopt if none. The
/// time index finds the batch, whose records are then read (as ListOffsets).
std::optional<std::int64_t> offsetAtOrAfter(const storage::Log &log, std::int64_t ts)
{
    auto found = log.offsetForTimestamp(ts);
    if (!found)
        return std::nullopt;
    std::int64_t offset = found->value;
    if (auto r = log.read(*found, 1); r && r->batchCount > 0) {
        auto it = kafka::RecordIterator::open(std::as_bytes(std::span(r->bytes.data(), r->bytes.size())));
        if (it) {
            kafka::RecordView rec;
            while (it->next(rec)) {
                if (it->timestampOf(rec) >= ts)
                    return it->offsetOf(rec);
            }
        }
    }
    return offset;
}

QString topicErrorText(model::TopicRegistry::Error e, const QString &topic)
{
    using E = model::TopicRegistry::Error;
    switch (e) {
    case E::None: return {};
    case E::AlreadyExists: return QStringLiteral("topic '%1' already exists").arg(topic);
    case E::InvalidName: return QStringLiteral("invalid topic name '%1'").arg(topic);
    case E::InvalidPartitions: return QStringLiteral("invalid number of partitions");
    case E::InvalidConfig: return QStringLiteral("invalid topic configuration");
    case E::UnknownTopic: return QStringLiteral("no topic '%1'").arg(topic);
    case E::Storage: return QStringLiteral("storage error for topic '%1'").arg(topic);
    case E::LimitReached: return QStringLiteral("the broker's topic limit is reached");
    }
    return QStringLiteral("error");
}

} // namespace

BrokerCommands::BrokerCommands(model::Broker &broker, model::TopicRegistry *topics, model::GroupCoordinator *groups,
                               WorkerPool &pool)
    : m_broker(broker), m_topics(topics), m_groups(groups), m_pool(pool)
{
    m_thread.setObjectName(QStringLiteral("warren-commands"));
    m_executor = new QObject;
    m_executor->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_executor, &QObject::deleteLater);
    m_thread.start();
}

BrokerCommands::~BrokerCommands()
{
    stop();
}

void BrokerCommands::stop()
{
    if (m_stopped.exchange(true))
        return;
    m_thread.quit();
    m_thread.wait();
}

template <typename Result, typename Work>
void BrokerCommands::run(QObject *context, Reply<Result> reply, Work work)
{
    auto shared = (new ReplyRelay(context))->shared();
    auto deliver = [shared, reply = std::move(reply)](Result result) {
        ReplyRelay::post(shared, [reply, result = std::move(result)] {
            if (reply)
                reply(result);
        });
    };
    if (m_stopped.load()) {
        deliver(failure<Result>(QStringLiteral("the broker is not running")));
        return;
    }
    QMetaObject::invokeMethod(
        m_executor, [work = std::move(work), deliver] { deliver(work()); }, Qt::QueuedConnection);
}

void BrokerCommands::management(const std::string &text)
{
    m_broker.events().append(metrics::EventKind::Management, text);
}

// ------------------------------------------------------------------ AMQP

api::AmqpPublishResult BrokerCommands::publishNow(const api::AmqpPublishRequest &request)
{
    using Result = api::AmqpPublishResult;
    model::VirtualHost *vh = m_broker.vhost(s(request.vhost));
    if (!vh)
        return failure<Result>(QStringLiteral("no vhost '%1'").arg(request.vhost));

    amqp::BasicProperties props;
    auto text = [](const QString &v) { return v.isEmpty() ? std::optional<std::string>() : std::optional(s(v)); };
    props.contentType = text(request.contentType);
    props.contentEncoding = text(request.contentEncoding);
    props.correlationId = text(request.correlationId);
    props.replyTo = text(request.replyTo);
    props.expiration = text(request.expiration);
    props.messageId = text(request.messageId);
    props.type = text(request.type);
    props.appId = text(request.appId);
    if (request.deliveryMode < 0 || request.deliveryMode > 2)
        return failure<Result>(QStringLiteral("delivery mode must be 1 (transient) or 2 (persistent)"));
    if (request.deliveryMode > 0)
        props.deliveryMode = std::uint8_t(request.deliveryMode);
    if (request.priority > 255)
        return failure<Result>(QStringLiteral("priority must be between 0 and 255"));
    if (request.priority >= 0)
        props.priority = std::uint8_t(request.priority);
    if (!request.headers.isEmpty()) {
        FieldTable headers;
        for (const auto &[key, value] : request.headers)
            headers.set(s(key), FieldValue(s(value)));
        props.headers = std::move(headers);
    }
    if (!request.encodedProperties.isEmpty()) {
        // Verbatim (a browsed message republished): they replace the fields.
        const QByteArray &raw = request.encodedProperties;
        auto decoded = amqp::decodeBasicProperties(std::as_bytes(std::span(raw.constData(), std::size_t(raw.size()))));
        if (!decoded)
            return failure<Result>(QStringLiteral("invalid encoded properties: %1").arg(q(decoded.error().replyText)));
        props = std::move(*decoded);
    }

    auto msg = std::make_shared<model::Message>();
    msg->exchange = s(request.exchange);
    msg->routingKey = s(request.routingKey);
    msg->persistent = props.deliveryMode.value_or(1) == 2;
    msg->priority = props.priority.value_or(0);
    if (props.expiration) {
        const std::string &e = *props.expiration;
        std::uint64_t ms = 0;
        auto [end, ec] = std::from_chars(e.data(), e.data() + e.size(), ms);
        if (ec != std::errc() || end != e.data() + e.size())
            return failure<Result>(QStringLiteral("invalid expiration '%1' (milliseconds expected)").arg(request.expiration));
        msg->expirationMs = ms;
    }
    msg->headers = props.headers;
    msg->messageId = props.messageId.value_or(std::string());
    if (request.encodedProperties.isEmpty())
        amqp::encodeBasicProperties(props, msg->encodedProperties);
    else
        msg->encodedProperties = request.encodedProperties.toStdString();
    msg->body = request.body.toStdString();

    // Route as a channel does (AmqpChannel::routeMessage), without its cache.
    std::vector<model::QueuePtr> queues;
    if (msg->exchange.empty()) {
        if (model::QueuePtr queue = vh->findQueue(msg->routingKey))
            queues.push_back(std::move(queue));
    } else {
        model::ExchangePtr ex = vh->findExchange(msg->exchange);
        if (!ex)
            return failure<Result>(
                QStringLiteral("no exchange '%1' in vhost '%2'").arg(request.exchange, request.vhost));
        if (ex->options().internal)
            return failure<Result>(QStringLiteral("cannot publish to internal exchange '%1' in vhost '%2'")
                                       .arg(request.exchange, request.vhost));
        if (ex->delayed()) {
            if (auto delay = model::DelayedSchedule::delayOf(*msg)) {
                ex->publishedIn.fetch_add(1, std::memory_order_relaxed);
                m_broker.counters().published.fetch_add(1, std::memory_order_relaxed);
                Result scheduled;
                scheduled.scheduled = true;
                if (ex->delayed()->schedule(msg, *delay, QDateTime::currentMSecsSinceEpoch()) ==
                    model::EnqueueOutcome::StorageFailed)
                    return failure<Result>(QStringLiteral("cannot store the delayed message"));
                ex->delayed()->flushStorage();
                return scheduled;
            }
        }
        vh->routeWithAlternates(*ex, *ex->routingTable(), *msg, queues);
        ex->publishedIn.fetch_add(1, std::memory_order_relaxed);
        if (queues.empty())
            ex->unroutable.fetch_add(1, std::memory_order_relaxed);
        else
            ex->routedOut.fetch_add(queues.size(), std::memory_order_relaxed);
    }
    m_broker.counters().published.fetch_add(1, std::memory_order_relaxed);

    Result result;
    for (const model::QueuePtr &queue : queues) {
        switch (queue->enqueue(msg)) {
        case model::EnqueueOutcome::Queued:
            ++result.routedQueues;
            break;
        case model::EnqueueOutcome::QueuedDurable:
            // One message is a whole "input batch": write the log's buffer
            // now (as a channel does at the end of its batch), without
            // waiting for the group commit.
            queue->flushStorage();
            ++result.routedQueues;
            break;
        case model::EnqueueOutcome::StorageFailed:
            return failure<Result>(QStringLiteral("cannot store the message in queue '%1': %2")
                                       .arg(q(queue->name()), q(queue->storageError())));
        case model::EnqueueOutcome::Deleted:
            break; // deleted since routing: as for a client's publish
        case model::EnqueueOutcome::Rejected:  // refused by its length limit (reject-publish)
        case model::EnqueueOutcome::Duplicate: // inside its de-duplication window
            break;
        }
    }
    return result;
}

api::CountResult BrokerCommands::purgeQueueNow(const QString &vhost, const QString &queue)
{
    model::VirtualHost *vh = m_broker.vhost(s(vhost));
    model::QueuePtr found = vh ? vh->findQueue(s(queue)) : nullptr;
    if (!found)
        return failure<api::CountResult>(QStringLiteral("no queue '%1' in vhost '%2'").arg(queue, vhost));
    // As its owner, so that exclusive queues can be purged too.
    auto purged = vh->purgeQueue(s(queue), found->options().owner);
    if (!purged)
        return failure<api::CountResult>(q(purged.error().text));
    management("queue '" + s(queue) + "' in vhost '" + s(vhost) + "' purged from the monitor (" +
               std::to_string(*purged) + " messages)");
    api::CountResult r;
    r.count = *purged;
    return r;
}

api::CountResult BrokerCommands::deleteQueueNow(const QString &vhost, const QString &queue)
{
    model::VirtualHost *vh = m_broker.vhost(s(vhost));
    model::QueuePtr found = vh ? vh->findQueue(s(queue)) : nullptr;
    if (!found)
        return failure<api::CountResult>(QStringLiteral("no queue '%1' in vhost '%2'").arg(queue, vhost));
    auto deleted = vh->deleteQueue(s(queue), false, false, found->options().owner);
    if (!deleted)
        return failure<api::CountResult>(q(deleted.error().text));
    management("queue '" + s(queue) + "' in vhost '" + s(vhost) + "' deleted from the monitor (" +
               std::to_string(*deleted) + " messages)");
    api::CountResult r;
    r.count = *deleted;
    return r;
}

// ---- queue browsing (the monitor's message browser)

namespace {

QString fieldTypeName(const FieldValue &v)
{
    static const char *const names[] = {"void",   "boolean", "int8",   "uint8",   "int16",       "uint16",
                                        "int32",  "uint32",  "int64",  "float",   "double",      "decimal",
                                        "long string", "array", "timestamp", "table", "byte array"};
    static_assert(std::size(names) == std::variant_size_v<FieldValue::Variant>);
    return QString::fromLatin1(names[v.value.index()]);
}

QString fieldDisplay(const FieldValue &v)
{
    if (const auto *text = std::get_if<std::string>(&v.value))
        return QString::fromUtf8(text->data(), qsizetype(text->size()));
    if (const auto *ts = std::get_if<Timestamp>(&v.value))
        return QDateTime::fromSecsSinceEpoch(qint64(ts->seconds), Qt::UTC).toString(Qt::ISODate);
    return q(toDisplayString(v));
}

QString optionalText(const std::optional<std::string> &v)
{
    return v ? QString::fromUtf8(v->data(), qsizetype(v->size())) : QString();
}

/// x-death (RabbitMQ's dead-lettering history, newest first): where the
/// newest death happened and how the message had been published.
void noteDeath(const FieldTable &headers, api::BrowsedMessage &b)
{
    const FieldValue *deaths = headers.find("x-death");
    const FieldArray *list = deaths ? deaths->asArray() : nullptr;
    const FieldTable *newest = list && !list->empty() ? list->front().asTable() : nullptr;
    if (!newest)
        return;
    const auto text = [newest](const char *key) {
        const FieldValue *v = newest->find(key);
        const std::string *s = v ? v->asString() : nullptr;
        return s ? q(*s) : QString();
    };
    b.deathQueue = text("queue");
    b.deathReason = text("reason");
    b.deathExchange = text("exchange");
    if (const FieldValue *keys = newest->find("routing-keys"))
        if (const FieldArray *k = keys->asArray(); k && !k->empty())
            if (const std::string *first = k->front().asString())
                b.deathRoutingKey = q(*first);
}

api::BrowsedMessage browsed(const model::PeekedMessage &peeked, int maxBodyBytes)
{
    const model::Message &m = *peeked.message;
    api::BrowsedMessage b;
    b.position = peeked.position;
    b.exchange = q(m.exchange);
    b.routingKey = q(m.routingKey);
    b.deliveryCount = peeked.deliveryCount;
    b.redelivered = peeked.deliveryCount > 0;
    b.persistent = m.persistent;
    b.paged = peeked.paged;
    b.stored = peeked.stored;
    b.expiresAtMs = peeked.expiresAtMs;
    b.streamOffset = peeked.streamOffset;
    b.storedAtMs = peeked.storedAtMs;
    b.encodedProperties = QByteArray(m.encodedProperties.data(), qsizetype(m.encodedProperties.size()));
    if (!m.encodedProperties.empty()) {
        auto props = amqp::decodeBasicProperties(std::as_bytes(std::span(m.encodedProperties)));
        if (!props) {
            b.propertiesError = q(props.error().replyText);
        } else {
            b.contentType = optionalText(props->contentType);
            b.contentEncoding = optionalText(props->contentEncoding);
            b.deliveryMode = props->deliveryMode.value_or(0);
            b.priority = props->priority ? int(*props->priority) : -1;
            b.correlationId = optionalText(props->correlationId);
            b.replyTo = optionalText(props->replyTo);
            b.expiration = optionalText(props->expiration);
            b.messageId = optionalText(props->messageId);
            b.timestamp = props->timestamp ? qint64(*props->timestamp) : -1;
            b.type = optionalText(props->type);
            b.userId = optionalText(props->userId);
            b.appId = optionalText(props->appId);
            b.clusterId = optionalText(props->clusterId);
            if (props->headers) {
                for (const auto &[name, value] : props->headers->entries)
                    b.headers.append(api::AmqpHeaderField{q(name), fieldTypeName(value), fieldDisplay(value)});
                noteDeath(*props->headers, b);
            }
        }
    }
    b.bodySize = qint64(m.body.size());
    const std::size_t keep =
        maxBodyBytes > 0 ? std::min<std::size_t>(m.body.size(), std::size_t(maxBodyBytes)) : m.body.size();
    b.body = QByteArray(m.body.data(), qsizetype(keep));
    b.bodyTruncated = keep < m.body.size();
    return b;
}

} // namespace

api::QueueBrowseResult BrokerCommands::browseQueueNow(const api::QueueBrowseRequest &request)
{
    using Result = api::QueueBrowseResult;
    model::VirtualHost *vh = m_broker.vhost(s(request.vhost));
    model::QueuePtr queue = vh ? vh->findQueue(s(request.queue)) : nullptr;
    if (!queue)
        return failure<Result>(QStringLiteral("no queue '%1' in vhost '%2'").arg(request.queue, request.vhost));
    if (request.maxCount < 0)
        return failure<Result>(QStringLiteral("the message count must not be negative"));
    // The copies share the queue's messages; only paged ones are read (and
    // held here) — a byte budget keeps a page of huge messages bounded.
    const model::QueuePeek peeked = queue->peek(request.from, std::size_t(request.maxCount), 64u << 20);
    if (!peeked.error.empty() && peeked.messages.empty())
        return failure<Result>(QStringLiteral("cannot read the paged messages of queue '%1': %2")
                                   .arg(request.queue, q(peeked.error)));
    Result result;
    result.totalReady = peeked.ready;
    result.moved = peeked.moved;
    result.stream = queue->isStream();
    result.messages.reserve(qsizetype(peeked.messages.size()));
    for (const model::PeekedMessage &m : peeked.messages)
        result.messages.append(browsed(m, request.maxBodyBytes));
    return result;
}

api::QueueBrowseResult BrokerCommands::browseScheduledNow(const api::ScheduledBrowseRequest &request)
{
    using Result = api::QueueBrowseResult;
    model::VirtualHost *vh = m_broker.vhost(s(request.vhost));
    model::ExchangePtr exchange = vh ? vh->findExchange(s(request.exchange)) : nullptr;
    if (!exchange)
        return failure<Result>(
            QStringLiteral("no exchange '%1' in vhost '%2'").arg(request.exchange, request.vhost));
    const std::shared_ptr<model::DelayedSchedule> &schedule = exchange->delayed();
    if (!schedule)
        return failure<Result>(QStringLiteral("exchange '%1' in vhost '%2' is not an x-delayed-message exchange")
                                   .arg(request.exchange, request.vhost));
    if (request.maxCount < 0)
        return failure<Result>(QStringLiteral("the message count must not be negative"));
    Result result;
    result.totalReady = schedule->size();
    const auto scheduled = schedule->scheduled(std::size_t(request.maxCount));
    result.messages.reserve(qsizetype(scheduled.size()));
    std::uint64_t position = 0;
    for (const auto &[dueAtMs, message] : scheduled) {
        model::PeekedMessage peeked;
        peeked.message = message;
        peeked.position = position++;
        peeked.stored = exchange->options().durable && message->persistent;
        api::BrowsedMessage b = browsed(peeked, request.maxBodyBytes);
        b.dueAtMs = dueAtMs;
        result.messages.append(std::move(b));
    }
    return result;
}

// ----------------------------------------------------------------- Kafka

int BrokerCommands::partitionForKey(const QByteArray &key, int partitions)
{
    // MurmurHash2 (32-bit, seed 0x9747b28c), as Kafka's DefaultPartitioner.
    constexpr std::uint32_t m = 0x5bd1e995;
    constexpr int r = 24;
    const auto *data = reinterpret_cast<const unsigned char *>(key.constData());
    const std::uint32_t length = std::uint32_t(key.size());
    std::uint32_t h = 0x9747b28cu ^ length;
    const std::uint32_t blocks = length / 4;
    for (std::uint32_t i = 0; i < blocks; ++i) {
        const unsigned char *b = data + 4 * i;
        std::uint32_t k = std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8 | std::uint32_t(b[2]) << 16 |
                          std::uint32_t(b[3]) << 24;
        k *= m;
        k ^= k >> r;
        k *= m;
        h *= m;
        h ^= k;
    }
    const unsigned char *tail = data + 4 * blocks;
    switch (length % 4) {
    case 3: h ^= std::uint32_t(tail[2]) << 16; [[fallthrough]];
    case 2: h ^= std::uint32_t(tail[1]) << 8; [[fallthrough]];
    case 1:
        h ^= std::uint32_t(tail[0]);
        h *= m;
    }
    h ^= h >> 13;
    h *= m;
    h ^= h >> 15;
    return int((h & 0x7fffffffu) % std::uint32_t(std::max(1, partitions)));
}

api::KafkaProduceResult BrokerCommands::produceNow(const api::KafkaProduceRequest &request)
{
    using Result = api::KafkaProduceResult;
    if (!m_topics)
        return failure<Result>(QStringLiteral("Kafka is not enabled"));
    const std::string name = s(request.topic);
    model::TopicPtr topic = m_topics->find(name);
    if (!topic) {
        if (!m_topics->defaults().autoCreate)
            return failure<Result>(QStringLiteral("no topic '%1'").arg(request.topic));
        // As a Metadata request for a missing topic does.
        auto created = m_topics->create(name, -1, {});
        if (created.error != model::TopicRegistry::Error::None &&
            created.error != model::TopicRegistry::Error::AlreadyExists)
            return failure<Result>(q(created.message.empty() ? s(topicErrorText(created.error, request.topic))
                                                             : created.message));
        topic = m_topics->find(name);
        if (!topic)
            return failure<Result>(QStringLiteral("no topic '%1'").arg(request.topic));
        management("topic '" + name + "' created by a produce from the monitor");
    }
    const int count = int(topic->partitions.size());
    int index = request.partition;
    if (index < 0)
        index = request.key ? partitionForKey(*request.key, count)
                            : int(m_roundRobin.fetch_add(1, std::memory_order_relaxed) % std::uint32_t(std::max(1, count)));
    model::PartitionPtr partition = m_topics->partition(name, index);
    if (!partition)
        return failure<Result>(QStringLiteral("topic '%1' has no partition %2").arg(request.topic).arg(index));

    const std::int64_t now = wallClockMs();
    kafka::RecordBuild record;
    if (request.key)
        record.key = request.key->toStdString();
    if (request.value)
        record.value = request.value->toStdString();
    for (const auto &[key, value] : request.headers)
        record.headers.emplace_back(s(key), value.toStdString());
    record.timestamp = request.timestampMs >= 0 ? request.timestampMs : now;
    kafka::BatchBuild build;
    build.records.push_back(std::move(record));
    std::string batch;
    if (auto st = kafka::appendRecordBatch(batch, build); !st)
        return failure<Result>(q(st.error().message));

    model::BatchFacts facts; // no producer id: not idempotent, like a plain acks=1 producer
    facts.recordCount = 1;
    const model::PartitionAppend appended =
        partition->append(std::as_bytes(std::span(batch.data(), batch.size())), facts, now);
    if (appended.outcome != model::PartitionAppend::Outcome::Appended)
        return failure<Result>(appended.error.empty() ? QStringLiteral("the append failed") : q(appended.error));
    m_broker.counters().kafkaProduced.fetch_add(1, std::memory_order_relaxed);
    m_broker.counters().kafkaProducedBytes.fetch_add(batch.size(), std::memory_order_relaxed);
    Result result;
    result.partition = index;
    result.offset = appended.baseOffset;
    return result;
}

api::CommandResult BrokerCommands::createTopicNow(const api::TopicCreateRequest &request)
{
    if (!m_topics)
        return failure<api::CommandResult>(QStringLiteral("Kafka is not enabled"));
    std::map<std::string, std::string> configs;
    for (const auto &[key, value] : request.configs)
        configs[s(key)] = s(value);
    auto created = m_topics->create(s(request.name), request.partitions, configs);
    if (created.error != model::TopicRegistry::Error::None)
        return failure<api::CommandResult>(created.message.empty() ? topicErrorText(created.error, request.name)
                                                                   : q(created.message));
    management("topic '" + s(request.name) + "' created from the monitor (" +
               std::to_string(created.topic ? created.topic->partitions.size() : 0) + " partitions)");
    return {};
}

api::CommandResult BrokerCommands::deleteTopicNow(const QString &topic)
{
    if (!m_topics)
        return failure<api::CommandResult>(QStringLiteral("Kafka is not enabled"));
    const auto error = m_topics->remove(s(topic));
    if (error != model::TopicRegistry::Error::None)
        return failure<api::CommandResult>(topicErrorText(error, topic));
    management("topic '" + s(topic) + "' deleted from the monitor");
    return {};
}

api::OffsetResetResult BrokerCommands::resetGroupOffsetsNow(const api::OffsetResetRequest &request)
{
    using Result = api::OffsetResetResult;
    if (!m_topics || !m_groups)
        return failure<Result>(QStringLiteral("Kafka is not enabled"));
    const std::string groupId = s(request.groupId);
    if (groupId.empty())
        return failure<Result>(QStringLiteral("no group named"));
    const model::DescribedGroup described = m_groups->describeGroup(groupId);
    auto activeMembers = [&](std::size_t n) {
        return failure<Result>(QStringLiteral("group '%1' has %2 active member(s): offsets can be reset only "
                                              "while the group is inactive (stop its consumers first)")
                                   .arg(request.groupId)
                                   .arg(n));
    };
    if (!described.members.empty())
        return activeMembers(described.members.size());

    // Which partitions.
    std::vector<std::pair<std::string, std::int32_t>> targets;
    if (request.topic.isEmpty()) {
        std::set<std::pair<std::string, std::int32_t>> committed;
        for (const auto &p : m_groups->fetchOffsets(groupId, std::nullopt).partitions)
            if (request.partition < 0 || p.partition == request.partition)
                committed.insert({p.topic, p.partition});
        targets.assign(committed.begin(), committed.end());
        if (targets.empty())
            return failure<Result>(
                QStringLiteral("group '%1' has no committed offsets to reset: name a topic").arg(request.groupId));
    } else {
        model::TopicPtr topic = m_topics->find(s(request.topic));
        if (!topic)
            return failure<Result>(QStringLiteral("no topic '%1'").arg(request.topic));
        for (const auto &p : topic->partitions)
            if (request.partition < 0 || p->index() == request.partition)
                targets.push_back({topic->name, p->index()});
        if (targets.empty())
            return failure<Result>(
                QStringLiteral("topic '%1' has no partition %2").arg(request.topic).arg(request.partition));
    }

    // Where to.
    Result result;
    std::vector<model::OffsetCommitEntry> entries;
    for (const auto &[topicName, index] : targets) {
        model::PartitionPtr partition = m_topics->partition(topicName, index);
        if (!partition)
            return failure<Result>(QStringLiteral("no partition %1 of topic '%2'").arg(index).arg(q(topicName)));
        const storage::Log &log = partition->log();
        const std::int64_t start = log.logStartOffset().value;
        const std::int64_t end = log.nextOffset().value;
        std::int64_t offset = start;
        switch (request.mode) {
        case api::OffsetResetMode::Earliest: offset = start; break;
        case api::OffsetResetMode::Latest: offset = end; break;
        case api::OffsetResetMode::Offset: offset = std::clamp<std::int64_t>(request.value, start, end); break;
        case api::OffsetResetMode::Timestamp: offset = offsetAtOrAfter(log, request.value).value_or(end); break;
        }
        entries.push_back(model::OffsetCommitEntry{topicName, index, offset, {}});
        result.offsets.push_back(api::PartitionOffset{q(topicName), index, offset});
    }

    // A "simple" commit (no member, generation -1): the coordinator refuses
    // it if members joined meanwhile, under its own lock.
    const auto results = m_groups->commitOffsets(groupId, -1, {}, entries, SocketSession::nowMs());
    for (const auto &r : results) {
        if (r.error == model::group_error::None)
            continue;
        if (r.error == model::group_error::UnknownMemberId || r.error == model::group_error::RebalanceInProgress)
            return activeMembers(m_groups->describeGroup(groupId).members.size());
        return failure<Result>(QStringLiteral("cannot commit offset for %1-%2: %3")
                                   .arg(q(r.topic))
                                   .arg(r.partition)
                                   .arg(QString::fromLatin1(model::group_error::name(r.error))));
    }
    management("offsets of group '" + groupId + "' reset from the monitor (" + std::to_string(entries.size()) +
               " partitions)");
    return result;
}

// A stream queue's log browsed like a one-partition topic (the Topics tab
// shows streams beside Kafka topics): each message becomes a record whose key
// is its routing key, value its body and headers its AMQP headers (values as
// text), timestamped when the stream wrote it. Read in chunks through
// Queue::peekStreamAt, consuming nothing; the same limits, budget and
// search as a topic browse.
api::TopicBrowseResult BrokerCommands::browseStreamNow(const api::TopicBrowseRequest &request)
{
    using Result = api::TopicBrowseResult;
    model::VirtualHost *vh = m_broker.vhost(s(request.streamVhost));
    model::QueuePtr queue = vh ? vh->findQueue(s(request.topic)) : nullptr;
    if (!queue || !queue->isStream())
        return failure<Result>(
            QStringLiteral("no stream '%1' in vhost '%2'").arg(request.topic, request.streamVhost));
    if (request.partition > 0)
        return failure<Result>(QStringLiteral("stream '%1' has no partition %2: a stream is one log")
                                   .arg(request.topic)
                                   .arg(request.partition));
    const auto range = queue->streamWrittenRange();
    if (!range)
        return failure<Result>(QStringLiteral("stream '%1' has no log").arg(request.topic));
    const auto [first, end] = *range;
    std::int64_t next = first;
    std::int64_t notBefore = -1; // Timestamp: records older than this are skipped (chunk granularity)
    if (!request.resume.isEmpty()) {
        next = request.resume.front().nextOffset;
    } else {
        switch (request.start) {
        case api::BrowseStart::Earliest: next = first; break;
        case api::BrowseStart::Latest: next = end - std::max<std::int64_t>(0, request.value); break;
        case api::BrowseStart::Offset: next = request.value; break;
        case api::BrowseStart::Timestamp:
            next = queue->streamOffsetForTimestamp(request.value).value_or(end);
            notBefore = request.value;
            break;
        }
    }
    next = std::clamp(next, first, end);

    QElapsedTimer clock;
    clock.start();
    const RecordMatcher matcher(request.search);
    const api::SearchScope scope = request.search.scope;
    Result result;
    result.stoppedBy = Result::Stop::End;
    qint64 bytes = 0;
    const auto budgetSpent = [&] {
        return (request.scanBudgetRecords > 0 && result.scannedRecords >= request.scanBudgetRecords)
            || (request.scanBudgetMs > 0 && clock.elapsed() >= request.scanBudgetMs)
            || (request.scanBudgetBytes > 0 && result.scannedBytes >= request.scanBudgetBytes);
    };
    const auto has = [&matcher](const QByteArray &bytes) {
        return matcher.contains(std::as_bytes(std::span(bytes.constData(), std::size_t(bytes.size()))));
    };
    bool done = false;
    while (!done && next < end) {
        if (budgetSpent()) {
            result.stoppedBy = Result::Stop::Budget;
            break;
        }
        const std::size_t want = std::size_t(std::min<std::int64_t>(256, end - next));
        const model::QueuePeek chunk = queue->peekStreamAt(next, want, 4u << 20);
        if (!chunk.error.empty() && chunk.messages.empty())
            return failure<Result>(QStringLiteral("cannot read stream '%1': %2").arg(request.topic, q(chunk.error)));
        if (chunk.messages.empty())
            break; // retention took the rest
        for (const model::PeekedMessage &peeked : chunk.messages) {
            if (peeked.streamOffset >= end) {
                done = true;
                break;
            }
            next = peeked.streamOffset + 1;
            ++result.scannedRecords;
            const model::Message &m = *peeked.message;
            result.scannedBytes += qint64(m.body.size() + m.encodedProperties.size());
            if (notBefore >= 0 && peeked.storedAtMs < notBefore)
                continue;
            const api::BrowsedMessage message = browsed(peeked, -1);
            api::BrowsedRecord record;
            record.partition = 0;
            record.offset = peeked.streamOffset;
            record.timestamp = peeked.storedAtMs;
            record.timestampType = api::TimestampKind::LogAppendTime;
            record.key = message.routingKey.toUtf8();
            record.value = message.body;
            for (const api::AmqpHeaderField &h : message.headers)
                record.headers.append({h.name, h.value.toUtf8()});
            if (!matcher.matchesEverything()) {
                bool match = false;
                if (scope == api::SearchScope::Any || scope == api::SearchScope::Key)
                    match = has(*record.key);
                if (!match && (scope == api::SearchScope::Any || scope == api::SearchScope::Value))
                    match = has(*record.value);
                if (!match && (scope == api::SearchScope::Any || scope == api::SearchScope::Header))
                    for (const api::BrowsedHeader &h : record.headers)
                        if ((match = has(h.key.toUtf8()) || has(*h.value)))
                            break;
                if (!match)
                    continue;
            }
            record.sizeBytes = int(record.key->size() + record.value->size());
            for (const api::BrowsedHeader &h : record.headers)
                record.sizeBytes += int(h.key.size() + h.value->size());
            bytes += record.sizeBytes;
            result.records.append(std::move(record));
            if (result.records.size() >= request.maxRecords) {
                result.stoppedBy = Result::Stop::MaxRecords;
                done = true;
                break;
            }
            if (bytes >= request.maxBytes) {
                result.stoppedBy = Result::Stop::MaxBytes;
                done = true;
                break;
            }
        }
    }
    if (result.stoppedBy == Result::Stop::End && next < end && budgetSpent())
        result.stoppedBy = Result::Stop::Budget;
    result.partitions.append(api::PartitionCursor{0, next, first, end});
    result.elapsedMs = clock.elapsed();
    return result;
}

api::TopicBrowseResult BrokerCommands::browseTopicNow(const api::TopicBrowseRequest &request)
{
    using Result = api::TopicBrowseResult;
    if (!request.streamVhost.isEmpty())
        return browseStreamNow(request);
    if (!m_topics)
        return failure<Result>(QStringLiteral("Kafka is not enabled"));
    model::TopicPtr topic = m_topics->find(s(request.topic));
    if (!topic)
        return failure<Result>(QStringLiteral("no topic '%1'").arg(request.topic));
    // The Topic (and so its partitions and logs) stays alive while we read,
    // even if the topic is deleted meanwhile.
    std::vector<TopicBrowser::PartitionLog> logs;
    for (const model::PartitionPtr &p : topic->partitions)
        if (request.partition < 0 || p->index() == request.partition)
            logs.push_back({p->index(), &p->log()});
    if (logs.empty())
        return failure<Result>(
            QStringLiteral("topic '%1' has no partition %2").arg(request.topic).arg(request.partition));
    return TopicBrowser::browse(logs, request);
}

// ------------------------------------------------------------ asynchronous

void BrokerCommands::publish(const api::AmqpPublishRequest &request, QObject *context,
                             Reply<api::AmqpPublishResult> reply)
{
    run<api::AmqpPublishResult>(context, std::move(reply), [this, request] { return publishNow(request); });
}

void BrokerCommands::produce(const api::KafkaProduceRequest &request, QObject *context,
                             Reply<api::KafkaProduceResult> reply)
{
    run<api::KafkaProduceResult>(context, std::move(reply), [this, request] { return produceNow(request); });
}

void BrokerCommands::purgeQueue(const QString &vhost, const QString &queue, QObject *context,
                                Reply<api::CountResult> reply)
{
    run<api::CountResult>(context, std::move(reply), [this, vhost, queue] { return purgeQueueNow(vhost, queue); });
}

void BrokerCommands::deleteQueue(const QString &vhost, const QString &queue, QObject *context,
                                 Reply<api::CountResult> reply)
{
    run<api::CountResult>(context, std::move(reply), [this, vhost, queue] { return deleteQueueNow(vhost, queue); });
}

void BrokerCommands::createTopic(const api::TopicCreateRequest &request, QObject *context,
                                 Reply<api::CommandResult> reply)
{
    run<api::CommandResult>(context, std::move(reply), [this, request] { return createTopicNow(request); });
}

void BrokerCommands::changeAccess(const api::AccessChange &change, QObject *context, Reply<api::CommandResult> reply)
{
    run<api::CommandResult>(context, std::move(reply), [this, change] { return changeAccessNow(change); });
}

void BrokerCommands::setResourceLimit(const api::ResourceLimitChange &change, QObject *context,
                                      Reply<api::CommandResult> reply)
{
    run<api::CommandResult>(context, std::move(reply), [this, change] { return setResourceLimitNow(change); });
}

void BrokerCommands::deleteTopic(const QString &topic, QObject *context, Reply<api::CommandResult> reply)
{
    run<api::CommandResult>(context, std::move(reply), [this, topic] { return deleteTopicNow(topic); });
}

void BrokerCommands::resetGroupOffsets(const api::OffsetResetRequest &request, QObject *context,
                                       Reply<api::OffsetResetResult> reply)
{
    run<api::OffsetResetResult>(context, std::move(reply), [this, request] { return resetGroupOffsetsNow(request); });
}

void BrokerCommands::browseTopic(const api::TopicBrowseRequest &request, QObject *context,
                                 Reply<api::TopicBrowseResult> reply)
{
    run<api::TopicBrowseResult>(context, std::move(reply), [this, request] { return browseTopicNow(request); });
}

void BrokerCommands::browseQueue(const api::QueueBrowseRequest &request, QObject *context,
                                 Reply<api::QueueBrowseResult> reply)
{
    run<api::QueueBrowseResult>(context, std::move(reply), [this, request] { return browseQueueNow(request); });
}

void BrokerCommands::browseScheduled(const api::ScheduledBrowseRequest &request, QObject *context,
                                     Reply<api::QueueBrowseResult> reply)
{
    run<api::QueueBrowseResult>(context, std::move(reply), [this, request] { return browseScheduledNow(request); });
}

void BrokerCommands::closeConnection(quint64 connectionId, QObject *context, Reply<api::CommandResult> reply)
{
    // The session lives on one of the workers: ask each to look among its
    // sessions; the last one to answer replies.
    struct Search {
        std::atomic<std::size_t> remaining;
        std::atomic<bool> found{false};
        std::function<void(api::CommandResult)> deliver;
    };
    auto shared = (new ReplyRelay(context))->shared();
    auto deliver = [shared, reply = std::move(reply)](api::CommandResult result) {
        ReplyRelay::post(shared, [reply, result = std::move(result)] {
            if (reply)
                reply(result);
        });
    };
    const auto &workers = m_pool.workers();
    if (m_stopped.load() || workers.empty()) {
        deliver(failure<api::CommandResult>(QStringLiteral("the broker is not running")));
        return;
    }
    auto search = std::make_shared<Search>();
    search->remaining = workers.size();
    search->deliver = std::move(deliver);
    model::Broker &broker = m_broker;
    for (Worker *worker : workers) {
        QMetaObject::invokeMethod(
            worker,
            [worker, connectionId, search, &broker] {
                for (QObject *child : worker->children()) {
                    auto *session = dynamic_cast<SocketSession *>(child);
                    if (session && session->connectionId() == connectionId) {
                        search->found = true;
                        broker.events().append(metrics::EventKind::Management,
                                               "connection " + std::to_string(connectionId) +
                                                   " closed from the monitor");
                        session->closeByBroker(320, QString::fromLatin1(kCloseReason));
                    }
                }
                if (--search->remaining == 0) {
                    if (search->found)
                        search->deliver(api::CommandResult{});
                    else
                        search->deliver(failure<api::CommandResult>(
                            QStringLiteral("no connection %1 (it may have closed already)").arg(connectionId)));
                }
            },
            Qt::QueuedConnection);
    }
}

} // namespace warren::net
