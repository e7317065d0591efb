#include "kafka/kafka_connection.h"

#include "kafka/handlers/handlers.h"

#include "metrics/event_log.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKafka, "warren.kafka")

namespace warren::kafka {

namespace {
constexpr std::size_t kMaxPendingResponses = 512;
// Unsent response bytes past which no further request is read.
constexpr std::size_t kOutputHighWater = 4 * 1024 * 1024;
} // namespace

KafkaConnection::KafkaConnection(KafkaContext &context, model::ConnectionInfoPtr info, std::function<void()> wake)
    : m_ctx(context), m_info(std::move(info)), m_mailbox(std::make_shared<TaskMailbox>(std::move(wake)))
{
}

KafkaConnection::~KafkaConnection()
{
    onTransportClosed();
}

std::size_t KafkaConnection::onBytes(std::span<const std::byte> data, std::int64_t nowMs)
{
    m_nowMs = nowMs;
    if (m_closeTransport || m_closed)
        return data.size();
    std::size_t pos = 0;
    m_inputHeld = false;
    while (pos < data.size() && !m_closeTransport) {
        if (m_slots.size() >= kMaxPendingResponses)
            break; // stop reading until responses drain (bounded memory)
        if (holdingInput()) {
            m_inputHeld = true;
            break;
        }
        FrameDecode fd = decodeFrame(data.subspan(pos), m_ctx.config.maxRequestBytes);
        if (fd.status == FrameStatus::NeedMore)
            break;
        if (fd.status == FrameStatus::Error) {
            closeWithReason(fd.error.message);
            return data.size();
        }
        m_info->bytesIn.fetch_add(fd.consumed, std::memory_order_relaxed);
        pos += fd.consumed;
        handleRequest(fd.payload);
        if (m_mutedUntilMs > nowMs)
            break; // throttled: the rest waits until the mute is over
    }
    return pos;
}

bool KafkaConnection::holdingInput() const
{
    // A client that pipelines requests without reading the responses must
    // not make us buffer them without bound: Kafka reads a connection's next
    // request only once the previous one is answered and sent. We read none
    // while the output has not drained, nor while a long-poll Fetch is
    // parked (else pipelined Fetches would all complete at once, into
    // memory, when data arrives).
    return m_writeCongested || m_out.size() > kOutputHighWater || !m_parked.empty();
}

template <typename Req, typename Fn>
static void decodeAndRun(KafkaConnection &c, const RequestContext &ctx, std::span<const std::byte> body, Fn fn)
{
    auto req = decodeMessage<Req>(body, ctx.apiVersion);
    if (!req) {
        c.closeWithReason(req.error().message);
        return;
    }
    fn(c, ctx, std::move(*req));
}

void KafkaConnection::handleRequest(std::span<const std::byte> payload)
{
    if (m_sasl == SaslState::AwaitRawToken) {
        // After SaslHandshake v0 the token comes bare, without a request header.
        RequestContext raw;
        raw.slot = m_nextSlot++;
        m_slots.push_back(Slot{});
        handleRawSaslToken(*this, raw,
                           std::string(reinterpret_cast<const char *>(payload.data()), payload.size()));
        return;
    }
    std::size_t pos = 0;
    auto header = decodeRequestHeader(payload, pos);
    if (!header) {
        closeWithReason("malformed request header: " + header.error().message);
        return;
    }
    RequestContext ctx;
    ctx.slot = m_nextSlot++;
    ctx.apiKey = header->apiKey;
    ctx.apiVersion = header->apiVersion;
    ctx.correlationId = header->correlationId;
    ctx.clientId = header->clientId.value_or("");
    if (!m_identified) {
        // The first request names the client: the monitor shows it, and the
        // connection counts as opened from here.
        m_identified = true;
        m_info->setIdentity({}, {}, ctx.clientId, {});
        if (m_ctx.events)
            m_ctx.events->append(metrics::EventKind::Connection,
                                 "Kafka connection " + std::to_string(m_info->id.value) + " opened from " +
                                     m_info->peer + ": client id '" + ctx.clientId + "'");
    }
    m_slots.push_back(Slot{});
    const auto body = payload.subspan(pos);

    if (ctx.apiKey == ApiVersionsRequest::kApiKey && !isAdvertised(ctx.apiKey, ctx.apiVersion)) {
        // KIP-511: an ApiVersions version we do not know gets error 35 in a
        // v0 body, and the client retries with a version from the list.
        ApiVersionsResponse resp;
        resp.errorCode = errc::UNSUPPORTED_VERSION;
        resp.apiKeys = advertisedApis();
        RequestContext v0 = ctx;
        v0.apiVersion = 0;
        respond(v0, resp);
        return;
    }
    if (!isAdvertised(ctx.apiKey, ctx.apiVersion)) {
        closeWithReason("unsupported API " + std::string(apiName(ctx.apiKey)) + " (key " +
                        std::to_string(ctx.apiKey) + ") v" + std::to_string(ctx.apiVersion));
        return;
    }
    if (m_ctx.config.requireSasl && m_sasl != SaslState::Authenticated &&
        ctx.apiKey != ApiVersionsRequest::kApiKey && ctx.apiKey != SaslHandshakeRequest::kApiKey &&
        ctx.apiKey != SaslAuthenticateRequest::kApiKey) {
        closeWithReason("unexpected request " + std::string(apiName(ctx.apiKey)) + " before SASL authentication");
        return;
    }
    switch (ctx.apiKey) {
    case SaslHandshakeRequest::kApiKey: return decodeAndRun<SaslHandshakeRequest>(*this, ctx, body, handleSaslHandshake);
    case SaslAuthenticateRequest::kApiKey:
        return decodeAndRun<SaslAuthenticateRequest>(*this, ctx, body, handleSaslAuthenticate);
    case ApiVersionsRequest::kApiKey: return decodeAndRun<ApiVersionsRequest>(*this, ctx, body, handleApiVersions);
    case MetadataRequest::kApiKey: return decodeAndRun<MetadataRequest>(*this, ctx, body, handleMetadata);
    case ProduceRequest::kApiKey: return decodeAndRun<ProduceRequest>(*this, ctx, body, handleProduce);
    case FetchRequest::kApiKey: return decodeAndRun<FetchRequest>(*this, ctx, body, handleFetch);
    case ListOffsetsRequest::kApiKey: return decodeAndRun<ListOffsetsRequest>(*this, ctx, body, handleListOffsets);
    case CreateTopicsRequest::kApiKey: return decodeAndRun<CreateTopicsRequest>(*this, ctx, body, handleCreateTopics);
    case DeleteTopicsRequest::kApiKey: return decodeAndRun<DeleteTopicsRequest>(*this, ctx, body, handleDeleteTopics);
    case FindCoordinatorRequest::kApiKey:
        return decodeAndRun<FindCoordinatorRequest>(*this, ctx, body, handleFindCoordinator);
    case InitProducerIdRequest::kApiKey:
        return decodeAndRun<InitProducerIdRequest>(*this, ctx, body, handleInitProducerId);
    case JoinGroupRequest::kApiKey: return decodeAndRun<JoinGroupRequest>(*this, ctx, body, handleJoinGroup);
    case SyncGroupRequest::kApiKey: return decodeAndRun<SyncGroupRequest>(*this, ctx, body, handleSyncGroup);
    case HeartbeatRequest::kApiKey: return decodeAndRun<HeartbeatRequest>(*this, ctx, body, handleHeartbeat);
    case LeaveGroupRequest::kApiKey: return decodeAndRun<LeaveGroupRequest>(*this, ctx, body, handleLeaveGroup);
    case ListGroupsRequest::kApiKey: return decodeAndRun<ListGroupsRequest>(*this, ctx, body, handleListGroups);
    case DescribeGroupsRequest::kApiKey:
        return decodeAndRun<DescribeGroupsRequest>(*this, ctx, body, handleDescribeGroups);
    case OffsetCommitRequest::kApiKey: return decodeAndRun<OffsetCommitRequest>(*this, ctx, body, handleOffsetCommit);
    case OffsetFetchRequest::kApiKey: return decodeAndRun<OffsetFetchRequest>(*this, ctx, body, handleOffsetFetch);
    default:
        closeWithReason("API key " + std::to_string(ctx.apiKey) + " has no handler");
    }
}

void KafkaConnection::complete(std::uint64_t slot, std::string bytes)
{
    if (m_closed || slot < m_firstSlot || slot - m_firstSlot >= m_slots.size())
        return;
    Slot &s = m_slots[std::size_t(slot - m_firstSlot)];
    s.ready = true;
    s.bytes = std::move(bytes);
    flushReady();
}

void KafkaConnection::flushReady()
{
    while (!m_slots.empty() && m_slots.front().ready) {
        if (m_out.empty())
            m_out = std::move(m_slots.front().bytes); // usual case: no copy of a large response
        else
            m_out += m_slots.front().bytes;
        m_slots.pop_front();
        ++m_firstSlot;
    }
}

void KafkaConnection::closeWithReason(const std::string &reason)
{
    if (m_closeTransport)
        return;
    qCInfo(lcKafka) << "closing Kafka connection" << m_info->id.value << QString::fromStdString(m_info->peer) << ":"
                    << QString::fromStdString(reason);
    m_closeTransport = true;
    if (m_ctx.events)
        m_ctx.events->append(metrics::EventKind::ProtocolError,
                             "Kafka connection " + std::to_string(m_info->id.value) + " (" + m_info->peer +
                                 ") closed by the broker: " + reason);
}

void KafkaConnection::closeByBroker(const std::string &reason)
{
    if (m_closeTransport)
        return;
    qCInfo(lcKafka) << "closing Kafka connection" << m_info->id.value << QString::fromStdString(m_info->peer) << ":"
                    << QString::fromStdString(reason);
    m_closeTransport = true;
}

void KafkaConnection::park(std::shared_ptr<Parked> parked)
{
    m_parked.push_back(std::move(parked));
}

void KafkaConnection::retryParked(bool onlyExpired)
{
    if (m_parked.empty())
        return;
    auto parked = std::move(m_parked);
    m_parked.clear();
    for (auto &p : parked) {
        const bool expired = m_nowMs >= p->deadlineMs;
        if (onlyExpired && !expired) {
            m_parked.push_back(std::move(p));
            continue;
        }
        if (!p->retry(expired))
            m_parked.push_back(std::move(p));
        else if (p->cancel)
            p->cancel();
    }
}

void KafkaConnection::onWake(std::int64_t nowMs)
{
    m_nowMs = nowMs;
    m_mailbox->drain();
}

void KafkaConnection::onTick(std::int64_t nowMs)
{
    m_nowMs = nowMs;
    retryParked(true);
}

std::int64_t KafkaConnection::nextDeadlineMs() const
{
    std::int64_t next = m_mutedUntilMs > m_nowMs ? m_mutedUntilMs : -1;
    for (const auto &p : m_parked)
        if (next < 0 || p->deadlineMs < next)
            next = p->deadlineMs;
    return next;
}

void KafkaConnection::onTransportClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    m_mailbox->close();
    for (auto &p : m_parked)
        if (p->cancel)
            p->cancel();
    m_parked.clear();
    m_slots.clear();
}

} // namespace warren::kafka
