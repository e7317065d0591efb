// JoinGroup / SyncGroup / Heartbeat / LeaveGroup behaviour of the group
// coordinator, as Kafka's GroupCoordinator behaves (classic protocol,
// initial rebalance delay 0).

#include "group_test_util.h"

#include <QTest>

using namespace warren::model;
using namespace warren::model::test;

class TestGroupMembership : public QObject {
    Q_OBJECT

private slots:
    void firstMemberIsAskedForAnIdThenLeadsGenerationOne();
    void newMemberIdIsClientIdDashUuid();
    void leaderSyncMakesTheGroupStable();
    void secondMemberTriggersRebalanceAndBothGetGenerationTwo();
    void leaderAssignmentBytesReachEachMember();
    void memberMissingFromLeaderAssignmentGetsEmptyBytes();
    void followerSyncWaitsForLeaderSync();
    void syncInStableGroupReturnsStoredAssignmentAtOnce();
    void memberLeavingRebalancesTheRemainingMemberAlone();
    void lastMemberLeavingEmptiesTheGroup();
    void leaderLeavingHandsLeadershipToRemainingMember();
    void leavingUnknownMembersReportsUnknownMemberId();
    void leavingPendingMemberReleasesTheJoinPhase();
    void groupLeftWithOnlyPendingIdsStillAcceptsJoins();
    void followerRejoinWithSameMetadataReturnsCurrentGenerationAtOnce();
    void followerRejoinWithChangedMetadataTriggersRebalance();
    void leaderRejoinInStableGroupTriggersRebalance();
    void joinDuringCompletingRebalanceCancelsParkedSyncs();
    void rejoinDuringCompletingRebalanceWithSameMetadataResendsGeneration();
    void joinWithoutRequireKnownMemberIdJoinsDirectly();
    void knownMemberIdForUnknownGroupIsUnknownMember();
    void heartbeatErrors_data();
    void heartbeatErrors();
    void heartbeatDuringCompletingRebalanceIsAccepted();
    void syncErrors_data();
    void syncErrors();
    void sessionTimeoutMustBeWithinKafkaDefaults_data();
    void sessionTimeoutMustBeWithinKafkaDefaults();
    void emptyGroupIdIsInvalid();
    void incompatibleProtocolsAreInconsistent_data();
    void incompatibleProtocolsAreInconsistent();
    void protocolIsChosenByMembersPreferenceVotes_data();
    void protocolIsChosenByMembersPreferenceVotes();
};

void TestGroupMembership::firstMemberIsAskedForAnIdThenLeadsGenerationOne()
{
    GroupCoordinator c;
    JoinCatch first;
    c.join(joinRequest("g", ""), 0, first.callback());
    QVERIFY(first.done());
    QCOMPARE(first.result->error, err::MemberIdRequired);
    QVERIFY(!first.result->memberId.empty());
    QCOMPARE(first.result->generationId, -1);
    QCOMPARE(stateOf(c, "g"), GroupState::Empty);

    const std::string id = first.result->memberId;
    JoinCatch second;
    c.join(joinRequest("g", id, {{"range", "sub"}}), 0, second.callback());
    QVERIFY(second.done());
    QCOMPARE(second.calls, 1);
    QCOMPARE(second.result->error, err::None);
    QCOMPARE(second.result->generationId, 1);
    QCOMPARE(second.result->memberId, id);
    QCOMPARE(second.result->leaderId, id);
    QCOMPARE(second.result->protocolName, std::string("range"));
    QCOMPARE(second.result->protocolType, std::optional<std::string>("consumer"));
    QCOMPARE(second.result->members.size(), std::size_t(1));
    QCOMPARE(second.result->members[0].memberId, id);
    QCOMPARE(second.result->members[0].metadata, std::string("sub"));
    QCOMPARE(stateOf(c, "g"), GroupState::CompletingRebalance);
}

void TestGroupMembership::newMemberIdIsClientIdDashUuid()
{
    GroupCoordinator c;
    const std::string id = requestMemberId(c, "g", 0, {{"range", ""}}, "rdkafka");
    QCOMPARE(id.size(), std::string("rdkafka-").size() + 36);
    QVERIFY(id.starts_with("rdkafka-"));
    QCOMPARE(id[8 + 14], '4'); // UUID version nibble
    QVERIFY(requestMemberId(c, "g", 0, {{"range", ""}}, "rdkafka") != id);
}

