#pragma once

#include "model/routing/headers_match.h"
#include "model/routing/router.h"

namespace warren::model {

/// Headers exchange matcher: tests every binding's HeadersPattern against the
/// message headers (RabbitMQ does the same linear scan). The routing key is
/// ignored.
///
/// Ownership: owns one prepared pattern per binding. Thread-safety: immutable
/// after construction, match() may run concurrently.
class HeadersRouter final : public Router {
public:
    explicit HeadersRouter(std::span<const BindingSpec> bindings);
    void match(std::string_view routingKey, const FieldTable *headers,
               std::vector<std::uint32_t> &out) const override;

private:
    std::vector<HeadersPattern> m_patterns; // index = binding index
};

} // namespace warren::model
