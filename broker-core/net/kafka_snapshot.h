#pragma once
// Copies the Kafka face's state (topics, partitions, consumer groups with
// lag) into a BrokerSnapshot. Runs on the control thread; reads only
// thread-safe getters.

#include "metrics/broker_snapshot.h"
#include "model/groups/group_coordinator.h"
#include "model/topics/topic_registry.h"

namespace warren::net {

void addKafkaState(metrics::BrokerSnapshot &snap, const model::TopicRegistry &topics,
                   const model::GroupCoordinator &groups);

/// Lists the snapshot's stream queues (snap.queues of type "stream") as
/// one-partition logs in snap.streams / snap.streamPartitions.
void addStreamLogs(metrics::BrokerSnapshot &snap);

/// Decodes a consumer-protocol assignment (version, [topic, [partition]],
/// user data) into "topic-partition" strings; empty if it is not one.
QStringList decodeConsumerAssignment(const std::string &bytes);

} // namespace warren::net
