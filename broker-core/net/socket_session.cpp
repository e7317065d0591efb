#include "net/socket_session.h"

#include "net/worker_pool.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcNet, "warren.net")

namespace warren::net {

std::int64_t SocketSession::nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

SocketSession::SocketSession(model::Broker &broker, qintptr socketDescriptor, const char *protocol,
                             WorkerPool &pool, QObject *parent, const QSslConfiguration *tls)
    : QObject(parent), m_broker(broker), m_pool(pool)
{
    QSslSocket *ssl = nullptr;
    QTcpSocket *socket = nullptr;
    if (tls) {
        ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
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
    m_info->protocol = protocol;
    m_info->peer =
        QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort()).toStdString();
    m_info->connectedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_info->tls = ssl != nullptr;
    m_timer.setSingleShot(true);
    if (ssl) {
        // A failed handshake (a plain client on the TLS port, no common
        // cipher) closes the socket: the session ends as on any disconnect.
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            qCInfo(lcNet) << "TLS errors on connection" << m_info->id.value << errors;
        });
        connect(ssl, &QAbstractSocket::errorOccurred, this, [this, ssl](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::SslHandshakeFailedError)
                qCInfo(lcNet) << "TLS handshake with" << QString::fromStdString(m_info->peer)
                              << "failed:" << ssl->errorString();
        });
        ssl->startServerEncryption();
    }
}