void TestGroupMembership::leaderSyncMakesTheGroupStable()
{
    GroupCoordinator c;
    const std::string id = requestMemberId(c, "g", 0);
    JoinCatch join;
    c.join(joinRequest("g", id), 0, join.callback());
    SyncCatch sync;
    c.sync(syncRequest("g", 1, id, {{id, "assignment"}}), 0, sync.callback());
    QVERIFY(sync.done());
    QCOMPARE(sync.result->error, err::None);
    QCOMPARE(sync.result->assignment, std::string("assignment"));
    QCOMPARE(sync.result->protocolName, std::optional<std::string>("range"));
    QCOMPARE(stateOf(c, "g"), GroupState::Stable);
    QCOMPARE(c.heartbeat("g", 1, id, 100), err::None);
}

void TestGroupMembership::secondMemberTriggersRebalanceAndBothGetGenerationTwo()
{
    GroupCoordinator c;
    const FormedGroup one = formGroup(c, "g", 1, 0);
    const std::string a = one.ids[0];
    QCOMPARE(one.generation, 1);

    // A pending id alone does not disturb the group.
    const std::string b = requestMemberId(c, "g", 10);
    QCOMPARE(c.heartbeat("g", 1, a, 10), err::None);

    JoinCatch bJoin;
    c.join(joinRequest("g", b), 20, bJoin.callback());
    QVERIFY(!bJoin.done());
    QCOMPARE(stateOf(c, "g"), GroupState::PreparingRebalance);
    QCOMPARE(c.heartbeat("g", 1, a, 30), err::RebalanceInProgress);

    JoinCatch aJoin;
    c.join(joinRequest("g", a, {{"range", "meta0"}}), 40, aJoin.callback());
    QVERIFY(aJoin.done());
    QVERIFY(bJoin.done());
    QCOMPARE(aJoin.result->error, err::None);
    QCOMPARE(bJoin.result->error, err::None);
    QCOMPARE(aJoin.result->generationId, 2);
    QCOMPARE(bJoin.result->generationId, 2);
    QCOMPARE(aJoin.result->leaderId, a); // the leader is kept while it is a member
    QCOMPARE(bJoin.result->leaderId, a);
    QCOMPARE(aJoin.result->members.size(), std::size_t(2));
    QVERIFY(bJoin.result->members.empty());
    QCOMPARE(aJoin.result->members[0].memberId, a);
    QCOMPARE(aJoin.result->members[1].memberId, b);
}

void TestGroupMembership::leaderAssignmentBytesReachEachMember()
{
    GroupCoordinator c;
    std::vector<std::string> ids;
    for (int i = 0; i < 3; ++i)
        ids.push_back(requestMemberId(c, "g", 0));
    std::vector<JoinCatch> joins(3);
    for (int i = 0; i < 3; ++i)
        c.join(joinRequest("g", ids[i]), 0, joins[i].callback());
    for (auto &j : joins)
        QVERIFY(j.done());
    const std::string leader = joins[0].result->leaderId;
    QCOMPARE(leader, ids[0]);

    // Three partitions t-0, t-1, t-2: one per member, as opaque bytes.
    std::vector<MemberAssignment> assignments;
    for (int i = 0; i < 3; ++i)
        assignments.push_back({ids[i], std::string("t-") + char('0' + i) + std::string(1, '\0') + "x"});
    std::vector<SyncCatch> syncs(3);
    c.sync(syncRequest("g", 1, ids[1]), 0, syncs[1].callback());
    c.sync(syncRequest("g", 1, ids[2]), 0, syncs[2].callback());
    c.sync(syncRequest("g", 1, leader, assignments), 0, syncs[0].callback());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(syncs[i].done());
        QCOMPARE(syncs[i].result->error, err::None);
        QCOMPARE(syncs[i].result->assignment, assignments[i].assignment);
    }
    const auto snap = c.snapshot();
    const GroupSnapshot *g = findSnapshot(snap, "g");
    QVERIFY(g);
    QCOMPARE(g->members.size(), std::size_t(3));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(g->members[i].assignment, assignments[i].assignment);
}

