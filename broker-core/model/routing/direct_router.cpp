#include "model/routing/direct_router.h"

#include <algorithm>

namespace warren::model {

DirectRouter::DirectRouter(std::span<const BindingSpec> bindings)
{
    m_byKey.reserve(bindings.size());
    for (std::uint32_t i = 0; i < bindings.size(); ++i)
        m_byKey.emplace_back(bindings[i].key, i);
    std::sort(m_byKey.begin(), m_byKey.end());
}

void DirectRouter::match(std::string_view routingKey, const FieldTable *,
                         std::vector<std::uint32_t> &out) const
{
    auto first = std::lower_bound(m_byKey.begin(), m_byKey.end(), routingKey,
                                  [](const auto &e, std::string_view k) { return std::string_view(e.first) < k; });
    for (auto it = first; it != m_byKey.end() && it->first == routingKey; ++it)
        out.push_back(it->second); // ties are sorted by index
}

void FanoutRouter::match(std::string_view, const FieldTable *, std::vector<std::uint32_t> &out) const
{
    out.reserve(out.size() + m_count);
    for (std::uint32_t i = 0; i < m_count; ++i)
        out.push_back(i);
}

} // namespace warren::model
