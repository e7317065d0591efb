#include "amqp/amqp_connection.h"

#include "amqp/codec/field_table_codec.h"
#include "amqp/codec/reply_codes.h"
#include "amqp/server_properties.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAmqp, "warren.amqp")

namespace warren::amqp {

namespace {
constexpr std::int64_t kHandshakeTimeoutMs = 10000;
constexpr std::int64_t kCloseOkTimeoutMs = 3000;
constexpr std::uint32_t kMinFrameMax = 4096;

std::span<const std::byte> bytesOf(const std::string &s)
{
    return std::as_bytes(std::span(s.data(), s.size()));
}

std::string stringField(const FieldTable &t, std::string_view key)
{
    if (const FieldValue *v = t.find(key))
        if (const std::string *s = v->asString())
            return *s;
    return {};
}

// RabbitMQ's unexpected_frame error (505): a frame that has no place here,
// e.g. "UNEXPECTED_FRAME - type 8, all octets = <<>>".
AmqpError unexpectedFrame(const FrameView &frame)
{
    const bool whole = frame.payload.size() <= 16;
    std::string text = "UNEXPECTED_FRAME - type " + std::to_string(int(frame.type)) +
                       (whole ? ", all octets = " : ", first 16 octets = ");
    appendErlangBinary(text, whole ? frame.payload : frame.payload.first(16));
    return AmqpError{reply::UnexpectedFrame, text, 0, 0};
}

bool isAccessRequest(std::span<const std::byte> payload)
{
    return payload.size() >= 4 && payload[0] == std::byte{0} && payload[1] == std::byte{30} &&
           payload[2] == std::byte{0} && payload[3] == std::byte{10};
}

// "connection 7 (127.0.0.1:50312): channel 1 closed by the broker: 404 NOT_FOUND - …", for the event log.
void recordClose(model::Broker &broker, const model::ConnectionInfo &info, std::uint16_t channel,
                 const AmqpError &error)
{
    broker.events().append(metrics::EventKind::ProtocolError,
                           "connection " + std::to_string(info.id.value) + " (" + info.peer + "): " +
                               (channel == 0 || isConnectionError(error.replyCode)
                                    ? std::string("connection")
                                    : "channel " + std::to_string(channel)) +
                               " closed by the broker: " + std::to_string(error.replyCode) + " " + error.replyText);
}

bool capability(const FieldTable &clientProperties, std::string_view name)
{
    const FieldValue *caps = clientProperties.find("capabilities");
    const FieldTable *t = caps ? caps->asTable() : nullptr;
    const FieldValue *v = t ? t->find(name) : nullptr;
    const bool *b = v ? v->asBool() : nullptr;
    return b && *b;
}
} // namespace

AmqpConnection::AmqpConnection(model::Broker &broker, const AmqpConfig &config, model::ConnectionInfoPtr info,
                               bool peerIsLoopback, std::function<void()> wake)
    : m_broker(broker), m_config(config), m_info(std::move(info)), m_peerIsLoopback(peerIsLoopback),
      m_inbox(std::make_shared<SessionInbox>(std::move(wake))), m_frameMax(config.frameMax),
      m_channelMax(config.channelMax)
{
}

AmqpConnection::~AmqpConnection()
{
    onTransportClosed();
}

// ------------------------------------------------------------------ input

std::size_t AmqpConnection::onBytes(std::span<const std::byte> data, std::int64_t nowMs)
{
    if (m_blocked)
        return 0; // held until the alarms clear
    if (m_openedAtMs < 0)
        m_openedAtMs = nowMs;
    m_lastRecvMs = nowMs;
    m_info->bytesIn.fetch_add(data.size(), std::memory_order_relaxed);
    if (m_discardInput || m_state == State::Closed)
        return data.size();

    std::size_t pos = 0;
    if (m_state == State::AwaitHeader) {
        switch (checkProtocolHeader(data)) {
        case HeaderCheck::NeedMore:
            return 0;
        case HeaderCheck::Mismatch:
            // Answer with the protocol we speak, then close (AMQP 0-9-1 §4.2.2).
            m_out.append(kProtocolHeader.data(), kProtocolHeader.size());
            m_closeTransport = true;
            m_discardInput = true;
            return data.size();
        case HeaderCheck::Ok:
            pos = kProtocolHeader.size();
            sendStart();
            m_state = State::AwaitStartOk;
            break;
        }
    }

    while (pos < data.size() && !m_discardInput && !m_closeTransport && !m_blocked) {
        FrameDecode fd = decodeFrame(data.subspan(pos), m_frameMax);
        if (fd.status == DecodeStatus::NeedMore)
            break;
        if (fd.status == DecodeStatus::Error) {
            fail(0, fd.error);
            m_discardInput = true;
            return data.size();
        }
        pos += fd.consumed;
        handleFrame(fd.frame, nowMs);
    }
    for (auto &[id, ch] : m_channels)
        ch->flushConfirms();
    return m_discardInput ? data.size() : pos;
}

void AmqpConnection::handleFrame(const FrameView &frame, std::int64_t nowMs)
{
    if (frame.type == FrameType::Heartbeat) {
        if (frame.channel != 0)
            fail(0, unexpectedFrame(frame)); // RabbitMQ: 505, not the spec's 501
        return;
    }
    if (m_state == State::Closing) {
        // Only the close handshake matters now.
        if (frame.type == FrameType::Method && frame.channel == 0) {
            auto m = decodeMethod(frame.payload);
            if (m && (std::holds_alternative<ConnectionCloseOk>(*m) || std::holds_alternative<ConnectionClose>(*m))) {
                if (std::holds_alternative<ConnectionClose>(*m))
                    appendMethodFrame(m_out, 0, ConnectionCloseOk{});
                m_closeTransport = true;
            }
        }
        return;
    }
    if (frame.channel == 0) {
        if (frame.type != FrameType::Method) {
            fail(0, unexpectedFrame(frame));
            return;
        }
        auto m = decodeMethod(frame.payload);
        if (!m) {
            fail(0, m.error());
            return;
        }
        handleConnectionMethod(std::move(*m), nowMs);
        return;
    }
    if (m_state != State::Open) {
        fail(0, unexpectedFrame(frame)); // as RabbitMQ: 505, not 503
        return;
    }
    handleChannelFrame(frame);
}

void AmqpConnection::handleConnectionMethod(Method &&method, std::int64_t nowMs)
{
    const MethodId mid = methodIdOf(method);
    if (mid.classId != ConnectionStart::classId) {
        fail(0, AmqpError{reply::CommandInvalid,
                          "COMMAND_INVALID - method " + std::string(methodName(mid.classId, mid.methodId)) +
                              " is not allowed on channel 0",
                          mid.classId, mid.methodId});
        return;
    }
    auto unexpectedHere = [&] {
        fail(0, AmqpError{reply::CommandInvalid,
                          "COMMAND_INVALID - unexpected method " + std::string(methodName(mid.classId, mid.methodId)) +
                              " in this connection state",
                          mid.classId, mid.methodId});
    };
    if (auto *m = std::get_if<ConnectionStartOk>(&method)) {
        if (m_state != State::AwaitStartOk)
            return unexpectedHere();
        handleStartOk(*m);
    } else if (auto *m = std::get_if<ConnectionTuneOk>(&method)) {
        if (m_state != State::AwaitTuneOk)
            return unexpectedHere();
        handleTuneOk(*m);
    } else if (auto *m = std::get_if<ConnectionOpen>(&method)) {
        if (m_state != State::AwaitOpen)
            return unexpectedHere();
        handleOpen(*m);
    } else if (std::holds_alternative<ConnectionClose>(method)) {
        appendMethodFrame(m_out, 0, ConnectionCloseOk{});
        m_closeTransport = true;
        m_state = State::Closed;
        onTransportClosed();
    } else if (std::holds_alternative<ConnectionCloseOk>(method)) {
        m_closeTransport = true;
    } else if (std::holds_alternative<ConnectionUpdateSecret>(method)) {
        if (m_state != State::Open)
            return unexpectedHere();
        appendMethodFrame(m_out, 0, ConnectionUpdateSecretOk{});
    } else {
        unexpectedHere();
    }
    (void)nowMs;
}

void AmqpConnection::sendStart()
{
    ConnectionStart start;
    start.versionMajor = 0;
    start.versionMinor = 9;
    start.serverProperties = serverProperties(m_config.version, m_config.clusterName);
    start.mechanisms = "AMQPLAIN PLAIN";
    start.locales = "en_US";
    appendMethodFrame(m_out, 0, start);
}

void AmqpConnection::handleStartOk(const ConnectionStartOk &m)
{
    m_cancelNotify = capability(m.clientProperties, "consumer_cancel_notify");
    m_blockedNotify = capability(m.clientProperties, "connection.blocked");
    m_authFailureClose = capability(m.clientProperties, "authentication_failure_close");

    std::string user, password;
    if (m.mechanism == "PLAIN") {
        // authzid \0 authcid \0 password
        const std::string &r = m.response;
        const auto first = r.find('\0');
        const auto second = first == std::string::npos ? std::string::npos : r.find('\0', first + 1);
        if (second == std::string::npos) {
            refuseLogin(m.mechanism);
            return;
        }
        user = r.substr(first + 1, second - first - 1);
        password = r.substr(second + 1);
    } else if (m.mechanism == "AMQPLAIN") {
        auto table = decodeFieldTableBody(bytesOf(m.response));
        if (!table) {
            refuseLogin(m.mechanism);
            return;
        }
        user = stringField(*table, "LOGIN");
        password = stringField(*table, "PASSWORD");
    } else {
        fail(0, AmqpError{reply::CommandInvalid,
                          "COMMAND_INVALID - unknown authentication mechanism '" + m.mechanism + "'",
                          ConnectionStartOk::classId, ConnectionStartOk::methodId});
        return;
    }
    // Users from the broker's AccessControl; loopback-only users (guest)
    // are refused from elsewhere, as RabbitMQ's loopback_users.
    std::string why;
    if (!m_broker.access().authenticate(user, password, m_peerIsLoopback, &why)) {
        qCInfo(lcAmqp).noquote() << "login refused from" << QString::fromStdString(m_info->peer) << "-"
                                 << QString::fromStdString(why);
        refuseLogin(m.mechanism);
        return;
    }
    m_user = user;
    m_info->setIdentity(user, {}, stringField(m.clientProperties, "product"),
                        stringField(m.clientProperties, "version"));

    ConnectionTune tune;
    tune.channelMax = m_config.channelMax;
    tune.frameMax = m_config.frameMax;
    tune.heartbeat = m_config.heartbeatSeconds;
    appendMethodFrame(m_out, 0, tune);
    m_state = State::AwaitTuneOk;
}

void AmqpConnection::refuseLogin(const std::string &mechanism)
{
    if (m_authFailureClose) {
        fail(0, AmqpError{reply::AccessRefused,
                          "ACCESS_REFUSED - Login was refused using authentication mechanism " + mechanism +
                              ". For details see the broker logfile.",
                          0, 0});
    } else {
        m_closeTransport = true;
        m_discardInput = true;
        m_state = State::Closed;
    }
}

bool AmqpConnection::permits(model::Permission permission, const std::string &resourceName)
{
    const std::uint64_t version = m_broker.access().version();
    if (version != m_accessVersion) {
        m_accessVersion = version;
        m_access = m_broker.access().access(m_user, m_vhost ? m_vhost->name() : std::string());
    }
    return m_access && m_access->allows(permission, resourceName);
}

void AmqpConnection::handleTuneOk(const ConnectionTuneOk &m)
{
    const std::uint32_t frameMax = m.frameMax == 0 ? m_config.frameMax : m.frameMax;
    if (frameMax < kMinFrameMax) {
        fail(0, AmqpError{reply::NotAllowed,
                          "NOT_ALLOWED - frame_max=" + std::to_string(frameMax) + " < " +
                              std::to_string(kMinFrameMax) + " min size",
                          ConnectionTuneOk::classId, ConnectionTuneOk::methodId});
        return;
    }
    if (frameMax > m_config.frameMax) {
        fail(0, AmqpError{reply::NotAllowed,
                          "NOT_ALLOWED - frame_max=" + std::to_string(frameMax) + " > " +
                              std::to_string(m_config.frameMax) + " max size",
                          ConnectionTuneOk::classId, ConnectionTuneOk::methodId});
        return;
    }
    const std::uint16_t channelMax = m.channelMax == 0 ? m_config.channelMax : m.channelMax;
    if (channelMax > m_config.channelMax) {
        fail(0, AmqpError{reply::NotAllowed,
                          "NOT_ALLOWED - channel_max=" + std::to_string(channelMax) + " > " +
                              std::to_string(m_config.channelMax) + " max",
                          ConnectionTuneOk::classId, ConnectionTuneOk::methodId});
        return;
    }
    m_frameMax = frameMax;
    m_channelMax = channelMax;
    m_heartbeat = m.heartbeat;
    m_state = State::AwaitOpen;
}

void AmqpConnection::handleOpen(const ConnectionOpen &m)
{
    m_vhost = m_broker.vhost(m.virtualHost);
    if (!m_vhost) {
        fail(0, AmqpError{reply::NotAllowed,
                          "NOT_ALLOWED - vhost " + m.virtualHost + " not found",
                          ConnectionOpen::classId, ConnectionOpen::methodId});
        return;
    }
    m_accessVersion = m_broker.access().version();
    m_access = m_broker.access().access(m_user, m.virtualHost);
    if (!m_access) {
        m_vhost = nullptr;
        fail(0, AmqpError{reply::NotAllowed,
                          "NOT_ALLOWED - access to vhost '" + m.virtualHost + "' refused for user '" + m_user + "'",
                          ConnectionOpen::classId, ConnectionOpen::methodId});
        return;
    }
    // --max-connections, refused as RabbitMQ refuses a vhost's connection limit.
    if (!m_broker.limits().tryAdmitConnection()) {
        m_vhost = nullptr;
        fail(0, AmqpError{reply::NotAllowed,
                          "NOT_ALLOWED - access to vhost '" + m.virtualHost + "' refused for user '" + m_user +
                              "': connection limit (" + std::to_string(m_broker.limits().maxConnections()) +
                              ") is reached",
                          ConnectionOpen::classId, ConnectionOpen::methodId});
        return;
    }
    m_admitted = true;
    const auto ident = m_info->identity();
    m_info->setIdentity(ident.user, m.virtualHost, ident.clientProduct, ident.clientVersion);
    appendMethodFrame(m_out, 0, ConnectionOpenOk{});
    m_state = State::Open;
    m_broker.events().append(metrics::EventKind::Connection,
                             "AMQP connection " + std::to_string(m_info->id.value) + " opened from " + m_info->peer +
                                 ": user '" + ident.user + "', vhost '" + m.virtualHost + "', client '" +
                                 ident.clientProduct + " " + ident.clientVersion + "'");
}

void AmqpConnection::handleChannelFrame(const FrameView &frame)
{
    const std::uint16_t ch = frame.channel;
    if (m_closingChannels.count(ch)) {
        // After our channel.close only close/close-ok count (spec §2.2.4).
        if (frame.type == FrameType::Method) {
            auto m = decodeMethod(frame.payload);
            if (m && std::holds_alternative<ChannelCloseOk>(*m))
                m_closingChannels.erase(ch);
            else if (m && std::holds_alternative<ChannelClose>(*m))
                appendMethodFrame(m_out, ch, ChannelCloseOk{});
        }
        return;
    }
    auto it = m_channels.find(ch);
    if (frame.type != FrameType::Method) {
        if (it == m_channels.end()) {
            fail(0, AmqpError{reply::ChannelError, "CHANNEL_ERROR - expected 'channel.open'", 0, 0});
            return;
        }
        if (!it->second->expectingContent()) {
            fail(0, AmqpError{reply::UnexpectedFrame,
                              "UNEXPECTED_FRAME - expected method frame, got non method frame instead", 0, 0});
            return;
        }
        publishReceived();
        ChannelStatus st;
        if (frame.type == FrameType::Header) {
            auto header = decodeContentHeader(frame.payload);
            if (!header) {
                fail(ch, header.error());
                return;
            }
            st = it->second->onContentHeader(*header);
        } else {
            st = it->second->onContentBody(frame.payload);
        }
        if (!st)
            fail(ch, st.error());
        return;
    }

    if (isAccessRequest(frame.payload)) {
        // access.request (class 30) is gone from 0-9-1; old clients still
        // send it. Answer access.request-ok with ticket 1 and go on.
        if (it == m_channels.end()) {
            fail(0, AmqpError{reply::ChannelError, "CHANNEL_ERROR - expected 'channel.open'", 30, 10});
            return;
        }
        static constexpr std::byte kAccessRequestOk[] = {std::byte{0}, std::byte{30}, std::byte{0}, std::byte{11},
                                                         std::byte{0}, std::byte{1}};
        appendFrame(m_out, FrameType::Method, ch, kAccessRequestOk);
        return;
    }
    auto decoded = decodeMethod(frame.payload);
    if (!decoded) {
        fail(ch, decoded.error());
        return;
    }
    Method &method = *decoded;
    const MethodId mid = methodIdOf(method);
    if (mid.classId == ConnectionStart::classId) {
        fail(0, AmqpError{reply::CommandInvalid,
                          "COMMAND_INVALID - connection method on non-zero channel", mid.classId, mid.methodId});
        return;
    }
    if (std::holds_alternative<ChannelOpen>(method)) {
        if (it != m_channels.end()) {
            fail(0, AmqpError{reply::ChannelError, "CHANNEL_ERROR - second 'channel.open' seen", mid.classId,
                              mid.methodId});
            return;
        }
        if (ch > m_channelMax) {
            fail(0, AmqpError{reply::ChannelError,
                              "CHANNEL_ERROR - channel id " + std::to_string(ch) + " exceeds channel_max " +
                                  std::to_string(m_channelMax),
                              mid.classId, mid.methodId});
            return;
        }
        m_channels.emplace(ch, std::make_unique<AmqpChannel>(*this, ch));
        m_info->channels.store(int(m_channels.size()), std::memory_order_relaxed);
        appendMethodFrame(m_out, ch, ChannelOpenOk{});
        return;
    }
    if (it == m_channels.end()) {
        fail(0, AmqpError{reply::ChannelError, "CHANNEL_ERROR - expected 'channel.open'", mid.classId,
                          mid.methodId});
        return;
    }
    if (it->second->expectingContent()) {
        fail(0, AmqpError{reply::UnexpectedFrame,
                          "UNEXPECTED_FRAME - expected content header for class 60, got non content header frame "
                          "instead",
                          mid.classId, mid.methodId});
        return;
    }
    if (std::holds_alternative<ChannelClose>(method)) {
        closeChannel(ch);
        appendMethodFrame(m_out, ch, ChannelCloseOk{});
        return;
    }
    if (std::holds_alternative<ChannelCloseOk>(method))
        return; // not awaiting one: ignore, as RabbitMQ does
    ChannelStatus st = it->second->onMethod(std::move(method));
    if (!st)
        fail(ch, st.error());
}

void AmqpConnection::publishReceived()
{
    if (m_blocked || !m_broker.alarms().publishersBlocked())
        return;
    // RabbitMQ: the frame in hand is processed, then the connection reads
    // nothing more (its heartbeat monitor paused) until the alarms clear.
    m_blocked = true;
    m_info->blocked.store(true, std::memory_order_relaxed);
    if (m_blockedNotify && !m_blockedSent) {
        appendMethodFrame(m_out, 0, ConnectionBlocked{model::ResourceAlarms::blockedReason(m_broker.alarms().active())});
        m_blockedSent = true;
    }
}

void AmqpConnection::onAlarmsChanged(std::int64_t nowMs)
{
    if (!m_blocked || m_broker.alarms().publishersBlocked())
        return;
    m_blocked = false;
    m_info->blocked.store(false, std::memory_order_relaxed);
    m_lastRecvMs = nowMs; // the heartbeat monitor resumes from now
    if (m_blockedSent && m_state == State::Open) {
        appendMethodFrame(m_out, 0, ConnectionUnblocked{});
        m_blockedSent = false;
    }
}

void AmqpConnection::handleCompletions()
{
    for (DurabilityCompletion &c : m_completionScratch) {
        auto it = m_channels.find(c.channel);
        if (it == m_channels.end())
            continue; // the channel closed meanwhile: its confirms died with it
        if (auto st = it->second->durabilityReached(c.barrier, std::move(c.error)); !st)
            fail(c.channel, st.error());
    }
    m_completionScratch.clear();
}

void AmqpConnection::closeChannel(std::uint16_t ch)
{
    auto it = m_channels.find(ch);
    if (it == m_channels.end())
        return;
    it->second->flushConfirms();
    it->second->shutdown();
    m_channels.erase(it);
    m_info->channels.store(int(m_channels.size()), std::memory_order_relaxed);
}

// ----------------------------------------------------------------- errors

void AmqpConnection::fail(std::uint16_t channel, const AmqpError &error)
{
    if (m_state != State::Closing && m_state != State::Closed)
        recordClose(m_broker, *m_info, channel, error);
    if (channel == 0 || isConnectionError(error.replyCode)) {
        qCInfo(lcAmqp) << "closing connection" << m_info->id.value << QString::fromStdString(m_info->peer) << ":"
                       << error.replyCode << QString::fromStdString(error.replyText);
        sendConnectionClose(error);
        return;
    }
    qCDebug(lcAmqp) << "closing channel" << channel << "of connection" << m_info->id.value << ":"
                    << error.replyCode << QString::fromStdString(error.replyText);
    closeChannel(channel);
    ChannelClose close;
    close.replyCode = error.replyCode;
    close.replyText = error.replyText;
    close.replyClassId = error.classId;
    close.replyMethodId = error.methodId;
    appendMethodFrame(m_out, channel, close);
    m_closingChannels.insert(channel);
}

void AmqpConnection::sendConnectionClose(const AmqpError &error)
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    // Channels stop now: nothing more is delivered on a closing connection.
    // A blocked connection is read again, for the client's close-ok.
    m_blocked = false;
    m_info->blocked.store(false, std::memory_order_relaxed);
    for (auto &[id, ch] : m_channels)
        ch->shutdown();
    m_channels.clear();
    m_info->channels.store(0, std::memory_order_relaxed);
    ConnectionClose close;
    close.replyCode = error.replyCode;
    close.replyText = error.replyText;
    close.replyClassId = error.classId;
    close.replyMethodId = error.methodId;
    appendMethodFrame(m_out, 0, close);
    m_state = State::Closing;
    m_closeSentAtMs = m_lastRecvMs;
}