void TestGroupMembership::memberMissingFromLeaderAssignmentGetsEmptyBytes()
{
    GroupCoordinator c;
    const std::string a = requestMemberId(c, "g", 0);
    const std::string b = requestMemberId(c, "g", 0);
    JoinCatch ja, jb;
    c.join(joinRequest("g", a), 0, ja.callback());
    c.join(joinRequest("g", b), 0, jb.callback());
    SyncCatch sb, sa;
    c.sync(syncRequest("g", 1, b), 0, sb.callback());
    c.sync(syncRequest("g", 1, a, {{a, "mine"}, {"stranger", "x"}}), 0, sa.callback());
    QVERIFY(sb.done());
    QCOMPARE(sb.result->error, err::None);
    QCOMPARE(sb.result->assignment, std::string());
    QCOMPARE(sa.result->assignment, std::string("mine"));
}

void TestGroupMembership::followerSyncWaitsForLeaderSync()
{
    GroupCoordinator c;
    const std::string a = requestMemberId(c, "g", 0);
    const std::string b = requestMemberId(c, "g", 0);
    JoinCatch ja, jb;
    c.join(joinRequest("g", a), 0, ja.callback());
    c.join(joinRequest("g", b), 0, jb.callback());
    SyncCatch follower;
    c.sync(syncRequest("g", 1, b), 10, follower.callback());
    QVERIFY(!follower.done());
    QCOMPARE(stateOf(c, "g"), GroupState::CompletingRebalance);

    SyncCatch leader;
    c.sync(syncRequest("g", 1, a, {{a, "A"}, {b, "B"}}), 20, leader.callback());
    QVERIFY(follower.done());
    QCOMPARE(follower.calls, 1);
    QCOMPARE(follower.result->assignment, std::string("B"));
    QCOMPARE(leader.result->assignment, std::string("A"));
    QCOMPARE(stateOf(c, "g"), GroupState::Stable);
}

void TestGroupMembership::syncInStableGroupReturnsStoredAssignmentAtOnce()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 2, 0);
    SyncCatch again;
    c.sync(syncRequest("g", g.generation, g.ids[1]), 50, again.callback());
    QVERIFY(again.done());
    QCOMPARE(again.result->error, err::None);
    QCOMPARE(again.result->assignment, std::string("a1"));
}

void TestGroupMembership::memberLeavingRebalancesTheRemainingMemberAlone()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 2, 0);
    const LeaveResult left = c.leave("g", {g.ids[1]}, 100);
    QCOMPARE(left.error, err::None);
    QCOMPARE(left.members.size(), std::size_t(1));
    QCOMPARE(left.members[0].error, err::None);
    QCOMPARE(stateOf(c, "g"), GroupState::PreparingRebalance);
    QCOMPARE(c.heartbeat("g", g.generation, g.ids[0], 110), err::RebalanceInProgress);
    QCOMPARE(c.heartbeat("g", g.generation, g.ids[1], 110), err::UnknownMemberId);

    JoinCatch rejoin;
    c.join(joinRequest("g", g.ids[0], {{"range", "meta0"}}), 120, rejoin.callback());
    QVERIFY(rejoin.done());
    QCOMPARE(rejoin.result->generationId, g.generation + 1);
    QCOMPARE(rejoin.result->leaderId, g.ids[0]);
    QCOMPARE(rejoin.result->members.size(), std::size_t(1));
}

void TestGroupMembership::lastMemberLeavingEmptiesTheGroup()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 1, 0);
    QCOMPARE(c.leave("g", {g.ids[0]}, 10).members[0].error, err::None);
    const auto snap = c.snapshot();
    const GroupSnapshot *s = findSnapshot(snap, "g");
    QVERIFY(s);
    QCOMPARE(s->state, GroupState::Empty);
    QCOMPARE(s->generationId, 2); // Kafka bumps the generation on the way to Empty
    QCOMPARE(s->protocolType, std::string("consumer")); // kept while Empty
    QVERIFY(s->members.empty());
}

