// exchange.* methods: declare, delete, bind, unbind (exchange-to-exchange).
#include "amqp/amqp_channel.h"
#include "amqp/amqp_connection.h"
#include "amqp/codec/reply_codes.h"
#include "model/virtual_host.h"

namespace warren::amqp {

ChannelStatus AmqpChannel::handle(const ExchangeDeclare &m)
{
    model::ExchangeOptions options;
    if (!m.passive) {
        if (m.exchange.empty())
            return unexpected(channelError(reply::AccessRefused, "operation not permitted on the default exchange",
                                           m.classId, m.methodId));
        // The reserved amq. prefix is checked by the model, and only for
        // exchanges that do not exist yet: RabbitMQ accepts an equivalent
        // redeclare of amq.direct and answers an inequivalent one with 406.
        auto type = model::exchangeTypeFromString(m.type);
        if (!type)
            return unexpected(AmqpError{reply::CommandInvalid,
                                        "COMMAND_INVALID - unknown exchange type '" + m.type + "'", m.classId,
                                        m.methodId});
        if (auto refused = checkAccess(model::Permission::Configure, model::ResourceKind::Exchange, m.exchange,
                                       m.classId, m.methodId))
            return unexpected(std::move(*refused));
        // A new exchange with an alternate exchange: read on it and write on
        // the alternate, as RabbitMQ.
        const FieldValue *ae = m.arguments.find("alternate-exchange");
        if (ae && ae->asString() && !vhost().findExchange(m.exchange)) {
            if (auto refused = checkAccess(model::Permission::Read, model::ResourceKind::Exchange, m.exchange,
                                           m.classId, m.methodId))
                return unexpected(std::move(*refused));
            if (auto refused = checkAccess(model::Permission::Write, model::ResourceKind::Exchange, *ae->asString(),
                                           m.classId, m.methodId))
                return unexpected(std::move(*refused));
        }
        options.type = *type;
        options.durable = m.durable;
        options.autoDelete = m.autoDelete;
        options.internal = m.internal;
        options.arguments = m.arguments;
    }
    auto result = vhost().declareExchange(m.exchange, options, m.passive);
    if (!result)
        return unexpected(fromModel(result.error(), m.classId, m.methodId));
    if (!m.noWait)
        reply(ExchangeDeclareOk{});
    return {};
}

ChannelStatus AmqpChannel::handle(const ExchangeDelete &m)
{
    if (auto refused = checkAccess(model::Permission::Configure, model::ResourceKind::Exchange, m.exchange, m.classId, m.methodId))
        return unexpected(std::move(*refused));
    auto st = vhost().deleteExchange(m.exchange, m.ifUnused);
    if (!st)
        return unexpected(fromModel(st.error(), m.classId, m.methodId));
    if (!m.noWait)
        reply(ExchangeDeleteOk{});
    return {};
}

ChannelStatus AmqpChannel::handle(const ExchangeBind &m)
{
    if (auto refused = checkAccess(model::Permission::Write, model::ResourceKind::Exchange, m.destination, m.classId, m.methodId))
        return unexpected(std::move(*refused));
    if (auto refused = checkAccess(model::Permission::Read, model::ResourceKind::Exchange, m.source, m.classId, m.methodId))
        return unexpected(std::move(*refused));
    auto st = vhost().bindExchange(m.destination, m.source, m.routingKey, m.arguments);
    if (!st)
        return unexpected(fromModel(st.error(), m.classId, m.methodId));
    if (!m.noWait)
        reply(ExchangeBindOk{});
    return {};
}

ChannelStatus AmqpChannel::handle(const ExchangeUnbind &m)
{
    if (auto refused = checkAccess(model::Permission::Write, model::ResourceKind::Exchange, m.destination, m.classId, m.methodId))
        return unexpected(std::move(*refused));
    if (auto refused = checkAccess(model::Permission::Read, model::ResourceKind::Exchange, m.source, m.classId, m.methodId))
        return unexpected(std::move(*refused));
    auto st = vhost().unbindExchange(m.destination, m.source, m.routingKey, m.arguments);
    if (!st)
        return unexpected(fromModel(st.error(), m.classId, m.methodId));
    if (!m.noWait)
        reply(ExchangeUnbindOk{});
    return {};
}

} // namespace warren::amqp
