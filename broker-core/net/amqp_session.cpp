#include "net/amqp_session.h"

#include "net/worker_pool.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNet, "warren.net")

namespace warren::net {

namespace {
std::int64_t nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
} // namespace

AmqpSession::AmqpSession(model::Broker &broker, const amqp::AmqpConfig &config, qintptr socketDescriptor,
                         WorkerPool &pool, QObject *parent)
    : QObject(parent), m_broker(broker), m_pool(pool)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcNet) << "cannot adopt socket:" << socket->errorString();
        delete socket;
        return;
    }
    m_socket = socket;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_pool.liveSessions.fetch_add(1);

    m_info = std::make_shared<model::ConnectionInfo>();
    m_info->id = broker.newConnectionId();
    m_info->protocol = "AMQP 0-9-1";
    m_info->peer = QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort()).toStdString();
    m_info->connectedAtMs = QDateTime::currentMSecsSinceEpoch();
    broker.registerConnection(m_info);
    qCInfo(lcNet) << "accepted AMQP connection" << m_info->id.value << "from"
                  << QString::fromStdString(m_info->peer);

    // The wake may come from any thread; a queued call lands on ours. Qt drops
    // queued calls to a deleted object, and the inbox stops waking before we go.
    auto wake = [this] { QMetaObject::invokeMethod(this, &AmqpSession::onWake, Qt::QueuedConnection); };
    m_conn = std::make_unique<amqp::AmqpConnection>(broker, config, m_info, m_socket->peerAddress().isLoopback(),
                                                    std::move(wake));

    connect(m_socket, &QTcpSocket::readyRead, this, &AmqpSession::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &AmqpSession::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &AmqpSession::onDisconnected);
    connect(&m_tick, &QTimer::timeout, this, &AmqpSession::onTick);
    m_tick.start(amqp::AmqpConnection::kTickMs);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

AmqpSession::~AmqpSession()
{
    finish();
}

void AmqpSession::onReadyRead()
{
    if (m_finished)
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (available > 0) {
        const qsizetype old = m_in.size();
        m_in.resize(old + available);
        const qint64 got = m_socket->read(m_in.data() + old, available);
        m_in.resize(old + std::max<qint64>(got, 0));
    }
    const auto data = std::as_bytes(std::span(m_in.constData() + m_inStart, std::size_t(m_in.size() - m_inStart)));
    const std::size_t consumed = m_conn->onBytes(data, nowMs());
    m_inStart += qsizetype(consumed);
    if (m_inStart == m_in.size()) {
        m_in.clear();
        m_inStart = 0;
    } else if (m_inStart > 64 * 1024) {
        m_in.remove(0, m_inStart);
        m_inStart = 0;
    }
    // Deliveries produced by our own publishes/acks go out in the same write.
    m_conn->onInboxReady();
    flush();
}

void AmqpSession::onWake()
{
    if (m_finished)
        return;
    m_conn->onInboxReady();
    flush();
}

void AmqpSession::onBytesWritten()
{
    if (m_finished)
        return;
    if (m_congested && m_socket->bytesToWrite() < kLowWater) {
        m_congested = false;
        m_conn->setWriteCongested(false);
        m_conn->onInboxReady();
        flush();
    }
}

void AmqpSession::onTick()
{
    if (m_finished)
        return;
    m_conn->onTick(nowMs());
    flush();
}

void AmqpSession::closeByBroker(quint16 code, const QString &text)
{
    if (m_finished)
        return;
    m_conn->closeByBroker(code, text.toStdString(), nowMs());
    flush();
}

void AmqpSession::flush()
{
    std::string &out = m_conn->output();
    if (!out.empty()) {
        m_socket->write(out.data(), qint64(out.size()));
        m_conn->noteWritten(out.size(), nowMs());
        out.clear();
        if (!m_congested && m_socket->bytesToWrite() > kHighWater) {
            m_congested = true;
            m_conn->setWriteCongested(true);
        }
    }
    if (m_conn->wantsTransportClose() && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost(); // sends what is buffered, then closes
}

void AmqpSession::onDisconnected()
{
    qCInfo(lcNet) << "AMQP connection" << m_info->id.value << "closed";
    finish();
    deleteLater();
}

void AmqpSession::finish()
{
    if (m_finished || !m_socket)
        return;
    m_finished = true;
    m_tick.stop();
    m_conn->onTransportClosed();
    m_broker.unregisterConnection(m_info->id);
    m_pool.liveSessions.fetch_sub(1);
}

} // namespace warren::net
