#include "demo_amqp_client.h"

#include "amqp/codec/byte_io.h"
#include "amqp/codec/frame.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace warren::demo {

using namespace warren::amqp;

DemoAmqpClient::DemoAmqpClient() = default;

DemoAmqpClient::~DemoAmqpClient()
{
    if (m_socket)
        m_socket->abort();
}

bool DemoAmqpClient::isOpen() const
{
    return m_open && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool DemoAmqpClient::open(const QHostAddress &host, quint16 port, const QString &product, QString *error)
{
    auto fail = [&](const QString &why) {
        m_error = why;
        if (error)
            *error = why;
        if (m_socket)
            m_socket->abort();
        m_open = false;
        return false;
    };
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(host, port);
    if (!m_socket->waitForConnected(5000))
        return fail(m_socket->errorString());
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->write(kProtocolHeader.data(), qint64(kProtocolHeader.size()));

    // connection.start → start-ok (PLAIN guest/guest)
    QDeadlineTimer deadline(5000);
    auto next = [&]() -> std::optional<Method> {
        while (!deadline.hasExpired()) {
            if (auto reply = takeReply(0))
                return reply;
            if (!readSome(50) && m_socket->state() != QAbstractSocket::ConnectedState)
                return std::nullopt;
        }
        return std::nullopt;
    };
    auto start = next();
    if (!start || !std::holds_alternative<ConnectionStart>(*start))
        return fail(QStringLiteral("no connection.start"));
    ConnectionStartOk startOk;
    startOk.clientProperties.set("product", product.toStdString());
    startOk.clientProperties.set("version", std::string(WARREN_VERSION));
    startOk.clientProperties.set("platform", std::string("Qt"));
    FieldTable capabilities;
    capabilities.set("consumer_cancel_notify", true);
    capabilities.set("basic.nack", true);
    startOk.clientProperties.set("capabilities", capabilities);
    startOk.mechanism = "PLAIN";
    startOk.response = std::string("\0guest\0guest", 12);
    startOk.locale = "en_US";
    appendMethodFrame(m_out, 0, startOk);
    flush();
    auto tune = next();
    if (!tune || !std::holds_alternative<ConnectionTune>(*tune))
        return fail(QStringLiteral("no connection.tune (login refused?)"));
    const auto &t = std::get<ConnectionTune>(*tune);
    m_frameMax = t.frameMax ? t.frameMax : 131072;
    appendMethodFrame(m_out, 0, ConnectionTuneOk{t.channelMax, m_frameMax, 0});
    ConnectionOpen openMethod;
    openMethod.virtualHost = "/";
    appendMethodFrame(m_out, 0, openMethod);
    flush();
    auto opened = next();
    if (!opened || !std::holds_alternative<ConnectionOpenOk>(*opened))
        return fail(QStringLiteral("no connection.open-ok"));
    m_open = true;
    return true;
}

void DemoAmqpClient::close()
{
    if (!isOpen())
        return;
    ConnectionClose c;
    c.replyCode = 200;
    c.replyText = "Goodbye";
    appendMethodFrame(m_out, 0, c);
    flush();
    QDeadlineTimer deadline(1000);
    while (!deadline.hasExpired() && m_socket->state() == QAbstractSocket::ConnectedState) {
        if (auto reply = takeReply(0); reply && std::holds_alternative<ConnectionCloseOk>(*reply))
            break;
        readSome(20);
    }
    m_open = false;
    m_socket->disconnectFromHost();
}

bool DemoAmqpClient::openChannel(std::uint16_t channel)
{
    return call(channel, ChannelOpen{});
}

void DemoAmqpClient::publish(std::uint16_t channel, const std::string &exchange, const std::string &routingKey,
                             const BasicProperties &properties, const std::string &body)
{
    BasicPublish p;
    p.exchange = exchange;
    p.routingKey = routingKey;
    appendMethodFrame(m_out, channel, p);
    std::string props;
    encodeBasicProperties(properties, props);
    appendContentHeaderFrame(m_out, channel, BasicPublish::classId, body.size(), asBytes(props));
    appendBodyFrames(m_out, channel, asBytes(body), m_frameMax);
}

qint64 DemoAmqpClient::pendingBytes() const
{
    return qint64(m_out.size()) + (m_socket ? m_socket->bytesToWrite() : 0);
}

bool DemoAmqpClient::flush(int timeoutMs)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_out.clear();
        return false;
    }
    if (!m_out.empty()) {
        m_socket->write(m_out.data(), qint64(m_out.size()));
        m_out.clear();
    }
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket->bytesToWrite() > 0 && !deadline.hasExpired()) {
        if (!m_socket->waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    return m_socket->bytesToWrite() == 0;
}

std::vector<AmqpDelivery> DemoAmqpClient::poll(int timeoutMs)
{
    if (m_deliveries.empty())
        readSome(timeoutMs);
    while (readSome(0)) {
    }
    return std::exchange(m_deliveries, {});
}

bool DemoAmqpClient::callRaw(std::uint16_t channel, const std::string &frame, int timeoutMs)
{
    m_out += frame;
    if (!flush(timeoutMs))
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (auto reply = takeReply(channel)) {
            if (auto *closed = std::get_if<ChannelClose>(&*reply)) {
                m_error = QString::fromStdString(closed->replyText);
                appendMethodFrame(m_out, channel, ChannelCloseOk{});
                flush();
                return false;
            }
            return true;
        }
        if (!readSome(int(qMin<qint64>(50, qMax<qint64>(1, deadline.remainingTime()))))
            && m_socket->state() != QAbstractSocket::ConnectedState) {
            m_error = QStringLiteral("connection lost");
            return false;
        }
    }
    m_error = QStringLiteral("timed out");
    return false;
}

