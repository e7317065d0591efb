// The membership half of GroupCoordinator: join, sync, heartbeat, leave and
// the timers run by tick(). Offsets and read-only views are in
// group_coordinator_offsets.cpp. The structure mirrors Kafka's
// GroupCoordinator so that its behaviour can be checked side by side.

#include "model/groups/group_coordinator.h"

#include "model/groups/group_errors.h"
#include "metrics/event_log.h"

namespace warren::model {

using detail::Group;
using detail::Member;
namespace err = group_error;

namespace {

JoinResult joinError(std::string memberId, std::int16_t error)
{
    JoinResult r;
    r.error = error;
    r.memberId = std::move(memberId);
    return r;
}

SyncResult syncError(std::int16_t error)
{
    SyncResult r;
    r.error = error;
    return r;
}

// The group's current generation as a JoinGroup answer; only the leader gets the members.
JoinResult currentGeneration(const Group &group, const std::string &memberId)
{
    JoinResult r;
    r.generationId = group.generationId;
    r.protocolType = group.protocolType;
    r.protocolName = group.protocolName.value_or("");
    r.leaderId = group.leaderId.value_or("");
    r.memberId = memberId;
    if (group.isLeader(memberId))
        r.members = group.currentMemberMetadata();
    return r;
}

} // namespace

// ---- Deferred -------------------------------------------------------------

void GroupCoordinator::Deferred::join(const JoinCallback &done, JoinResult result)
{
    if (done)
        m_calls.push_back([done, result = std::move(result)]() mutable { done(std::move(result)); });
}

void GroupCoordinator::Deferred::sync(const SyncCallback &done, SyncResult result)
{
    if (done)
        m_calls.push_back([done, result = std::move(result)]() mutable { done(std::move(result)); });
}

void GroupCoordinator::Deferred::run()
{
    auto calls = std::move(m_calls);
    m_calls.clear();
    for (auto &call : calls)
        call();
}

// ---- construction ---------------------------------------------------------

GroupCoordinator::GroupCoordinator(GroupCoordinatorConfig config, std::shared_ptr<OffsetStore> store)
    : m_config(config), m_store(store ? std::move(store) : std::make_shared<InMemoryOffsetStore>())
{
    for (auto &o : m_store->load()) {
        Group &group = m_groups.try_emplace(o.groupId, o.groupId).first->second;
        group.offsets[TopicPartition{o.topic, o.partition}] = {o.offset, std::move(o.metadata), 0};
    }
}

Group *GroupCoordinator::findGroup(const std::string &groupId)
{
    auto it = m_groups.find(groupId);
    return it == m_groups.end() ? nullptr : &it->second;
}

const Group *GroupCoordinator::findGroup(const std::string &groupId) const
{
    auto it = m_groups.find(groupId);
    return it == m_groups.end() ? nullptr : &it->second;
}

void GroupCoordinator::refreshSession(Member &member, std::int64_t nowMs) const
{
    member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
}

// ---- JoinGroup ------------------------------------------------------------

void GroupCoordinator::join(JoinRequest request, std::int64_t nowMs, JoinCallback done)
{
    Deferred deferred;
    {
        std::lock_guard lock(m_mutex);
        joinLocked(request, nowMs, done, deferred);
    }
    deferred.run();
}

void GroupCoordinator::joinLocked(JoinRequest &request, std::int64_t nowMs, JoinCallback &done, Deferred &deferred)
{
    if (request.groupId.empty())
        return deferred.join(done, joinError(request.memberId, err::InvalidGroupId));
    if (request.sessionTimeoutMs < m_config.minSessionTimeoutMs
        || request.sessionTimeoutMs > m_config.maxSessionTimeoutMs)
        return deferred.join(done, joinError(request.memberId, err::InvalidSessionTimeout));

    const bool newMember = request.memberId.empty();
    Group *group = findGroup(request.groupId);
    if (!group) {
        // Only a new member may create a group.
        if (!newMember)
            return deferred.join(done, joinError(request.memberId, err::UnknownMemberId));
        group = &m_groups.try_emplace(request.groupId, request.groupId).first->second;
    }
    if (newMember)
        joinNewMember(*group, request, nowMs, done, deferred);
    else
        joinCurrentMember(*group, request, nowMs, done, deferred);
    maybeCompleteJoin(*group, nowMs, deferred);
}

void GroupCoordinator::joinNewMember(Group &group, JoinRequest &request, std::int64_t nowMs, JoinCallback &done,
                                     Deferred &deferred)
{
    if (group.state == GroupState::Dead)
        return deferred.join(done, joinError({}, err::CoordinatorNotAvailable));
    if (!group.supportsProtocols(request.protocolType, request.protocols))
        return deferred.join(done, joinError({}, err::InconsistentGroupProtocol));

    std::string memberId = m_ids.next(request.clientId);
    if (request.requireKnownMemberId) {
        // KIP-394: hand out the id and wait for the member to come back with
        // it; until then the pending id holds up the join phase.
        group.pendingMembers[memberId] = nowMs + request.sessionTimeoutMs;
        return deferred.join(done, joinError(std::move(memberId), err::MemberIdRequired));
    }
    addMemberAndRebalance(group, request, memberId, nowMs, std::move(done), deferred);
}

void GroupCoordinator::joinCurrentMember(Group &group, JoinRequest &request, std::int64_t nowMs, JoinCallback &done,
                                         Deferred &deferred)
{
    const std::string memberId = request.memberId;
    if (group.state == GroupState::Dead)
        return deferred.join(done, joinError(memberId, err::CoordinatorNotAvailable));
    if (!group.supportsProtocols(request.protocolType, request.protocols))
        return deferred.join(done, joinError(memberId, err::InconsistentGroupProtocol));
    if (group.isPending(memberId))
        return addMemberAndRebalance(group, request, memberId, nowMs, std::move(done), deferred);

    Member *member = group.member(memberId);
    if (!member)
        return deferred.join(done, joinError(memberId, err::UnknownMemberId));

    switch (group.state) {
    case GroupState::PreparingRebalance:
        return updateMemberAndRebalance(group, *member, request, nowMs, std::move(done), deferred);
    case GroupState::CompletingRebalance:
        // Same metadata: it probably lost the first JoinGroup answer; resend it.
        if (member->protocols == request.protocols)
            return deferred.join(done, currentGeneration(group, memberId));
        return updateMemberAndRebalance(group, *member, request, nowMs, std::move(done), deferred);
    case GroupState::Stable:
        // The leader's rejoin always rebalances (its view of topics may have
        // changed); a follower's only if its metadata changed.
        if (group.isLeader(memberId) || member->protocols != request.protocols)
            return updateMemberAndRebalance(group, *member, request, nowMs, std::move(done), deferred);
        return deferred.join(done, currentGeneration(group, memberId));
    case GroupState::Empty:
    case GroupState::Dead:
        return deferred.join(done, joinError(memberId, err::UnknownMemberId));
    }
}

void GroupCoordinator::addMemberAndRebalance(Group &group, JoinRequest &request, const std::string &memberId,
                                             std::int64_t nowMs, JoinCallback done, Deferred &deferred)
{
    Member member;
    member.memberId = memberId;
    member.groupInstanceId = request.groupInstanceId;
    member.clientId = request.clientId;
    member.clientHost = request.clientHost;
    member.sessionTimeoutMs = request.sessionTimeoutMs;
    member.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
    member.protocolType = request.protocolType;
    member.protocols = std::move(request.protocols);
    member.awaitingJoin = std::move(done);
    member.isNew = true;
    // A new member cannot heartbeat yet; it is only given up on after the
    // new-member join timeout (it will simply retry if still alive).
    member.heartbeatDeadlineMs = nowMs + m_config.newMemberJoinTimeoutMs;
    groupEvent(group, "member '" + memberId + "' joined (client id '" + request.clientId + "', " +
                          request.clientHost + ")");
    group.add(std::move(member));
    maybePrepareRebalance(group, nowMs, deferred);
}

void GroupCoordinator::updateMemberAndRebalance(Group &group, Member &member, JoinRequest &request,
                                                std::int64_t nowMs, JoinCallback done, Deferred &deferred)
{
    member.protocols = std::move(request.protocols);
    member.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
    member.sessionTimeoutMs = request.sessionTimeoutMs;
    // A second JoinGroup while one is parked (a client retry): the old
    // request is answered so that no callback is lost; its connection has
    // normally given up on it already.
    if (member.awaitingJoin)
        deferred.join(member.awaitingJoin, joinError(member.memberId, err::RebalanceInProgress));
    member.awaitingJoin = std::move(done);
    // `member` may be gone after this (a completed join phase drops members).
    maybePrepareRebalance(group, nowMs, deferred);
}

// ---- rebalance phases -----------------------------------------------------

void GroupCoordinator::maybePrepareRebalance(Group &group, std::int64_t nowMs, Deferred &deferred)
{
    if (group.canRebalance())
        prepareRebalance(group, nowMs, deferred);
}

void GroupCoordinator::prepareRebalance(Group &group, std::int64_t nowMs, Deferred &deferred)
{
    // Members parked in SyncGroup must rejoin instead.
    if (group.state == GroupState::CompletingRebalance)
        resetAndPropagateAssignmentError(group, err::RebalanceInProgress, nowMs, deferred);
    group.pendingSyncMembers.clear();
    group.state = GroupState::PreparingRebalance;
    group.rebalanceDeadlineMs = nowMs + group.rebalanceTimeoutMs();
    // Initial rebalance delay 0: complete at once if everybody is in.
    maybeCompleteJoin(group, nowMs, deferred);
}

void GroupCoordinator::maybeCompleteJoin(Group &group, std::int64_t nowMs, Deferred &deferred)
{
    if (group.state == GroupState::PreparingRebalance && group.hasAllMembersJoined())
        completeJoin(group, nowMs, deferred);
}

void GroupCoordinator::completeJoin(Group &group, std::int64_t nowMs, Deferred &deferred)
{
    // Members that did not rejoin in time are out (all members are dynamic).
    std::vector<std::string> notRejoined;
    for (const auto &m : group.members)
        if (!m.isAwaitingJoin())
            notRejoined.push_back(m.memberId);
    for (const auto &id : notRejoined) {
        groupEvent(group, "member '" + id + "' removed: it did not rejoin in time");
        Member gone = group.remove(id);
        deferred.sync(gone.awaitingSync, syncError(err::UnknownMemberId));
    }

    if (!group.members.empty() && !group.electJoinedLeader()) {
        // Unreachable without static members (everyone left is parked);
        // Kafka waits another rebalance timeout here.
        group.rebalanceDeadlineMs = nowMs + group.rebalanceTimeoutMs();
        return;
    }

    ++group.generationId;
    group.pendingSyncMembers.clear();
    if (group.members.empty()) {
        group.protocolName.reset();
        group.state = GroupState::Empty;
        groupEvent(group, "rebalanced to generation " + std::to_string(group.generationId) + ": no members left");
        return;
    }
    group.protocolName = group.selectProtocol();
    groupEvent(group, "rebalanced to generation " + std::to_string(group.generationId) + ": " +
                          std::to_string(group.members.size()) + " member(s), protocol '" +
                          group.protocolName.value_or("") + "', leader '" + group.leaderId.value_or("") + "'");
    group.state = GroupState::CompletingRebalance;
    for (auto &m : group.members) {
        deferred.join(m.awaitingJoin, currentGeneration(group, m.memberId));
        m.awaitingJoin = nullptr;
        m.isNew = false;
        refreshSession(m, nowMs);
        group.pendingSyncMembers.insert(m.memberId);
    }
    // Members that never send SyncGroup are removed after the rebalance timeout (Kafka 3.x).
    group.syncDeadlineMs = nowMs + group.rebalanceTimeoutMs();
}

void GroupCoordinator::groupEvent(const Group &group, const std::string &text) const
{
    if (m_events)
        m_events->append(metrics::EventKind::ConsumerGroup, "group '" + group.groupId + "': " + text);
}

void GroupCoordinator::removeMemberAndUpdateGroup(Group &group, const std::string &memberId, std::int64_t nowMs,
                                                  Deferred &deferred, const char *why)
{
    groupEvent(group, "member '" + memberId + "' " + why);
    Member gone = group.remove(memberId);
    // A parked JoinGroup learns it is out; it will retry as a new member.
    deferred.join(gone.awaitingJoin, joinError({}, err::UnknownMemberId));
    deferred.sync(gone.awaitingSync, syncError(err::UnknownMemberId));

    switch (group.state) {
    case GroupState::Stable:
    case GroupState::CompletingRebalance:
        maybePrepareRebalance(group, nowMs, deferred);
        break;
    case GroupState::PreparingRebalance:
        maybeCompleteJoin(group, nowMs, deferred);
        break;
    case GroupState::Empty:
    case GroupState::Dead:
        break;
    }
}

void GroupCoordinator::resetAndPropagateAssignmentError(Group &group, std::int16_t error, std::int64_t nowMs,
                                                        Deferred &deferred)
{
    for (auto &m : group.members) {
        m.assignment.clear();
        if (m.awaitingSync) {
            deferred.sync(m.awaitingSync, syncError(error));
            m.awaitingSync = nullptr;
            refreshSession(m, nowMs);
        }
    }
}

void GroupCoordinator::propagateAssignment(Group &group, std::int64_t nowMs, Deferred &deferred)
{
    for (auto &m : group.members) {
        if (!m.awaitingSync)
            continue;
        SyncResult r;
        r.protocolType = group.protocolType;
        r.protocolName = group.protocolName;
        r.assignment = m.assignment;
        deferred.sync(m.awaitingSync, std::move(r));
        m.awaitingSync = nullptr;
        // The session restarts once the member has its assignment.
        refreshSession(m, nowMs);
    }
}

// ---- SyncGroup ------------------------------------------------------------

void GroupCoordinator::sync(SyncRequest request, std::int64_t nowMs, SyncCallback done)
{
    Deferred deferred;
    {
        std::lock_guard lock(m_mutex);
        syncLocked(request, nowMs, done, deferred);
    }
    deferred.run();
}

void GroupCoordinator::syncLocked(SyncRequest &request, std::int64_t nowMs, SyncCallback &done, Deferred &deferred)
{
    if (request.groupId.empty())
        return deferred.sync(done, syncError(err::InvalidGroupId));
    Group *group = findGroup(request.groupId);
    if (!group)
        return deferred.sync(done, syncError(err::UnknownMemberId));
    if (group->state == GroupState::Dead)
        return deferred.sync(done, syncError(err::CoordinatorNotAvailable));
    Member *member = group->member(request.memberId);
    if (!member)
        return deferred.sync(done, syncError(err::UnknownMemberId));
    if (request.generationId != group->generationId)
        return deferred.sync(done, syncError(err::IllegalGeneration));
    if ((request.protocolType && group->protocolType != request.protocolType)
        || (request.protocolName && group->protocolName != request.protocolName))
        return deferred.sync(done, syncError(err::InconsistentGroupProtocol));

    switch (group->state) {
    case GroupState::Empty:
        return deferred.sync(done, syncError(err::UnknownMemberId));
    case GroupState::PreparingRebalance:
        return deferred.sync(done, syncError(err::RebalanceInProgress));
    case GroupState::CompletingRebalance:
        if (member->awaitingSync) // a retried SyncGroup replaces the parked one
            deferred.sync(member->awaitingSync, syncError(err::RebalanceInProgress));
        member->awaitingSync = std::move(done);
        group->pendingSyncMembers.erase(request.memberId);
        if (group->isLeader(request.memberId)) {
            // Members the leader left out get empty bytes; unknown ids are ignored.
            for (auto &m : group->members) {
                m.assignment.clear();
                for (auto &a : request.assignments)
                    if (a.memberId == m.memberId)
                        m.assignment = a.assignment;
            }
            propagateAssignment(*group, nowMs, deferred);
            group->state = GroupState::Stable;
        }
        return;
    case GroupState::Stable: {
        group->pendingSyncMembers.erase(request.memberId);
        SyncResult r;
        r.protocolType = group->protocolType;
        r.protocolName = group->protocolName;
        r.assignment = member->assignment;
        refreshSession(*member, nowMs);
        return deferred.sync(done, std::move(r));
    }
    case GroupState::Dead:
        return deferred.sync(done, syncError(err::CoordinatorNotAvailable));
    }
}

// ---- Heartbeat, LeaveGroup --------------------------------------------------

std::int16_t GroupCoordinator::heartbeat(const std::string &groupId, std::int32_t generationId,
                                         const std::string &memberId, std::int64_t nowMs)
{
    if (groupId.empty())
        return err::InvalidGroupId;
    std::lock_guard lock(m_mutex);
    Group *group = findGroup(groupId);
    if (!group)
        return err::UnknownMemberId;
    if (group->state == GroupState::Dead)
        return err::CoordinatorNotAvailable;
    Member *member = group->member(memberId);
    if (!member)
        return err::UnknownMemberId;
    if (generationId != group->generationId)
        return err::IllegalGeneration;
    switch (group->state) {
    case GroupState::Empty:
        return err::UnknownMemberId;
    case GroupState::CompletingRebalance: // Kafka 2.x+: consumers heartbeat between JoinGroup and SyncGroup
    case GroupState::Stable:
        refreshSession(*member, nowMs);
        return err::None;
    case GroupState::PreparingRebalance:
        refreshSession(*member, nowMs);
        return err::RebalanceInProgress;
    case GroupState::Dead:
        break;
    }
    return err::CoordinatorNotAvailable;
}

LeaveResult GroupCoordinator::leave(const std::string &groupId, const std::vector<std::string> &memberIds,
                                    std::int64_t nowMs)
{
    LeaveResult result;
    if (groupId.empty()) {
        result.error = err::InvalidGroupId;
        return result;
    }
    Deferred deferred;
    {
        std::lock_guard lock(m_mutex);
        Group *group = findGroup(groupId);
        if (group && group->state == GroupState::Dead) {
            result.error = err::CoordinatorNotAvailable;
            return result;
        }
        for (const auto &id : memberIds) {
            std::int16_t error = err::UnknownMemberId;
            if (group && group->isPending(id)) {
                group->pendingMembers.erase(id);
                maybeCompleteJoin(*group, nowMs, deferred);
                error = err::None;
            } else if (group && group->has(id)) {
                removeMemberAndUpdateGroup(*group, id, nowMs, deferred);
                error = err::None;
            }
            result.members.push_back({id, error});
        }
    }
    deferred.run();
    return result;
}

// ---- timers -----------------------------------------------------------------

void GroupCoordinator::expireMembers(Group &group, std::int64_t nowMs, Deferred &deferred)
{
    bool pendingExpired = false;
    for (auto it = group.pendingMembers.begin(); it != group.pendingMembers.end();) {
        if (nowMs >= it->second) {
            it = group.pendingMembers.erase(it);
            pendingExpired = true;
        } else {
            ++it;
        }
    }
    if (pendingExpired)
        maybeCompleteJoin(group, nowMs, deferred);

    auto expired = [nowMs](const Member &m) { return !m.hasSatisfiedHeartbeat() && nowMs >= m.heartbeatDeadlineMs; };
    std::vector<std::string> ids;
    for (const auto &m : group.members)
        if (expired(m))
            ids.push_back(m.memberId);
    // Removing one member may complete a join phase that renews the others.
    for (const auto &id : ids)
        if (const Member *m = group.member(id); m && expired(*m))
            removeMemberAndUpdateGroup(group, id, nowMs, deferred, "removed: its session timed out");
}

void GroupCoordinator::tick(std::int64_t nowMs)
{
    Deferred deferred;
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_groups.begin(); it != m_groups.end();) {
            Group &group = it->second;
            expireMembers(group, nowMs, deferred);

            if (group.state == GroupState::PreparingRebalance && nowMs >= group.rebalanceDeadlineMs)
                completeJoin(group, nowMs, deferred);

            const bool syncing = group.state == GroupState::CompletingRebalance || group.state == GroupState::Stable;
            if (syncing && !group.pendingSyncMembers.empty() && nowMs >= group.syncDeadlineMs) {
                const auto silent = group.pendingSyncMembers;
                for (const auto &id : silent) {
                    groupEvent(group, "member '" + id + "' removed: it sent no SyncGroup in time");
                    Member gone = group.remove(id);
                    deferred.join(gone.awaitingJoin, joinError({}, err::UnknownMemberId));
                    deferred.sync(gone.awaitingSync, syncError(err::UnknownMemberId));
                }
                prepareRebalance(group, nowMs, deferred);
            }

            // Kafka drops such groups in its periodic offsets cleanup.
            const bool forgettable = group.state == GroupState::Empty && group.members.empty()
                && group.pendingMembers.empty() && group.offsets.empty();
            it = forgettable ? m_groups.erase(it) : std::next(it);
        }
    }
    deferred.run();
}

} // namespace warren::model