void TestGroupMembership::leaderLeavingHandsLeadershipToRemainingMember()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 3, 0);
    c.leave("g", {g.ids[0]}, 10);
    JoinCatch j1, j2;
    c.join(joinRequest("g", g.ids[2], {{"range", "meta2"}}), 20, j2.callback());
    QVERIFY(!j2.done());
    c.join(joinRequest("g", g.ids[1], {{"range", "meta1"}}), 20, j1.callback());
    QVERIFY(j1.done() && j2.done());
    QCOMPARE(j1.result->leaderId, g.ids[1]); // earliest-joined remaining member
    QCOMPARE(j1.result->members.size(), std::size_t(2));
    QVERIFY(j2.result->members.empty());
}

void TestGroupMembership::leavingUnknownMembersReportsUnknownMemberId()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 1, 0);
    const LeaveResult r = c.leave("g", {"nobody", g.ids[0]}, 10);
    QCOMPARE(r.members.size(), std::size_t(2));
    QCOMPARE(r.members[0].memberId, std::string("nobody"));
    QCOMPARE(r.members[0].error, err::UnknownMemberId);
    QCOMPARE(r.members[1].error, err::None);
    const LeaveResult none = c.leave("no-such-group", {"x"}, 10);
    QCOMPARE(none.error, err::None);
    QCOMPARE(none.members[0].error, err::UnknownMemberId);
}

void TestGroupMembership::leavingPendingMemberReleasesTheJoinPhase()
{
    GroupCoordinator c;
    const std::string a = requestMemberId(c, "g", 0);
    const std::string b = requestMemberId(c, "g", 0);
    JoinCatch ja;
    c.join(joinRequest("g", a), 0, ja.callback());
    QVERIFY(!ja.done()); // b's pending id holds the phase open
    QCOMPARE(c.leave("g", {b}, 5).members[0].error, err::None);
    QVERIFY(ja.done());
    QCOMPARE(ja.result->generationId, 1);
    QCOMPARE(ja.result->members.size(), std::size_t(1));
}

// Found by the stress test: with no members left but pending ids, the group
// stays PreparingRebalance, and Kafka's "supported by all members" check
// (count == number of members) accepts any protocol of the right type.
void TestGroupMembership::groupLeftWithOnlyPendingIdsStillAcceptsJoins()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 1, 0);
    const std::string pending = requestMemberId(c, "g", 1);
    c.leave("g", {g.ids[0]}, 2);
    QCOMPARE(stateOf(c, "g"), GroupState::PreparingRebalance);
    const std::string newcomer = requestMemberId(c, "g", 3, {{"roundrobin", ""}});
    QVERIFY(!newcomer.empty());
    JoinCatch jp, jn;
    c.join(joinRequest("g", pending, {{"range", ""}, {"roundrobin", ""}}), 4, jp.callback());
    QVERIFY(!jp.done()); // the newcomer's id is still pending
    c.join(joinRequest("g", newcomer, {{"roundrobin", ""}}), 5, jn.callback());
    QVERIFY(jp.done() && jn.done());
    QCOMPARE(jp.result->generationId, g.generation + 1);
    QCOMPARE(jp.result->leaderId, pending);
    QCOMPARE(jp.result->protocolName, std::string("roundrobin"));
}

void TestGroupMembership::followerRejoinWithSameMetadataReturnsCurrentGenerationAtOnce()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 2, 0);
    JoinCatch j;
    c.join(joinRequest("g", g.ids[1], {{"range", "meta1"}}), 10, j.callback());
    QVERIFY(j.done());
    QCOMPARE(j.result->error, err::None);
    QCOMPARE(j.result->generationId, g.generation);
    QCOMPARE(j.result->leaderId, g.ids[0]);
    QVERIFY(j.result->members.empty());
    QCOMPARE(stateOf(c, "g"), GroupState::Stable);
}

void TestGroupMembership::followerRejoinWithChangedMetadataTriggersRebalance()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 2, 0);
    JoinCatch j;
    c.join(joinRequest("g", g.ids[1], {{"range", "new-topics"}}), 10, j.callback());
    QVERIFY(!j.done());
    QCOMPARE(stateOf(c, "g"), GroupState::PreparingRebalance);
}

