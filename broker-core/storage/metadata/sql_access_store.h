#pragma once
// Users, vhosts and permissions in the metadata database: the model's
// AccessStore over the tables access_users (name, password_hash, tags as a
// comma list), access_vhosts (name) and access_permissions (user, vhost,
// configure, write, read), plus access_meta, whose "initialised" row tells a
// fresh data directory (seeded with guest/guest, as RabbitMQ's first boot)
// from one whose users were all deleted on purpose.
//
// Thread-safety: any thread (per-thread connections of the MetadataStore);
// writes take MetadataStore::m_writeMutex, which comes after
// AccessControl's mutex in the lock order. Failures are logged (category
// warren.metadata); the in-memory AccessControl stays authoritative.

#include "model/access_control.h"

namespace warren::storage {

class MetadataStore;

class SqlAccessStore final : public model::AccessStore {
public:
    explicit SqlAccessStore(MetadataStore &store) : m_store(store) {}

    /// Creates the tables if needed; on a database never initialised before,
    /// writes RabbitMQ's first-boot defaults (vhost "/", guest/guest with the
    /// administrator tag and ".*" permissions on "/"). False on an SQL error.
    bool initialise();

    void userSaved(const model::UserDefinition &user) override;
    void userDeleted(const std::string &name) override;
    void vhostAdded(const std::string &name) override;
    void vhostDeleted(const std::string &name) override;
    void permissionsSet(const model::PermissionDefinition &permission) override;
    void permissionsCleared(const std::string &user, const std::string &vhost) override;
    model::AccessDefinitions loadAccess() override;

private:
    MetadataStore &m_store;
};

} // namespace warren::storage
