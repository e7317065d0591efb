#pragma once
// An exchange: its declaration, its outgoing bindings, and an immutable
// routing table rebuilt whenever a binding changes.
//
// Thread-safety: bindings are guarded by m_mutex. Publishers never take it on
// the hot path: they hold a std::shared_ptr<const RoutingTable> (cached per
// channel while the vhost's topology version is unchanged), and a table never
// changes after it is built. Counters are atomics.

#include "common/field_value.h"
#include "model/queue.h"
#include "model/routing/router.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace warren::model {

class Exchange;
class DelayedSchedule;
using ExchangePtr = std::shared_ptr<Exchange>;

struct ExchangeOptions {
    ExchangeType type = ExchangeType::Direct;
    bool durable = false;
    bool autoDelete = false;
    bool internal = false;
    FieldTable arguments;
};

/// Where a binding leads: a queue, or (exchange-to-exchange) another exchange.
/// Exchange destinations are weak so that binding cycles cannot leak.
struct Destination {
    QueuePtr queue;
    std::weak_ptr<Exchange> exchange;
    std::string name; ///< for display and identity
    bool isQueue() const { return queue != nullptr; }
};

struct Binding {
    Destination destination;
    std::string key;
    FieldTable arguments;
};

/// Immutable: a router over the bindings plus their destinations, by index.
struct RoutingTable {
    std::unique_ptr<const Router> router;
    std::vector<Destination> destinations;
};
using RoutingTablePtr = std::shared_ptr<const RoutingTable>;

class Exchange {
public:
    Exchange(std::string vhost, std::string name, ExchangeOptions options, bool builtIn);

    const std::string &name() const { return m_name; }
    const ExchangeOptions &options() const { return m_options; }
    ExchangeType type() const { return m_options.type; }
    /// How bindings match: the type, or for x-delayed-message its x-delayed-type.
    ExchangeType routingType() const { return m_routingType; }
    /// An x-delayed-message exchange's held-back messages; null otherwise.
    const std::shared_ptr<DelayedSchedule> &delayed() const { return m_delayed; }
    /// For x-delayed-message: the x-delayed-type argument, if it names a
    /// plain exchange type.
    static std::optional<ExchangeType> delayedTypeOf(const FieldTable &arguments);
    /// The default exchange and amq.*: cannot be deleted or redeclared differently.
    bool isBuiltIn() const { return m_builtIn; }
    bool isDefault() const { return m_name.empty(); }

    /// Adds a binding unless an identical one exists; returns whether it was added.
    bool addBinding(Binding binding);
    /// Removes the binding identical in destination name/kind, key and arguments.
    bool removeBinding(const std::string &destName, bool destIsQueue, const std::string &key,
                       const FieldTable &arguments);
    /// Removes every binding to that destination; returns how many.
    std::size_t removeBindingsTo(const std::string &destName, bool destIsQueue);
    std::size_t bindingCount() const;
    std::vector<Binding> bindings() const;

    RoutingTablePtr routingTable() const;

    std::atomic<std::uint64_t> publishedIn{0};
    std::atomic<std::uint64_t> routedOut{0};
    std::atomic<std::uint64_t> unroutable{0};

private:
    /// Builds the routing table from the bindings (lazily, on first use
    /// after a change).
    void rebuildLocked() const;

    const std::string m_vhost;
    const std::string m_name;
    const ExchangeOptions m_options;
    const bool m_builtIn;
    const ExchangeType m_routingType;
    const std::shared_ptr<DelayedSchedule> m_delayed;

    mutable std::mutex m_mutex;
    std::vector<Binding> m_bindings; // guarded by m_mutex
    mutable RoutingTablePtr m_table; // guarded by m_mutex; replaced, never mutated; null = rebuild on next use
};

} // namespace warren::model