void TestGroupMembership::leaderRejoinInStableGroupTriggersRebalance()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 2, 0);
    JoinCatch j;
    c.join(joinRequest("g", g.ids[0], {{"range", "meta0"}}), 10, j.callback());
    QVERIFY(!j.done());
    QCOMPARE(stateOf(c, "g"), GroupState::PreparingRebalance);
    JoinCatch f;
    c.join(joinRequest("g", g.ids[1], {{"range", "meta1"}}), 20, f.callback());
    QVERIFY(j.done() && f.done());
    QCOMPARE(j.result->generationId, g.generation + 1);
}

void TestGroupMembership::joinDuringCompletingRebalanceCancelsParkedSyncs()
{
    GroupCoordinator c;
    const std::string a = requestMemberId(c, "g", 0);
    const std::string b = requestMemberId(c, "g", 0);
    JoinCatch ja, jb;
    c.join(joinRequest("g", a), 0, ja.callback());
    c.join(joinRequest("g", b), 0, jb.callback());
    SyncCatch follower;
    c.sync(syncRequest("g", 1, b), 0, follower.callback());
    QVERIFY(!follower.done());

    const std::string newcomer = requestMemberId(c, "g", 5);
    JoinCatch jc;
    c.join(joinRequest("g", newcomer), 5, jc.callback());
    QVERIFY(follower.done());
    QCOMPARE(follower.result->error, err::RebalanceInProgress);
    QCOMPARE(stateOf(c, "g"), GroupState::PreparingRebalance);

    // The leader's late sync for the old generation is refused.
    SyncCatch late;
    c.sync(syncRequest("g", 1, a, {{a, "A"}}), 6, late.callback());
    QCOMPARE(late.result->error, err::RebalanceInProgress);
}

void TestGroupMembership::rejoinDuringCompletingRebalanceWithSameMetadataResendsGeneration()
{
    GroupCoordinator c;
    const std::string a = requestMemberId(c, "g", 0);
    JoinCatch first;
    c.join(joinRequest("g", a), 0, first.callback());
    JoinCatch again; // the first answer was lost
    c.join(joinRequest("g", a), 1, again.callback());
    QVERIFY(again.done());
    QCOMPARE(again.result->generationId, 1);
    QCOMPARE(again.result->members.size(), std::size_t(1)); // still the leader's view
    QCOMPARE(stateOf(c, "g"), GroupState::CompletingRebalance);
}

void TestGroupMembership::joinWithoutRequireKnownMemberIdJoinsDirectly()
{
    GroupCoordinator c;
    JoinRequest r = joinRequest("g", "", {{"range", ""}}, "old-client");
    r.requireKnownMemberId = false; // JoinGroup v0-v3
    JoinCatch j;
    c.join(r, 0, j.callback());
    QVERIFY(j.done());
    QCOMPARE(j.result->error, err::None);
    QCOMPARE(j.result->generationId, 1);
    QVERIFY(j.result->memberId.starts_with("old-client-"));
    QCOMPARE(j.result->leaderId, j.result->memberId);
}

void TestGroupMembership::knownMemberIdForUnknownGroupIsUnknownMember()
{
    GroupCoordinator c;
    JoinCatch j;
    c.join(joinRequest("nothing", "made-up-id"), 0, j.callback());
    QCOMPARE(j.result->error, err::UnknownMemberId);
    QCOMPARE(c.listGroups().size(), std::size_t(0));
    JoinCatch k;
    formGroup(c, "g", 1, 0);
    c.join(joinRequest("g", "made-up-id"), 0, k.callback());
    QCOMPARE(k.result->error, err::UnknownMemberId);
}

void TestGroupMembership::heartbeatErrors_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("generationDelta");
    QTest::addColumn<bool>("knownMember");
    QTest::addColumn<int>("expected");
    QTest::newRow("current member, current generation") << "g" << 0 << true << int(err::None);
    QTest::newRow("unknown member") << "g" << 0 << false << int(err::UnknownMemberId);
    QTest::newRow("old generation") << "g" << -1 << true << int(err::IllegalGeneration);
    QTest::newRow("future generation") << "g" << 1 << true << int(err::IllegalGeneration);
    QTest::newRow("unknown group") << "other" << 0 << true << int(err::UnknownMemberId);
    QTest::newRow("empty group id") << "" << 0 << true << int(err::InvalidGroupId);
}

