// The threading contract: callbacks run without the coordinator's lock (so
// they may call back into it, from this or another thread), every parked
// callback is answered exactly once, and concurrent join/sync/heartbeat/leave
// from several threads keeps the group consistent.

#include "group_test_util.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <thread>

using namespace warren::model;
using namespace warren::model::test;

class TestGroupConcurrency : public QObject {
    Q_OBJECT

private slots:
    void callbackMayCallBackIntoTheCoordinator();
    void callbacksRunWithoutTheCoordinatorLockHeld();
    void fourThreadsJoiningHeartbeatingAndLeavingKeepTheGroupConsistent();
};

void TestGroupConcurrency::callbackMayCallBackIntoTheCoordinator()
{
    GroupCoordinator c;
    const std::string id = requestMemberId(c, "g", 0);
    std::optional<SyncResult> synced;
    std::int16_t heartbeat = -1;
    std::int16_t committed = -1;
    LeaveResult left;
    // join → (in its callback) sync → (in its callback) heartbeat, commit, leave
    c.join(joinRequest("g", id), 0, [&](JoinResult j) {
        c.sync(syncRequest("g", j.generationId, id, {{id, "A"}}), 1, [&, gen = j.generationId](SyncResult s) {
            synced = s;
            heartbeat = c.heartbeat("g", gen, id, 2);
            committed = c.commitOffsets("g", gen, id, {{"t", 0, 1, ""}}, 2)[0].error;
            left = c.leave("g", {id}, 3);
        });
    });
    QVERIFY(synced);
    QCOMPARE(synced->assignment, std::string("A"));
    QCOMPARE(heartbeat, err::None);
    QCOMPARE(committed, err::None);
    QCOMPARE(left.members.at(0).error, err::None);
    QCOMPARE(stateOf(c, "g"), GroupState::Empty);
}

void TestGroupConcurrency::callbacksRunWithoutTheCoordinatorLockHeld()
{
    GroupCoordinator c;
    // Another thread must get the lock while a callback runs; with the lock
    // held by the callback's thread that thread would block.
    auto otherThreadGetsIn = [&c] {
        auto f = std::async(std::launch::async, [&c] { return c.listGroups().size(); });
        return f.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
    };
    const FormedGroup g = formGroup(c, "g", 2, 0);
    const std::string newcomer = requestMemberId(c, "g", 1);
    bool fromJoin = false, fromTick = false, fromSync = false;
    JoinCatch unused;
    c.join(joinRequest("g", newcomer), 1, [&](JoinResult) { fromTick = otherThreadGetsIn(); });
    c.join(joinRequest("g", g.ids[0], {{"range", "meta0"}}), 2, [&](JoinResult j) {
        fromJoin = otherThreadGetsIn();
        // ids[1] never rejoins: the rebalance timeout in tick() completes the phase.
        QCOMPARE(j.members.size(), std::size_t(2));
    });
    c.tick(1 + kRebalance); // completes both parked joins from tick()
    QVERIFY(fromJoin);
    QVERIFY(fromTick);
    c.sync(syncRequest("g", g.generation + 1, newcomer), 3 + kRebalance, [&](SyncResult s) {
        fromSync = otherThreadGetsIn();
        QCOMPARE(s.error, err::None);
    });
    SyncCatch leader;
    c.sync(syncRequest("g", g.generation + 1, g.ids[0]), 4 + kRebalance, leader.callback());
    QVERIFY(fromSync);
}

