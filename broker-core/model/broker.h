#pragma once
// The root of the model: virtual hosts, the registry of live connections
// (for the monitor), broker-wide counters, and snapshot building.
//
// Thread-safety: every method may be called from any thread. The vhost map
// is guarded by m_vhostMutex (vhosts are added and deleted at runtime; a
// deleted vhost is retired, not freed, so a VirtualHost* stays valid for the
// broker's lifetime), the connection registry by m_mutex; counters are
// atomics. Users and permissions live in access() (AccessControl).
// snapshot() copies everything into an immutable BrokerSnapshot and holds no
// lock while the caller reads it.

#include "common/ids.h"
#include "metrics/broker_snapshot.h"
#include "metrics/event_log.h"
#include "model/access_control.h"
#include "model/broker_limits.h"
#include "model/resource_alarms.h"
#include "model/virtual_host.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace warren::model {

/// What the monitor shows about one client connection. Shared between the
/// session that owns the connection (writes) and the snapshot builder (reads).
struct ConnectionInfo {
    ConnectionId id;
    std::string protocol;
    std::string peer;
    std::int64_t connectedAtMs = 0;
    bool tls = false; ///< accepted on a TLS listener (set before the connection is registered)
    std::atomic<bool> blocked{false}; ///< an AMQP publisher blocked by a resource alarm
    std::atomic<int> channels{0};
    std::atomic<std::uint64_t> bytesIn{0};
    std::atomic<std::uint64_t> bytesOut{0};

    void setIdentity(std::string user, std::string vhost, std::string product, std::string version);
    struct Identity {
        std::string user, vhost, clientProduct, clientVersion;
    };
    Identity identity() const;

private:
    mutable std::mutex m_mutex;
    Identity m_identity; // guarded by m_mutex
};
using ConnectionInfoPtr = std::shared_ptr<ConnectionInfo>;

struct BrokerCounters {
    std::atomic<std::uint64_t> published{0};
    std::atomic<std::uint64_t> unroutable{0};
    std::atomic<std::uint64_t> kafkaProduced{0};      ///< records appended
    std::atomic<std::uint64_t> kafkaProducedBytes{0};
    std::atomic<std::uint64_t> kafkaFetched{0};       ///< records returned by fetches
    std::atomic<std::uint64_t> kafkaFetchedBytes{0};
};

class Broker {
public:
    Broker();

    /// nullptr if no such vhost. Takes the vhost lock: look up once per
    /// connection, not per message.
    VirtualHost *vhost(const std::string &name);
    VirtualHost &defaultVhost() { return *m_defaultVhost; }
    /// The live vhosts, by name (a copy; pointers valid for the broker's life).
    std::vector<std::pair<std::string, VirtualHost *>> vhostList() const;
    std::vector<std::string> vhostNames() const;
    /// Adds an empty vhost (persist: tell the access store).
    ModelStatus addVhost(const std::string &name, bool persist = true);
    /// Deletes a vhost with its queues, exchanges and permissions ("/" cannot
    /// be deleted). Connections to it stay open on the emptied vhost; the
    /// caller closes them.
    ModelStatus deleteVhost(const std::string &name);

    /// Users and permissions (any thread).
    AccessControl &access() { return m_access; }
    const AccessControl &access() const { return m_access; }
    /// Where users, vhosts and permissions are stored; set before clients connect.
    void setAccessStore(AccessStore *store);
    /// Creates the stored vhosts and loads users and permissions (start-up).
    void loadAccess(const AccessDefinitions &definitions);
    /// Sets a user's permissions in an existing vhost.
    ModelStatus setPermissions(const std::string &user, const std::string &vhost, const PermissionPatterns &patterns);

    /// Where every vhost's queues keep messages on disk; set before restoring.
    void setMessageStoreProvider(MessageStoreProvider *provider);
    /// Shutdown: closes every queue's log (before the storage engine goes).
    void closeMessageStores();
    /// How republished (dead-lettered) messages get new headers encoded;
    /// set once before clients connect (the AMQP layer provides it).
    void setMessageRewriter(const MessageRewriter *rewriter);
    /// Timer work for every vhost (TTL expiry, x-expires); the control
    /// thread calls it about ten times a second.
    void tick();
    /// Attaches (nullptr: detaches) the store of durable definitions to every vhost.
    void setDefinitionStore(DefinitionStore *store);
    /// Re-creates stored definitions in their vhosts, without storing them
    /// again; call before attaching the store and before clients connect.
    /// Returns what could not be restored ("" when all was).
    std::string restoreDefinitions(const Definitions &definitions);

    ConnectionId newConnectionId() { return ConnectionId{m_nextConnectionId.fetch_add(1)}; }
    void registerConnection(ConnectionInfoPtr info);
    void unregisterConnection(ConnectionId id);

    void setListeners(std::vector<metrics::ListenerSnapshot> listeners);

    BrokerCounters &counters() { return m_counters; }
    /// Connection and queue limits (any thread).
    BrokerLimits &limits() { return m_limits; }
    const BrokerLimits &limits() const { return m_limits; }
    /// Memory and disk alarms: evaluated on the control thread, read by sessions.
    ResourceAlarms &alarms() { return m_alarms; }
    const ResourceAlarms &alarms() const { return m_alarms; }
    /// The broker's event log (connections, definitions, errors, groups); any thread.
    metrics::EventLog &events() { return m_events; }
    const metrics::EventLog &events() const { return m_events; }
    metrics::BrokerSnapshotPtr snapshot() const;
    /// The snapshot, with `extend` adding what the model does not own (Kafka topics and groups).
    metrics::BrokerSnapshotPtr snapshotWith(const std::function<void(metrics::BrokerSnapshot &)> &extend) const;

private:
    mutable std::mutex m_vhostMutex; // taken before any VirtualHost lock, never under one
    std::map<std::string, std::unique_ptr<VirtualHost>> m_vhosts;     // guarded by m_vhostMutex
    std::vector<std::unique_ptr<VirtualHost>> m_retiredVhosts;       // guarded by m_vhostMutex
    VirtualHost *m_defaultVhost = nullptr;                           // "/", never deleted
    // set once before clients connect; applied to vhosts added later
    MessageStoreProvider *m_storeProvider = nullptr;
    DefinitionStore *m_definitionStore = nullptr;
    const MessageRewriter *m_rewriter = nullptr;
    AccessStore *m_accessStore = nullptr;
    AccessControl m_access;
    std::atomic<std::uint64_t> m_nextConnectionId{1};
    BrokerCounters m_counters;
    BrokerLimits m_limits;   // atomics; the vhosts hold a pointer to it
    ResourceAlarms m_alarms; // atomics
    const std::int64_t m_startedAtMs;

    mutable std::mutex m_mutex;
    std::map<ConnectionId, ConnectionInfoPtr> m_connections;   // guarded by m_mutex
    std::vector<metrics::ListenerSnapshot> m_listeners;        // guarded by m_mutex
    metrics::EventLog m_events; // thread-safe itself; the vhosts hold a pointer to it
};

} // namespace warren::model
