"""Warren's description of the Kafka messages it speaks, request and response
bodies, limited to the version ranges Warren advertises.

Read by gen_messages.py. Field facts (names, order, versions, nullability,
defaults) were checked against Apache Kafka's protocol definitions; the
notation is Warren's own:

  F(name, type, versions="0+", nullable=None, default=None)
      type: int8 int16 int32 int64 bool string bytes records
            []int32 []int64 []string
      nullable: version range in which null is allowed on the wire
      default: value a decoder leaves when the field is absent in a version
               (C++ literal, or "null" for nullable strings)
  S(name, struct, fields, versions="0+", nullable=None)
      an array of structs; `struct` names the nested C++ type

Version ranges: "0+", "3+", "0-3", "1". `flexible` is the first flexible
version of the API in Kafka (None if it has none): compact strings/arrays and
tagged fields from there on. Only ApiVersions v3 is both flexible and inside
Warren's range; the others are listed so request headers of newer versions
still parse.
"""


class F:
    def __init__(self, name, type, versions="0+", nullable=None, default=None):
        self.name, self.type, self.versions = name, type, versions
        self.nullable, self.default = nullable, default
        self.fields = None


class S(F):
    def __init__(self, name, struct, fields, versions="0+", nullable=None):
        super().__init__(name, "[]" + struct, versions, nullable)
        self.struct, self.fields = struct, fields


class Api:
    def __init__(self, name, key, min_version, max_version, flexible, request, response):
        self.name, self.key = name, key
        self.min_version, self.max_version, self.flexible = min_version, max_version, flexible
        self.request, self.response = request, response


