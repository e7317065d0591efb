#pragma once
// Member ids as Kafka makes them: "<clientId>-<random UUID>".
// Not thread-safe: the coordinator calls it under its mutex.

#include <random>
#include <string>
#include <string_view>

namespace warren::model::detail {

class MemberIdGenerator {
public:
    MemberIdGenerator();
    std::string next(std::string_view clientId);
    /// A random (version 4) UUID in its 8-4-4-4-12 text form.
    std::string uuid();

private:
    std::mt19937_64 m_random;
};

} // namespace warren::model::detail
