// The offsets and read-only half of GroupCoordinator: OffsetCommit,
// OffsetFetch, ListGroups, DescribeGroups, DeleteGroups and snapshots.
// None of these park or complete callbacks.

#include "model/groups/group_coordinator.h"

#include "model/groups/group_errors.h"

namespace warren::model {

using detail::Group;
using detail::Member;
namespace err = group_error;

std::vector<OffsetCommitPartitionResult> GroupCoordinator::commitOffsets(const std::string &groupId,
                                                                         std::int32_t generationId,
                                                                         const std::string &memberId,
                                                                         const std::vector<OffsetCommitEntry> &offsets,
                                                                         std::int64_t nowMs)
{
    std::vector<OffsetCommitPartitionResult> results;
    results.reserve(offsets.size());
    auto failAll = [&](std::int16_t error) {
        for (const auto &o : offsets)
            results.push_back({o.topic, o.partition, error});
        return results;
    };

    std::lock_guard lock(m_mutex);
    Group *group = findGroup(groupId);
    if (!group) {
        // No group: fine for a consumer that does not use group management;
        // otherwise the request comes from a generation long gone.
        if (generationId >= 0)
            return failAll(err::IllegalGeneration);
        group = &m_groups.try_emplace(groupId, groupId).first->second;
    }

    if (group->state == GroupState::Dead)
        return failAll(err::CoordinatorNotAvailable);
    Member *member = nullptr;
    if (generationId < 0 && group->state == GroupState::Empty) {
        // "simple" commit (admin client, or a consumer that assigns itself)
    } else if (generationId >= 0 || !memberId.empty()) {
        member = group->member(memberId);
        if (!member)
            return failAll(err::UnknownMemberId);
        if (generationId != group->generationId)
            return failAll(err::IllegalGeneration);
    } else {
        // No member id and no generation, but the group has members.
        return failAll(err::UnknownMemberId);
    }

    switch (group->state) {
    case GroupState::CompletingRebalance:
        // Valid member and generation but no assignment yet: let it rejoin gracefully.
        return failAll(err::RebalanceInProgress);
    case GroupState::Stable:
    case GroupState::PreparingRebalance:
        // Commits still count while preparing; the heartbeat tells the member to rejoin.
        if (member)
            refreshSession(*member, nowMs);
        break;
    case GroupState::Empty:
    case GroupState::Dead:
        break;
    }

    for (const auto &o : offsets) {
        std::int16_t error = err::None;
        if (o.metadata.size() > m_config.maxOffsetMetadataBytes)
            error = err::OffsetMetadataTooLarge;
        else if (!m_store->store(groupId, o.topic, o.partition, o.offset, o.metadata))
            error = err::CoordinatorNotAvailable;
        else
            group->offsets[TopicPartition{o.topic, o.partition}] = {o.offset, o.metadata, nowMs};
        results.push_back({o.topic, o.partition, error});
    }
    return results;
}

OffsetFetchResult GroupCoordinator::fetchOffsets(const std::string &groupId,
                                                 const std::optional<std::vector<TopicPartition>> &partitions) const
{
    OffsetFetchResult result;
    std::lock_guard lock(m_mutex);
    // Offsets are answered whatever the group's state: a group may use the
    // broker only to store offsets.
    const Group *group = findGroup(groupId);
    if (partitions) {
        for (const auto &tp : *partitions) {
            OffsetFetchPartition p{tp.topic, tp.partition, -1, {}, err::None};
            if (group) {
                if (auto it = group->offsets.find(tp); it != group->offsets.end()) {
                    p.offset = it->second.offset;
                    p.metadata = it->second.metadata;
                }
            }
            result.partitions.push_back(std::move(p));
        }
    } else if (group) {
        for (const auto &[tp, committed] : group->offsets)
            result.partitions.push_back({tp.topic, tp.partition, committed.offset, committed.metadata, err::None});
    }
    return result;
}

std::vector<ListedGroup> GroupCoordinator::listGroups() const
{
    std::lock_guard lock(m_mutex);
    std::vector<ListedGroup> out;
    out.reserve(m_groups.size());
    for (const auto &[id, group] : m_groups)
        out.push_back({id, group.protocolType.value_or(""), groupStateName(group.state)});
    return out;
}

DescribedGroup GroupCoordinator::describeGroup(const std::string &groupId) const
{
    DescribedGroup out;
    out.groupId = groupId;
    std::lock_guard lock(m_mutex);
    const Group *group = findGroup(groupId);
    if (!group) {
        out.state = groupStateName(GroupState::Dead);
        return out;
    }
    out.state = groupStateName(group->state);
    out.protocolType = group->protocolType.value_or("");
    // As Kafka: protocol and member metadata only once the group is Stable.
    const bool stable = group->state == GroupState::Stable && group->protocolName;
    if (stable)
        out.protocolName = *group->protocolName;
    for (const auto &m : group->members) {
        DescribedMember d{m.memberId, m.groupInstanceId, m.clientId, m.clientHost, {}, m.assignment};
        if (stable)
            if (const GroupBytes *md = m.metadata(*group->protocolName))
                d.metadata = *md;
        out.members.push_back(std::move(d));
    }
    return out;
}

std::vector<DeleteGroupResult> GroupCoordinator::deleteGroups(const std::vector<std::string> &groupIds)
{
    std::vector<DeleteGroupResult> out;
    std::lock_guard lock(m_mutex);
    for (const auto &id : groupIds) {
        auto it = m_groups.find(id);
        std::int16_t error = err::None;
        if (it == m_groups.end() || it->second.state == GroupState::Dead)
            error = err::GroupIdNotFound;
        else if (it->second.state != GroupState::Empty)
            error = err::NonEmptyGroup;
        else {
            m_groups.erase(it);
            m_store->removeGroup(id);
        }
        out.push_back({id, error});
    }
    return out;
}

std::vector<GroupSnapshot> GroupCoordinator::snapshot() const
{
    std::lock_guard lock(m_mutex);
    std::vector<GroupSnapshot> out;
    out.reserve(m_groups.size());
    for (const auto &[id, group] : m_groups) {
        GroupSnapshot s;
        s.groupId = id;
        s.state = group.state;
        s.generationId = group.generationId;
        s.protocolType = group.protocolType.value_or("");
        s.protocolName = group.protocolName.value_or("");
        s.leaderId = group.leaderId.value_or("");
        for (const auto &m : group.members) {
            GroupMemberSnapshot ms;
            ms.memberId = m.memberId;
            ms.groupInstanceId = m.groupInstanceId;
            ms.clientId = m.clientId;
            ms.clientHost = m.clientHost;
            ms.sessionTimeoutMs = m.sessionTimeoutMs;
            ms.rebalanceTimeoutMs = m.rebalanceTimeoutMs;
            if (group.protocolName)
                if (const GroupBytes *md = m.metadata(*group.protocolName))
                    ms.metadata = *md;
            ms.assignment = m.assignment;
            ms.awaitingJoin = m.isAwaitingJoin();
            ms.awaitingSync = m.isAwaitingSync();
            s.members.push_back(std::move(ms));
        }
        for (const auto &[tp, committed] : group.offsets)
            s.offsets.push_back({tp.topic, tp.partition, committed.offset, committed.metadata,
                                 committed.commitTimestampMs});
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace warren::model
