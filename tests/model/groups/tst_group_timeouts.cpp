// Timers of the group coordinator, driven by tick(nowMs) with a hand-advanced
// clock: session expiry, rebalance timeout, pending member ids, members that
// never sync, the new-member join timeout, forgetting empty groups.

#include "group_test_util.h"

#include <QTest>

using namespace warren::model;
using namespace warren::model::test;

class TestGroupTimeouts : public QObject {
    Q_OBJECT

private slots:
    void silentMemberIsEvictedWhenItsSessionExpires();
    void heartbeatsKeepAMemberAlive();
    void evictingOneMemberRebalancesTheOthers();
    void rebalanceTimeoutRemovesMemberThatNeverRejoined();
    void membersParkedInJoinAreNotExpiredDuringRebalance();
    void pendingMemberIdHoldsTheJoinPhaseUntilItExpires();
    void followerThatNeverSyncsIsRemovedAfterRebalanceTimeout();
    void leaderThatNeverSyncsIsRemovedAndParkedSyncsMustRejoin();
    void newMemberParkedInJoinGivesUpAfterNewMemberJoinTimeout();
    void emptyGroupWithoutOffsetsIsForgottenOnTick();
};

void TestGroupTimeouts::silentMemberIsEvictedWhenItsSessionExpires()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 1, 0);
    c.commitOffsets("g", g.generation, g.ids[0], {{"t", 0, 1, ""}}, 0); // keeps the group listed once Empty
    c.tick(kSession - 1);
    QCOMPARE(stateOf(c, "g"), GroupState::Stable);
    c.tick(kSession);
    QCOMPARE(stateOf(c, "g"), GroupState::Empty);
    QCOMPARE(c.heartbeat("g", g.generation, g.ids[0], kSession + 1), err::UnknownMemberId);
}

void TestGroupTimeouts::heartbeatsKeepAMemberAlive()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 1, 0);
    c.commitOffsets("g", g.generation, g.ids[0], {{"t", 0, 1, ""}}, 0);
    for (std::int64_t t = 3000; t <= 60000; t += 3000) {
        QCOMPARE(c.heartbeat("g", g.generation, g.ids[0], t), err::None);
        c.tick(t + 100);
    }
    QCOMPARE(stateOf(c, "g"), GroupState::Stable);
    c.tick(60000 + kSession);
    QCOMPARE(stateOf(c, "g"), GroupState::Empty);
}

void TestGroupTimeouts::evictingOneMemberRebalancesTheOthers()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 2, 0);
    QCOMPARE(c.heartbeat("g", g.generation, g.ids[0], 5000), err::None);
    c.tick(kSession); // ids[1] never heartbeated
    QCOMPARE(c.heartbeat("g", g.generation, g.ids[0], kSession + 1), err::RebalanceInProgress);
    QCOMPARE(c.heartbeat("g", g.generation, g.ids[1], kSession + 1), err::UnknownMemberId);
    JoinCatch j;
    c.join(joinRequest("g", g.ids[0], {{"range", "meta0"}}), kSession + 2, j.callback());
    QVERIFY(j.done());
    QCOMPARE(j.result->generationId, g.generation + 1);
    QCOMPARE(j.result->members.size(), std::size_t(1));
}

void TestGroupTimeouts::rebalanceTimeoutRemovesMemberThatNeverRejoined()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 2, 0);
    const std::string a = g.ids[0], b = g.ids[1];
    const std::string newcomer = requestMemberId(c, "g", 1000);
    JoinCatch jn, ja;
    c.join(joinRequest("g", newcomer), 1000, jn.callback()); // deadline 1000 + 30000
    c.join(joinRequest("g", a, {{"range", "meta0"}}), 2000, ja.callback());
    // b keeps heartbeating (and is told to rejoin) but never does.
    for (std::int64_t t = 3000; t < 1000 + kRebalance; t += 3000) {
        QCOMPARE(c.heartbeat("g", g.generation, b, t), err::RebalanceInProgress);
        c.tick(t);
    }
    c.tick(1000 + kRebalance - 1);
    QVERIFY(!ja.done());
    c.tick(1000 + kRebalance); // the answers come from tick()
    QVERIFY(ja.done() && jn.done());
    QCOMPARE(ja.result->error, err::None);
    QCOMPARE(ja.result->generationId, g.generation + 1);
    QCOMPARE(ja.result->members.size(), std::size_t(2));
    for (const auto &m : ja.result->members)
        QVERIFY(m.memberId != b);
    QCOMPARE(c.heartbeat("g", g.generation + 1, b, 1000 + kRebalance + 1), err::UnknownMemberId);
}

void TestGroupTimeouts::membersParkedInJoinAreNotExpiredDuringRebalance()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 2, 0);
    const std::string a = g.ids[0], b = g.ids[1];
    const std::string newcomer = requestMemberId(c, "g", 1000);
    JoinCatch jn, ja, jb;
    c.join(joinRequest("g", newcomer), 1000, jn.callback());
    c.join(joinRequest("g", a, {{"range", "meta0"}}), 2000, ja.callback());
    // a sends nothing more; its session deadline (10000) passes while parked.
    for (std::int64_t t = 3000; t <= 15000; t += 3000) {
        c.heartbeat("g", g.generation, b, t);
        c.tick(t);
    }
    QVERIFY(!ja.done());
    c.join(joinRequest("g", b, {{"range", "meta1"}}), 16000, jb.callback());
    QVERIFY(ja.done() && jb.done() && jn.done());
    QCOMPARE(ja.result->error, err::None);
    QCOMPARE(ja.result->members.size(), std::size_t(3));
}