void TestGroupMembership::heartbeatErrors()
{
    QFETCH(QString, group);
    QFETCH(int, generationDelta);
    QFETCH(bool, knownMember);
    QFETCH(int, expected);
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 2, 0);
    const std::string member = knownMember ? g.ids[1] : "stranger";
    QCOMPARE(int(c.heartbeat(group.toStdString(), g.generation + generationDelta, member, 10)), expected);
}

void TestGroupMembership::heartbeatDuringCompletingRebalanceIsAccepted()
{
    GroupCoordinator c;
    const std::string a = requestMemberId(c, "g", 0);
    JoinCatch j;
    c.join(joinRequest("g", a), 0, j.callback());
    QCOMPARE(stateOf(c, "g"), GroupState::CompletingRebalance);
    QCOMPARE(c.heartbeat("g", 1, a, 10), err::None);
}

void TestGroupMembership::syncErrors_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("generationDelta");
    QTest::addColumn<bool>("knownMember");
    QTest::addColumn<QString>("protocolName");
    QTest::addColumn<int>("expected");
    QTest::newRow("unknown member") << "g" << 0 << false << "" << int(err::UnknownMemberId);
    QTest::newRow("old generation") << "g" << -1 << true << "" << int(err::IllegalGeneration);
    QTest::newRow("unknown group") << "other" << 0 << true << "" << int(err::UnknownMemberId);
    QTest::newRow("other protocol (v5)") << "g" << 0 << true << "roundrobin" << int(err::InconsistentGroupProtocol);
    QTest::newRow("same protocol (v5)") << "g" << 0 << true << "range" << int(err::None);
    QTest::newRow("empty group id") << "" << 0 << true << "" << int(err::InvalidGroupId);
}

void TestGroupMembership::syncErrors()
{
    QFETCH(QString, group);
    QFETCH(int, generationDelta);
    QFETCH(bool, knownMember);
    QFETCH(QString, protocolName);
    QFETCH(int, expected);
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 2, 0);
    SyncRequest r = syncRequest(group.toStdString(), g.generation + generationDelta, knownMember ? g.ids[1] : "x");
    if (!protocolName.isEmpty())
        r.protocolName = protocolName.toStdString();
    SyncCatch s;
    c.sync(r, 10, s.callback());
    QVERIFY(s.done());
    QCOMPARE(int(s.result->error), expected);
}

void TestGroupMembership::sessionTimeoutMustBeWithinKafkaDefaults_data()
{
    QTest::addColumn<int>("sessionTimeoutMs");
    QTest::addColumn<int>("expected");
    QTest::newRow("below group.min.session.timeout.ms") << 5999 << int(err::InvalidSessionTimeout);
    QTest::newRow("minimum 6000") << 6000 << int(err::MemberIdRequired);
    QTest::newRow("librdkafka default 45000") << 45000 << int(err::MemberIdRequired);
    QTest::newRow("maximum 1800000") << 1800000 << int(err::MemberIdRequired);
    QTest::newRow("above group.max.session.timeout.ms") << 1800001 << int(err::InvalidSessionTimeout);
}

void TestGroupMembership::sessionTimeoutMustBeWithinKafkaDefaults()
{
    QFETCH(int, sessionTimeoutMs);
    QFETCH(int, expected);
    GroupCoordinator c;
    JoinCatch j;
    c.join(joinRequest("g", "", {{"range", ""}}, "c", sessionTimeoutMs), 0, j.callback());
    QCOMPARE(int(j.result->error), expected);
}

void TestGroupMembership::emptyGroupIdIsInvalid()
{
    GroupCoordinator c;
    JoinCatch j;
    c.join(joinRequest("", ""), 0, j.callback());
    QCOMPARE(j.result->error, err::InvalidGroupId);
    QCOMPARE(c.leave("", {"x"}, 0).error, err::InvalidGroupId);
}

