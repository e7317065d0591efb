#pragma once
// Which Kafka APIs and versions Warren speaks (what ApiVersions advertises),
// and which request/response header version each (api key, version) uses.
// Generated from schema/kafka_messages.py via messages.h. Pure; any thread.

#include <cstdint>
#include <span>
#include <string_view>

namespace warren::kafka {

namespace api {
inline constexpr std::int16_t Produce = 0;
inline constexpr std::int16_t Fetch = 1;
inline constexpr std::int16_t ListOffsets = 2;
inline constexpr std::int16_t Metadata = 3;
inline constexpr std::int16_t OffsetCommit = 8;
inline constexpr std::int16_t OffsetFetch = 9;
inline constexpr std::int16_t FindCoordinator = 10;
inline constexpr std::int16_t JoinGroup = 11;
inline constexpr std::int16_t Heartbeat = 12;
inline constexpr std::int16_t LeaveGroup = 13;
inline constexpr std::int16_t SyncGroup = 14;
inline constexpr std::int16_t DescribeGroups = 15;
inline constexpr std::int16_t ListGroups = 16;
inline constexpr std::int16_t SaslHandshake = 17;
inline constexpr std::int16_t ApiVersions = 18;
inline constexpr std::int16_t CreateTopics = 19;
inline constexpr std::int16_t DeleteTopics = 20;
inline constexpr std::int16_t InitProducerId = 22;
inline constexpr std::int16_t AddPartitionsToTxn = 24;
inline constexpr std::int16_t AddOffsetsToTxn = 25;
inline constexpr std::int16_t EndTxn = 26;
inline constexpr std::int16_t TxnOffsetCommit = 28;
inline constexpr std::int16_t SaslAuthenticate = 36;
} // namespace api

struct ApiRange {
    std::int16_t key;
    std::int16_t minVersion;
    std::int16_t maxVersion;
};

/// Every supported API with its version range, ascending by key.
std::span<const ApiRange> apiSupport();
bool isSupported(std::int16_t apiKey, std::int16_t apiVersion);
/// True when Apache Kafka encodes this (key, version) in the flexible
/// format (compact types, tagged fields). Also right for versions above
/// Warren's range of a known API, so their request headers still parse.
bool isFlexible(std::int16_t apiKey, std::int16_t apiVersion);
/// 2 for flexible requests, else 1 (unknown keys: 1).
int requestHeaderVersion(std::int16_t apiKey, std::int16_t apiVersion);
/// 1 for flexible responses, else 0 — except ApiVersions, always 0 (the
/// client must parse it before it knows what the broker speaks).
int responseHeaderVersion(std::int16_t apiKey, std::int16_t apiVersion);
/// "Produce", "Fetch", …; empty for an unknown key.
std::string_view apiName(std::int16_t apiKey);

} // namespace warren::kafka
