#include "demo_kafka_client.h"

#include "kafka/codec/record_batch.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace warren::demo {

using namespace warren::kafka;

DemoKafkaClient::DemoKafkaClient() = default;

DemoKafkaClient::~DemoKafkaClient()
{
    if (m_socket)
        m_socket->abort();
}

bool DemoKafkaClient::open(const QHostAddress &host, quint16 port, const QString &clientId, QString *error)
{
    m_clientId = clientId.toStdString();
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(host, port);
    if (!m_socket->waitForConnected(5000)) {
        if (error)
            *error = m_socket->errorString();
        return false;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return true;
}

bool DemoKafkaClient::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void DemoKafkaClient::close()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

bool DemoKafkaClient::roundTrip(const std::string &frame, int timeoutMs)
{
    if (!isOpen())
        return false;
    m_socket->write(frame.data(), qint64(frame.size()));
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket->bytesToWrite() > 0 && !deadline.hasExpired())
        m_socket->waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
    while (!deadline.hasExpired()) {
        const FrameDecode f = decodeFrame(asSpan(m_in), std::size_t(64) << 20);
        if (f.status == FrameStatus::Error) {
            m_socket->abort();
            return false;
        }
        if (f.status == FrameStatus::Ok) {
            m_response.assign(reinterpret_cast<const char *>(f.payload.data()), f.payload.size());
            m_in.erase(0, f.consumed);
            return true;
        }
        if (m_socket->bytesAvailable() == 0
            && !m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            continue;
        const QByteArray bytes = m_socket->readAll();
        m_in.append(bytes.constData(), std::size_t(bytes.size()));
    }
    return false;
}

std::string encodeSubscription(const std::vector<std::string> &topics)
{
    std::string out;
    Writer w(out);
    w.i16(0);
    w.arrayLength(topics.size(), false);
    for (const auto &t : topics)
        w.string(t, false);
    w.nullableBytes(std::nullopt, false, true);
    return out;
}

std::string encodeAssignment(const std::map<std::string, std::vector<std::int32_t>> &partitions)
{
    std::string out;
    Writer w(out);
    w.i16(0);
    w.arrayLength(partitions.size(), false);
    for (const auto &[topic, list] : partitions) {
        w.string(topic, false);
        w.arrayLength(list.size(), false);
        for (std::int32_t p : list)
            w.i32(p);
    }
    w.nullableBytes(std::nullopt, false, true);
    return out;
}

DemoGroupMember::DemoGroupMember(DemoKafkaClient &client, std::string groupId, std::vector<std::string> topics)
    : m_client(client)
    , m_groupId(std::move(groupId))
    , m_topics(std::move(topics))
{
}

bool DemoGroupMember::join(const std::map<std::string, int> &partitionCounts)
{
    m_partitionCounts = partitionCounts;
    m_generation = -1;
    JoinGroupRequest join;
    join.groupId = m_groupId;
    join.sessionTimeoutMs = 10000;
    join.rebalanceTimeoutMs = 10000;
    join.memberId = m_memberId;
    join.protocolType = "consumer";
    join.protocols = {{"range", encodeSubscription(m_topics)}};
    auto joined = m_client.request<JoinGroupResponse>(join, 1, 15000);
    if (!joined || joined->errorCode != 0)
        return false;
    m_memberId = joined->memberId;

    SyncGroupRequest sync;
    sync.groupId = m_groupId;
    sync.generationId = joined->generationId;
    sync.memberId = m_memberId;
    if (joined->leader == m_memberId) {
        std::map<std::string, std::vector<std::int32_t>> all;
        for (const auto &topic : m_topics)
            for (int p = 0; p < m_partitionCounts[topic]; ++p)
                all[topic].push_back(p);
        sync.assignments = {{m_memberId, encodeAssignment(all)}};
    }
    auto synced = m_client.request<SyncGroupResponse>(sync, 1, 15000);
    if (!synced || synced->errorCode != 0)
        return false;
    m_generation = joined->generationId;

    // Start where the group left off (or at the beginning).
    OffsetFetchRequest fetch;
    fetch.groupId = m_groupId;
    std::vector<OffsetFetchRequest::Topic> topics;
    for (const auto &topic : m_topics) {
        OffsetFetchRequest::Topic t;
        t.name = topic;
        for (int p = 0; p < m_partitionCounts[topic]; ++p)
            t.partitionIndexes.push_back(p);
        topics.push_back(std::move(t));
    }
    fetch.topics = std::move(topics);
    m_positions.clear();
    for (const auto &topic : m_topics)
        for (int p = 0; p < m_partitionCounts[topic]; ++p)
            m_positions[{topic, p}] = 0;
    if (auto committed = m_client.request<OffsetFetchResponse>(fetch, 1)) {
        for (const auto &t : committed->topics)
            for (const auto &p : t.partitions)
                if (p.errorCode == 0 && p.committedOffset >= 0)
                    m_positions[{t.name, p.partitionIndex}] = p.committedOffset;
    }
    return true;
}

int DemoGroupMember::poll(std::int32_t maxBytesPerPartition)
{
    if (!joined())
        return 0;
    FetchRequest fetch;
    fetch.maxWaitMs = 0;
    fetch.minBytes = 0;
    fetch.maxBytes = 1 << 20;
    for (const auto &topic : m_topics) {
        FetchRequest::Topic t;
        t.topic = topic;
        for (int p = 0; p < m_partitionCounts[topic]; ++p) {
            FetchRequest::Topic::Partition part;
            part.partition = p;
            part.fetchOffset = m_positions[{topic, p}];
            part.partitionMaxBytes = maxBytesPerPartition;
            t.partitions.push_back(part);
        }
        fetch.topics.push_back(std::move(t));
    }
    auto response = m_client.request<FetchResponse>(fetch, 4);
    if (!response)
        return 0;
    int records = 0;
    for (const auto &t : response->responses) {
        for (const auto &p : t.partitions) {
            if (p.errorCode != 0)
                continue;
            std::int64_t &position = m_positions[{t.topic, p.partitionIndex}];
            for (auto batch : splitBatches(p.records.bytes).batches) {
                auto header = parseBatchHeader(batch);
                if (!header || header->lastOffset() < position)
                    continue;
                records += int(header->lastOffset() - std::max(position, header->baseOffset) + 1);
                position = header->lastOffset() + 1;
            }
        }
    }
    return records;
}

bool DemoGroupMember::commit()
{
    if (!joined())
        return false;
    OffsetCommitRequest commit;
    commit.groupId = m_groupId;
    commit.generationId = m_generation;
    commit.memberId = m_memberId;
    std::map<std::string, OffsetCommitRequest::Topic> byTopic;
    for (const auto &[key, offset] : m_positions) {
        auto &t = byTopic[key.first];
        t.name = key.first;
        OffsetCommitRequest::Topic::Partition p;
        p.partitionIndex = key.second;
        p.committedOffset = offset;
        t.partitions.push_back(p);
    }
    for (auto &[name, t] : byTopic)
        commit.topics.push_back(std::move(t));
    auto response = m_client.request<OffsetCommitResponse>(commit, 2);
    return response.has_value();
}

bool DemoGroupMember::heartbeat()
{
    if (!joined())
        return join(m_partitionCounts);
    HeartbeatRequest hb;
    hb.groupId = m_groupId;
    hb.generationId = m_generation;
    hb.memberId = m_memberId;
    auto response = m_client.request<HeartbeatResponse>(hb, 0);
    if (!response)
        return false;
    if (response->errorCode != 0) // rebalance in progress, unknown member, …: join again
        return join(m_partitionCounts);
    return true;
}

void DemoGroupMember::leave()
{
    if (!joined())
        return;
    LeaveGroupRequest leave;
    leave.groupId = m_groupId;
    leave.memberId = m_memberId;
    m_client.request<LeaveGroupResponse>(leave, 0, 2000);
    m_generation = -1;
}

} // namespace warren::demo
