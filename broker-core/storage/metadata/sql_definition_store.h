#pragma once
// Durable AMQP definitions in the metadata database: the model's
// DefinitionStore over MetadataStore's amqp_exchanges, amqp_queues and
// amqp_bindings tables. Every row carries its vhost; arguments are stored as
// encodeFieldTable() bytes so that every field type survives. Each change is
// one SQLite transaction (a deletion and its cascade of bindings together).
//
// Thread-safety: any thread (per-thread connections of the MetadataStore);
// writes take MetadataStore::m_writeMutex, which comes after
// VirtualHost::m_mutex in the lock order. Failures are logged (category
// warren.metadata); the in-memory model stays authoritative.

#include "model/definition_store.h"

namespace warren::storage {

class MetadataStore;

class SqlDefinitionStore final : public model::DefinitionStore {
public:
    explicit SqlDefinitionStore(MetadataStore &store) : m_store(store) {}

    void exchangeDeclared(const std::string &vhost, const std::string &name,
                          const model::ExchangeOptions &options) override;
    void exchangeDeleted(const std::string &vhost, const std::string &name) override;
    void queueDeclared(const std::string &vhost, const std::string &name, const model::QueueOptions &options) override;
    void queueDeleted(const std::string &vhost, const std::string &name) override;
    void bindingAdded(const model::BindingDefinition &binding) override;
    void bindingRemoved(const model::BindingDefinition &binding) override;
    model::Definitions load() override;

private:
    MetadataStore &m_store;
};

} // namespace warren::storage
