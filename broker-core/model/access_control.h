#pragma once
// Users, their tags and per-vhost permissions, as RabbitMQ's internal auth
// backend: a user has a salted password hash (password_hash.h) and tags
// (administrator, monitoring, ...); for each vhost it may have three regular
// expressions — configure, write, read — matched (unanchored, as RabbitMQ's
// re:run) against the name of the exchange or queue a method touches. An
// empty pattern means "^$": nothing but the default exchange's empty name.
//
// AccessControl owns the in-memory state, which is authoritative; a
// model::AccessStore (SQLite in storage/metadata) is told of each change.
// Thread-safety: every method may be called from any thread; state is
// guarded by m_mutex (a leaf lock: no other lock is taken under it, the
// store's write lock aside). Connections hold a compiled, immutable
// VhostAccess and re-fetch it when version() changes — one atomic load.

#include "model/model_error.h"

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace warren::model {

enum class Permission { Configure, Write, Read };
enum class ResourceKind { Exchange, Queue };

struct PermissionPatterns {
    std::string configure, write, read;
};

struct UserDefinition {
    std::string name;
    std::string passwordHash; ///< base64(salt ++ sha256(salt ++ password)); empty = no password login
    std::vector<std::string> tags;
};

struct PermissionDefinition {
    std::string user, vhost;
    PermissionPatterns patterns;
};

/// Everything stored about users and vhosts, for loading and snapshots.
struct AccessDefinitions {
    std::vector<UserDefinition> users;
    std::vector<std::string> vhosts;
    std::vector<PermissionDefinition> permissions;
    bool empty() const { return users.empty() && vhosts.empty() && permissions.empty(); }
};

/// Durable storage of users, vhosts and permissions (storage::SqlAccessStore).
/// Called after the in-memory change, from any thread.
class AccessStore {
public:
    virtual ~AccessStore() = default;
    virtual void userSaved(const UserDefinition &user) = 0;
    virtual void userDeleted(const std::string &name) = 0;
    virtual void vhostAdded(const std::string &name) = 0;
    virtual void vhostDeleted(const std::string &name) = 0;
    virtual void permissionsSet(const PermissionDefinition &permission) = 0;
    virtual void permissionsCleared(const std::string &user, const std::string &vhost) = 0;
    virtual AccessDefinitions loadAccess() = 0;
};

/// One user's compiled permissions in one vhost; immutable, shared.
class VhostAccess {
public:
    explicit VhostAccess(const PermissionPatterns &patterns);
    ~VhostAccess();
    bool allows(Permission permission, const std::string &resourceName) const;

private:
    struct Compiled;
    std::unique_ptr<Compiled> m_compiled;
};
using VhostAccessPtr = std::shared_ptr<const VhostAccess>;

/// RabbitMQ's first-boot state: vhost "/", user guest/guest with the
/// administrator tag and ".*" for configure, write and read on "/".
AccessDefinitions defaultAccessDefinitions();

/// Checks a pattern the way setPermissions will compile it; "" if valid,
/// otherwise why not.
std::string validatePattern(const std::string &pattern);

/// RabbitMQ's text for a refused resource, without the "ACCESS_REFUSED - " prefix:
/// "access to queue 'q' in vhost '/' refused for user 'u'".
std::string accessRefusedText(ResourceKind kind, const std::string &name, const std::string &vhost,
                              const std::string &user);

class AccessControl {
public:
    AccessControl();
    ~AccessControl();

    /// Replaces all users and permissions (start-up, before clients).
    void load(const AccessDefinitions &definitions);
    /// The store told of every later change (nullptr: none). Set before clients connect.
    void setStore(AccessStore *store);

    /// Users RabbitMQ's loopback_users lists: they may log in from loopback only.
    static bool isLoopbackOnly(const std::string &user) { return user == "guest"; }

    /// True if the user exists, has a password hash matching `password` and,
    /// for loopback-only users, connects from loopback. `why` (optional)
    /// gets the reason for the log.
    bool authenticate(const std::string &user, const std::string &password, bool fromLoopback,
                      std::string *why = nullptr) const;
    /// The user's permissions in `vhost`, or nullptr when it has none.
    VhostAccessPtr access(const std::string &user, const std::string &vhost) const;
    /// Bumped by every change of users or permissions.
    std::uint64_t version() const { return m_version.load(std::memory_order_acquire); }

    bool hasUser(const std::string &name) const;
    /// Adds a user, or (replace = true) replaces its password and tags.
    ModelStatus addUser(const std::string &name, const std::string &password, const std::vector<std::string> &tags,
                        bool replace = false);
    /// Adds a user with a ready hash (definitions import; tests).
    ModelStatus addUserWithHash(const UserDefinition &user);
    ModelStatus deleteUser(const std::string &name);
    ModelStatus setPassword(const std::string &name, const std::string &password);
    ModelStatus setTags(const std::string &name, const std::vector<std::string> &tags);
    /// The caller (Broker) has checked that the vhost exists.
    ModelStatus setPermissions(const std::string &user, const std::string &vhost, const PermissionPatterns &patterns);
    ModelStatus clearPermissions(const std::string &user, const std::string &vhost);
    /// A vhost went: forget every permission in it.
    void vhostDeleted(const std::string &vhost);

    /// Users (hashes included — callers building snapshots must drop them)
    /// and permissions; `vhosts` is left empty (the Broker owns vhosts).
    AccessDefinitions definitions() const;

private:
    struct Entry {
        UserDefinition user;
        std::map<std::string, std::pair<PermissionPatterns, VhostAccessPtr>> permissions; ///< by vhost
    };
    void changed() { m_version.fetch_add(1, std::memory_order_acq_rel); }

    mutable std::mutex m_mutex;
    std::map<std::string, Entry> m_users; // guarded by m_mutex
    AccessStore *m_store = nullptr;       // set before use
    std::atomic<std::uint64_t> m_version{1};
};

} // namespace warren::model
