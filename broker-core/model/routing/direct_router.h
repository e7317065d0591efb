#pragma once

#include "model/routing/router.h"

#include <utility>

namespace warren::model {

/// Direct exchange matcher: a binding matches when its key equals the routing
/// key byte for byte (case-sensitive; "" matches only "").
///
/// Ownership: owns a sorted copy of the keys. Thread-safety: immutable after
/// construction, match() may run concurrently.
class DirectRouter final : public Router {
public:
    explicit DirectRouter(std::span<const BindingSpec> bindings);
    void match(std::string_view routingKey, const FieldTable *headers,
               std::vector<std::uint32_t> &out) const override;

private:
    std::vector<std::pair<std::string, std::uint32_t>> m_byKey; // sorted by (key, index)
};

/// Fanout exchange matcher: every binding matches, whatever the key.
/// Thread-safety: immutable, match() may run concurrently.
class FanoutRouter final : public Router {
public:
    explicit FanoutRouter(std::size_t bindingCount) : m_count(std::uint32_t(bindingCount)) {}
    void match(std::string_view routingKey, const FieldTable *headers,
               std::vector<std::uint32_t> &out) const override;

private:
    std::uint32_t m_count;
};

} // namespace warren::model
