#pragma once
// Committed consumer-group offsets kept in the metadata database, so they
// survive a restart. Adapts storage::MetadataStore to the coordinator's
// OffsetStore interface. Thread-safe (the store serializes its writes).

#include "model/groups/offset_store.h"
#include "storage/metadata/metadata_store.h"

namespace warren::kafka {

class PersistentOffsetStore final : public model::OffsetStore {
public:
    explicit PersistentOffsetStore(storage::MetadataStore &store) : m_store(store) {}

    std::vector<model::StoredOffset> load() override
    {
        std::vector<model::StoredOffset> out;
        for (auto &o : m_store.loadOffsets())
            out.push_back(model::StoredOffset{o.group, o.topic, o.partition, o.offset, o.metadata});
        return out;
    }
    bool store(const std::string &groupId, const std::string &topic, std::int32_t partition, std::int64_t offset,
               const std::string &metadata) override
    {
        return m_store.saveOffsets({storage::OffsetRecord{groupId, topic, partition, offset, metadata}});
    }
    void removeGroup(const std::string &groupId) override { m_store.deleteGroupOffsets(groupId); }

private:
    storage::MetadataStore &m_store;
};

} // namespace warren::kafka
