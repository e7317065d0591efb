#pragma once
// Requests and results of the group coordinator. Plain value types: no
// thread affinity, safe to copy between threads. Error fields hold the codes
// of group_errors.h.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace warren::model {

/// Opaque bytes (member metadata, assignments). A std::string like the Kafka
/// codec's buffers; the coordinator never looks inside.
using GroupBytes = std::string;

/// Kafka's classic group states. groupStateName() gives the exact strings
/// DescribeGroups / ListGroups report.
enum class GroupState { Empty, PreparingRebalance, CompletingRebalance, Stable, Dead };
const char *groupStateName(GroupState state);

struct GroupProtocol {
    std::string name;
    GroupBytes metadata;
    bool operator==(const GroupProtocol &) const = default;
};

struct JoinRequest {
    std::string groupId;
    std::string memberId; ///< "" = a new member
    /// Recorded and reported only: static membership is not supported, a
    /// member with an instance id behaves as a dynamic member.
    std::optional<std::string> groupInstanceId;
    std::string protocolType;
    std::vector<GroupProtocol> protocols; ///< in the member's order of preference
    std::int32_t sessionTimeoutMs = 0;
    std::int32_t rebalanceTimeoutMs = 0; ///< JoinGroup v0 has none: pass the session timeout (as Kafka does)
    std::string clientId;
    std::string clientHost;
    bool requireKnownMemberId = false; ///< true for JoinGroup v4+
};

struct JoinMember {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    GroupBytes metadata; ///< for the chosen protocol
};

struct JoinResult {
    std::int16_t error = 0;
    std::int32_t generationId = -1;
    std::optional<std::string> protocolType; ///< set on success (JoinGroup v7+ carries it)
    std::string protocolName;                ///< "" on error
    std::string leaderId;                    ///< "" on error
    std::string memberId;                    ///< the member's id (a new one with MEMBER_ID_REQUIRED)
    std::vector<JoinMember> members;         ///< only in the leader's result, in join order
};
using JoinCallback = std::function<void(JoinResult)>;

struct MemberAssignment {
    std::string memberId;
    GroupBytes assignment;
};

struct SyncRequest {
    std::string groupId;
    std::int32_t generationId = -1;
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::optional<std::string> protocolType; ///< SyncGroup v5+; checked when present
    std::optional<std::string> protocolName; ///< SyncGroup v5+; checked when present
    std::vector<MemberAssignment> assignments; ///< only the leader's are used
};

struct SyncResult {
    std::int16_t error = 0;
    std::optional<std::string> protocolType; ///< set on success
    std::optional<std::string> protocolName; ///< set on success
    GroupBytes assignment;
};
using SyncCallback = std::function<void(SyncResult)>;

struct LeaveMemberResult {
    std::string memberId;
    std::int16_t error = 0;
};

struct LeaveResult {
    std::int16_t error = 0; ///< top level (INVALID_GROUP_ID)
    std::vector<LeaveMemberResult> members; ///< one per requested member, in request order
};

struct TopicPartition {
    std::string topic;
    std::int32_t partition = 0;
    bool operator==(const TopicPartition &) const = default;
    // Spelled out rather than a defaulted <=>: moc (parsing as C++17) chokes on <compare>.
    bool operator<(const TopicPartition &o) const { return std::tie(topic, partition) < std::tie(o.topic, o.partition); }
};

struct OffsetCommitEntry {
    std::string topic;
    std::int32_t partition = 0;
    std::int64_t offset = -1;
    std::string metadata;
};

struct OffsetCommitPartitionResult {
    std::string topic;
    std::int32_t partition = 0;
    std::int16_t error = 0;
};

struct OffsetFetchPartition {
    std::string topic;
    std::int32_t partition = 0;
    std::int64_t offset = -1; ///< -1: nothing committed
    std::string metadata;
    std::int16_t error = 0;
};

struct OffsetFetchResult {
    std::int16_t error = 0;
    std::vector<OffsetFetchPartition> partitions; ///< request order, or (topic, partition) order for "all"
};

struct ListedGroup {
    std::string groupId;
    std::string protocolType;
    std::string state;
};

struct DescribedMember {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::string clientId;
    std::string clientHost;
    GroupBytes metadata; ///< only while Stable (as Kafka)
    GroupBytes assignment;
};

struct DescribedGroup {
    std::int16_t error = 0;
    std::string groupId;
    std::string state;        ///< "Dead" for an unknown group
    std::string protocolType;
    std::string protocolName; ///< only while Stable (as Kafka)
    std::vector<DescribedMember> members;
};

struct DeleteGroupResult {
    std::string groupId;
    std::int16_t error = 0;
};

} // namespace warren::model
