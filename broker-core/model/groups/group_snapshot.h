#pragma once
// Read-only copies of every group for the monitor. No pointers back into the
// coordinator; the GUI computes lag from committed offsets and the log's high
// watermarks.

#include "model/groups/group_types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace warren::model {

struct GroupMemberSnapshot {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::string clientId;
    std::string clientHost;
    std::int32_t sessionTimeoutMs = 0;
    std::int32_t rebalanceTimeoutMs = 0;
    GroupBytes metadata;   ///< for the group's current protocol ("" before one is chosen)
    GroupBytes assignment;
    bool awaitingJoin = false;
    bool awaitingSync = false;
};

struct CommittedOffsetSnapshot {
    std::string topic;
    std::int32_t partition = 0;
    std::int64_t offset = -1;
    std::string metadata;
    std::int64_t commitTimestampMs = 0; ///< the nowMs of the commit (or of load())
};

struct GroupSnapshot {
    std::string groupId;
    GroupState state = GroupState::Empty;
    std::int32_t generationId = 0;
    std::string protocolType;
    std::string protocolName;
    std::string leaderId;
    std::vector<GroupMemberSnapshot> members; ///< join order
    std::vector<CommittedOffsetSnapshot> offsets; ///< (topic, partition) order
};

} // namespace warren::model