void TestGroupMembership::incompatibleProtocolsAreInconsistent_data()
{
    QTest::addColumn<QString>("protocolType");
    QTest::addColumn<QStringList>("protocols");
    QTest::addColumn<int>("expected");
    QTest::newRow("same type, shared protocol") << "consumer" << QStringList{"roundrobin", "range"} << int(err::MemberIdRequired);
    QTest::newRow("other protocol type") << "connect" << QStringList{"range"} << int(err::InconsistentGroupProtocol);
    QTest::newRow("no shared protocol") << "consumer" << QStringList{"sticky"} << int(err::InconsistentGroupProtocol);
    QTest::newRow("no protocols") << "consumer" << QStringList{} << int(err::InconsistentGroupProtocol);
}

void TestGroupMembership::incompatibleProtocolsAreInconsistent()
{
    QFETCH(QString, protocolType);
    QFETCH(QStringList, protocols);
    QFETCH(int, expected);
    GroupCoordinator c;
    formGroup(c, "g", 1, 0); // a "consumer" group using ["range"]
    JoinRequest r = joinRequest("g", "");
    r.protocolType = protocolType.toStdString();
    r.protocols.clear();
    for (const auto &p : protocols)
        r.protocols.push_back({p.toStdString(), ""});
    JoinCatch j;
    c.join(r, 0, j.callback());
    QCOMPARE(int(j.result->error), expected);

    // An Empty group takes any non-empty type and protocol list.
    GroupCoordinator fresh;
    JoinRequest empty = joinRequest("h", "");
    empty.protocolType = "";
    JoinCatch e;
    fresh.join(empty, 0, e.callback());
    QCOMPARE(e.result->error, err::InconsistentGroupProtocol);
}

void TestGroupMembership::protocolIsChosenByMembersPreferenceVotes_data()
{
    QTest::addColumn<QList<QStringList>>("preferences");
    QTest::addColumn<QString>("expected");
    QTest::newRow("single member's first choice")
        << QList<QStringList>{{"roundrobin", "range"}} << "roundrobin";
    QTest::newRow("majority wins")
        << QList<QStringList>{{"range", "roundrobin"}, {"roundrobin", "range"}, {"roundrobin", "range"}}
        << "roundrobin";
    QTest::newRow("only protocol everyone supports")
        << QList<QStringList>{{"cooperative-sticky", "range"}, {"range"}} << "range";
    QTest::newRow("votes go to the first supported choice")
        << QList<QStringList>{{"sticky", "roundrobin", "range"}, {"roundrobin", "range"}, {"range", "roundrobin"}}
        << "roundrobin";
    QTest::newRow("tie goes to the first member's preference")
        << QList<QStringList>{{"range", "roundrobin"}, {"roundrobin", "range"}} << "range";
}

void TestGroupMembership::protocolIsChosenByMembersPreferenceVotes()
{
    QFETCH(QList<QStringList>, preferences);
    QFETCH(QString, expected);
    GroupCoordinator c;
    auto protocolsOf = [](const QStringList &names) {
        std::vector<GroupProtocol> out;
        for (const auto &n : names)
            out.push_back({n.toStdString(), "md-" + n.toStdString()});
        return out;
    };
    std::vector<std::string> ids;
    for (const auto &p : preferences)
        ids.push_back(requestMemberId(c, "g", 0, protocolsOf(p)));
    std::vector<JoinCatch> joins(preferences.size());
    for (int i = 0; i < preferences.size(); ++i)
        c.join(joinRequest("g", ids[i], protocolsOf(preferences[i])), 0, joins[i].callback());
    for (auto &j : joins) {
        QVERIFY(j.done());
        QCOMPARE(j.result->error, err::None);
        QCOMPARE(QString::fromStdString(j.result->protocolName), expected);
    }
    // The leader sees each member's metadata for the chosen protocol.
    for (const auto &m : joins[0].result->members)
        QCOMPARE(QString::fromStdString(m.metadata), "md-" + expected);
}

QTEST_MAIN(TestGroupMembership)
#include "tst_group_membership.moc"
