#pragma once
// GroupCoordinator: Kafka's "classic" consumer-group protocol, broker side,
// as a protocol-neutral model. The broker is coordinator for every group; the
// leader client computes the assignment; metadata and assignments are opaque
// bytes. Semantics follow Apache Kafka's GroupCoordinator (see README.md),
// with group.initial.rebalance.delay.ms = 0.
//
// Threads: every public method may be called from any thread. One mutex
// (m_mutex) guards all groups; operations are short and rare next to
// produce/fetch, so finer locking would buy nothing.
//
// Callbacks: `done` of join()/sync() is never called with m_mutex held. Work
// under the lock only collects the calls; they run after the unlock, on the
// thread whose call completed them: the caller itself (immediate answers,
// and parked requests a join/sync/leave completes), or tick()'s thread
// (timeouts). So `done` may run on any thread and may call back into the
// coordinator; the broker marshals it to the connection's thread. Every
// parked callback is called exactly once.
//
// Time: callers pass nowMs (a monotonic clock in ms); nothing here reads a
// clock, so tests drive time by hand. tick(nowMs) should run every ~100 ms.

#include "model/groups/group.h"
#include "model/groups/group_snapshot.h"
#include "model/groups/group_types.h"
#include "model/groups/member_id.h"
#include "model/groups/offset_store.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace warren::metrics {
class EventLog;
}

namespace warren::model {

/// Kafka's broker defaults, except the initial rebalance delay, which is 0
/// (there is no setting: a join phase ends as soon as all known members joined).
struct GroupCoordinatorConfig {
    std::int32_t minSessionTimeoutMs = 6000;      ///< group.min.session.timeout.ms
    std::int32_t maxSessionTimeoutMs = 1800000;   ///< group.max.session.timeout.ms
    std::int32_t newMemberJoinTimeoutMs = 300000; ///< Kafka's NewMemberJoinTimeoutMs (5 min)
    std::size_t maxOffsetMetadataBytes = 4096;    ///< offset.metadata.max.bytes
};

class GroupCoordinator {
public:
    /// Loads committed offsets from `store` (an InMemoryOffsetStore if null);
    /// each group found starts Empty.
    explicit GroupCoordinator(GroupCoordinatorConfig config = {}, std::shared_ptr<OffsetStore> store = nullptr);
    GroupCoordinator(const GroupCoordinator &) = delete;
    GroupCoordinator &operator=(const GroupCoordinator &) = delete;

    /// JoinGroup. `done` runs once: at once (before join() returns, on the
    /// calling thread) for errors, MEMBER_ID_REQUIRED and a follower's
    /// no-change rejoin of a Stable group; otherwise when the
    /// join phase completes (all known members joined, or the rebalance
    /// timeout passed in tick()).
    void join(JoinRequest request, std::int64_t nowMs, JoinCallback done);
    /// SyncGroup. While CompletingRebalance a follower's `done` waits for the
    /// leader's sync; the leader's sync answers everyone and makes the group Stable.
    void sync(SyncRequest request, std::int64_t nowMs, SyncCallback done);
    /// Heartbeat: NONE, REBALANCE_IN_PROGRESS (PreparingRebalance),
    /// ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID, INVALID_GROUP_ID. Refreshes the session.
    std::int16_t heartbeat(const std::string &groupId, std::int32_t generationId, const std::string &memberId,
                           std::int64_t nowMs);
    /// LeaveGroup for one or more members (v3 batches); the remaining members rebalance.
    LeaveResult leave(const std::string &groupId, const std::vector<std::string> &memberIds, std::int64_t nowMs);
    /// Expires sessions, pending member ids and unanswered syncs; ends join
    /// phases whose rebalance timeout passed; forgets Empty groups that have
    /// no offsets. Parked callbacks completed here run on the calling thread.
    void tick(std::int64_t nowMs);

