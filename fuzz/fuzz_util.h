#pragma once
// Helpers shared by the libFuzzer targets: byte views of the input and an
// invariant check that crashes (so libFuzzer records the input) with a message.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>

namespace warren::fuzz {

inline std::span<const std::byte> bytesOf(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const std::byte *>(data), size};
}

inline std::span<const std::byte> bytesOf(std::string_view s)
{
    return {reinterpret_cast<const std::byte *>(s.data()), s.size()};
}

[[noreturn]] inline void invariantFailed(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant failed: %s\n", file, line, what);
    std::abort();
}

} // namespace warren::fuzz

#define FUZZ_CHECK(cond)                                                                                              \
    do {                                                                                                             \
        if (!(cond))                                                                                                 \
            ::warren::fuzz::invariantFailed(#cond, __FILE__, __LINE__);                                              \
    } while (0)
