// Offsets (OffsetCommit / OffsetFetch and the OffsetStore) and the read-only
// views (ListGroups, DescribeGroups, DeleteGroups, snapshot).

#include "group_test_util.h"

#include <QTest>

#include <memory>

using namespace warren::model;
using namespace warren::model::test;

namespace {

std::vector<OffsetCommitEntry> oneOffset(std::int64_t offset, std::string metadata = {})
{
    return {{"t", 0, offset, std::move(metadata)}};
}

// A store that can be told to fail, and counts writes.
class FlakyStore final : public OffsetStore {
public:
    bool fail = false;
    int writes = 0;
    InMemoryOffsetStore inner;
    std::vector<StoredOffset> load() override { return inner.load(); }
    bool store(const std::string &g, const std::string &t, std::int32_t p, std::int64_t o,
               const std::string &m) override
    {
        ++writes;
        return !fail && inner.store(g, t, p, o, m);
    }
    void removeGroup(const std::string &g) override { inner.removeGroup(g); }
};

} // namespace

class TestGroupOffsets : public QObject {
    Q_OBJECT

private slots:
    void memberCommitIsFetchedBack();
    void commitValidation_data();
    void commitValidation();
    void commitDuringCompletingRebalanceReportsRebalanceInProgress();
    void commitWhilePreparingRebalanceIsAccepted();
    void generationMinusOneCommitCreatesAnEmptyListedGroup();
    void fetchReportsMinusOneForPartitionsWithoutCommits();
    void fetchWithoutPartitionListReturnsEveryCommittedPartition();
    void oversizedMetadataIsRejectedPerPartition();
    void commitsAreWrittenThroughAndReloadedByANewCoordinator();
    void failingStoreReportsCoordinatorNotAvailable();
    void describeReportsKafkaStateNamesAndStableDetails();
    void describeUnknownGroupIsDeadWithoutError();
    void listGroupsShowsTypeAndState();
    void deleteGroupsFollowsKafkaRules();
    void snapshotCopiesMembersOffsetsAndLeader();
};

void TestGroupOffsets::memberCommitIsFetchedBack()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 1, 0);
    const auto r = c.commitOffsets("g", g.generation, g.ids[0], {{"t", 0, 42, "m"}, {"t", 1, 7, ""}}, 10);
    QCOMPARE(r.size(), std::size_t(2));
    QCOMPARE(r[0].error, err::None);
    QCOMPARE(r[1].error, err::None);
    const auto f = c.fetchOffsets("g", std::vector<TopicPartition>{{"t", 0}, {"t", 1}});
    QCOMPARE(f.error, err::None);
    QCOMPARE(f.partitions[0].offset, std::int64_t(42));
    QCOMPARE(f.partitions[0].metadata, std::string("m"));
    QCOMPARE(f.partitions[1].offset, std::int64_t(7));
}

void TestGroupOffsets::commitValidation_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("generation"); // -100: the group's current generation
    QTest::addColumn<QString>("member"); // "@": the group's member
    QTest::addColumn<int>("expected");
    QTest::newRow("current member and generation") << "g" << -100 << "@" << int(err::None);
    QTest::newRow("stale generation") << "g" << 1 << "@" << int(err::IllegalGeneration);
    QTest::newRow("unknown member") << "g" << -100 << "stranger" << int(err::UnknownMemberId);
    QTest::newRow("generation -1 while the group has members") << "g" << -1 << "" << int(err::UnknownMemberId);
    QTest::newRow("generation -1 from a member") << "g" << -1 << "@" << int(err::IllegalGeneration);
    QTest::newRow("unknown group with a generation") << "nothing" << 3 << "x" << int(err::IllegalGeneration);
    QTest::newRow("unknown group, generation -1") << "simple" << -1 << "" << int(err::None);
    QTest::newRow("empty group id, generation -1") << "" << -1 << "" << int(err::None);
}