namespace {

// One parked request's answer, shared with the callback so that a late answer
// (after the waiting thread gave up) is still safe.
template <typename Result>
struct Box {
    std::mutex mutex;
    std::optional<Result> result;
    std::atomic<int> calls{0};
};

struct Counters {
    std::atomic<int> issued{0};
    std::atomic<int> answered{0};
    std::atomic<int> answeredTwice{0};
    std::atomic<int> badErrors{0};
    std::atomic<int> invariantViolations{0};
    std::atomic<int> stableRounds{0};
};

template <typename Result>
std::function<void(Result)> boxed(const std::shared_ptr<Box<Result>> &box, Counters &counters)
{
    counters.issued++;
    return [box, &counters](Result r) {
        if (box->calls.fetch_add(1) > 0)
            counters.answeredTwice++;
        counters.answered++;
        std::lock_guard lock(box->mutex);
        box->result = std::move(r);
    };
}

// Waits (yielding) for an answer, at most `budgetMs` of the fake clock.
template <typename Result>
std::optional<Result> await(const std::shared_ptr<Box<Result>> &box, const std::atomic<std::int64_t> &clock,
                            std::int64_t budgetMs)
{
    const std::int64_t until = clock.load() + budgetMs;
    while (clock.load() < until) {
        {
            std::lock_guard lock(box->mutex);
            if (box->result)
                return box->result;
        }
        std::this_thread::yield();
    }
    std::lock_guard lock(box->mutex);
    return box->result;
}

void checkInvariants(const GroupCoordinator &c, std::int32_t &lastGeneration, Counters &counters)
{
    for (const auto &g : c.snapshot()) {
        bool ok = g.generationId >= lastGeneration;
        lastGeneration = g.generationId;
        // (The converse does not hold: pending member ids can keep a group
        // with no members in PreparingRebalance, as in Kafka.)
        ok = ok && (g.state != GroupState::Empty || g.members.empty());
        if (!g.members.empty()) {
            bool leaderIsMember = false;
            for (std::size_t i = 0; i < g.members.size(); ++i) {
                leaderIsMember = leaderIsMember || g.members[i].memberId == g.leaderId;
                for (std::size_t k = i + 1; k < g.members.size(); ++k)
                    ok = ok && g.members[i].memberId != g.members[k].memberId;
            }
            ok = ok && leaderIsMember;
        }
        if (!ok)
            counters.invariantViolations++;
    }
}

void worker(GroupCoordinator &c, int index, int iterations, const std::atomic<std::int64_t> &clock,
            Counters &counters)
{
    constexpr std::int32_t timeout = 6000;
    const std::string client = "worker" + std::to_string(index);
    std::int32_t lastGeneration = 0;
    for (int n = 0; n < iterations; ++n) {
        auto first = std::make_shared<Box<JoinResult>>();
        c.join(joinRequest("stress", "", {{"range", client}}, client, timeout, timeout), clock.load(),
               boxed(first, counters));
        auto idAnswer = await(first, clock, 0);
        if (!idAnswer || idAnswer->error != err::MemberIdRequired) {
            qWarning("first join: %s", idAnswer ? group_error::name(idAnswer->error) : "no answer");
            counters.badErrors++;
            continue;
        }
        const std::string id = idAnswer->memberId;

        auto joined = std::make_shared<Box<JoinResult>>();
        c.join(joinRequest("stress", id, {{"range", client}}, client, timeout, timeout), clock.load(),
               boxed(joined, counters));
        auto j = await(joined, clock, 4 * timeout);
        if (j && j->error == err::None) {
            if (j->generationId < lastGeneration)
                counters.invariantViolations++;
            lastGeneration = j->generationId;
            std::vector<MemberAssignment> assignments;
            for (const auto &m : j->members)
                assignments.push_back({m.memberId, "for-" + m.memberId});
            auto synced = std::make_shared<Box<SyncResult>>();
            c.sync(syncRequest("stress", j->generationId, id, assignments), clock.load(), boxed(synced, counters));
            auto s = await(synced, clock, 4 * timeout);
            if (s && s->error == err::None) {
                if (!s->assignment.empty() && s->assignment != "for-" + id)
                    counters.invariantViolations++;
                counters.stableRounds++;
            }
            for (int k = 0; k < 3; ++k) {
                const std::int16_t e = c.heartbeat("stress", j->generationId, id, clock.load());
                if (e != err::None && e != err::RebalanceInProgress && e != err::IllegalGeneration
                    && e != err::UnknownMemberId) {
                    qWarning("heartbeat: %s", group_error::name(e));
                    counters.badErrors++;
                }
                if (e == err::None)
                    c.commitOffsets("stress", j->generationId, id, {{"t", index, n, ""}}, clock.load());
                std::this_thread::yield();
            }
        } else if (j && j->error != err::UnknownMemberId && j->error != err::RebalanceInProgress) {
            qWarning("join: %s", group_error::name(j->error));
            counters.badErrors++;
        }
        const LeaveResult left = c.leave("stress", {id}, clock.load());
        if (left.members.size() != 1
            || (left.members[0].error != err::None && left.members[0].error != err::UnknownMemberId)) {
            qWarning("leave: %s", left.members.empty() ? "no result" : group_error::name(left.members[0].error));
            counters.badErrors++;
        }
    }
}

} // namespace

void TestGroupConcurrency::fourThreadsJoiningHeartbeatingAndLeavingKeepTheGroupConsistent()
{
    GroupCoordinator c;
    // Offsets keep the group from being forgotten, so generations only grow.
    QCOMPARE(c.commitOffsets("stress", -1, "", {{"seed", 0, 0, ""}}, 0)[0].error, err::None);

    std::atomic<std::int64_t> clock{0};
    std::atomic<bool> stop{false};
    Counters counters;
    std::thread ticker([&] {
        std::int32_t lastGeneration = 0;
        while (!stop.load()) {
            c.tick(clock.fetch_add(5) + 5);
            checkInvariants(c, lastGeneration, counters);
            std::this_thread::yield();
        }
    });
    constexpr int iterations = 200;
    std::vector<std::thread> workers;
    for (int i = 0; i < 4; ++i)
        workers.emplace_back(worker, std::ref(c), i, iterations, std::cref(clock), std::ref(counters));
    for (auto &w : workers)
        w.join();
    stop = true;
    ticker.join();

    // Let every timer run out; then nothing may be left parked or half-done.
    const std::int64_t later = clock.load() + 10'000'000;
    c.tick(later);
    c.tick(later + 1);
    QCOMPARE(counters.answeredTwice.load(), 0);
    QCOMPARE(counters.answered.load(), counters.issued.load());
    QCOMPARE(counters.badErrors.load(), 0);
    QCOMPARE(counters.invariantViolations.load(), 0);
    QVERIFY(counters.stableRounds.load() > 0);
    const auto snap = c.snapshot();
    const GroupSnapshot *g = findSnapshot(snap, "stress");
    QVERIFY(g);
    QCOMPARE(g->state, GroupState::Empty);
    QVERIFY(g->members.empty());
    qInfo("issued %d requests, %d rounds reached a synced generation, final generation %d",
          counters.issued.load(), counters.stableRounds.load(), g->generationId);
}

QTEST_MAIN(TestGroupConcurrency)
#include "tst_group_concurrency.moc"
