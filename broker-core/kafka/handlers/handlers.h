#pragma once
// One function per Kafka API key; each reads as: decoded request → model
// calls → response (now, or later through KafkaConnection::post/park).
// All run on the connection's thread.

#include "kafka/kafka_connection.h"

namespace warren::kafka {

void handleApiVersions(KafkaConnection &c, const RequestContext &ctx, ApiVersionsRequest &&req);
void handleMetadata(KafkaConnection &c, const RequestContext &ctx, MetadataRequest &&req);
void handleProduce(KafkaConnection &c, const RequestContext &ctx, ProduceRequest &&req);
void handleFetch(KafkaConnection &c, const RequestContext &ctx, FetchRequest &&req);
void handleListOffsets(KafkaConnection &c, const RequestContext &ctx, ListOffsetsRequest &&req);
void handleCreateTopics(KafkaConnection &c, const RequestContext &ctx, CreateTopicsRequest &&req);
void handleDeleteTopics(KafkaConnection &c, const RequestContext &ctx, DeleteTopicsRequest &&req);
void handleFindCoordinator(KafkaConnection &c, const RequestContext &ctx, FindCoordinatorRequest &&req);
void handleInitProducerId(KafkaConnection &c, const RequestContext &ctx, InitProducerIdRequest &&req);
void handleJoinGroup(KafkaConnection &c, const RequestContext &ctx, JoinGroupRequest &&req);
void handleSyncGroup(KafkaConnection &c, const RequestContext &ctx, SyncGroupRequest &&req);
void handleHeartbeat(KafkaConnection &c, const RequestContext &ctx, HeartbeatRequest &&req);
void handleLeaveGroup(KafkaConnection &c, const RequestContext &ctx, LeaveGroupRequest &&req);
void handleListGroups(KafkaConnection &c, const RequestContext &ctx, ListGroupsRequest &&req);
void handleDescribeGroups(KafkaConnection &c, const RequestContext &ctx, DescribeGroupsRequest &&req);
void handleOffsetCommit(KafkaConnection &c, const RequestContext &ctx, OffsetCommitRequest &&req);
void handleOffsetFetch(KafkaConnection &c, const RequestContext &ctx, OffsetFetchRequest &&req);
void handleSaslHandshake(KafkaConnection &c, const RequestContext &ctx, SaslHandshakeRequest &&req);
void handleSaslAuthenticate(KafkaConnection &c, const RequestContext &ctx, SaslAuthenticateRequest &&req);
/// The bare token that follows SaslHandshake v0.
void handleRawSaslToken(KafkaConnection &c, const RequestContext &ctx, std::string token);

/// The API keys and version ranges this broker advertises in ApiVersions.
std::vector<ApiVersionsResponse::ApiVersion> advertisedApis();
bool isAdvertised(std::int16_t apiKey, std::int16_t apiVersion);

} // namespace warren::kafka
