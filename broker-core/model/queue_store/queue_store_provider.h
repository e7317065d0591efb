#pragma once
// QueueStoreProvider: opens the logs of queues (model::MessageStoreProvider)
// under one root directory:
//   <root>/queues/<vhost>/<queue>/   durable queues (recovered on start)
//   <root>/paging/<n>-<vhost>-<queue>/ paging-only logs (the owner empties
//                                    <root>/paging before constructing this)
//   <root>/streams/<vhost>/<queue>/  stream queues' logs (StreamLogStore)
// Names are percent-encoded so any queue name is a safe directory name.
//
// Threads: any thread (the VirtualHost calls it under its lock; queues call
// openPaging under their own). The counter is atomic; the rest is immutable.

#include "model/message_store.h"
#include "storage/file_system.h"
#include "storage/group_commit.h"

#include <atomic>
#include <string>

namespace warren::model::queue_store {

struct QueueStoreConfig {
    std::string root;                           ///< data directory for queue logs
    std::uint64_t memoryBudget = 32ull << 20;   ///< per queue, bytes of ready messages in memory
    std::uint64_t lazyMemoryBudget = 1ull << 20; ///< for x-queue-mode=lazy
    std::uint64_t segmentBytes = 64ull << 20;
};

class QueueStoreProvider final : public MessageStoreProvider {
public:
    QueueStoreProvider(storage::FileSystem &fs, storage::Flusher *flusher, QueueStoreConfig config);

    ModelResult<MessageStorePtr> openDurable(const std::string &vhost, const std::string &queue,
                                             StoreRecovery &recovery) override;
    ModelResult<MessageStorePtr> openPaging(const std::string &vhost, const std::string &queue) override;
    std::uint64_t memoryBudget(bool lazyQueue) const override;
    void discardDurable(const std::string &vhost, const std::string &queue) override;
    ModelResult<std::unique_ptr<StreamLog>> openStream(const std::string &vhost, const std::string &queue,
                                                       const StreamSettings &settings) override;
    void discardStream(const std::string &vhost, const std::string &queue) override;

    /// "a%2Fb" for "a/b": letters, digits, '-' and '_' stay, the rest is %XX.
    static std::string encodeName(const std::string &name);
    std::string durableDir(const std::string &vhost, const std::string &queue) const;
    std::string streamDir(const std::string &vhost, const std::string &queue) const;

private:
    storage::FileSystem &m_fs;
    storage::Flusher *m_flusher;
    const QueueStoreConfig m_config;
    std::atomic<std::uint64_t> m_nextPaging{1};
};

} // namespace warren::model::queue_store
