#include "model/groups/offset_store.h"

#include <algorithm>

namespace warren::model {

std::vector<StoredOffset> InMemoryOffsetStore::load()
{
    std::lock_guard lock(m_mutex);
    return m_offsets;
}

bool InMemoryOffsetStore::store(const std::string &groupId, const std::string &topic, std::int32_t partition,
                                std::int64_t offset, const std::string &metadata)
{
    std::lock_guard lock(m_mutex);
    auto it = std::find_if(m_offsets.begin(), m_offsets.end(), [&](const StoredOffset &o) {
        return o.groupId == groupId && o.topic == topic && o.partition == partition;
    });
    if (it == m_offsets.end())
        m_offsets.push_back({groupId, topic, partition, offset, metadata});
    else {
        it->offset = offset;
        it->metadata = metadata;
    }
    return true;
}

void InMemoryOffsetStore::removeGroup(const std::string &groupId)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_offsets, [&](const StoredOffset &o) { return o.groupId == groupId; });
}

} // namespace warren::model
