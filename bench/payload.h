#pragma once
// Message body layout written by producers and checked by consumers:
//   [0..8)   send time, steady clock (CLOCK_MONOTONIC) nanoseconds
//   [8..12)  producer id
//   [12..20) per-producer sequence number, from 0
//   [20..)   filler
// Native byte order: producer and consumer run on the same host.

#include <cstddef>
#include <cstdint>
#include <cstring>

inline constexpr std::size_t kPayloadHeader = 20;

inline void writePayloadHeader(unsigned char *p, std::uint64_t sendNs, std::uint32_t producer, std::uint64_t seq)
{
    std::memcpy(p, &sendNs, 8);
    std::memcpy(p + 8, &producer, 4);
    std::memcpy(p + 12, &seq, 8);
}

struct PayloadHeader {
    std::uint64_t sendNs;
    std::uint32_t producer;
    std::uint64_t seq;
};

inline PayloadHeader readPayloadHeader(const unsigned char *p)
{
    PayloadHeader h;
    std::memcpy(&h.sendNs, p, 8);
    std::memcpy(&h.producer, p + 8, 4);
    std::memcpy(&h.seq, p + 12, 8);
    return h;
}
