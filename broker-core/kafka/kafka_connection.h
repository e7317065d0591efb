#pragma once
// One Kafka client connection: size-prefixed framing, request headers,
// dispatch by API key to the handlers in handlers/, and responses written in
// request order even when handlers finish out of order (acks=all produce
// waiting for a flush, long-poll fetch, join/sync waiting for a rebalance).
//
// Thread: owned by one net::KafkaSession and used only on its worker thread.
// Completions from other threads arrive through post() (a TaskMailbox) and
// run on this thread. Requests are processed as they arrive (pipelined);
// their responses are queued in slots and leave strictly in order.

#include "common/task_mailbox.h"
#include "kafka/codec/message.h"
#include "kafka/kafka_context.h"
#include "model/broker.h"

#include <deque>
#include <functional>
#include <memory>
#include <string>

namespace warren::kafka {

/// Identifies one request while its response is pending.
struct RequestContext {
    std::uint64_t slot = 0;
    std::int16_t apiKey = 0;
    std::int16_t apiVersion = 0;
    std::int32_t correlationId = 0;
    std::string clientId;
};

class KafkaConnection {
public:
    KafkaConnection(KafkaContext &context, model::ConnectionInfoPtr info, std::function<void()> wake);
    ~KafkaConnection();

    /// Processes whole requests in `data`; returns the bytes consumed.
    std::size_t onBytes(std::span<const std::byte> data, std::int64_t nowMs);
    /// Runs completions posted from other threads.
    void onWake(std::int64_t nowMs);
    /// Expires long-poll fetches whose wait is over.
    void onTick(std::int64_t nowMs);
    /// The earliest time onTick should run again, or -1.
    std::int64_t nextDeadlineMs() const;
    void onTransportClosed();

    std::string &output() { return m_out; }
    bool wantsTransportClose() const { return m_closeTransport; }
    /// The socket holds too many unsent bytes: read no further request.
    void setWriteCongested(bool on) { m_writeCongested = on; }
    /// The last onBytes stopped short because of unsent output; call it
    /// again (with the rest) once the output is written.
    bool inputHeld() const { return m_inputHeld; }
    /// Whether onBytes would hold input now (unsent output, congestion, a
    /// parked Fetch): the socket need not be read meanwhile.
    bool holdingInput() const;
    void noteWritten(std::size_t bytes) { m_info->bytesOut.fetch_add(bytes, std::memory_order_relaxed); }
    /// Kafka's quota throttling: no further request is read for `ms`.
    void muteFor(std::int32_t ms) { m_mutedUntilMs = std::max(m_mutedUntilMs, m_nowMs + ms); }
    /// Until when (the session's clock) requests are not read; in the past = not muted.
    std::int64_t mutedUntilMs() const { return m_mutedUntilMs; }

    // --- for handlers
    KafkaContext &context() { return m_ctx; }
    const model::ConnectionInfo &info() const { return *m_info; }
    /// The port this client reaches the broker on, as Metadata names it:
    /// the TLS listener's for a TLS connection.
    std::int32_t advertisedPort() const
    {
        return m_info->tls ? m_ctx.config.advertisedTlsPort : m_ctx.config.advertisedPort;
    }
    std::int64_t nowMs() const { return m_nowMs; }
    /// Encodes the response of the request `ctx` and sends it when all
    /// earlier responses have gone.
    template <typename Response>
    void respond(const RequestContext &ctx, const Response &response)
    {
        std::string bytes;
        appendResponseFrame(bytes, ctx.correlationId, ctx.apiVersion, response);
        complete(ctx.slot, std::move(bytes));
    }
    /// The request gets no response (Produce with acks=0).
    void respondNothing(const RequestContext &ctx) { complete(ctx.slot, std::string()); }
    /// Runs `task` on this connection's thread; safe from any thread.
    void post(std::function<void()> task) { m_mailbox->post(std::move(task)); }
    /// A shared handle that stays valid after the connection is gone; posting
    /// through it then does nothing.
    std::shared_ptr<TaskMailbox> mailbox() const { return m_mailbox; }
    /// Drops the connection (protocol violation), after pending output.
    void closeWithReason(const std::string &reason);
    /// Drops the connection because the broker wants it gone (shutdown, the
    /// monitor's "close connection"); not a protocol error.
    void closeByBroker(const std::string &reason);

    /// A long-poll fetch that waits for data or its deadline. `retry` is
    /// called on this thread on every wake-up and at the deadline (with
    /// expired = true); it returns true once it has responded.
    struct Parked {
        std::int64_t deadlineMs = 0;
        std::function<bool(bool expired)> retry;
        std::function<void()> cancel; ///< deregisters partition waiters
    };
    void park(std::shared_ptr<Parked> parked);
    /// Re-runs parked fetches (all, or only those past their deadline).
    void retryParked(bool onlyExpired);

    // --- SASL (handlers/sasl_handlers.cpp)
    enum class SaslState { None, AwaitRawToken, AwaitAuthenticate, Authenticated };
    SaslState saslState() const { return m_sasl; }
    void setSaslState(SaslState state) { m_sasl = state; }
    /// A SASL v0 reply: size-prefixed bytes with no Kafka response header.
    void respondRaw(const RequestContext &ctx, const std::string &bytes);
    /// Checks a PLAIN token (authzid NUL user NUL password) against the
    /// users; on success records the user on the connection.
    bool authenticatePlain(const std::string &token, std::string *why);

private:
    struct Slot {
        bool ready = false;
        std::string bytes;
    };
    void handleRequest(std::span<const std::byte> payload);
    void complete(std::uint64_t slot, std::string bytes);
    void flushReady();

    KafkaContext &m_ctx;
    model::ConnectionInfoPtr m_info;
    std::shared_ptr<TaskMailbox> m_mailbox;

    std::deque<Slot> m_slots;       // pending responses; front = m_firstSlot
    std::uint64_t m_firstSlot = 0;
    std::uint64_t m_nextSlot = 0;
    std::vector<std::shared_ptr<Parked>> m_parked;

    std::string m_out;
    bool m_closeTransport = false;
    bool m_closed = false;
    bool m_writeCongested = false;
    bool m_inputHeld = false;
    bool m_identified = false; ///< client id recorded (first request)
    SaslState m_sasl = SaslState::None;
    std::int64_t m_nowMs = 0;
    std::int64_t m_mutedUntilMs = 0; ///< muteFor()
};

} // namespace warren::kafka
