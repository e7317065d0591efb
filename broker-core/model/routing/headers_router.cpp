#include "model/routing/headers_router.h"

namespace warren::model {

HeadersRouter::HeadersRouter(std::span<const BindingSpec> bindings)
{
    m_patterns.reserve(bindings.size());
    for (const BindingSpec &b : bindings)
        m_patterns.emplace_back(b.arguments);
}

void HeadersRouter::match(std::string_view, const FieldTable *headers, std::vector<std::uint32_t> &out) const
{
    const auto sorted = sortHeaders(headers); // once per message, not per binding
    for (std::uint32_t i = 0; i < m_patterns.size(); ++i)
        if (m_patterns[i].matches(sorted))
            out.push_back(i);
}

} // namespace warren::model