APIS = [
    Api("Produce", 0, 0, 7, 9,
        request=[
            F("transactionalId", "string", "3+", nullable="3+", default="null"),
            F("acks", "int16"),
            F("timeoutMs", "int32"),
            S("topics", "Topic", [
                F("name", "string"),
                S("partitions", "Partition", [
                    F("index", "int32"),
                    F("records", "records", nullable="0+"),
                ]),
            ]),
        ],
        response=[
            S("responses", "Topic", [
                F("name", "string"),
                S("partitions", "Partition", [
                    F("index", "int32"),
                    F("errorCode", "int16"),
                    F("baseOffset", "int64"),
                    F("logAppendTimeMs", "int64", "2+", default="-1"),
                    F("logStartOffset", "int64", "5+", default="-1"),
                ]),
            ]),
            F("throttleTimeMs", "int32", "1+"),
        ]),
    Api("Fetch", 1, 0, 11, 12,
        request=[
            F("replicaId", "int32", default="-1"),
            F("maxWaitMs", "int32"),
            F("minBytes", "int32"),
            F("maxBytes", "int32", "3+", default="0x7fffffff"),
            F("isolationLevel", "int8", "4+"),
            F("sessionId", "int32", "7+"),
            F("sessionEpoch", "int32", "7+", default="-1"),
            S("topics", "Topic", [
                F("topic", "string"),
                S("partitions", "Partition", [
                    F("partition", "int32"),
                    F("currentLeaderEpoch", "int32", "9+", default="-1"),
                    F("fetchOffset", "int64"),
                    F("logStartOffset", "int64", "5+", default="-1"),
                    F("partitionMaxBytes", "int32"),
                ]),
            ]),
            S("forgottenTopicsData", "ForgottenTopic", [
                F("topic", "string"),
                F("partitions", "[]int32"),
            ], versions="7+"),
            F("rackId", "string", "11+"),
        ],
        response=[
            F("throttleTimeMs", "int32", "1+"),
            F("errorCode", "int16", "7+"),
            F("sessionId", "int32", "7+"),
            S("responses", "Topic", [
                F("topic", "string"),
                S("partitions", "Partition", [
                    F("partitionIndex", "int32"),
                    F("errorCode", "int16"),
                    F("highWatermark", "int64"),
                    F("lastStableOffset", "int64", "4+", default="-1"),
                    F("logStartOffset", "int64", "5+", default="-1"),
                    S("abortedTransactions", "AbortedTransaction", [
                        F("producerId", "int64"),
                        F("firstOffset", "int64"),
                    ], versions="4+", nullable="4+"),
                    F("preferredReadReplica", "int32", "11+", default="-1"),
                    F("records", "records", nullable="0+"),
                ]),
            ]),
        ]),
    Api("ListOffsets", 2, 0, 5, 6,
        request=[
            F("replicaId", "int32"),
            F("isolationLevel", "int8", "2+"),
            S("topics", "Topic", [
                F("name", "string"),
                S("partitions", "Partition", [
                    F("partitionIndex", "int32"),
                    F("currentLeaderEpoch", "int32", "4+", default="-1"),
                    F("timestamp", "int64"),
                    F("maxNumOffsets", "int32", "0", default="1"),
                ]),
            ]),
        ],
        response=[
            F("throttleTimeMs", "int32", "2+"),
            S("topics", "Topic", [
                F("name", "string"),
                S("partitions", "Partition", [
                    F("partitionIndex", "int32"),
                    F("errorCode", "int16"),
                    F("oldStyleOffsets", "[]int64", "0"),
                    F("timestamp", "int64", "1+", default="-1"),
                    F("offset", "int64", "1+", default="-1"),
                    F("leaderEpoch", "int32", "4+", default="-1"),
                ]),
            ]),
        ]),
    Api("Metadata", 3, 0, 8, 9,
        request=[
            # v0: an empty list means all topics; v1+: null means all topics.
            S("topics", "Topic", [
                F("name", "string"),
            ], nullable="1+"),
            F("allowAutoTopicCreation", "bool", "4+", default="true"),
            F("includeClusterAuthorizedOperations", "bool", "8+"),
            F("includeTopicAuthorizedOperations", "bool", "8+"),
        ],
        response=[
            F("throttleTimeMs", "int32", "3+"),
            S("brokers", "Broker", [
                F("nodeId", "int32"),
                F("host", "string"),
                F("port", "int32"),
                F("rack", "string", "1+", nullable="1+", default="null"),
            ]),
            F("clusterId", "string", "2+", nullable="2+", default="null"),
            F("controllerId", "int32", "1+", default="-1"),
            S("topics", "Topic", [
                F("errorCode", "int16"),
                F("name", "string"),
                F("isInternal", "bool", "1+"),
                S("partitions", "Partition", [
                    F("errorCode", "int16"),
                    F("partitionIndex", "int32"),
                    F("leaderId", "int32"),
                    F("leaderEpoch", "int32", "7+", default="-1"),
                    F("replicaNodes", "[]int32"),
                    F("isrNodes", "[]int32"),
                    F("offlineReplicas", "[]int32", "5+"),
                ]),
                F("topicAuthorizedOperations", "int32", "8+", default="-2147483647 - 1"),
            ]),
            F("clusterAuthorizedOperations", "int32", "8+", default="-2147483647 - 1"),
        ]),
    Api("OffsetCommit", 8, 0, 7, 8,
        request=[
            F("groupId", "string"),
            F("generationId", "int32", "1+", default="-1"),
            F("memberId", "string", "1+"),
            F("groupInstanceId", "string", "7+", nullable="7+", default="null"),
            F("retentionTimeMs", "int64", "2-4", default="-1"),
            S("topics", "Topic", [
                F("name", "string"),
                S("partitions", "Partition", [
                    F("partitionIndex", "int32"),
                    F("committedOffset", "int64"),
                    F("committedLeaderEpoch", "int32", "6+", default="-1"),
                    F("commitTimestamp", "int64", "1", default="-1"),
                    F("committedMetadata", "string", nullable="0+"),
                ]),
            ]),
        ],
        response=[
            F("throttleTimeMs", "int32", "3+"),
            S("topics", "Topic", [
                F("name", "string"),
                S("partitions", "Partition", [
                    F("partitionIndex", "int32"),
                    F("errorCode", "int16"),
                ]),
            ]),
        ]),
    Api("OffsetFetch", 9, 0, 5, 6,
        request=[
            F("groupId", "string"),
            # v2+: null means all committed offsets of the group.
            S("topics", "Topic", [
                F("name", "string"),
                F("partitionIndexes", "[]int32"),
            ], nullable="2+"),
        ],
        response=[
            F("throttleTimeMs", "int32", "3+"),
            S("topics", "Topic", [
                F("name", "string"),
                S("partitions", "Partition", [
                    F("partitionIndex", "int32"),
                    F("committedOffset", "int64"),
                    F("committedLeaderEpoch", "int32", "5+", default="-1"),
                    F("metadata", "string", nullable="0+"),
                    F("errorCode", "int16"),
                ]),
            ]),
            F("errorCode", "int16", "2+"),
        ]),
    Api("FindCoordinator", 10, 0, 2, 3,
        request=[
            F("key", "string"),
            F("keyType", "int8", "1+"),
        ],
        response=[
            F("throttleTimeMs", "int32", "1+"),
            F("errorCode", "int16"),
            F("errorMessage", "string", "1+", nullable="1+", default="null"),
            F("nodeId", "int32"),
            F("host", "string"),
            F("port", "int32"),
        ]),
    Api("JoinGroup", 11, 0, 5, 6,
        request=[
            F("groupId", "string"),
            F("sessionTimeoutMs", "int32"),
            F("rebalanceTimeoutMs", "int32", "1+", default="-1"),
            F("memberId", "string"),
            F("groupInstanceId", "string", "5+", nullable="5+", default="null"),
            F("protocolType", "string"),
            S("protocols", "Protocol", [
                F("name", "string"),
                F("metadata", "bytes"),
            ]),
        ],
        response=[
            F("throttleTimeMs", "int32", "2+"),
            F("errorCode", "int16"),
            F("generationId", "int32", default="-1"),
            F("protocolName", "string"),
            F("leader", "string"),
            F("memberId", "string"),
            S("members", "Member", [
                F("memberId", "string"),
                F("groupInstanceId", "string", "5+", nullable="5+", default="null"),
                F("metadata", "bytes"),
            ]),
        ]),
    Api("Heartbeat", 12, 0, 3, 4,
        request=[
            F("groupId", "string"),
            F("generationId", "int32"),
            F("memberId", "string"),
            F("groupInstanceId", "string", "3+", nullable="3+", default="null"),
        ],
        response=[
            F("throttleTimeMs", "int32", "1+"),
            F("errorCode", "int16"),
        ]),
    Api("LeaveGroup", 13, 0, 3, 4,
        request=[
            F("groupId", "string"),
            F("memberId", "string", "0-2"),
            S("members", "Member", [
                F("memberId", "string"),
                F("groupInstanceId", "string", nullable="3+", default="null"),
            ], versions="3+"),
        ],
        response=[
            F("throttleTimeMs", "int32", "1+"),
            F("errorCode", "int16"),
            S("members", "Member", [
                F("memberId", "string"),
                F("groupInstanceId", "string", nullable="3+", default="null"),
                F("errorCode", "int16"),
            ], versions="3+"),
        ]),
    Api("SyncGroup", 14, 0, 3, 4,
        request=[
            F("groupId", "string"),
            F("generationId", "int32"),
            F("memberId", "string"),
            F("groupInstanceId", "string", "3+", nullable="3+", default="null"),
            S("assignments", "Assignment", [
                F("memberId", "string"),
                F("assignment", "bytes"),
            ]),
        ],
        response=[
            F("throttleTimeMs", "int32", "1+"),
            F("errorCode", "int16"),
            F("assignment", "bytes"),
        ]),
    Api("DescribeGroups", 15, 0, 4, 5,
        request=[
            F("groups", "[]string"),
            F("includeAuthorizedOperations", "bool", "3+"),
        ],
        response=[
            F("throttleTimeMs", "int32", "1+"),
            S("groups", "Group", [
                F("errorCode", "int16"),
                F("groupId", "string"),
                F("groupState", "string"),
                F("protocolType", "string"),
                F("protocolData", "string"),
                S("members", "Member", [
                    F("memberId", "string"),
                    F("groupInstanceId", "string", "4+", nullable="4+", default="null"),
                    F("clientId", "string"),
                    F("clientHost", "string"),
                    F("memberMetadata", "bytes"),
                    F("memberAssignment", "bytes"),
                ]),
                F("authorizedOperations", "int32", "3+", default="-2147483647 - 1"),
            ]),
        ]),
    Api("SaslHandshake", 17, 0, 1, None,
        request=[
            F("mechanism", "string"),
        ],
        response=[
            F("errorCode", "int16"),
            F("mechanisms", "[]string"),
        ]),
    Api("ListGroups", 16, 0, 2, 3,
        request=[],
        response=[
            F("throttleTimeMs", "int32", "1+"),
            F("errorCode", "int16"),
            S("groups", "Group", [
                F("groupId", "string"),
                F("protocolType", "string"),
            ]),
        ]),
    Api("ApiVersions", 18, 0, 3, 3,
        request=[
            F("clientSoftwareName", "string", "3+"),
            F("clientSoftwareVersion", "string", "3+"),
        ],
        # v3 tagged fields (SupportedFeatures 0, FinalizedFeaturesEpoch 1,
        # FinalizedFeatures 2, ZkMigrationReady 3) are skipped when read and
        # not written: clients treat them as absent.
        response=[
            F("errorCode", "int16"),
            S("apiKeys", "ApiVersion", [
                F("apiKey", "int16"),
                F("minVersion", "int16"),
                F("maxVersion", "int16"),
            ]),
            F("throttleTimeMs", "int32", "1+"),
        ]),
    Api("CreateTopics", 19, 0, 4, 5,
        request=[
            S("topics", "Topic", [
                F("name", "string"),
                F("numPartitions", "int32"),
                F("replicationFactor", "int16"),
                S("assignments", "Assignment", [
                    F("partitionIndex", "int32"),
                    F("brokerIds", "[]int32"),
                ]),
                S("configs", "Config", [
                    F("name", "string"),
                    F("value", "string", nullable="0+"),
                ]),
            ]),
            F("timeoutMs", "int32", default="60000"),
            F("validateOnly", "bool", "1+"),
        ],
        response=[
            F("throttleTimeMs", "int32", "2+"),
            S("topics", "Topic", [
                F("name", "string"),
                F("errorCode", "int16"),
                F("errorMessage", "string", "1+", nullable="0+", default="null"),
            ]),
        ]),
    Api("DeleteTopics", 20, 0, 3, 4,
        request=[
            F("topicNames", "[]string"),
            F("timeoutMs", "int32"),
        ],
        response=[
            F("throttleTimeMs", "int32", "1+"),
            S("responses", "Result", [
                F("name", "string"),
                F("errorCode", "int16"),
            ]),
        ]),
    Api("InitProducerId", 22, 0, 1, 2,
        request=[
            F("transactionalId", "string", nullable="0+", default="null"),
            F("transactionTimeoutMs", "int32"),
        ],
        response=[
            F("throttleTimeMs", "int32"),
            F("errorCode", "int16"),
            F("producerId", "int64", default="-1"),
            F("producerEpoch", "int16"),
        ]),
    Api("AddPartitionsToTxn", 24, 0, 1, 3,
        request=[
            F("transactionalId", "string"),
            F("producerId", "int64"),
            F("producerEpoch", "int16"),
            S("topics", "Topic", [
                F("name", "string"),
                F("partitions", "[]int32"),
            ]),
        ],
        response=[
            F("throttleTimeMs", "int32"),
            S("results", "TopicResult", [
                F("name", "string"),
                S("partitions", "PartitionResult", [
                    F("partitionIndex", "int32"),
                    F("errorCode", "int16"),
                ]),
            ]),
        ]),
    Api("AddOffsetsToTxn", 25, 0, 1, 3,
        request=[
            F("transactionalId", "string"),
            F("producerId", "int64"),
            F("producerEpoch", "int16"),
            F("groupId", "string"),
        ],
        response=[
            F("throttleTimeMs", "int32"),
            F("errorCode", "int16"),
        ]),
    Api("EndTxn", 26, 0, 1, 3,
        request=[
            F("transactionalId", "string"),
            F("producerId", "int64"),
            F("producerEpoch", "int16"),
            F("committed", "bool"),
        ],
        response=[
            F("throttleTimeMs", "int32"),
            F("errorCode", "int16"),
        ]),
    Api("TxnOffsetCommit", 28, 0, 2, 3,
        request=[
            F("transactionalId", "string"),
            F("groupId", "string"),
            F("producerId", "int64"),
            F("producerEpoch", "int16"),
            S("topics", "Topic", [
                F("name", "string"),
                S("partitions", "Partition", [
                    F("partitionIndex", "int32"),
                    F("committedOffset", "int64"),
                    F("committedLeaderEpoch", "int32", "2+", default="-1"),
                    F("committedMetadata", "string", nullable="0+"),
                ]),
            ]),
        ],
        response=[
            F("throttleTimeMs", "int32"),
            S("topics", "Topic", [
                F("name", "string"),
                S("partitions", "Partition", [
                    F("partitionIndex", "int32"),
                    F("errorCode", "int16"),
                ]),
            ]),
        ]),
    Api("SaslAuthenticate", 36, 0, 1, 2,
        request=[
            F("authBytes", "bytes"),
        ],
        response=[
            F("errorCode", "int16"),
            F("errorMessage", "string", nullable="0+", default="null"),
            F("authBytes", "bytes"),
            F("sessionLifetimeMs", "int64", "1+"),
        ]),
]
