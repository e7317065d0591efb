// Permission checks (RabbitMQ's configure/write/read on exchanges and
// queues): the one place a refused resource becomes channel.close 403.
// Which method needs which permission is decided in each handler, as in
// RabbitMQ's rabbit_channel.
#include "amqp/amqp_channel.h"
#include "amqp/amqp_connection.h"
#include "amqp/codec/reply_codes.h"
#include "model/virtual_host.h"

namespace warren::amqp {

std::optional<AmqpError> AmqpChannel::checkAccess(model::Permission permission, model::ResourceKind kind,
                                                  const std::string &name, std::uint16_t classId,
                                                  std::uint16_t methodId)
{
    // RabbitMQ checks (and names) the default exchange as "amq.default".
    static const std::string kDefaultExchange = "amq.default";
    const std::string &resource = kind == model::ResourceKind::Exchange && name.empty() ? kDefaultExchange : name;
    if (m_conn.permits(permission, resource))
        return std::nullopt;
    return channelError(reply::AccessRefused,
                        model::accessRefusedText(kind, resource, vhost().name(), m_conn.user()), classId, methodId);
}

std::optional<AmqpError> AmqpChannel::checkPublishAccess(const std::string &exchange)
{
    // basic.publish is the hot path: remember the decision per exchange
    // until the broker's access version moves.
    const std::uint64_t version = m_conn.accessVersion();
    if (version != m_writeCacheVersion) {
        m_writePermitted.clear();
        m_writeCacheVersion = version;
    }
    auto it = m_writePermitted.find(exchange);
    if (it == m_writePermitted.end())
        it = m_writePermitted
                 .emplace(exchange, !checkAccess(model::Permission::Write, model::ResourceKind::Exchange, exchange,
                                                 BasicPublish::classId, BasicPublish::methodId))
                 .first;
    if (it->second)
        return std::nullopt;
    return checkAccess(model::Permission::Write, model::ResourceKind::Exchange, exchange, BasicPublish::classId,
                       BasicPublish::methodId);
}

} // namespace warren::amqp
