#include "model/groups/group_errors.h"
#include "model/groups/group_types.h"

namespace warren::model {

const char *groupStateName(GroupState state)
{
    switch (state) {
    case GroupState::Empty:
        return "Empty";
    case GroupState::PreparingRebalance:
        return "PreparingRebalance";
    case GroupState::CompletingRebalance:
        return "CompletingRebalance";
    case GroupState::Stable:
        return "Stable";
    case GroupState::Dead:
        return "Dead";
    }
    return "Dead";
}

const char *group_error::name(std::int16_t code)
{
    switch (code) {
    case None: return "NONE";
    case UnknownTopicOrPartition: return "UNKNOWN_TOPIC_OR_PARTITION";
    case OffsetMetadataTooLarge: return "OFFSET_METADATA_TOO_LARGE";
    case CoordinatorNotAvailable: return "COORDINATOR_NOT_AVAILABLE";
    case IllegalGeneration: return "ILLEGAL_GENERATION";
    case InconsistentGroupProtocol: return "INCONSISTENT_GROUP_PROTOCOL";
    case InvalidGroupId: return "INVALID_GROUP_ID";
    case UnknownMemberId: return "UNKNOWN_MEMBER_ID";
    case InvalidSessionTimeout: return "INVALID_SESSION_TIMEOUT";
    case RebalanceInProgress: return "REBALANCE_IN_PROGRESS";
    case NonEmptyGroup: return "NON_EMPTY_GROUP";
    case GroupIdNotFound: return "GROUP_ID_NOT_FOUND";
    case MemberIdRequired: return "MEMBER_ID_REQUIRED";
    default: return "UNKNOWN";
    }
}

} // namespace warren::model
