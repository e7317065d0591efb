// CreateTopics and DeleteTopics.
#include "kafka/handlers/handlers.h"

#include "kafka/codec/error_codes.h"

namespace warren::kafka {

namespace {
std::int16_t toKafkaError(model::TopicRegistry::Error e)
{
    using E = model::TopicRegistry::Error;
    switch (e) {
    case E::None: return errc::NONE;
    case E::AlreadyExists: return errc::TOPIC_ALREADY_EXISTS;
    case E::InvalidName: return errc::INVALID_TOPIC_EXCEPTION;
    case E::InvalidPartitions: return errc::INVALID_PARTITIONS;
    case E::InvalidConfig: return errc::INVALID_CONFIG;
    case E::UnknownTopic: return errc::UNKNOWN_TOPIC_OR_PARTITION;
    case E::Storage: return errc::KAFKA_STORAGE_ERROR;
    // Kafka refuses what a CreateTopicPolicy forbids with POLICY_VIOLATION.
    case E::LimitReached: return errc::POLICY_VIOLATION;
    }
    return errc::UNKNOWN_SERVER_ERROR;
}
} // namespace

void handleCreateTopics(KafkaConnection &c, const RequestContext &ctx, CreateTopicsRequest &&req)
{
    CreateTopicsResponse resp;
    for (const auto &t : req.topics) {
        CreateTopicsResponse::Topic out;
        out.name = t.name;
        if (t.replicationFactor > 1) {
            out.errorCode = errc::INVALID_REPLICATION_FACTOR;
            out.errorMessage = "Replication factor: " + std::to_string(t.replicationFactor) +
                               " larger than available brokers: 1.";
        } else if (!t.assignments.empty() && t.numPartitions != -1) {
            out.errorCode = errc::INVALID_REQUEST;
            out.errorMessage = "Both numPartitions or replicationFactor and replicasAssignments were set.";
        } else {
            std::map<std::string, std::string> configs;
            for (const auto &cfg : t.configs)
                if (cfg.value)
                    configs[cfg.name] = *cfg.value;
            const std::int32_t partitions =
                t.assignments.empty() ? t.numPartitions : std::int32_t(t.assignments.size());
            auto r = c.context().topics.create(t.name, partitions, configs, req.validateOnly);
            out.errorCode = toKafkaError(r.error);
            if (r.error != model::TopicRegistry::Error::None)
                out.errorMessage = r.message;
        }
        resp.topics.push_back(std::move(out));
    }
    c.respond(ctx, resp);
}

void handleDeleteTopics(KafkaConnection &c, const RequestContext &ctx, DeleteTopicsRequest &&req)
{
    DeleteTopicsResponse resp;
    for (const auto &name : req.topicNames) {
        DeleteTopicsResponse::Result r;
        r.name = name;
        r.errorCode = toKafkaError(c.context().topics.remove(name));
        resp.responses.push_back(std::move(r));
    }
    c.respond(ctx, resp);
}

} // namespace warren::kafka
