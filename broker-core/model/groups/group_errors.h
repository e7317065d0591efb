#pragma once
// Error codes the group coordinator answers with. They are Kafka's numbers
// (org.apache.kafka.common.protocol.Errors) so the Kafka handlers can copy
// them to the wire unchanged, but this header depends on no codec: the model
// speaks no protocol, it only borrows the numbering.

#include <cstdint>

namespace warren::model::group_error {

inline constexpr std::int16_t None = 0;
inline constexpr std::int16_t UnknownTopicOrPartition = 3;
inline constexpr std::int16_t OffsetMetadataTooLarge = 12;
inline constexpr std::int16_t CoordinatorNotAvailable = 15;
inline constexpr std::int16_t IllegalGeneration = 22;
inline constexpr std::int16_t InconsistentGroupProtocol = 23;
inline constexpr std::int16_t InvalidGroupId = 24;
inline constexpr std::int16_t UnknownMemberId = 25;
inline constexpr std::int16_t InvalidSessionTimeout = 26;
inline constexpr std::int16_t RebalanceInProgress = 27;
inline constexpr std::int16_t NonEmptyGroup = 68;
inline constexpr std::int16_t GroupIdNotFound = 69;
inline constexpr std::int16_t MemberIdRequired = 79;

/// Kafka's upper-case name for a code above ("UNKNOWN_MEMBER_ID"), for logs
/// and test failure messages; "UNKNOWN" for anything else.
const char *name(std::int16_t code);

} // namespace warren::model::group_error
