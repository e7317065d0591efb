#include "model/queue_store/queue_store_provider.h"

#include "model/queue_store/queue_log_store.h"
#include "model/queue_store/stream_log_store.h"

namespace warren::model::queue_store {

QueueStoreProvider::QueueStoreProvider(storage::FileSystem &fs, storage::Flusher *flusher, QueueStoreConfig config)
    : m_fs(fs), m_flusher(flusher), m_config(std::move(config))
{
    (void)m_fs.mkdirs(storage::joinPath(m_config.root, "queues"));
    (void)m_fs.mkdirs(storage::joinPath(m_config.root, "paging"));
}

std::string QueueStoreProvider::encodeName(const std::string &name)
{
    static const char *hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(name.size());
    for (unsigned char c : name) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
            out.push_back(char(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out.empty() ? std::string("%") : out;
}

std::string QueueStoreProvider::durableDir(const std::string &vhost, const std::string &queue) const
{
    return storage::joinPath(storage::joinPath(storage::joinPath(m_config.root, "queues"), encodeName(vhost)),
                             encodeName(queue));
}

ModelResult<MessageStorePtr> QueueStoreProvider::openDurable(const std::string &vhost, const std::string &queue,
                                                             StoreRecovery &recovery)
{
    QueueLogStoreOptions o;
    o.fs = &m_fs;
    o.flusher = m_flusher;
    o.dir = durableDir(vhost, queue);
    o.durable = true;
    o.segmentBytes = m_config.segmentBytes;
    auto store = QueueLogStore::open(o, &recovery);
    if (!store)
        return unexpected(store.error());
    return MessageStorePtr(std::move(*store));
}

ModelResult<MessageStorePtr> QueueStoreProvider::openPaging(const std::string &vhost, const std::string &queue)
{
    QueueLogStoreOptions o;
    o.fs = &m_fs;
    o.flusher = nullptr; // paging logs are never synced
    o.dir = storage::joinPath(storage::joinPath(m_config.root, "paging"),
                              std::to_string(m_nextPaging.fetch_add(1)) + "-" + encodeName(vhost) + "-" +
                                  encodeName(queue));
    o.durable = false;
    o.segmentBytes = m_config.segmentBytes;
    auto store = QueueLogStore::open(o, nullptr);
    if (!store)
        return unexpected(store.error());
    return MessageStorePtr(std::move(*store));
}

std::uint64_t QueueStoreProvider::memoryBudget(bool lazyQueue) const
{
    return lazyQueue ? m_config.lazyMemoryBudget : m_config.memoryBudget;
}

void QueueStoreProvider::discardDurable(const std::string &vhost, const std::string &queue)
{
    QueueLogStore::removeDirectory(m_fs, durableDir(vhost, queue));
}

std::string QueueStoreProvider::streamDir(const std::string &vhost, const std::string &queue) const
{
    return storage::joinPath(storage::joinPath(storage::joinPath(m_config.root, "streams"), encodeName(vhost)),
                             encodeName(queue));
}

ModelResult<std::unique_ptr<StreamLog>> QueueStoreProvider::openStream(const std::string &vhost,
                                                                       const std::string &queue,
                                                                       const StreamSettings &settings)
{
    StreamLogStoreOptions o;
    o.fs = &m_fs;
    o.flusher = m_flusher;
    o.dir = streamDir(vhost, queue);
    o.settings = settings;
    auto store = StreamLogStore::open(o);
    if (!store)
        return unexpected(store.error());
    return std::unique_ptr<StreamLog>(std::move(*store));
}

void QueueStoreProvider::discardStream(const std::string &vhost, const std::string &queue)
{
    StreamLogStore::removeDirectory(m_fs, streamDir(vhost, queue));
}

} // namespace warren::model::queue_store
