#pragma once
// The socket half of one client connection, for any protocol: reads bytes
// and feeds them to the protocol (consume), writes the protocol's output
// once per batch, runs its timer, turns cross-thread wake-ups into calls on
// this thread, and applies write backpressure. Subclasses adapt one
// protocol's connection class (AMQP, Kafka) to these hooks.
//
// Thread: created on, and used only by, its Worker's thread; deletes itself
// (later) when the socket disconnects. On a TLS listener the socket is a
// QSslSocket: reads and writes are plaintext, the handshake runs first. While the socket holds more than
// kHighWater unsent bytes the protocol is told it is congested (it stops
// producing deliveries/reading requests) until it drains below kLowWater.
// While the protocol says its input is paused (an AMQP publisher blocked by
// a resource alarm, a throttled Kafka connection) the socket is not read:
// Qt's read buffer is capped, the kernel's fills, and TCP pushes back on the
// client; reading resumes on a wake-up, the timer or an alarm change.

#include "model/broker.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace warren::net {

class WorkerPool;

class SocketSession : public QObject {
public:
    static constexpr qint64 kHighWater = 4 * 1024 * 1024;
    static constexpr qint64 kLowWater = 512 * 1024;
    /// How long a closing socket may take to send what it holds before it is
    /// aborted (a congested one is aborted at once).
    static constexpr std::int64_t kCloseLingerMs = 5000;

    ~SocketSession() override;
    bool isValid() const { return m_socket != nullptr; }
    /// The id the broker gave this connection (0 if the socket was not adopted).
    quint64 connectionId() const { return m_info ? m_info->id.value : 0; }
    static std::int64_t nowMs();

public:
    /// Broker-initiated close (shutdown): the protocol says goodbye its way.
    void closeByBroker(quint16 code, const QString &text);
    /// The broker's resource alarms were raised or cleared (Worker::alarmsChanged).
    void onAlarmsChanged();

protected:
    /// `tls` non-null: the socket is a QSslSocket that starts the server
    /// side of a TLS handshake with that configuration (amqps, Kafka SSL);
    /// the protocol sees only plaintext.
    SocketSession(model::Broker &broker, qintptr socketDescriptor, const char *protocol, WorkerPool &pool,
                  QObject *parent, const QSslConfiguration *tls = nullptr);
    /// Call at the end of the subclass constructor (after the protocol object exists).
    void begin();
    /// A function that wakes this session from any thread (posts onWake).
    std::function<void()> wakeFunction();

    model::ConnectionInfoPtr info() const { return m_info; }
    bool peerIsLoopback() const;

    // --- protocol hooks (all on this thread)
    virtual std::size_t consume(std::span<const std::byte> data, std::int64_t now) = 0;
    virtual std::string &output() = 0;
    virtual void written(std::size_t bytes, std::int64_t now) = 0;
    virtual bool wantsClose() const = 0;
    virtual void wake(std::int64_t now) = 0;
    virtual void timer(std::int64_t now) = 0;
    /// When timer() should next run (absolute ms), or -1 for never.
    virtual std::int64_t nextTimerAt(std::int64_t now) const = 0;
    virtual void congested(bool on) = 0;
    virtual void brokerClose(quint16 code, const std::string &text, std::int64_t now) = 0;
    virtual void transportClosed() = 0;
    /// True while the protocol wants no more input (see above).
    virtual bool inputPaused(std::int64_t) const { return false; }
    /// The resource alarms changed; the protocol may unblock itself.
    virtual void alarmsChanged(std::int64_t) {}
    /// Ends the session once: transportClosed(), unregister. Subclass
    /// destructors call it (hooks cannot run from the base destructor).
    void finish();

private:
    void onReadyRead();
    void processInput();
    void onBytesWritten();
    void onDisconnected();
    void onTimer();
    void onWake();
    void flush();
    void armTimer();
    /// Reads again if input was paused and the protocol no longer wants that.
    void resumeInputIfReady();

    model::Broker &m_broker;
    WorkerPool &m_pool;
    QTcpSocket *m_socket = nullptr;
    model::ConnectionInfoPtr m_info;
    QTimer m_timer;
    QByteArray m_in;
    qsizetype m_inStart = 0; ///< consumed prefix of m_in not yet compacted
    bool m_congested = false;
    std::int64_t m_closingSinceMs = -1; ///< disconnectFromHost() called at (ms), -1 = not closing
    bool m_readPaused = false; ///< the socket is not read (inputPaused())
    bool m_finished = false;
};

} // namespace warren::net
