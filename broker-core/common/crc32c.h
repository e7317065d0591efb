#pragma once
// CRC-32C (Castagnoli), as Kafka record batches v2 use it. No Debian package
// ships one for C++, so it lives here: slicing-by-8 tables, and the SSE4.2
// crc32 instruction when the CPU has it (chosen once at run time).
// Pure functions; any thread.

#include <cstddef>
#include <cstdint>
#include <span>

namespace warren {

/// Continues a CRC-32C over `data` from a previous value (start with 0).
std::uint32_t crc32c(std::span<const std::byte> data, std::uint32_t crc = 0);

} // namespace warren