void SocketSession::begin()
{
    if (!m_socket)
        return;
    m_broker.registerConnection(m_info);
    qCInfo(lcNet) << "accepted" << m_info->protocol.c_str() << "connection" << m_info->id.value << "from"
                  << QString::fromStdString(m_info->peer);
    connect(m_socket, &QTcpSocket::readyRead, this, &SocketSession::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SocketSession::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &SocketSession::onDisconnected);
    connect(&m_timer, &QTimer::timeout, this, &SocketSession::onTimer);
    armTimer();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

SocketSession::~SocketSession() = default;

std::function<void()> SocketSession::wakeFunction()
{
    // Posted from any thread; Qt drops queued calls to a deleted object, and
    // the protocol's mailbox stops waking before the session goes away.
    return [this] { QMetaObject::invokeMethod(this, &SocketSession::onWake, Qt::QueuedConnection); };
}

bool SocketSession::peerIsLoopback() const
{
    return m_socket && m_socket->peerAddress().isLoopback();
}

namespace {
// Qt's read buffer while input is paused: what arrives beyond it stays in
// the kernel, so a client that keeps sending meets TCP backpressure.
constexpr qint64 kPausedReadBuffer = 64 * 1024;
} // namespace

void SocketSession::onReadyRead()
{
    if (m_finished)
        return;
    if (m_readPaused)
        return; // left in Qt's capped buffer and the kernel
    const qint64 available = m_socket->bytesAvailable();
    if (available > 0) {
        const qsizetype old = m_in.size();
        m_in.resize(old + available);
        const qint64 got = m_socket->read(m_in.data() + old, available);
        m_in.resize(old + std::max<qint64>(got, 0));
    }
    processInput();
}

void SocketSession::processInput()
{
    if (m_inStart < m_in.size()) {
        const auto data =
            std::as_bytes(std::span(m_in.constData() + m_inStart, std::size_t(m_in.size() - m_inStart)));
        m_inStart += qsizetype(consume(data, nowMs()));
        if (m_inStart == m_in.size()) {
            m_in.clear();
            m_inStart = 0;
        } else if (m_inStart > 64 * 1024) {
            m_in.remove(0, m_inStart);
            m_inStart = 0;
        }
    }
    // Work our own input produced (deliveries, completions) goes out in the same write.
    wake(nowMs());
    if (!m_readPaused && inputPaused(nowMs())) {
        m_readPaused = true;
        m_socket->setReadBufferSize(kPausedReadBuffer);
    }
    flush();
}

void SocketSession::resumeInputIfReady()
{
    if (!m_readPaused || inputPaused(nowMs()))
        return;
    m_readPaused = false;
    m_socket->setReadBufferSize(0); // unlimited again; re-enables Qt's read notifier
    onReadyRead();                  // held input first, then what waited in the socket
}

void SocketSession::onAlarmsChanged()
{
    if (m_finished)
        return;
    alarmsChanged(nowMs());
    resumeInputIfReady();
    flush();
}

void SocketSession::onWake()
{
    if (m_finished)
        return;
    wake(nowMs());
    if (m_readPaused) {
        resumeInputIfReady();
        if (m_readPaused)
            flush();
        return;
    }
    // Input held back while responses were pending may now be processed.
    if (m_inStart < m_in.size())
        processInput();
    else
        flush();
}

void SocketSession::onBytesWritten()
{
    if (m_finished)
        return;
    if (m_congested && m_socket->bytesToWrite() < kLowWater) {
        m_congested = false;
        congested(false);
        wake(nowMs());
        flush();
    }
}

void SocketSession::onTimer()
{
    if (m_finished)
        return;
    timer(nowMs());
    resumeInputIfReady(); // a throttle may have run out
    flush();
}

void SocketSession::armTimer()
{
    const std::int64_t now = nowMs();
    std::int64_t at = nextTimerAt(now);
    if (m_closingSinceMs >= 0 && (at < 0 || at > m_closingSinceMs + kCloseLingerMs))
        at = m_closingSinceMs + kCloseLingerMs; // the linger check in flush()
    if (at < 0) {
        m_timer.stop();
        return;
    }
    const int delay = int(std::clamp<std::int64_t>(at - now, 0, 60000));
    if (!m_timer.isActive() || m_timer.remainingTime() > delay)
        m_timer.start(delay);
}

void SocketSession::closeByBroker(quint16 code, const QString &text)
{
    if (m_finished)
        return;
    brokerClose(code, text.toStdString(), nowMs());
    flush();
}

void SocketSession::flush()
{
    std::string &out = output();
    if (!out.empty()) {
        m_socket->write(out.data(), qint64(out.size()));
        written(out.size(), nowMs());
        out.clear();
        if (!m_congested && m_socket->bytesToWrite() > kHighWater) {
            m_congested = true;
            congested(true);
        }
    }
    if (wantsClose()) {
        // disconnectFromHost() waits until everything buffered is sent, which
        // a peer that stopped reading (gone, half-open) never lets happen.
        const auto state = m_socket->state();
        if (state == QAbstractSocket::ConnectedState && m_congested) {
            m_socket->abort(); // megabytes unread: it will not read our goodbye either
            return;            // disconnected() has ended the session
        }
        if (state == QAbstractSocket::ConnectedState) {
            m_closingSinceMs = nowMs();
            m_socket->disconnectFromHost(); // sends what is buffered, then closes
        } else if (state == QAbstractSocket::ClosingState && m_closingSinceMs >= 0 &&
                   nowMs() - m_closingSinceMs >= kCloseLingerMs) {
            m_socket->abort();
            return;
        }
    }
    armTimer();
}

void SocketSession::onDisconnected()
{
    qCInfo(lcNet) << m_info->protocol.c_str() << "connection" << m_info->id.value << "closed";
    finish();
    deleteLater();
}

void SocketSession::finish()
{
    if (m_finished || !m_socket)
        return;
    m_finished = true;
    m_timer.stop();
    transportClosed();
    m_broker.unregisterConnection(m_info->id);
    const auto ident = m_info->identity();
    m_broker.events().append(metrics::EventKind::Connection,
                             m_info->protocol + " connection " + std::to_string(m_info->id.value) + " from " +
                                 m_info->peer + " closed" +
                                 (ident.user.empty() ? std::string() : ", user '" + ident.user + "'") +
                                 (ident.clientProduct.empty() ? std::string() : ", client '" + ident.clientProduct + "'"));
    m_pool.liveSessions.fetch_sub(1);
}

} // namespace warren::net