void TestGroupOffsets::commitValidation()
{
    QFETCH(QString, group);
    QFETCH(int, generation);
    QFETCH(QString, member);
    QFETCH(int, expected);
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 1, 0);
    // Move to generation 2 so that "stale" (1) and "current" differ.
    JoinCatch j;
    c.join(joinRequest("g", g.ids[0], {{"range", "meta0"}}), 1, j.callback());
    SyncCatch s;
    c.sync(syncRequest("g", 2, g.ids[0], {{g.ids[0], "a"}}), 1, s.callback());
    QCOMPARE(stateOf(c, "g"), GroupState::Stable);
    const std::int32_t gen = generation == -100 ? 2 : generation;
    const std::string mem = member == "@" ? g.ids[0] : member.toStdString();
    const auto r = c.commitOffsets(group.toStdString(), gen, mem, oneOffset(5), 10);
    QCOMPARE(r.size(), std::size_t(1));
    QCOMPARE(int(r[0].error), expected);
    const auto f = c.fetchOffsets(group.toStdString(), std::vector<TopicPartition>{{"t", 0}});
    QCOMPARE(f.partitions[0].offset, expected == err::None ? std::int64_t(5) : std::int64_t(-1));
}

void TestGroupOffsets::commitDuringCompletingRebalanceReportsRebalanceInProgress()
{
    GroupCoordinator c;
    const std::string a = requestMemberId(c, "g", 0);
    JoinCatch j;
    c.join(joinRequest("g", a), 0, j.callback());
    QCOMPARE(stateOf(c, "g"), GroupState::CompletingRebalance);
    QCOMPARE(c.commitOffsets("g", 1, a, oneOffset(1), 1)[0].error, err::RebalanceInProgress);
}

void TestGroupOffsets::commitWhilePreparingRebalanceIsAccepted()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 2, 0);
    c.leave("g", {g.ids[1]}, 5);
    QCOMPARE(stateOf(c, "g"), GroupState::PreparingRebalance);
    QCOMPARE(c.commitOffsets("g", g.generation, g.ids[0], oneOffset(9), 6)[0].error, err::None);
}

void TestGroupOffsets::generationMinusOneCommitCreatesAnEmptyListedGroup()
{
    GroupCoordinator c;
    QCOMPARE(c.commitOffsets("manual", -1, "", oneOffset(100), 0)[0].error, err::None);
    c.tick(1); // a group with offsets is not forgotten
    const auto groups = c.listGroups();
    QCOMPARE(groups.size(), std::size_t(1));
    QCOMPARE(groups[0].groupId, std::string("manual"));
    QCOMPARE(groups[0].state, std::string("Empty"));
    QCOMPARE(groups[0].protocolType, std::string());
    // A consumer group can then form on top of it; its offsets stay.
    const FormedGroup g = formGroup(c, "manual", 1, 2);
    QCOMPARE(g.generation, 1);
    QCOMPARE(c.fetchOffsets("manual", std::nullopt).partitions.size(), std::size_t(1));
}

void TestGroupOffsets::fetchReportsMinusOneForPartitionsWithoutCommits()
{
    GroupCoordinator c;
    c.commitOffsets("g", -1, "", oneOffset(3), 0);
    const auto f = c.fetchOffsets("g", std::vector<TopicPartition>{{"t", 0}, {"t", 9}, {"other", 0}});
    QCOMPARE(f.partitions.size(), std::size_t(3));
    QCOMPARE(f.partitions[0].offset, std::int64_t(3));
    QCOMPARE(f.partitions[1].offset, std::int64_t(-1));
    QCOMPARE(f.partitions[1].topic, std::string("t"));
    QCOMPARE(f.partitions[1].partition, 9);
    QCOMPARE(f.partitions[1].error, err::None);
    QCOMPARE(f.partitions[2].offset, std::int64_t(-1));
    const auto unknown = c.fetchOffsets("no-such-group", std::vector<TopicPartition>{{"t", 0}});
    QCOMPARE(unknown.error, err::None);
    QCOMPARE(unknown.partitions[0].offset, std::int64_t(-1));
    QCOMPARE(c.fetchOffsets("no-such-group", std::nullopt).partitions.size(), std::size_t(0));
}

