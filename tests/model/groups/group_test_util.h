#pragma once
// Helpers for the group coordinator tests: a hand-driven clock, callback
// catchers, and a scripted consumer that does the JoinGroup/SyncGroup dance.

#include "model/groups/group_coordinator.h"
#include "model/groups/group_errors.h"

#include <QTest>

#include <optional>
#include <string>
#include <vector>

namespace warren::model::test {

namespace err = group_error;

inline constexpr std::int32_t kSession = 10000;
inline constexpr std::int32_t kRebalance = 30000;

/// Catches one JoinGroup answer.
struct JoinCatch {
    std::optional<JoinResult> result;
    int calls = 0;
    JoinCallback callback()
    {
        return [this](JoinResult r) {
            ++calls;
            result = std::move(r);
        };
    }
    bool done() const { return result.has_value(); }
};

/// Catches one SyncGroup answer.
struct SyncCatch {
    std::optional<SyncResult> result;
    int calls = 0;
    SyncCallback callback()
    {
        return [this](SyncResult r) {
            ++calls;
            result = std::move(r);
        };
    }
    bool done() const { return result.has_value(); }
};

inline JoinRequest joinRequest(const std::string &group, const std::string &memberId,
                               std::vector<GroupProtocol> protocols = {{"range", "meta"}},
                               std::string clientId = "client", std::int32_t session = kSession,
                               std::int32_t rebalance = kRebalance)
{
    JoinRequest r;
    r.groupId = group;
    r.memberId = memberId;
    r.protocolType = "consumer";
    r.protocols = std::move(protocols);
    r.sessionTimeoutMs = session;
    r.rebalanceTimeoutMs = rebalance;
    r.clientId = std::move(clientId);
    r.clientHost = "/127.0.0.1";
    r.requireKnownMemberId = true;
    return r;
}

inline SyncRequest syncRequest(const std::string &group, std::int32_t generation, const std::string &memberId,
                               std::vector<MemberAssignment> assignments = {})
{
    SyncRequest r;
    r.groupId = group;
    r.generationId = generation;
    r.memberId = memberId;
    r.assignments = std::move(assignments);
    return r;
}

/// Obtains a member id through the MEMBER_ID_REQUIRED round (JoinGroup v4+).
inline std::string requestMemberId(GroupCoordinator &c, const std::string &group, std::int64_t now,
                                   std::vector<GroupProtocol> protocols = {{"range", "meta"}},
                                   std::string clientId = "client", std::int32_t session = kSession,
                                   std::int32_t rebalance = kRebalance)
{
    JoinCatch first;
    c.join(joinRequest(group, "", std::move(protocols), std::move(clientId), session, rebalance), now,
           first.callback());
    if (!first.done() || first.result->error != err::MemberIdRequired)
        return {};
    return first.result->memberId;
}

inline const GroupSnapshot *findSnapshot(const std::vector<GroupSnapshot> &all, const std::string &group)
{
    for (const auto &g : all)
        if (g.groupId == group)
            return &g;
    return nullptr;
}

inline GroupState stateOf(const GroupCoordinator &c, const std::string &group)
{
    const auto all = c.snapshot();
    const GroupSnapshot *g = findSnapshot(all, group);
    return g ? g->state : GroupState::Dead;
}

} // namespace warren::model::test

namespace warren::model::test {

/// A group brought to Stable: ids in join order (ids[0] is the leader).
struct FormedGroup {
    std::vector<std::string> ids;
    std::int32_t generation = -1;
};

/// Forms a Stable group of `n` members: all ids are handed out first (the
/// pending ids hold the join phase open), then everyone joins, then the
/// leader syncs giving member i the assignment "a<i>", then the followers sync.
inline FormedGroup formGroup(GroupCoordinator &c, const std::string &group, int n, std::int64_t now)
{
    FormedGroup out;
    for (int i = 0; i < n; ++i)
        out.ids.push_back(requestMemberId(c, group, now, {{"range", "meta" + std::to_string(i)}},
                                          "client" + std::to_string(i)));
    std::vector<JoinCatch> joins(n);
    for (int i = 0; i < n; ++i)
        c.join(joinRequest(group, out.ids[i], {{"range", "meta" + std::to_string(i)}}, "client" + std::to_string(i)),
               now, joins[i].callback());
    if (!joins[0].done() || joins[0].result->error != err::None)
        return out;
    out.generation = joins[0].result->generationId;
    std::vector<MemberAssignment> assignments;
    for (int i = 0; i < n; ++i)
        assignments.push_back({out.ids[i], "a" + std::to_string(i)});
    std::vector<SyncCatch> syncs(n);
    c.sync(syncRequest(group, out.generation, out.ids[0], assignments), now, syncs[0].callback());
    for (int i = 1; i < n; ++i)
        c.sync(syncRequest(group, out.generation, out.ids[i]), now, syncs[i].callback());
    return out;
}

} // namespace warren::model::test
