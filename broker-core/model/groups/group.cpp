#include "model/groups/group.h"

#include <algorithm>

namespace warren::model::detail {

const GroupBytes *Member::metadata(std::string_view protocolName) const
{
    for (const auto &p : protocols)
        if (p.name == protocolName)
            return &p.metadata;
    return nullptr;
}

std::string Member::vote(const std::set<std::string> &candidates) const
{
    for (const auto &p : protocols)
        if (candidates.contains(p.name))
            return p.name;
    return {};
}

Member *Group::member(std::string_view memberId)
{
    for (auto &m : members)
        if (m.memberId == memberId)
            return &m;
    return nullptr;
}

const Member *Group::member(std::string_view memberId) const
{
    return const_cast<Group *>(this)->member(memberId);
}

void Group::add(Member member)
{
    if (members.empty())
        protocolType = member.protocolType;
    if (!leaderId)
        leaderId = member.memberId;
    pendingMembers.erase(member.memberId);
    members.push_back(std::move(member));
}

Member Group::remove(std::string_view memberId)
{
    Member removed;
    auto it = std::find_if(members.begin(), members.end(), [&](const Member &m) { return m.memberId == memberId; });
    if (it != members.end()) {
        removed = std::move(*it);
        members.erase(it);
    }
    if (isLeader(memberId)) {
        if (members.empty())
            leaderId.reset();
        else
            leaderId = members.front().memberId;
    }
    pendingMembers.erase(std::string(memberId));
    pendingSyncMembers.erase(std::string(memberId));
    return removed;
}

bool Group::hasAllMembersJoined() const
{
    return pendingMembers.empty()
        && std::all_of(members.begin(), members.end(), [](const Member &m) { return m.isAwaitingJoin(); });
}

std::int32_t Group::rebalanceTimeoutMs() const
{
    std::int32_t timeout = 0;
    for (const auto &m : members)
        timeout = std::max(timeout, m.rebalanceTimeoutMs);
    return timeout;
}

namespace {

// Names every member lists (a member's duplicates count once).
std::set<std::string> commonProtocols(const std::vector<Member> &members)
{
    std::set<std::string> common;
    bool first = true;
    for (const auto &m : members) {
        std::set<std::string> mine;
        for (const auto &p : m.protocols)
            mine.insert(p.name);
        if (first) {
            common = std::move(mine);
            first = false;
            continue;
        }
        std::erase_if(common, [&](const std::string &name) { return !mine.contains(name); });
    }
    return common;
}

} // namespace

bool Group::supportsProtocols(const std::string &type, const std::vector<GroupProtocol> &protocols) const
{
    if (state == GroupState::Empty)
        return !type.empty() && !protocols.empty();
    if (!protocolType || *protocolType != type)
        return false;
    // No members but pending ids keep the group rebalancing: Kafka's
    // "supported by all members" (count == size) then holds for any protocol.
    if (members.empty())
        return !protocols.empty();
    const auto common = commonProtocols(members);
    return std::any_of(protocols.begin(), protocols.end(),
                       [&](const GroupProtocol &p) { return common.contains(p.name); });
}

std::string Group::selectProtocol() const
{
    const auto candidates = commonProtocols(members);
    std::map<std::string, int> votes;
    for (const auto &m : members)
        ++votes[m.vote(candidates)];
    int best = 0;
    for (const auto &[name, count] : votes)
        best = std::max(best, count);
    // Tie-break by the earliest member's preference order.
    for (const auto &m : members)
        for (const auto &p : m.protocols)
            if (candidates.contains(p.name) && votes[p.name] == best)
                return p.name;
    return {};
}

bool Group::canRebalance() const
{
    return state == GroupState::Stable || state == GroupState::CompletingRebalance || state == GroupState::Empty;
}

std::vector<JoinMember> Group::currentMemberMetadata() const
{
    std::vector<JoinMember> out;
    out.reserve(members.size());
    for (const auto &m : members) {
        const GroupBytes *md = protocolName ? m.metadata(*protocolName) : nullptr;
        out.push_back({m.memberId, m.groupInstanceId, md ? *md : GroupBytes{}});
    }
    return out;
}

bool Group::electJoinedLeader()
{
    if (leaderId) {
        if (const Member *leader = member(*leaderId); leader && leader->isAwaitingJoin())
            return true;
    }
    for (const auto &m : members) {
        if (m.isAwaitingJoin()) {
            leaderId = m.memberId;
            return true;
        }
    }
    return false;
}

} // namespace warren::model::detail
