#include "net/kafka_session.h"

namespace warren::net {

KafkaSession::KafkaSession(model::Broker &broker, kafka::KafkaContext &context, qintptr socketDescriptor,
                           WorkerPool &pool, QObject *parent, const QSslConfiguration *tls)
    : SocketSession(broker, socketDescriptor, "Kafka", pool, parent, tls), m_limits(broker.limits())
{
    if (!isValid())
        return;
    m_conn = std::make_unique<kafka::KafkaConnection>(context, info(), wakeFunction());
    begin();
}

KafkaSession::~KafkaSession()
{
    if (m_conn)
        finish();
    m_limits.releaseConnection();
}

} // namespace warren::net
