#include "model/exchange.h"

#include "model/delayed_schedule.h"

#include <algorithm>

namespace warren::model {

std::optional<ExchangeType> Exchange::delayedTypeOf(const FieldTable &arguments)
{
    const FieldValue *v = arguments.find("x-delayed-type");
    const std::string *name = v ? v->asString() : nullptr;
    auto type = name ? exchangeTypeFromString(*name) : std::nullopt;
    if (!type || *type == ExchangeType::DelayedMessage)
        return std::nullopt;
    return type;
}

Exchange::Exchange(std::string vhost, std::string name, ExchangeOptions options, bool builtIn)
    : m_vhost(std::move(vhost)), m_name(std::move(name)), m_options(std::move(options)), m_builtIn(builtIn),
      m_routingType(m_options.type == ExchangeType::DelayedMessage
                        ? delayedTypeOf(m_options.arguments).value_or(ExchangeType::Direct)
                        : m_options.type),
      m_delayed(m_options.type == ExchangeType::DelayedMessage ? std::make_shared<DelayedSchedule>() : nullptr)
{
    rebuildLocked();
}

namespace {
bool sameDestination(const Destination &d, const std::string &name, bool isQueue)
{
    return d.isQueue() == isQueue && d.name == name;
}
} // namespace

bool Exchange::addBinding(Binding binding)
{
    std::lock_guard lock(m_mutex);
    for (const auto &b : m_bindings) {
        if (sameDestination(b.destination, binding.destination.name, binding.destination.isQueue()) &&
            b.key == binding.key && b.arguments == binding.arguments)
            return false;
    }
    m_bindings.push_back(std::move(binding));
    m_table.reset(); // rebuilt by the next routingTable(): a burst of binds costs one build
    return true;
}

bool Exchange::removeBinding(const std::string &destName, bool destIsQueue, const std::string &key,
                             const FieldTable &arguments)
{
    std::lock_guard lock(m_mutex);
    auto it = std::find_if(m_bindings.begin(), m_bindings.end(), [&](const Binding &b) {
        return sameDestination(b.destination, destName, destIsQueue) && b.key == key && b.arguments == arguments;
    });
    if (it == m_bindings.end())
        return false;
    m_bindings.erase(it);
    m_table.reset();
    return true;
}

std::size_t Exchange::removeBindingsTo(const std::string &destName, bool destIsQueue)
{
    std::lock_guard lock(m_mutex);
    const auto before = m_bindings.size();
    std::erase_if(m_bindings, [&](const Binding &b) { return sameDestination(b.destination, destName, destIsQueue); });
    const auto removed = before - m_bindings.size();
    if (removed)
        m_table.reset();
    return removed;
}

std::size_t Exchange::bindingCount() const
{
    std::lock_guard lock(m_mutex);
    return m_bindings.size();
}

std::vector<Binding> Exchange::bindings() const
{
    std::lock_guard lock(m_mutex);
    return m_bindings;
}

RoutingTablePtr Exchange::routingTable() const
{
    std::lock_guard lock(m_mutex);
    if (!m_table)
        rebuildLocked();
    return m_table;
}

void Exchange::rebuildLocked() const
{
    std::vector<BindingSpec> specs;
    specs.reserve(m_bindings.size());
    auto table = std::make_shared<RoutingTable>();
    table->destinations.reserve(m_bindings.size());
    for (const auto &b : m_bindings) {
        specs.push_back(BindingSpec{b.key, b.arguments});
        table->destinations.push_back(b.destination);
    }
    table->router = buildRouter(m_routingType, specs);
    m_table = std::move(table);
}

} // namespace warren::model
