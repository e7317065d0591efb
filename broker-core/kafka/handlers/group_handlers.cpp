// Consumer-group requests: JoinGroup, SyncGroup, Heartbeat, LeaveGroup,
// ListGroups, DescribeGroups, OffsetCommit, OffsetFetch. The coordinator
// (model/groups) does the work; join and sync may answer later, from
// another thread, so their answers come back through the mailbox.
#include "kafka/handlers/handlers.h"

#include "kafka/codec/error_codes.h"
#include "model/groups/group_coordinator.h"

#include <map>

namespace warren::kafka {

namespace {
model::GroupCoordinator &coordinator(KafkaConnection &c)
{
    return *c.context().groups;
}

/// Kafka reports the client host as "/<address>".
std::string clientHost(const model::ConnectionInfo &info)
{
    const auto colon = info.peer.rfind(':');
    return "/" + (colon == std::string::npos ? info.peer : info.peer.substr(0, colon));
}
} // namespace

void handleJoinGroup(KafkaConnection &c, const RequestContext &ctx, JoinGroupRequest &&req)
{
    model::JoinRequest j;
    j.groupId = std::move(req.groupId);
    j.memberId = std::move(req.memberId);
    j.groupInstanceId = std::move(req.groupInstanceId);
    j.protocolType = std::move(req.protocolType);
    for (auto &p : req.protocols)
        j.protocols.push_back(model::GroupProtocol{std::move(p.name), std::move(p.metadata)});
    j.sessionTimeoutMs = req.sessionTimeoutMs;
    // JoinGroup v0 has no rebalance timeout: Kafka uses the session timeout.
    j.rebalanceTimeoutMs = ctx.apiVersion >= 1 ? req.rebalanceTimeoutMs : req.sessionTimeoutMs;
    j.clientId = ctx.clientId;
    j.clientHost = clientHost(c.info());
    j.requireKnownMemberId = ctx.apiVersion >= 4;

    auto mailbox = c.mailbox();
    coordinator(c).join(std::move(j), c.nowMs(), [mailbox, ctx, &c](model::JoinResult r) {
        mailbox->post([ctx, &c, r = std::move(r)] {
            JoinGroupResponse resp;
            resp.errorCode = r.error;
            resp.generationId = r.generationId;
            resp.protocolName = r.protocolName;
            resp.leader = r.leaderId;
            resp.memberId = r.memberId;
            for (const auto &m : r.members)
                resp.members.push_back(JoinGroupResponse::Member{m.memberId, m.groupInstanceId, m.metadata});
            c.respond(ctx, resp);
        });
    });
}

void handleSyncGroup(KafkaConnection &c, const RequestContext &ctx, SyncGroupRequest &&req)
{
    model::SyncRequest s;
    s.groupId = std::move(req.groupId);
    s.generationId = req.generationId;
    s.memberId = std::move(req.memberId);
    s.groupInstanceId = std::move(req.groupInstanceId);
    for (auto &a : req.assignments)
        s.assignments.push_back(model::MemberAssignment{std::move(a.memberId), std::move(a.assignment)});
    auto mailbox = c.mailbox();
    coordinator(c).sync(std::move(s), c.nowMs(), [mailbox, ctx, &c](model::SyncResult r) {
        mailbox->post([ctx, &c, r = std::move(r)] {
            SyncGroupResponse resp;
            resp.errorCode = r.error;
            resp.assignment = r.assignment;
            c.respond(ctx, resp);
        });
    });
}

void handleHeartbeat(KafkaConnection &c, const RequestContext &ctx, HeartbeatRequest &&req)
{
    HeartbeatResponse resp;
    resp.errorCode = coordinator(c).heartbeat(req.groupId, req.generationId, req.memberId, c.nowMs());
    c.respond(ctx, resp);
}

void handleLeaveGroup(KafkaConnection &c, const RequestContext &ctx, LeaveGroupRequest &&req)
{
    std::vector<std::string> members;
    if (ctx.apiVersion >= 3) {
        for (const auto &m : req.members)
            members.push_back(m.memberId);
    } else {
        members.push_back(req.memberId);
    }
    model::LeaveResult r = coordinator(c).leave(req.groupId, members, c.nowMs());
    LeaveGroupResponse resp;
    resp.errorCode = r.error;
    if (ctx.apiVersion >= 3) {
        for (std::size_t i = 0; i < r.members.size(); ++i)
            resp.members.push_back(LeaveGroupResponse::Member{
                r.members[i].memberId, i < req.members.size() ? req.members[i].groupInstanceId : std::nullopt,
                r.members[i].error});
    } else if (resp.errorCode == errc::NONE && !r.members.empty()) {
        resp.errorCode = r.members.front().error; // v0–2 carry one member's error at the top
    }
    c.respond(ctx, resp);
}

void handleListGroups(KafkaConnection &c, const RequestContext &ctx, ListGroupsRequest &&)
{
    ListGroupsResponse resp;
    for (const auto &g : coordinator(c).listGroups())
        resp.groups.push_back(ListGroupsResponse::Group{g.groupId, g.protocolType});
    c.respond(ctx, resp);
}

void handleDescribeGroups(KafkaConnection &c, const RequestContext &ctx, DescribeGroupsRequest &&req)
{
    DescribeGroupsResponse resp;
    for (const auto &id : req.groups) {
        model::DescribedGroup d = coordinator(c).describeGroup(id);
        DescribeGroupsResponse::Group g;
        g.errorCode = d.error;
        g.groupId = d.groupId.empty() ? id : d.groupId;
        g.groupState = d.state;
        g.protocolType = d.protocolType;
        g.protocolData = d.protocolName;
        for (const auto &m : d.members)
            g.members.push_back(DescribeGroupsResponse::Group::Member{m.memberId, m.groupInstanceId, m.clientId,
                                                                      m.clientHost, m.metadata, m.assignment});
        resp.groups.push_back(std::move(g));
    }
    c.respond(ctx, resp);
}

void handleOffsetCommit(KafkaConnection &c, const RequestContext &ctx, OffsetCommitRequest &&req)
{
    std::vector<model::OffsetCommitEntry> entries;
    for (const auto &t : req.topics)
        for (const auto &p : t.partitions)
            entries.push_back(model::OffsetCommitEntry{t.name, p.partitionIndex, p.committedOffset,
                                                       p.committedMetadata.value_or("")});
    // v0 has no generation or member: a "simple" commit, like generation -1.
    const std::int32_t generation = ctx.apiVersion >= 1 ? req.generationId : -1;
    auto results = coordinator(c).commitOffsets(req.groupId, generation, req.memberId, entries, c.nowMs());
    OffsetCommitResponse resp;
    std::size_t i = 0;
    for (const auto &t : req.topics) {
        OffsetCommitResponse::Topic rt;
        rt.name = t.name;
        for (const auto &p : t.partitions) {
            const std::int16_t err = i < results.size() ? results[i].error : errc::UNKNOWN_SERVER_ERROR;
            rt.partitions.push_back(OffsetCommitResponse::Topic::Partition{p.partitionIndex, err});
            ++i;
        }
        resp.topics.push_back(std::move(rt));
    }
    c.respond(ctx, resp);
}

void handleOffsetFetch(KafkaConnection &c, const RequestContext &ctx, OffsetFetchRequest &&req)
{
    std::optional<std::vector<model::TopicPartition>> wanted;
    if (req.topics) {
        wanted.emplace();
        for (const auto &t : *req.topics)
            for (std::int32_t p : t.partitionIndexes)
                wanted->push_back(model::TopicPartition{t.name, p});
    }
    model::OffsetFetchResult r = coordinator(c).fetchOffsets(req.groupId, wanted);
    OffsetFetchResponse resp;
    resp.errorCode = r.error;
    std::map<std::string, std::size_t> topicIndex;
    for (const auto &p : r.partitions) {
        auto it = topicIndex.find(p.topic);
        if (it == topicIndex.end()) {
            it = topicIndex.emplace(p.topic, resp.topics.size()).first;
            OffsetFetchResponse::Topic t;
            t.name = p.topic;
            resp.topics.push_back(std::move(t));
        }
        OffsetFetchResponse::Topic::Partition rp;
        rp.partitionIndex = p.partition;
        rp.committedOffset = p.offset;
        rp.metadata = p.metadata;
        rp.errorCode = p.error;
        resp.topics[it->second].partitions.push_back(std::move(rp));
    }
    c.respond(ctx, resp);
}

} // namespace warren::kafka
