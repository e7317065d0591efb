#pragma once
// DemoKafkaClient: a deliberately small Kafka client over a blocking
// QTcpSocket on the broker's own pure codec — one request at a time, each
// answered before the next is sent. With DemoGroupMember (one member of a
// classic consumer group: join, sync with a range-style assignment of all
// partitions to itself, fetch, commit, heartbeat) it gives the screenshot
// tour real Kafka traffic without an installed client library. Not a
// general-purpose client, and never used to test the broker's protocol
// behaviour (tests use librdkafka, kafka-python, kcat).
//
// Owned by, and used on, one thread (blocking waitFor* calls, no event loop).

#include "kafka/codec/message.h"

#include <QHostAddress>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QTcpSocket;

namespace warren::demo {

class DemoKafkaClient
{
public:
    DemoKafkaClient();
    ~DemoKafkaClient();
    DemoKafkaClient(const DemoKafkaClient &) = delete;
    DemoKafkaClient &operator=(const DemoKafkaClient &) = delete;

    bool open(const QHostAddress &host, quint16 port, const QString &clientId, QString *error = nullptr);
    bool isOpen() const;
    void close();

    /// Sends `request` at `version` and decodes the response. Record sets in
    /// the response point into a buffer kept until the next request.
    template <typename Response, typename Request>
    std::optional<Response> request(const Request &request, std::int16_t version, int timeoutMs = 5000)
    {
        std::string frame;
        kafka::RequestHeader header;
        header.apiVersion = version;
        header.correlationId = ++m_correlation;
        header.clientId = m_clientId;
        kafka::appendRequestFrame(frame, header, request);
        if (!roundTrip(frame, timeoutMs))
            return std::nullopt;
        std::int32_t correlation = 0;
        auto decoded = kafka::decodeResponse<Response>(asSpan(m_response), version, &correlation);
        if (!decoded || correlation != m_correlation)
            return std::nullopt;
        return std::move(*decoded);
    }

private:
    bool roundTrip(const std::string &frame, int timeoutMs);
    static std::span<const std::byte> asSpan(const std::string &s)
    {
        return {reinterpret_cast<const std::byte *>(s.data()), s.size()};
    }

    std::unique_ptr<QTcpSocket> m_socket;
    std::string m_clientId;
    std::string m_in;
    std::string m_response; ///< the last response's payload (header + body)
    std::int32_t m_correlation = 0;
};

/// One member of a consumer group that owns every partition of its topics
/// (it is the only member, hence the leader). poll() fetches at most
/// `maxBytesPerPartition` per partition and advances; commit() commits the
/// positions. A small maxBytes makes a consumer that falls behind (lag).
class DemoGroupMember
{
public:
    DemoGroupMember(DemoKafkaClient &client, std::string groupId, std::vector<std::string> topics);

    /// JoinGroup + SyncGroup (partitions per topic from `partitionCounts`);
    /// then OffsetFetch for the starting positions.
    bool join(const std::map<std::string, int> &partitionCounts);
    /// One Fetch (no waiting); returns the records read.
    int poll(std::int32_t maxBytesPerPartition);
    bool commit();
    /// Heartbeat; rejoins when the broker asks for a rebalance.
    bool heartbeat();
    void leave();
    bool joined() const { return m_generation >= 0; }

private:
    DemoKafkaClient &m_client;
    std::string m_groupId;
    std::vector<std::string> m_topics;
    std::map<std::string, int> m_partitionCounts;
    std::string m_memberId;
    std::int32_t m_generation = -1;
    std::map<std::pair<std::string, int>, std::int64_t> m_positions;
};

/// The consumer protocol's subscription and assignment bytes (version 0).
std::string encodeSubscription(const std::vector<std::string> &topics);
std::string encodeAssignment(const std::map<std::string, std::vector<std::int32_t>> &partitions);

} // namespace warren::demo
