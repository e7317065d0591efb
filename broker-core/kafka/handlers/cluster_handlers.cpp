// ApiVersions, Metadata, FindCoordinator, InitProducerId: the cluster-level
// requests. Warren is a one-node cluster: node `nodeId` leads every partition.
#include "kafka/handlers/handlers.h"

#include "kafka/codec/error_codes.h"

#include <algorithm>

namespace warren::kafka {

namespace {
// APIs with a handler; the transaction APIs the codec knows are not
// advertised until the broker implements them.
bool hasHandler(std::int16_t key)
{
    switch (key) {
    case 0: case 1: case 2: case 3: case 8: case 9: case 10: case 11: case 12: case 13: case 14:
    case 15: case 16: case 17: case 18: case 19: case 20: case 22: case 36:
        return true;
    default:
        return false;
    }
}
} // namespace

std::vector<ApiVersionsResponse::ApiVersion> advertisedApis()
{
    std::vector<ApiVersionsResponse::ApiVersion> out;
    for (const ApiRange &r : apiSupport())
        if (hasHandler(r.key))
            out.push_back(ApiVersionsResponse::ApiVersion{r.key, r.minVersion, r.maxVersion});
    return out;
}

bool isAdvertised(std::int16_t apiKey, std::int16_t apiVersion)
{
    return hasHandler(apiKey) && isSupported(apiKey, apiVersion);
}

void handleApiVersions(KafkaConnection &c, const RequestContext &ctx, ApiVersionsRequest &&)
{
    ApiVersionsResponse resp;
    resp.apiKeys = advertisedApis();
    c.respond(ctx, resp);
}

void handleMetadata(KafkaConnection &c, const RequestContext &ctx, MetadataRequest &&req)
{
    KafkaContext &k = c.context();
    MetadataResponse resp;
    resp.brokers.push_back(MetadataResponse::Broker{k.config.nodeId, k.config.advertisedHost,
                                                    c.advertisedPort(), std::nullopt});
    resp.clusterId = k.config.clusterId;
    resp.controllerId = k.config.nodeId;

    auto describe = [&](const model::TopicPtr &t) {
        MetadataResponse::Topic mt;
        mt.name = t->name;
        for (const auto &p : t->partitions) {
            MetadataResponse::Topic::Partition mp;
            mp.partitionIndex = p->index();
            mp.leaderId = k.config.nodeId;
            mp.leaderEpoch = 0;
            mp.replicaNodes = {k.config.nodeId};
            mp.isrNodes = {k.config.nodeId};
            mt.partitions.push_back(std::move(mp));
        }
        return mt;
    };

    // v0: an empty list means all topics; v1+: null means all, empty means none.
    const bool all = !req.topics || (ctx.apiVersion == 0 && req.topics->empty());
    if (all) {
        for (const auto &t : k.topics.list())
            resp.topics.push_back(describe(t));
    } else {
        for (const auto &rt : *req.topics) {
            model::TopicPtr t = k.topics.find(rt.name);
            if (!t && req.allowAutoTopicCreation && k.topics.defaults().autoCreate) {
                auto created = k.topics.create(rt.name, -1, {});
                t = created.topic ? created.topic : k.topics.find(rt.name); // a racing create is fine
            }
            if (t) {
                resp.topics.push_back(describe(t));
                continue;
            }
            MetadataResponse::Topic missing;
            missing.name = rt.name;
            missing.errorCode = model::TopicRegistry::isValidName(rt.name) ? errc::UNKNOWN_TOPIC_OR_PARTITION
                                                                           : errc::INVALID_TOPIC_EXCEPTION;
            resp.topics.push_back(std::move(missing));
        }
    }
    c.respond(ctx, resp);
}

void handleFindCoordinator(KafkaConnection &c, const RequestContext &ctx, FindCoordinatorRequest &&)
{
    const KafkaConfig &cfg = c.context().config;
    FindCoordinatorResponse resp;
    resp.nodeId = cfg.nodeId;
    resp.host = cfg.advertisedHost;
    resp.port = c.advertisedPort();
    c.respond(ctx, resp);
}

void handleInitProducerId(KafkaConnection &c, const RequestContext &ctx, InitProducerIdRequest &&)
{
    InitProducerIdResponse resp;
    resp.producerId = c.context().nextProducerId.fetch_add(1);
    resp.producerEpoch = 0;
    c.respond(ctx, resp);
}

} // namespace warren::kafka