void AmqpConnection::closeByBroker(std::uint16_t code, const std::string &text, std::int64_t nowMs)
{
    if (m_state == State::AwaitHeader || m_state == State::AwaitStartOk) {
        m_closeTransport = true;
        return;
    }
    sendConnectionClose(AmqpError{code, text, 0, 0});
    m_closeSentAtMs = nowMs;
}

// ------------------------------------------------------- delivery, timers

void AmqpConnection::onInboxReady()
{
    if (m_state == State::Closed)
        return;
    m_completionScratch.clear();
    if (m_writeCongested) {
        // Confirms are small and unblock publishers: never hold them back.
        m_inbox->takeCompletions(m_completionScratch);
        handleCompletions();
        return;
    }
    m_inboxScratch.clear();
    m_inbox->takeAll(m_inboxScratch, m_completionScratch);
    handleCompletions();
    for (auto &item : m_inboxScratch) {
        const std::uint16_t chId = item.delivery.consumer->channel;
        auto it = m_channels.find(chId);
        if (item.cancelled) {
            if (it != m_channels.end())
                it->second->consumerCancelledByBroker(item.delivery.consumer);
            continue;
        }
        if (it == m_channels.end()) {
            // The channel is gone: its consumer was cancelled; give the message back.
            item.delivery.consumer->returnCredit();
            std::vector<model::QueuedMessage> back{std::move(item.delivery.entry)};
            item.delivery.queue->requeue(std::move(back), !item.delivery.consumer->noAck);
            continue;
        }
        it->second->deliver(std::move(item.delivery), m_pokes);
    }
    m_inboxScratch.clear();
    if (!m_pokes.empty()) {
        std::sort(m_pokes.begin(), m_pokes.end());
        m_pokes.erase(std::unique(m_pokes.begin(), m_pokes.end()), m_pokes.end());
        for (auto &q : m_pokes)
            q->dispatch();
        m_pokes.clear();
    }
}

