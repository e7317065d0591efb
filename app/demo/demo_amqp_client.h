#pragma once
// DemoAmqpClient: a deliberately small AMQP 0-9-1 client over a blocking
// QTcpSocket, built on the broker's own pure codec. It exists to give the
// screenshot tour (`warren --screenshot`) and the GUI frame benchmark real
// protocol traffic without depending on an installed client library; it is
// not a general-purpose client and never used by tests of the broker's
// protocol behaviour (those use real client libraries).
//
// What it does: PLAIN login as guest, heartbeats off, synchronous methods
// (call() waits for the reply on that channel), publishing, and collecting
// deliveries (method + header + body) as they arrive. A channel.close from
// the broker is answered and reported by call() returning false.
//
// Owned by, and used on, one thread (the socket is created on it, no event
// loop needed: it uses the blocking waitFor* calls).

#include "amqp/codec/content.h"
#include "amqp/codec/methods.h"

#include <QHostAddress>
#include <QString>

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QTcpSocket;

namespace warren::demo {

struct AmqpDelivery {
    std::uint16_t channel = 0;
    std::string consumerTag;
    std::uint64_t deliveryTag = 0;
    bool redelivered = false;
    std::string exchange;
    std::string routingKey;
    std::string body;
};

class DemoAmqpClient
{
public:
    DemoAmqpClient();
    ~DemoAmqpClient();
    DemoAmqpClient(const DemoAmqpClient &) = delete;
    DemoAmqpClient &operator=(const DemoAmqpClient &) = delete;

    /// Connects and logs in; `product` goes into client-properties (the
    /// monitor's Connections tab shows it).
    bool open(const QHostAddress &host, quint16 port, const QString &product, QString *error = nullptr);
    /// connection.close, politely (errors ignored).
    void close();
    bool isOpen() const;

    bool openChannel(std::uint16_t channel);

    /// Sends `m` and waits for the broker's next method on that channel
    /// (deliveries excepted). False if the channel was closed instead (the
    /// reason is in lastError()) or on timeout.
    template <typename M>
    bool call(std::uint16_t channel, const M &m, int timeoutMs = 5000)
    {
        std::string frame;
        amqp::appendMethodFrame(frame, channel, m);
        return callRaw(channel, frame, timeoutMs);
    }
    /// Sends a method without waiting (acks, nacks, rejects).
    template <typename M>
    void send(std::uint16_t channel, const M &m)
    {
        amqp::appendMethodFrame(m_out, channel, m);
    }

    /// basic.publish + header + body; buffered until flush() (or a call()).
    void publish(std::uint16_t channel, const std::string &exchange, const std::string &routingKey,
                 const amqp::BasicProperties &properties, const std::string &body);
    /// Writes what is buffered; waits at most `timeoutMs` for the socket to take it.
    bool flush(int timeoutMs = 1000);
    /// Bytes buffered and not yet handed to the socket.
    qint64 pendingBytes() const;

    /// Reads what arrives within `timeoutMs` (0: only what is there) and
    /// returns the complete deliveries so far.
    std::vector<AmqpDelivery> poll(int timeoutMs = 0);

    QString lastError() const { return m_error; }

private:
    bool callRaw(std::uint16_t channel, const std::string &frame, int timeoutMs);
    /// Reads once (waiting up to timeoutMs) and handles every whole frame.
    bool readSome(int timeoutMs);
    void handleFrame(amqp::FrameType type, std::uint16_t channel, std::span<const std::byte> payload);
    std::optional<amqp::Method> takeReply(std::uint16_t channel);

    struct Reply {
        std::uint16_t channel;
        amqp::Method method;
    };
    struct Partial {
        AmqpDelivery delivery;
        std::uint64_t bodySize = 0;
        bool haveHeader = false;
    };

    std::unique_ptr<QTcpSocket> m_socket;
    std::string m_in;
    std::string m_out;
    std::uint32_t m_frameMax = 131072;
    std::deque<Reply> m_replies;
    std::vector<Partial> m_partial; ///< indexed by channel (small numbers only)
    std::vector<AmqpDelivery> m_deliveries;
    bool m_open = false;
    QString m_error;
};

} // namespace warren::demo