void TestGroupOffsets::fetchWithoutPartitionListReturnsEveryCommittedPartition()
{
    GroupCoordinator c;
    c.commitOffsets("g", -1, "", {{"b", 1, 11, ""}, {"a", 0, 10, ""}, {"b", 0, 12, ""}}, 0);
    const auto f = c.fetchOffsets("g", std::nullopt);
    QCOMPARE(f.partitions.size(), std::size_t(3));
    QCOMPARE(f.partitions[0].topic, std::string("a"));
    QCOMPARE(f.partitions[1].topic, std::string("b"));
    QCOMPARE(f.partitions[1].partition, 0);
    QCOMPARE(f.partitions[2].offset, std::int64_t(11));
}

void TestGroupOffsets::oversizedMetadataIsRejectedPerPartition()
{
    GroupCoordinator c;
    const auto r = c.commitOffsets("g", -1, "", {{"t", 0, 1, std::string(4096, 'x')}, {"t", 1, 2, std::string(4097, 'x')}}, 0);
    QCOMPARE(r[0].error, err::None);
    QCOMPARE(r[1].error, err::OffsetMetadataTooLarge);
    const auto f = c.fetchOffsets("g", std::vector<TopicPartition>{{"t", 1}});
    QCOMPARE(f.partitions[0].offset, std::int64_t(-1));
}

void TestGroupOffsets::commitsAreWrittenThroughAndReloadedByANewCoordinator()
{
    auto store = std::make_shared<InMemoryOffsetStore>();
    {
        GroupCoordinator c({}, store);
        const FormedGroup g = formGroup(c, "g", 1, 0);
        c.commitOffsets("g", g.generation, g.ids[0], {{"t", 0, 5, "a"}, {"t", 0, 6, "b"}}, 1);
        c.commitOffsets("other", -1, "", oneOffset(1), 1);
    }
    QCOMPARE(store->load().size(), std::size_t(2));
    GroupCoordinator restarted({}, store);
    const auto f = restarted.fetchOffsets("g", std::vector<TopicPartition>{{"t", 0}});
    QCOMPARE(f.partitions[0].offset, std::int64_t(6));
    QCOMPARE(f.partitions[0].metadata, std::string("b"));
    const auto groups = restarted.listGroups();
    QCOMPARE(groups.size(), std::size_t(2));
    QCOMPARE(groups[0].state, std::string("Empty"));
    // Members are not persisted: the old member id is unknown after a restart.
    QCOMPARE(restarted.heartbeat("g", 1, "whoever", 0), err::UnknownMemberId);
}

void TestGroupOffsets::failingStoreReportsCoordinatorNotAvailable()
{
    auto store = std::make_shared<FlakyStore>();
    GroupCoordinator c({}, store);
    store->fail = true;
    QCOMPARE(c.commitOffsets("g", -1, "", oneOffset(5), 0)[0].error, err::CoordinatorNotAvailable);
    QCOMPARE(c.fetchOffsets("g", std::vector<TopicPartition>{{"t", 0}}).partitions[0].offset, std::int64_t(-1));
    store->fail = false;
    QCOMPARE(c.commitOffsets("g", -1, "", oneOffset(5), 0)[0].error, err::None);
    QCOMPARE(store->writes, 2);
}

void TestGroupOffsets::describeReportsKafkaStateNamesAndStableDetails()
{
    GroupCoordinator c;
    const std::string a = requestMemberId(c, "g", 0, {{"range", "sub-a"}}, "client-a");
    QCOMPARE(c.describeGroup("g").state, std::string("Empty"));
    const std::string b = requestMemberId(c, "g", 0, {{"range", "sub-b"}}, "client-b");
    JoinCatch ja, jb;
    c.join(joinRequest("g", a, {{"range", "sub-a"}}, "client-a"), 0, ja.callback());
    QCOMPARE(c.describeGroup("g").state, std::string("PreparingRebalance"));
    c.join(joinRequest("g", b, {{"range", "sub-b"}}, "client-b"), 0, jb.callback());
    DescribedGroup d = c.describeGroup("g");
    QCOMPARE(d.state, std::string("CompletingRebalance"));
    QCOMPARE(d.protocolName, std::string()); // only shown once Stable
    SyncCatch sa, sb;
    c.sync(syncRequest("g", 1, a, {{a, "A"}, {b, "B"}}), 0, sa.callback());
    d = c.describeGroup("g");
    QCOMPARE(d.error, err::None);
    QCOMPARE(d.state, std::string("Stable"));
    QCOMPARE(d.protocolType, std::string("consumer"));
    QCOMPARE(d.protocolName, std::string("range"));
    QCOMPARE(d.members.size(), std::size_t(2));
    QCOMPARE(d.members[0].memberId, a);
    QCOMPARE(d.members[0].clientId, std::string("client-a"));
    QCOMPARE(d.members[0].clientHost, std::string("/127.0.0.1"));
    QCOMPARE(d.members[0].metadata, std::string("sub-a"));
    QCOMPARE(d.members[1].assignment, std::string("B"));
}

