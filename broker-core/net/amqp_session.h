#pragma once
// An AMQP 0-9-1 socket: adapts amqp::AmqpConnection to SocketSession.
// Thread: its Worker's thread.

#include "amqp/amqp_connection.h"
#include "net/socket_session.h"

namespace warren::net {

class AmqpSession final : public SocketSession {
public:
    /// `tls`: accepted on the amqps listener (see SocketSession).
    AmqpSession(model::Broker &broker, const amqp::AmqpConfig &config, qintptr socketDescriptor, WorkerPool &pool,
                QObject *parent, const QSslConfiguration *tls = nullptr);
    ~AmqpSession() override;

private:
    std::size_t consume(std::span<const std::byte> data, std::int64_t now) override
    {
        return m_conn->onBytes(data, now);
    }
    std::string &output() override { return m_conn->output(); }
    void written(std::size_t bytes, std::int64_t now) override { m_conn->noteWritten(bytes, now); }
    bool wantsClose() const override { return m_conn->wantsTransportClose(); }
    void wake(std::int64_t) override { m_conn->onInboxReady(); }
    void timer(std::int64_t now) override { m_conn->onTick(now); }
    std::int64_t nextTimerAt(std::int64_t now) const override { return now + amqp::AmqpConnection::kTickMs; }
    void congested(bool on) override { m_conn->setWriteCongested(on); }
    void brokerClose(quint16 code, const std::string &text, std::int64_t now) override
    {
        m_conn->closeByBroker(code, text, now);
    }
    void transportClosed() override { m_conn->onTransportClosed(); }
    bool inputPaused(std::int64_t) const override { return m_conn->readingBlocked(); }
    void alarmsChanged(std::int64_t now) override { m_conn->onAlarmsChanged(now); }

    std::unique_ptr<amqp::AmqpConnection> m_conn;
};

} // namespace warren::net