    /// OffsetCommit; one result per entry, in order. Generation -1 with no
    /// member id commits for a group without members ("simple" consumers).
    std::vector<OffsetCommitPartitionResult> commitOffsets(const std::string &groupId, std::int32_t generationId,
                                                           const std::string &memberId,
                                                           const std::vector<OffsetCommitEntry> &offsets,
                                                           std::int64_t nowMs);
    /// OffsetFetch; nullopt = every committed partition of the group.
    /// Partitions with nothing committed report offset -1.
    OffsetFetchResult fetchOffsets(const std::string &groupId,
                                   const std::optional<std::vector<TopicPartition>> &partitions) const;

    std::vector<ListedGroup> listGroups() const;
    /// Unknown group: state "Dead", error NONE (DescribeGroups v0–5).
    DescribedGroup describeGroup(const std::string &groupId) const;
    /// DeleteGroups: GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP, or NONE (offsets go too).
    std::vector<DeleteGroupResult> deleteGroups(const std::vector<std::string> &groupIds);
    /// Copies of every group for the monitor.
    std::vector<GroupSnapshot> snapshot() const;
    /// Where generation changes and members joining or leaving are recorded
    /// (nullptr: nowhere); appended with m_mutex held (the log's lock is a
    /// leaf). Set once, before use.
    void setEventLog(metrics::EventLog *log) { m_events = log; }

private:
    // Calls collected under m_mutex and made after unlocking it.
    class Deferred {
    public:
        void add(std::function<void()> call) { m_calls.push_back(std::move(call)); }
        void join(const JoinCallback &done, JoinResult result);
        void sync(const SyncCallback &done, SyncResult result);
        void run();

    private:
        std::vector<std::function<void()>> m_calls;
    };

    // All *Locked functions and helpers below require m_mutex.
    void joinLocked(JoinRequest &request, std::int64_t nowMs, JoinCallback &done, Deferred &deferred);
    void joinNewMember(detail::Group &group, JoinRequest &request, std::int64_t nowMs, JoinCallback &done,
                       Deferred &deferred);
    void joinCurrentMember(detail::Group &group, JoinRequest &request, std::int64_t nowMs, JoinCallback &done,
                           Deferred &deferred);
    void syncLocked(SyncRequest &request, std::int64_t nowMs, SyncCallback &done, Deferred &deferred);
    void addMemberAndRebalance(detail::Group &group, JoinRequest &request, const std::string &memberId,
                               std::int64_t nowMs, JoinCallback done, Deferred &deferred);
    void updateMemberAndRebalance(detail::Group &group, detail::Member &member, JoinRequest &request,
                                  std::int64_t nowMs, JoinCallback done, Deferred &deferred);
    void maybePrepareRebalance(detail::Group &group, std::int64_t nowMs, Deferred &deferred);
    void prepareRebalance(detail::Group &group, std::int64_t nowMs, Deferred &deferred);
    void maybeCompleteJoin(detail::Group &group, std::int64_t nowMs, Deferred &deferred);
    void completeJoin(detail::Group &group, std::int64_t nowMs, Deferred &deferred);
    void removeMemberAndUpdateGroup(detail::Group &group, const std::string &memberId, std::int64_t nowMs,
                                    Deferred &deferred, const char *why = "left");
    void groupEvent(const detail::Group &group, const std::string &text) const;
    void resetAndPropagateAssignmentError(detail::Group &group, std::int16_t error, std::int64_t nowMs,
                                          Deferred &deferred);
    void propagateAssignment(detail::Group &group, std::int64_t nowMs, Deferred &deferred);
    void expireMembers(detail::Group &group, std::int64_t nowMs, Deferred &deferred);
    void refreshSession(detail::Member &member, std::int64_t nowMs) const;
    detail::Group *findGroup(const std::string &groupId);
    const detail::Group *findGroup(const std::string &groupId) const;

    const GroupCoordinatorConfig m_config;
    const std::shared_ptr<OffsetStore> m_store;

    mutable std::mutex m_mutex;
    std::map<std::string, detail::Group> m_groups; // guarded by m_mutex
    detail::MemberIdGenerator m_ids;               // guarded by m_mutex
    metrics::EventLog *m_events = nullptr;         // set before use
};

} // namespace warren::model