void TestGroupOffsets::describeUnknownGroupIsDeadWithoutError()
{
    GroupCoordinator c;
    const DescribedGroup d = c.describeGroup("nope");
    QCOMPARE(d.error, err::None);
    QCOMPARE(d.groupId, std::string("nope"));
    QCOMPARE(d.state, std::string("Dead"));
    QVERIFY(d.members.empty());
}

void TestGroupOffsets::listGroupsShowsTypeAndState()
{
    GroupCoordinator c;
    formGroup(c, "b-consumers", 2, 0);
    c.commitOffsets("a-manual", -1, "", oneOffset(1), 0);
    const auto groups = c.listGroups();
    QCOMPARE(groups.size(), std::size_t(2));
    QCOMPARE(groups[0].groupId, std::string("a-manual"));
    QCOMPARE(groups[0].state, std::string("Empty"));
    QCOMPARE(groups[1].groupId, std::string("b-consumers"));
    QCOMPARE(groups[1].protocolType, std::string("consumer"));
    QCOMPARE(groups[1].state, std::string("Stable"));
}

void TestGroupOffsets::deleteGroupsFollowsKafkaRules()
{
    auto store = std::make_shared<InMemoryOffsetStore>();
    GroupCoordinator c({}, store);
    formGroup(c, "busy", 1, 0);
    c.commitOffsets("idle", -1, "", oneOffset(1), 0);
    const auto r = c.deleteGroups({"busy", "idle", "ghost"});
    QCOMPARE(r.size(), std::size_t(3));
    QCOMPARE(r[0].error, err::NonEmptyGroup);
    QCOMPARE(r[1].error, err::None);
    QCOMPARE(r[2].error, err::GroupIdNotFound);
    QCOMPARE(c.fetchOffsets("idle", std::vector<TopicPartition>{{"t", 0}}).partitions[0].offset, std::int64_t(-1));
    QVERIFY(store->load().empty());
    QCOMPARE(c.listGroups().size(), std::size_t(1));
}

void TestGroupOffsets::snapshotCopiesMembersOffsetsAndLeader()
{
    GroupCoordinator c;
    const FormedGroup g = formGroup(c, "g", 2, 0);
    c.commitOffsets("g", g.generation, g.ids[1], {{"t", 0, 17, "md"}}, 1234);
    const auto all = c.snapshot();
    const GroupSnapshot *s = findSnapshot(all, "g");
    QVERIFY(s);
    QCOMPARE(s->state, GroupState::Stable);
    QCOMPARE(s->generationId, 1);
    QCOMPARE(s->protocolName, std::string("range"));
    QCOMPARE(s->leaderId, g.ids[0]);
    QCOMPARE(s->members.size(), std::size_t(2));
    QCOMPARE(s->members[1].clientId, std::string("client1"));
    QCOMPARE(s->members[1].metadata, std::string("meta1"));
    QCOMPARE(s->members[1].assignment, std::string("a1"));
    QCOMPARE(s->members[1].sessionTimeoutMs, kSession);
    QCOMPARE(s->offsets.size(), std::size_t(1));
    QCOMPARE(s->offsets[0].offset, std::int64_t(17));
    QCOMPARE(s->offsets[0].commitTimestampMs, std::int64_t(1234));
}

QTEST_MAIN(TestGroupOffsets)
#include "tst_group_offsets.moc"
