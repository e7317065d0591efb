#include "net/amqp_session.h"

namespace warren::net {

AmqpSession::AmqpSession(model::Broker &broker, const amqp::AmqpConfig &config, qintptr socketDescriptor,
                         WorkerPool &pool, QObject *parent, const QSslConfiguration *tls)
    : SocketSession(broker, socketDescriptor, "AMQP 0-9-1", pool, parent, tls)
{
    if (!isValid())
        return;
    m_conn = std::make_unique<amqp::AmqpConnection>(broker, config, info(), peerIsLoopback(), wakeFunction());
    begin();
}

AmqpSession::~AmqpSession()
{
    if (m_conn)
        finish();
}

} // namespace warren::net