void TestGroupTimeouts::pendingMemberIdHoldsTheJoinPhaseUntilItExpires()
{
    GroupCoordinator c;
    const std::string ghost = requestMemberId(c, "g", 0); // never comes back
    const std::string a = requestMemberId(c, "g", 0);
    JoinCatch ja;
    c.join(joinRequest("g", a), 0, ja.callback());
    QVERIFY(!ja.done());
    c.tick(kSession - 1);
    QVERIFY(!ja.done());
    c.tick(kSession);
    QVERIFY(ja.done());
    QCOMPARE(ja.result->generationId, 1);
    QCOMPARE(ja.result->members.size(), std::size_t(1));
    JoinCatch late;
    c.join(joinRequest("g", ghost), kSession + 1, late.callback());
    QCOMPARE(late.result->error, err::UnknownMemberId);
}

void TestGroupTimeouts::followerThatNeverSyncsIsRemovedAfterRebalanceTimeout()
{
    GroupCoordinator c;
    const std::string a = requestMemberId(c, "g", 0);
    const std::string b = requestMemberId(c, "g", 0);
    JoinCatch ja, jb;
    c.join(joinRequest("g", a), 0, ja.callback());
    c.join(joinRequest("g", b), 0, jb.callback());
    SyncCatch sa;
    c.sync(syncRequest("g", 1, a, {{a, "A"}, {b, "B"}}), 100, sa.callback());
    QCOMPARE(stateOf(c, "g"), GroupState::Stable);
    for (std::int64_t t = 3000; t < kRebalance; t += 3000) {
        QCOMPARE(c.heartbeat("g", 1, a, t), err::None);
        QCOMPARE(c.heartbeat("g", 1, b, t), err::None);
        c.tick(t);
    }
    c.tick(kRebalance); // b never sent SyncGroup
    QCOMPARE(c.heartbeat("g", 1, b, kRebalance + 1), err::UnknownMemberId);
    QCOMPARE(c.heartbeat("g", 1, a, kRebalance + 1), err::RebalanceInProgress);
}

void TestGroupTimeouts::leaderThatNeverSyncsIsRemovedAndParkedSyncsMustRejoin()
{
    GroupCoordinator c;
    const std::string a = requestMemberId(c, "g", 0);
    const std::string b = requestMemberId(c, "g", 0);
    JoinCatch ja, jb;
    c.join(joinRequest("g", a), 0, ja.callback());
    c.join(joinRequest("g", b), 0, jb.callback());
    SyncCatch sb;
    c.sync(syncRequest("g", 1, b), 100, sb.callback());
    for (std::int64_t t = 3000; t < kRebalance; t += 3000) {
        QCOMPARE(c.heartbeat("g", 1, a, t), err::None); // alive, but no SyncGroup
        c.tick(t);
    }
    QVERIFY(!sb.done());
    c.tick(kRebalance);
    QVERIFY(sb.done());
    QCOMPARE(sb.result->error, err::RebalanceInProgress);
    JoinCatch again;
    c.join(joinRequest("g", b), kRebalance + 1, again.callback());
    QVERIFY(again.done());
    QCOMPARE(again.result->generationId, 2);
    QCOMPARE(again.result->leaderId, b);
}

void TestGroupTimeouts::newMemberParkedInJoinGivesUpAfterNewMemberJoinTimeout()
{
    GroupCoordinator c;
    constexpr std::int32_t longRebalance = 600000;
    const std::string a = requestMemberId(c, "g", 0, {{"range", ""}}, "a", kSession, longRebalance);
    JoinCatch ja;
    c.join(joinRequest("g", a, {{"range", ""}}, "a", kSession, longRebalance), 0, ja.callback());
    SyncCatch sa;
    c.sync(syncRequest("g", 1, a, {{a, "A"}}), 0, sa.callback());

    const std::string b = requestMemberId(c, "g", 1000, {{"range", ""}}, "b", kSession, longRebalance);
    JoinCatch jb;
    c.join(joinRequest("g", b, {{"range", ""}}, "b", kSession, longRebalance), 1000, jb.callback());
    const std::int64_t giveUp = 1000 + GroupCoordinatorConfig{}.newMemberJoinTimeoutMs;
    for (std::int64_t t = 5000; t < giveUp; t += 5000) {
        QCOMPARE(c.heartbeat("g", 1, a, t), err::RebalanceInProgress); // a never rejoins
        c.tick(t);
    }
    QVERIFY(!jb.done());
    c.tick(giveUp);
    QVERIFY(jb.done());
    QCOMPARE(jb.result->error, err::UnknownMemberId);
    QCOMPARE(jb.result->memberId, std::string());
}

void TestGroupTimeouts::emptyGroupWithoutOffsetsIsForgottenOnTick()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 1, 0);
    c.leave("g", {g.ids[0]}, 10);
    QCOMPARE(c.listGroups().size(), std::size_t(1));
    QCOMPARE(c.listGroups()[0].state, std::string("Empty"));
    c.tick(20);
    QCOMPARE(c.listGroups().size(), std::size_t(0));
    QCOMPARE(c.describeGroup("g").state, std::string("Dead"));
}

QTEST_MAIN(TestGroupTimeouts)
#include "tst_group_timeouts.moc"
