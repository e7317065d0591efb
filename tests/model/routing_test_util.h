#pragma once
// Helpers shared by the routing tests: building tables tersely and running a
// router once. The rows in routing_cases_observed.inc use table(...).

#include "common/field_value.h"
#include "model/routing/router.h"

#include <QMetaType>

#include <initializer_list>
#include <optional>
#include <utility>

namespace warren::model::test {

inline FieldTable table(std::initializer_list<std::pair<std::string, FieldValue>> entries)
{
    FieldTable t;
    for (const auto &e : entries)
        t.entries.push_back(e); // keep order and duplicates exactly as written
    return t;
}

inline std::vector<std::uint32_t> matchOnce(const Router &router, std::string_view key,
                                            const FieldTable *headers = nullptr)
{
    std::vector<std::uint32_t> out;
    router.match(key, headers, out);
    return out;
}

inline std::vector<BindingSpec> keysToBindings(const std::vector<std::string> &keys)
{
    std::vector<BindingSpec> bindings;
    for (const auto &k : keys)
        bindings.push_back({k, {}});
    return bindings;
}

} // namespace warren::model::test

using OptionalTable = std::optional<warren::FieldTable>;
Q_DECLARE_METATYPE(warren::FieldTable)
Q_DECLARE_METATYPE(OptionalTable)
Q_DECLARE_METATYPE(std::vector<std::uint32_t>)
