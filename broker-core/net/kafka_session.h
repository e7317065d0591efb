#pragma once
// A Kafka socket: adapts kafka::KafkaConnection to SocketSession.
// Created only for a connection the broker's limits admitted
// (BrokerLimits::tryAdmitConnection); gives that admission back when it goes.
// Thread: its Worker's thread.

#include "kafka/kafka_connection.h"
#include "net/socket_session.h"

namespace warren::net {

class KafkaSession final : public SocketSession {
public:
    /// `tls`: accepted on the Kafka TLS listener (see SocketSession).
    KafkaSession(model::Broker &broker, kafka::KafkaContext &context, qintptr socketDescriptor, WorkerPool &pool,
                 QObject *parent, const QSslConfiguration *tls = nullptr);
    ~KafkaSession() override;

private:
    std::size_t consume(std::span<const std::byte> data, std::int64_t now) override
    {
        const std::size_t n = m_conn->onBytes(data, now);
        if ((m_conn->inputHeld() || m_conn->holdingInput()) && !m_congested)
            wakeFunction()(); // read on (or lift the read pause) after this batch's output is flushed
        return n;
    }
    std::string &output() override { return m_conn->output(); }
    void written(std::size_t bytes, std::int64_t) override { m_conn->noteWritten(bytes); }
    bool wantsClose() const override { return m_conn->wantsTransportClose(); }
    void wake(std::int64_t now) override { m_conn->onWake(now); }
    void timer(std::int64_t now) override
    {
        m_conn->onTick(now);
        if (m_conn->inputHeld() && !m_congested)
            wakeFunction()(); // an expired Fetch may have been holding requests back
    }
    std::int64_t nextTimerAt(std::int64_t) const override { return m_conn->nextDeadlineMs(); }
    void congested(bool on) override
    {
        m_congested = on;
        m_conn->setWriteCongested(on);
        if (!on)
            wakeFunction()(); // read on: requests, or the socket, held back while the client was not reading
    }
    void brokerClose(quint16, const std::string &text, std::int64_t) override { m_conn->closeByBroker(text); }
    void transportClosed() override { m_conn->onTransportClosed(); }
    /// Throttled, or holding requests back (KafkaConnection::holdingInput):
    /// the socket is not read either, so what the client keeps sending meets
    /// TCP backpressure instead of piling up here.
    bool inputPaused(std::int64_t now) const override
    {
        return m_conn->mutedUntilMs() > now || m_conn->holdingInput();
    }

    std::unique_ptr<kafka::KafkaConnection> m_conn;
    model::BrokerLimits &m_limits; // this session holds one admitted connection
    bool m_congested = false;
};

} // namespace warren::net