std::optional<Method> DemoAmqpClient::takeReply(std::uint16_t channel)
{
    for (auto it = m_replies.begin(); it != m_replies.end(); ++it) {
        if (it->channel == channel) {
            Method m = std::move(it->method);
            m_replies.erase(it);
            return m;
        }
    }
    return std::nullopt;
}

bool DemoAmqpClient::readSome(int timeoutMs)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(timeoutMs))
        return false;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return false;
    m_in.append(bytes.constData(), std::size_t(bytes.size()));
    std::size_t pos = 0;
    while (pos < m_in.size()) {
        const auto in = asBytes(std::string_view(m_in).substr(pos));
        const FrameDecode f = decodeFrame(in, 0);
        if (f.status == DecodeStatus::NeedMore)
            break;
        if (f.status == DecodeStatus::Error) {
            m_error = QString::fromStdString(f.error.replyText);
            m_socket->abort();
            m_open = false;
            return false;
        }
        handleFrame(f.frame.type, f.frame.channel, f.frame.payload);
        pos += f.consumed;
    }
    m_in.erase(0, pos);
    return true;
}

void DemoAmqpClient::handleFrame(FrameType type, std::uint16_t channel, std::span<const std::byte> payload)
{
    if (type == FrameType::Heartbeat)
        return;
    if (m_partial.size() <= channel)
        m_partial.resize(std::size_t(channel) + 1);
    Partial &partial = m_partial[channel];
    auto complete = [&] {
        partial.delivery.channel = channel;
        m_deliveries.push_back(std::move(partial.delivery));
        partial = Partial{};
    };
    if (type == FrameType::Header) {
        auto header = decodeContentHeader(payload);
        if (!header)
            return;
        partial.bodySize = header->bodySize;
        partial.haveHeader = true;
        if (partial.bodySize == 0 && !partial.delivery.consumerTag.empty())
            complete();
        return;
    }
    if (type == FrameType::Body) {
        partial.delivery.body.append(reinterpret_cast<const char *>(payload.data()), payload.size());
        if (partial.haveHeader && partial.delivery.body.size() >= partial.bodySize) {
            if (partial.delivery.consumerTag.empty())
                partial = Partial{}; // a basic.return's content: dropped
            else
                complete();
        }
        return;
    }
    auto method = decodeMethod(payload);
    if (!method)
        return;
    if (auto *deliver = std::get_if<BasicDeliver>(&*method)) {
        partial = Partial{};
        partial.delivery.consumerTag = deliver->consumerTag;
        partial.delivery.deliveryTag = deliver->deliveryTag;
        partial.delivery.redelivered = deliver->redelivered;
        partial.delivery.exchange = deliver->exchange;
        partial.delivery.routingKey = deliver->routingKey;
        return;
    }
    if (std::holds_alternative<BasicReturn>(*method)) {
        partial = Partial{};
        return;
    }
    if (std::holds_alternative<ConnectionClose>(*method)) {
        m_error = QString::fromStdString(std::get<ConnectionClose>(*method).replyText);
        appendMethodFrame(m_out, 0, ConnectionCloseOk{});
        flush();
        m_open = false;
        m_socket->disconnectFromHost();
        return;
    }
    if (std::holds_alternative<BasicCancel>(*method))
        return; // the broker cancelled a consumer (queue deleted): nothing to answer without no-wait
    m_replies.push_back(Reply{channel, std::move(*method)});
}

} // namespace warren::demo
