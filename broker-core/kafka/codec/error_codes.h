#pragma once
// Kafka's numeric error codes (the `error_code` fields of responses), as
// defined by Apache Kafka's org.apache.kafka.common.protocol.Errors. Only
// the ones a broker like Warren can plausibly send or needs to recognise.

#include <cstdint>

namespace warren::kafka::errc {

inline constexpr std::int16_t UNKNOWN_SERVER_ERROR = -1;
inline constexpr std::int16_t NONE = 0;
inline constexpr std::int16_t OFFSET_OUT_OF_RANGE = 1;
inline constexpr std::int16_t CORRUPT_MESSAGE = 2;
inline constexpr std::int16_t UNKNOWN_TOPIC_OR_PARTITION = 3;
inline constexpr std::int16_t INVALID_FETCH_SIZE = 4;
inline constexpr std::int16_t LEADER_NOT_AVAILABLE = 5;
inline constexpr std::int16_t NOT_LEADER_OR_FOLLOWER = 6;
inline constexpr std::int16_t REQUEST_TIMED_OUT = 7;
inline constexpr std::int16_t BROKER_NOT_AVAILABLE = 8;
inline constexpr std::int16_t REPLICA_NOT_AVAILABLE = 9;
inline constexpr std::int16_t MESSAGE_TOO_LARGE = 10;
inline constexpr std::int16_t OFFSET_METADATA_TOO_LARGE = 12;
inline constexpr std::int16_t NETWORK_EXCEPTION = 13;
inline constexpr std::int16_t COORDINATOR_LOAD_IN_PROGRESS = 14;
inline constexpr std::int16_t COORDINATOR_NOT_AVAILABLE = 15;
inline constexpr std::int16_t NOT_COORDINATOR = 16;
inline constexpr std::int16_t INVALID_TOPIC_EXCEPTION = 17;
inline constexpr std::int16_t RECORD_LIST_TOO_LARGE = 18;
inline constexpr std::int16_t NOT_ENOUGH_REPLICAS = 19;
inline constexpr std::int16_t NOT_ENOUGH_REPLICAS_AFTER_APPEND = 20;
inline constexpr std::int16_t INVALID_REQUIRED_ACKS = 21;
inline constexpr std::int16_t ILLEGAL_GENERATION = 22;
inline constexpr std::int16_t INCONSISTENT_GROUP_PROTOCOL = 23;
inline constexpr std::int16_t INVALID_GROUP_ID = 24;
inline constexpr std::int16_t UNKNOWN_MEMBER_ID = 25;
inline constexpr std::int16_t INVALID_SESSION_TIMEOUT = 26;
inline constexpr std::int16_t REBALANCE_IN_PROGRESS = 27;
inline constexpr std::int16_t INVALID_COMMIT_OFFSET_SIZE = 28;
inline constexpr std::int16_t TOPIC_AUTHORIZATION_FAILED = 29;
inline constexpr std::int16_t GROUP_AUTHORIZATION_FAILED = 30;
inline constexpr std::int16_t CLUSTER_AUTHORIZATION_FAILED = 31;
inline constexpr std::int16_t INVALID_TIMESTAMP = 32;
inline constexpr std::int16_t UNSUPPORTED_SASL_MECHANISM = 33;
inline constexpr std::int16_t ILLEGAL_SASL_STATE = 34;
inline constexpr std::int16_t UNSUPPORTED_VERSION = 35;
inline constexpr std::int16_t TOPIC_ALREADY_EXISTS = 36;
inline constexpr std::int16_t INVALID_PARTITIONS = 37;
inline constexpr std::int16_t INVALID_REPLICATION_FACTOR = 38;
inline constexpr std::int16_t INVALID_REPLICA_ASSIGNMENT = 39;
inline constexpr std::int16_t INVALID_CONFIG = 40;
inline constexpr std::int16_t NOT_CONTROLLER = 41;
inline constexpr std::int16_t INVALID_REQUEST = 42;
inline constexpr std::int16_t UNSUPPORTED_FOR_MESSAGE_FORMAT = 43;
inline constexpr std::int16_t POLICY_VIOLATION = 44;
inline constexpr std::int16_t OUT_OF_ORDER_SEQUENCE_NUMBER = 45;
inline constexpr std::int16_t DUPLICATE_SEQUENCE_NUMBER = 46;
inline constexpr std::int16_t INVALID_PRODUCER_EPOCH = 47;
inline constexpr std::int16_t INVALID_TXN_STATE = 48;
inline constexpr std::int16_t INVALID_PRODUCER_ID_MAPPING = 49;
inline constexpr std::int16_t INVALID_TRANSACTION_TIMEOUT = 50;
inline constexpr std::int16_t CONCURRENT_TRANSACTIONS = 51;
inline constexpr std::int16_t TRANSACTION_COORDINATOR_FENCED = 52;
inline constexpr std::int16_t TRANSACTIONAL_ID_AUTHORIZATION_FAILED = 53;
inline constexpr std::int16_t SECURITY_DISABLED = 54;
inline constexpr std::int16_t OPERATION_NOT_ATTEMPTED = 55;
inline constexpr std::int16_t KAFKA_STORAGE_ERROR = 56;
inline constexpr std::int16_t LOG_DIR_NOT_FOUND = 57;
inline constexpr std::int16_t SASL_AUTHENTICATION_FAILED = 58;
inline constexpr std::int16_t UNKNOWN_PRODUCER_ID = 59;
inline constexpr std::int16_t REASSIGNMENT_IN_PROGRESS = 60;
inline constexpr std::int16_t NON_EMPTY_GROUP = 68;
inline constexpr std::int16_t GROUP_ID_NOT_FOUND = 69;
inline constexpr std::int16_t FETCH_SESSION_ID_NOT_FOUND = 70;
inline constexpr std::int16_t INVALID_FETCH_SESSION_EPOCH = 71;
inline constexpr std::int16_t TOPIC_DELETION_DISABLED = 73;
inline constexpr std::int16_t FENCED_LEADER_EPOCH = 74;
inline constexpr std::int16_t UNKNOWN_LEADER_EPOCH = 75;
inline constexpr std::int16_t UNSUPPORTED_COMPRESSION_TYPE = 76;
inline constexpr std::int16_t OFFSET_NOT_AVAILABLE = 78;
inline constexpr std::int16_t MEMBER_ID_REQUIRED = 79;
inline constexpr std::int16_t GROUP_MAX_SIZE_REACHED = 81;
inline constexpr std::int16_t FENCED_INSTANCE_ID = 82;
inline constexpr std::int16_t INVALID_RECORD = 87;
inline constexpr std::int16_t UNSTABLE_OFFSET_COMMIT = 88;
inline constexpr std::int16_t THROTTLING_QUOTA_EXCEEDED = 89;
inline constexpr std::int16_t PRODUCER_FENCED = 90;

} // namespace warren::kafka::errc
