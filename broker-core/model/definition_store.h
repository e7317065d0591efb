#pragma once
// Where durable AMQP definitions go: VirtualHost tells a DefinitionStore about
// every change to a durable entity, and a broker restores from load() on
// start. The model only knows this interface; the SQLite implementation is
// storage::SqlDefinitionStore (storage/metadata).
//
// What is durable (RabbitMQ's rules): exchanges declared durable (built-in
// ones are not stored — they always exist); queues declared durable and not
// exclusive; bindings whose source exchange and destination are both durable.
// Transient entities are never reported.
//
// Deletions cascade in the store: queueDeleted removes the bindings to that
// queue; exchangeDeleted removes the bindings from and to that exchange. The
// model does not report those bindings one by one.
//
// Thread-safety: implementations must accept calls from any thread. The
// VirtualHost calls with its m_mutex held, so an implementation must not call
// back into the model (its own locks come after VirtualHost::m_mutex).

#include "model/exchange.h"
#include "model/queue.h"

#include <string>
#include <vector>

namespace warren::model {

struct ExchangeDefinition {
    std::string vhost;
    std::string name;
    ExchangeOptions options; ///< durable is always true
};

struct QueueDefinition {
    std::string vhost;
    std::string name;
    QueueOptions options; ///< durable, not exclusive; owner unset
};

struct BindingDefinition {
    std::string vhost;
    std::string source;      ///< exchange
    std::string destination; ///< queue or exchange
    bool destinationIsQueue = true;
    std::string key;
    FieldTable arguments;
};

struct Definitions {
    std::vector<ExchangeDefinition> exchanges;
    std::vector<QueueDefinition> queues;
    std::vector<BindingDefinition> bindings;
};

class DefinitionStore {
public:
    virtual ~DefinitionStore() = default;

    virtual void exchangeDeclared(const std::string &vhost, const std::string &name,
                                  const ExchangeOptions &options) = 0;
    /// Also forgets every binding from or to the exchange.
    virtual void exchangeDeleted(const std::string &vhost, const std::string &name) = 0;
    virtual void queueDeclared(const std::string &vhost, const std::string &name, const QueueOptions &options) = 0;
    /// Also forgets every binding to the queue.
    virtual void queueDeleted(const std::string &vhost, const std::string &name) = 0;
    virtual void bindingAdded(const BindingDefinition &binding) = 0;
    virtual void bindingRemoved(const BindingDefinition &binding) = 0;

    /// Everything stored, for every vhost.
    virtual Definitions load() = 0;
};

} // namespace warren::model
