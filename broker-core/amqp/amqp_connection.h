#pragma once
// One AMQP 0-9-1 client connection: the handshake, the frame loop, channel
// table, heartbeats and closing — everything between the socket bytes and
// the channels, with no socket of its own.
//
// Thread: owned by one net::Session and used only on its worker thread. The
// session feeds it bytes (onBytes), inbox wake-ups (onInboxReady) and clock
// ticks (onTick), and writes out whatever output() holds afterwards. Errors
// are mapped to connection.close / channel.close in exactly one place, fail().

#include "amqp/amqp_channel.h"
#include "amqp/codec/frame.h"
#include "amqp/session_inbox.h"
#include "model/broker.h"

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>

namespace warren::amqp {

struct AmqpConfig {
    std::uint32_t frameMax = 131072;
    std::uint16_t channelMax = 2047;
    std::uint16_t heartbeatSeconds = 60;
    std::uint64_t maxMessageSize = 128ull * 1024 * 1024;
    std::string version = "0.1.0";
    std::string clusterName = "warren";
};

class AmqpConnection {
public:
    enum class State { AwaitHeader, AwaitStartOk, AwaitTuneOk, AwaitOpen, Open, Closing, Closed };

    /// `wake` is called from any thread when deliveries arrive; it must make
    /// the owning thread call onInboxReady() soon.
    AmqpConnection(model::Broker &broker, const AmqpConfig &config, model::ConnectionInfoPtr info,
                   bool peerIsLoopback, std::function<void()> wake);
    ~AmqpConnection();

    /// Processes whole frames from `data`; returns the bytes consumed (the
    /// caller keeps the rest for the next call).
    std::size_t onBytes(std::span<const std::byte> data, std::int64_t nowMs);
    /// Writes pending deliveries unless the socket is congested.
    void onInboxReady();
    /// Heartbeats, handshake and close timeouts.
    void onTick(std::int64_t nowMs);
    /// Broker-initiated close (shutdown, admin): connection.close with `code`.
    void closeByBroker(std::uint16_t code, const std::string &text, std::int64_t nowMs);
    /// The socket is gone: release consumers, requeue unacked, drop exclusive queues.
    void onTransportClosed();

    std::string &output() { return m_out; }
    /// The session wrote `bytes` of output to the socket at `nowMs`.
    void noteWritten(std::size_t bytes, std::int64_t nowMs)
    {
        m_info->bytesOut.fetch_add(bytes, std::memory_order_relaxed);
        m_lastSendMs = nowMs;
    }
    /// True once the socket should be closed after output is flushed.
    bool wantsTransportClose() const { return m_closeTransport; }
    /// The session sets this while the socket's write buffer is too full.
    void setWriteCongested(bool congested) { m_writeCongested = congested; }
    /// Blocked by a resource alarm (RabbitMQ's "blocked" connection state):
    /// the connection published while an alarm was raised, so nothing more
    /// is read from it until the alarms clear. onBytes consumes nothing meanwhile.
    bool readingBlocked() const { return m_blocked; }
    /// The broker's alarms changed: unblock (connection.unblocked) if all clear.
    void onAlarmsChanged(std::int64_t nowMs);
    State state() const { return m_state; }
    /// Milliseconds between ticks the session should use.
    static constexpr int kTickMs = 500;

    // --- used by channels
    model::Broker &broker() { return m_broker; }
    model::VirtualHost &vhost() { return *m_vhost; }
    ConnectionId id() const { return m_info->id; }
    std::uint32_t frameMax() const { return m_frameMax; }
    std::uint64_t maxMessageSize() const { return m_config.maxMessageSize; }
    bool clientSupportsCancelNotify() const { return m_cancelNotify; }
    const std::shared_ptr<SessionInbox> &inbox() const { return m_inbox; }
    std::string &out() { return m_out; }
    const std::string &user() const { return m_user; }
    /// Whether the user may act on the named resource in this vhost
    /// (RabbitMQ's configure/write/read patterns). Re-reads the user's
    /// permissions when the broker's access version moved: one atomic load
    /// otherwise, plus the regular-expression match.
    bool permits(model::Permission permission, const std::string &resourceName);
    /// Bumped whenever the user's permissions may have changed (for the
    /// channels' per-exchange publish-permission caches).
    std::uint64_t accessVersion() const { return m_broker.access().version(); }
    /// A connection-wide id for a channel's durability barrier.
    std::uint64_t nextBarrierId() { return m_nextBarrier++; }

private:
    void handleCompletions();
    void handleFrame(const FrameView &frame, std::int64_t nowMs);
    void handleConnectionMethod(Method &&method, std::int64_t nowMs);
    void handleChannelFrame(const FrameView &frame);
    void handleStartOk(const ConnectionStartOk &m);
    void handleTuneOk(const ConnectionTuneOk &m);
    void handleOpen(const ConnectionOpen &m);
    void sendStart();
    /// The single place where errors become wire closes.
    void fail(std::uint16_t channel, const AmqpError &error);
    void sendConnectionClose(const AmqpError &error);
    void closeChannel(std::uint16_t channel);
    void refuseLogin(const std::string &mechanism);
    /// A content frame arrived: during an alarm, block (RabbitMQ's publish_received).
    void publishReceived();

    model::Broker &m_broker;
    const AmqpConfig m_config;
    model::ConnectionInfoPtr m_info;
    const bool m_peerIsLoopback;
    std::shared_ptr<SessionInbox> m_inbox;

    State m_state = State::AwaitHeader;
    model::VirtualHost *m_vhost = nullptr;
    std::uint32_t m_frameMax;
    std::uint16_t m_channelMax;
    std::uint16_t m_heartbeat = 0;
    bool m_cancelNotify = false;
    bool m_blockedNotify = false; ///< client capability connection.blocked
    bool m_blocked = false;       ///< see readingBlocked()
    bool m_blockedSent = false;   ///< connection.blocked sent, unblocked not yet
    bool m_admitted = false;      ///< counted in the broker's connection limit
    bool m_authFailureClose = false;
    std::string m_user;
    model::VhostAccessPtr m_access;     ///< the user's permissions in m_vhost (null: none)
    std::uint64_t m_accessVersion = 0;  ///< AccessControl::version() m_access was read at

    std::unordered_map<std::uint16_t, std::unique_ptr<AmqpChannel>> m_channels;
    std::set<std::uint16_t> m_closingChannels; ///< server sent channel.close, awaiting close-ok

    std::string m_out;
    bool m_cleanedUp = false;
    bool m_closeTransport = false;
    bool m_writeCongested = false;
    bool m_discardInput = false;
    std::int64_t m_openedAtMs = -1;
    std::int64_t m_lastRecvMs = 0;
    std::int64_t m_lastSendMs = 0;
    std::int64_t m_closeSentAtMs = 0;
    std::vector<InboxItem> m_inboxScratch;
    std::vector<DurabilityCompletion> m_completionScratch;
    std::uint64_t m_nextBarrier = 1;
    std::vector<model::QueuePtr> m_pokes;
};

} // namespace warren::amqp
