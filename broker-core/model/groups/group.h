#pragma once
// One consumer group's bookkeeping: members, pending members, generation,
// protocol, leader, committed offsets, and the pure rules that depend only on
// them (protocol support and selection, leader choice, "all joined").
// The state machine that moves a group between states lives in
// GroupCoordinator, which owns every Group and guards it with its mutex;
// nothing here locks or calls callbacks.

#include "model/groups/group_types.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace warren::model::detail {

struct Member {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::string clientId;
    std::string clientHost;
    std::int32_t sessionTimeoutMs = 0;
    std::int32_t rebalanceTimeoutMs = 0;
    std::string protocolType;
    std::vector<GroupProtocol> protocols;
    GroupBytes assignment;
    JoinCallback awaitingJoin; ///< set while its JoinGroup is parked
    SyncCallback awaitingSync; ///< set while its SyncGroup is parked
    /// Joined but not yet through a completed join phase: such a member has
    /// no session yet and expires after the new-member join timeout instead.
    bool isNew = false;
    std::int64_t heartbeatDeadlineMs = 0;

    bool isAwaitingJoin() const { return static_cast<bool>(awaitingJoin); }
    bool isAwaitingSync() const { return static_cast<bool>(awaitingSync); }
    /// Kafka: an existing member parked in JoinGroup/SyncGroup needs no heartbeat.
    bool hasSatisfiedHeartbeat() const { return !isNew && (isAwaitingJoin() || isAwaitingSync()); }
    const GroupBytes *metadata(std::string_view protocolName) const;
    /// The member's first-choice protocol among `candidates`.
    std::string vote(const std::set<std::string> &candidates) const;
};

struct CommittedOffset {
    std::int64_t offset = -1;
    std::string metadata;
    std::int64_t commitTimestampMs = 0;
};

class Group {
public:
    explicit Group(std::string groupId) : groupId(std::move(groupId)) {}

    std::string groupId;
    GroupState state = GroupState::Empty;
    std::int32_t generationId = 0;
    std::optional<std::string> protocolType; ///< set by the first member, kept while Empty
    std::optional<std::string> protocolName; ///< chosen at each generation
    std::optional<std::string> leaderId;
    std::vector<Member> members; ///< join order
    /// Ids handed out with MEMBER_ID_REQUIRED, not yet used to join → deadline.
    std::map<std::string, std::int64_t> pendingMembers;
    /// Members of this generation that have not sent SyncGroup yet.
    std::set<std::string> pendingSyncMembers;
    std::int64_t rebalanceDeadlineMs = 0; ///< while PreparingRebalance
    std::int64_t syncDeadlineMs = 0;      ///< while pendingSyncMembers is not empty
    std::map<TopicPartition, CommittedOffset> offsets;

    Member *member(std::string_view memberId);
    const Member *member(std::string_view memberId) const;
    bool has(std::string_view memberId) const { return member(memberId) != nullptr; }
    bool isLeader(std::string_view memberId) const { return leaderId && *leaderId == memberId; }
    bool isPending(const std::string &memberId) const { return pendingMembers.contains(memberId); }

    /// Adds a member; the first one fixes the protocol type and the first
    /// one without a leader becomes leader.
    void add(Member member);
    /// Removes a member and hands back what was removed (its parked
    /// callbacks still have to be answered). A removed leader is replaced by
    /// the earliest-joined remaining member.
    Member remove(std::string_view memberId);

    bool hasAllMembersJoined() const;
    std::int32_t rebalanceTimeoutMs() const; ///< max over members
    /// May a member with these protocols join? Empty group: any non-empty
    /// type and list. Otherwise: same type and one protocol all members have
    /// (any protocol while no member is left).
    bool supportsProtocols(const std::string &type, const std::vector<GroupProtocol> &protocols) const;
    /// The protocol all members support that most members list first. Ties
    /// (Kafka leaves them to hash order) go to the earliest-joined member's
    /// preference. Requires at least one member.
    std::string selectProtocol() const;
    /// States a rebalance may start from.
    bool canRebalance() const;
    /// Members with their metadata for the current protocol (the leader's view).
    std::vector<JoinMember> currentMemberMetadata() const;
    /// Assigns the leader to the first member parked in JoinGroup if the
    /// current one is not; false if nobody is parked.
    bool electJoinedLeader();
};

} // namespace warren::model::detail
