// Streams over AMQP 0-9-1 (x-queue-type: stream), as RabbitMQ 3.10 serves
// them: the basic.consume rules, the methods streams refuse, and the
// x-stream-offset header on deliveries. The model keeps the stream
// (model/stream); this file is the protocol's side of it.
#include "amqp/amqp_channel.h"
#include "amqp/amqp_connection.h"
#include "amqp/codec/reply_codes.h"
#include "model/queue.h"
#include "model/stream/stream_arguments.h"

#include <QDateTime>

namespace warren::amqp {

namespace {
std::string queueText(const model::Queue &q)
{
    return "queue '" + q.name() + "' in vhost '" + q.vhost() + "'";
}
} // namespace

ChannelStatus AmqpChannel::prepareStreamConsume(const BasicConsume &m, const model::Queue &queue,
                                                model::Consumer &consumer)
{
    const FieldValue *offset = m.arguments.find("x-stream-offset");
    if (!queue.isStream()) {
        if (offset)
            return unexpected(channelError(reply::PreconditionFailed,
                                           "invalid arg 'x-stream-offset' for " + queueText(queue) +
                                               " of queue type rabbit_classic_queue",
                                           m.classId, m.methodId));
        return {};
    }
    // RabbitMQ's order: the per-consumer prefetch (basic.qos global=false)
    // first, then auto-ack, then the offset.
    if (m_consumerPrefetch == 0)
        return unexpected(channelError(reply::PreconditionFailed,
                                       "consumer prefetch count is not set for '" + queueText(queue) + "'",
                                       m.classId, m.methodId));
    if (m.noAck)
        return unexpected(channelError(reply::NotImplemented,
                                       "automatic acknowledgement not supported by stream queues " + queueText(queue),
                                       m.classId, m.methodId));
    std::string error;
    auto start = model::parseStreamOffset(offset, QDateTime::currentMSecsSinceEpoch(), error);
    if (!start)
        return unexpected(channelError(reply::PreconditionFailed,
                                       "invalid arg 'x-stream-offset' for " + queueText(queue) + ": " + error,
                                       m.classId, m.methodId));
    consumer.streamStart = *start;
    return {};
}

std::optional<AmqpError> AmqpChannel::refuseOnStream(const model::Queue &queue, const char *method,
                                                     std::uint16_t classId, std::uint16_t methodId) const
{
    if (!queue.isStream())
        return std::nullopt;
    return channelError(reply::NotImplemented,
                        std::string(method) + " not supported by stream queues " + queueText(queue), classId,
                        methodId);
}

void AmqpChannel::writeStreamContent(const model::Message &msg, std::int64_t offset)
{
    auto props = decodeBasicProperties(std::as_bytes(std::span(msg.encodedProperties.data(), msg.encodedProperties.size())));
    if (!props) {
        writeContent(msg); // was validated on publish; cannot happen
        return;
    }
    if (!props->headers)
        props->headers.emplace();
    props->headers->set("x-stream-offset", FieldValue(std::int64_t(offset)));
    std::string encoded;
    encoded.reserve(msg.encodedProperties.size() + 32);
    encodeBasicProperties(*props, encoded);
    std::string &out = m_conn.out();
    appendContentHeaderFrame(out, m_id, BasicPublish::classId, msg.body.size(),
                             std::as_bytes(std::span(encoded.data(), encoded.size())));
    appendBodyFrames(out, m_id, std::as_bytes(std::span(msg.body.data(), msg.body.size())), m_conn.frameMax());
}

} // namespace warren::amqp