void AmqpConnection::onTick(std::int64_t nowMs)
{
    if (m_openedAtMs < 0)
        m_openedAtMs = nowMs;
    if (m_state != State::Open && m_state != State::Closing && m_state != State::Closed &&
        nowMs - m_openedAtMs > kHandshakeTimeoutMs) {
        qCInfo(lcAmqp) << "handshake timeout, closing" << QString::fromStdString(m_info->peer);
        m_closeTransport = true;
        return;
    }
    if (m_state == State::Closing && nowMs - m_closeSentAtMs > kCloseOkTimeoutMs) {
        m_closeTransport = true;
        return;
    }
    if (m_heartbeat == 0 || m_state != State::Open)
        return;
    const std::int64_t interval = std::int64_t(m_heartbeat) * 1000;
    // A blocked connection is not read, so its heartbeats wait in the socket.
    if (!m_blocked && nowMs - m_lastRecvMs > 2 * interval) {
        qCInfo(lcAmqp) << "missed heartbeats from client, timeout:" << m_heartbeat << "s; closing"
                       << QString::fromStdString(m_info->peer);
        m_closeTransport = true;
        m_discardInput = true;
        return;
    }
    if (m_out.empty() && nowMs - m_lastSendMs >= interval / 2)
        appendHeartbeatFrame(m_out);
}

void AmqpConnection::onTransportClosed()
{
    if (m_cleanedUp)
        return;
    m_cleanedUp = true;
    m_state = State::Closed;
    if (m_admitted) {
        m_admitted = false;
        m_broker.limits().releaseConnection();
    }
    for (auto &[id, ch] : m_channels)
        ch->shutdown();
    m_channels.clear();
    m_info->channels.store(0, std::memory_order_relaxed);
    // Deliveries that never reached the socket go back to their queues.
    for (auto &item : m_inbox->close()) {
        if (item.cancelled)
            continue;
        item.delivery.consumer->returnCredit();
        std::vector<model::QueuedMessage> back{std::move(item.delivery.entry)};
        item.delivery.queue->requeue(std::move(back), !item.delivery.consumer->noAck);
    }
    if (m_vhost)
        m_vhost->connectionClosed(m_info->id);
    m_vhost = nullptr;
}

} // namespace warren::amqp
